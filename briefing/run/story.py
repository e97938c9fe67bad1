"""One story, briefed: extract its chunks, merge and verify, analyse in code, reduce, and
assemble its Brief. The day runs this for every story side by side."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
from dataclasses import dataclass

from briefing.analysis import Analysis, analyse
from briefing.brief import Brief, ProseCheck, build_brief
from briefing.errors import IncompleteRun
from briefing.extract import ChunkFailure, extract_chunks
from briefing.llm import CallLog, StructuredCaller
from briefing.merge import MergeResult, merge
from briefing.reduce import ReduceInput, reduce_evidence
from briefing.run.context import RunContext
from briefing.run.plan import MapPlan
from briefing.run.progress import NoProgress, Progress


@dataclass(frozen=True)
class BriefRun:
    """A story's brief and what went into it."""

    brief: Brief
    merged: MergeResult
    missing: list[ChunkFailure]
    prose: list[ProseCheck]
    analysis: Analysis


async def brief_story(
    ctx: RunContext,
    plan: MapPlan,
    date: dt.date,
    log: CallLog,
    progress: Progress | None = None,
) -> BriefRun:
    """The brief of the planned story, with its merge result and the chunks that failed."""
    caller = ctx.caller(log)
    by_id = plan.by_id
    extract = ctx.library.get("extract", ctx.versions["extract"])
    results, missing = await extract_chunks(
        caller,
        extract,
        by_id,
        plan.chunks,
        (progress or NoProgress()).advance,
        allow_partial=ctx.settings.allow_partial,
    )
    if not results:
        raise IncompleteRun(
            f"story {plan.story.info.id}: all {len(plan.chunks)} chunks failed; "
            f"first: {missing[0].error.one_line()}",
            "fix the cause above and run again; nothing was written",
        )
    # The analysis is CPU work; in a thread, the event loop keeps the other stories' calls
    # flowing meanwhile (they wait on the network, not on the interpreter).
    merged = await asyncio.to_thread(merge, results, by_id)
    return await _reduce(ctx, caller, plan, merged, missing, date=date)


async def _reduce(
    ctx: RunContext,
    caller: StructuredCaller,
    plan: MapPlan,
    merged: MergeResult,
    missing: list[ChunkFailure],
    *,
    date: dt.date,
) -> BriefRun:
    """Analyse the verified evidence in code, reduce it, and assemble the Brief."""
    story = plan.story
    settings = ctx.settings
    analysis = await asyncio.to_thread(
        analyse, story.articles, plan.groups, merged, date, settings.stale_after_days
    )
    prepared = ReduceInput(
        candidates=analysis.candidates,
        facts=analysis.facts,
        signals=analysis.signals,
        labels={s.id: s.label for s in analysis.sources},
        subjects=analysis.subjects,
        admit=analysis.admit,
        dates={s.id: s.published.isoformat() for s in analysis.sources if s.published},
    )
    reduced = await reduce_evidence(
        caller,
        ctx.library,
        ctx.versions,
        prepared,
        budget=settings.reduce_budget_tokens,
        short=story.info.short,
        subject=f"story {story.info.id}",
    )
    assembled = await asyncio.to_thread(
        functools.partial(
            build_brief,
            date,
            analysis=analysis,
            merged=merged,
            reduced=reduced,
            chunks=len(plan.chunks),
            run=ctx.run_info(),
            failed_chunks=len(missing),
            story=story.info,
        )
    )
    return BriefRun(assembled.brief, merged, missing, assembled.prose, analysis)
