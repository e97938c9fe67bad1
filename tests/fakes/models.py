"""ScriptedChatModel: a test double implementing the ChatModel protocol."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.llm import ChatRequest, Completion, Usage


def completion(
    content: str | None, finish_reason: str = "stop", refusal: str | None = None
) -> Completion:
    """A Completion as the adapter would return it."""
    return Completion(
        content=content,
        refusal=refusal,
        finish_reason=finish_reason,
        usage=Usage(prompt_tokens=10, completion_tokens=5),
        served_model="scripted",
        duration_s=0.01,
        attempts=1,
    )


class ScriptedChatModel:
    """Answers requests in order from a list; keeps every request it got."""

    def __init__(self, answers: list[Completion]) -> None:
        self.answers = list(answers)
        self.requests: list[ChatRequest] = []

    async def complete(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        return self.answers.pop(0)

    async def endpoint_kind(self) -> str:
        return "scripted"


class SchemaChatModel:
    """Answers every request from a function of its payload (e.g. a schema example)."""

    def __init__(self, answer: Callable[[dict[str, Any]], str]) -> None:
        self.answer = answer
        self.requests: list[ChatRequest] = []

    async def complete(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        return completion(self.answer(request.payload()))

    async def endpoint_kind(self) -> str:
        return "schema-double"
