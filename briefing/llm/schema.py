"""JSON Schemas for the model, in the subset strict structured outputs accept.

Strict mode wants every property required, ``additionalProperties: false`` and no
``default``; refs are inlined because some OpenAI-compatible servers handle them poorly.
"""

from __future__ import annotations

import functools
from typing import Any

from pydantic import BaseModel

_DROP = {"default", "title"}


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return _inline(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
    out = {k: _inline(v, defs) for k, v in node.items() if k not in _DROP and k != "$defs"}
    if "properties" in node:
        # Property names are data, not keywords: a field called "title" must stay.
        out["properties"] = {k: _inline(v, defs) for k, v in node["properties"].items()}
    if out.get("type") == "object":
        out["required"] = list(out.get("properties", {}))
        out["additionalProperties"] = False
    return out


@functools.cache
def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema, flattened and made strict-mode compatible.

    Built once per output model (every request of a stage sends the same schema); callers
    must not change the returned dict."""
    schema = model.model_json_schema()
    inlined: dict[str, Any] = _inline(schema, schema.get("$defs", {}))
    return inlined
