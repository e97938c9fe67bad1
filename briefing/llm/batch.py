"""Send many requests through the OpenAI Batch API, then feed the answers to the recorder.

Answers go into the response cache (and the recordings in record mode) under the same keys
a normal call would use, so the normal run that follows finds them there: a batch run and
a normal run agree. Lines that fail are left out and made by the normal path, with its
retries. Polling backs off from ``poll_s`` to a minute.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from briefing.llm.recorder import CallTag, Recorder
from briefing.llm.types import BatchState, ChatRequest, Completion

FINAL = frozenset({"completed", "failed", "expired", "cancelled"})
MAX_POLL_S = 60.0


@runtime_checkable
class BatchModel(Protocol):
    """A model endpoint that takes batches (the adapter, or a test double)."""

    async def batch_submit(self, lines: list[tuple[str, ChatRequest]]) -> str: ...

    async def batch_state(self, batch_id: str) -> BatchState: ...

    async def batch_lines(self, file_id: str) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class BatchOutcome:
    """How many requests the batch answered, and how many are left to the normal path."""

    answered: int
    failed: int


def _answer(
    line: dict[str, Any], parse: Callable[[dict[str, Any]], Completion]
) -> Completion | None:
    response = line.get("response") or {}
    if line.get("error") or response.get("status_code") != 200:
        return None
    return parse(response["body"])


async def _wait(
    model: BatchModel, batch_id: str, poll_s: float, on_poll: Callable[[BatchState], None]
) -> BatchState:
    delay = poll_s
    while True:
        state = await model.batch_state(batch_id)
        on_poll(state)
        if state.status in FINAL:
            return state
        await asyncio.sleep(delay)
        delay = min(delay * 2, MAX_POLL_S)


async def run_batch(
    model: BatchModel,
    recorder: Recorder,
    items: Sequence[tuple[ChatRequest, CallTag]],
    parse: Callable[[dict[str, Any]], Completion],
    *,
    poll_s: float = 5.0,
    on_poll: Callable[[BatchState], None] = lambda _state: None,
) -> BatchOutcome:
    """Submit ``items`` as one batch, wait for it, and store every answer it returns."""
    if not items:
        return BatchOutcome(answered=0, failed=0)
    by_key = {request.key(): (request, tag) for request, tag in items}
    batch_id = await model.batch_submit([(key, request) for key, (request, _) in by_key.items()])
    state = await _wait(model, batch_id, poll_s, on_poll)
    answered = 0
    if state.output_file_id:
        for line in await model.batch_lines(state.output_file_id):
            completion = _answer(line, parse)
            if completion is not None and line.get("custom_id") in by_key:
                request, tag = by_key[line["custom_id"]]
                recorder.prefill(request, tag, completion)
                answered += 1
    return BatchOutcome(answered=answered, failed=len(by_key) - answered)
