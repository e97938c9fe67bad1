"""Deterministic schema-valid answers, so the fake server can serve any prompt stage."""

from __future__ import annotations

import json
import re
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


def _sentences(body: dict[str, Any]) -> list[str]:
    # The article is in the first user message; a re-ask appends an error turn after it.
    user = body["messages"][1]["content"]
    found = re.search(r"<article[^>]*>\n(.*)\n</article>", user, re.DOTALL)
    text = found.group(1) if found else ""
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 6]


def _extraction(body: dict[str, Any]) -> dict[str, Any]:
    """Claims whose quotes are real sentences of the excerpt, so they verify."""
    claims = [
        {"statement": s[:60], "asserted_by": "the article", "quote": s.rstrip("."), "figures": []}
        for s in _sentences(body)[:2]
    ]
    return {"actors": [], "claims": claims, "signals": []}


def is_extraction(body: dict[str, Any]) -> bool:
    """Whether a chat completion request body asks for a chunk extraction (the map stage)."""
    return bool(body["response_format"]["json_schema"]["name"] == "ChunkExtraction")


def answer(body: dict[str, Any]) -> str:
    """A schema-valid answer to a chat completion request body, deterministic: real
    quoted sentences for extraction, the schema's smallest example otherwise."""
    if is_extraction(body):
        return json.dumps(_extraction(body))
    return json.dumps(example_for(body["response_format"]["json_schema"]["schema"]))
