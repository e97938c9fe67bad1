"""The JSON Schema sent to the model is strict-mode compatible and complete."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from briefing.extract import ChunkExtraction
from briefing.llm.schema import strict_schema
from briefing.reduce.schema import (
    DisputeReadings,
    OutlookFindings,
    SummaryFindings,
    readings_for,
)
from tests.fakes.schema_answers import example_for

MODELS = [ChunkExtraction, DisputeReadings, readings_for(3), OutlookFindings, SummaryFindings]


def _objects(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, list):
        return [o for item in node for o in _objects(item)]
    if not isinstance(node, dict):
        return []
    found = [node] if node.get("type") == "object" else []
    values = node.get("properties", {}).values() if "properties" in node else node.values()
    return found + [o for value in values for o in _objects(value)]


def _depth(node: Any) -> int:
    if not isinstance(node, dict):
        return 0
    if node.get("type") == "object":
        return 1 + max((_depth(v) for v in node["properties"].values()), default=0)
    if node.get("type") == "array":
        return _depth(node["items"])
    return 0


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_schema_is_strict_flat_and_described(model: type[BaseModel]) -> None:
    schema = strict_schema(model)
    text = repr(schema)
    assert "$ref" not in text
    assert "'default'" not in text
    for obj in _objects(schema):
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])
    assert _depth(schema) <= 3


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_schema_keeps_every_field(model: type[BaseModel]) -> None:
    model.model_validate(example_for(strict_schema(model)))


def test_the_disputes_schema_asks_for_one_reading_per_candidate() -> None:
    # Given the choice, the small local model answered with no reading at all.
    array = strict_schema(readings_for(3))["properties"]["candidates"]
    assert (array["minItems"], array["maxItems"]) == (3, 3)
    assert readings_for(3).__name__ == "DisputeReadings", "prompts and recordings name it so"
