"""The map calls of every story through the Batch API, answered into the cache before the
run replays them."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.errors import ConfigError
from briefing.llm import BatchModel, BatchOutcome, BatchState, StructuredCaller, run_batch
from briefing.run.context import RunContext
from briefing.run.plan import MapPlan, pending_extractions
from briefing.run.progress import Progress


async def by_batch(
    ctx: RunContext, caller: StructuredCaller, plans: Sequence[MapPlan], progress: Progress
) -> BatchOutcome:
    """Answer the pending extractions through the Batch API, into the cache."""
    live = ctx.recorder.live
    if not isinstance(live, BatchModel) or ctx.recorder.cache is None:
        raise ConfigError(
            "--batch needs an OpenAI-compatible endpoint with the Batch API and the cache",
            "set OPENAI_API_KEY (or --base-url) and drop --no-cache",
        )
    from briefing.llm.adapter import completion_from_body  # noqa: PLC0415 - live only

    def on_poll(state: BatchState) -> None:
        progress.note(f"batch {state.status}: {state.done}/{state.total}")

    return await run_batch(
        live,
        ctx.recorder,
        pending_extractions(ctx, caller, plans),
        completion_from_body,
        poll_s=ctx.settings.batch_poll_s,
        on_poll=on_poll,
    )
