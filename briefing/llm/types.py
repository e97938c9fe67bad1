"""What goes to the model and what comes back, independent of any SDK."""

from __future__ import annotations

import hashlib
import json
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict

from briefing.prompting import Message


class ChatRequest(BaseModel):
    """One chat completion request with a strict JSON-schema answer format."""

    model_config = ConfigDict(frozen=True)

    model: str
    messages: tuple[Message, ...]
    schema_name: str
    json_schema: dict[str, Any]
    temperature: float
    max_tokens: int
    seed: int

    def payload(self) -> dict[str, Any]:
        """The Chat Completions body (no headers, so no credentials)."""
        return {
            "model": self.model,
            "messages": [m.model_dump() for m in self.messages],
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": self.schema_name,
                    "strict": True,
                    "schema": self.json_schema,
                },
            },
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "seed": self.seed,
        }

    def key(self) -> str:
        """sha256 of the canonical request body: the recording and cache key."""
        canonical = json.dumps(self.payload(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()


class Usage(BaseModel):
    """Token counts the endpoint reported."""

    prompt_tokens: int
    completion_tokens: int


class Completion(BaseModel):
    """The first choice of a chat completion."""

    content: str | None
    refusal: str | None
    finish_reason: str
    usage: Usage
    served_model: str
    duration_s: float
    attempts: int


class ChatModel(Protocol):
    """What the recorder needs from a live model (the adapter, or a test double)."""

    async def complete(self, request: ChatRequest) -> Completion:
        """Send one request; raise a briefing ModelError on failure."""
        ...

    async def endpoint_kind(self) -> str:
        """A short name for the kind of endpoint (openai, azure, llama.cpp, ...)."""
        ...


class BatchState(BaseModel):
    """Where a Batch API job stands."""

    status: str
    total: int
    done: int
    output_file_id: str | None
    error_file_id: str | None
