"""Deterministic schema-valid answers, so the fake server can serve any prompt stage."""

from __future__ import annotations

import json
from typing import Any


def example_for(schema: dict[str, Any]) -> Any:
    """The smallest instance of a strict JSON schema (enums take their first value)."""
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        return {name: example_for(sub) for name, sub in schema["properties"].items()}
    if kind == "array":
        return [example_for(schema["items"]) for _ in range(max(1, schema.get("minItems", 0)))]
    scalars: dict[str, Any] = {
        "integer": schema.get("minimum", 0),
        "number": float(schema.get("minimum", 0)),
        "boolean": False,
    }
    return scalars.get(kind or "", "C1")


def answer(body: dict[str, Any]) -> str:
    """The answer to a chat completion request body: the example of its schema."""
    schema = body["response_format"]["json_schema"]["schema"]
    return json.dumps(example_for(schema))
