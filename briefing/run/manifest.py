"""manifest.json: how a brief was made (prompts, calls, costs, what was dropped)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefing.articles import Article
from briefing.brief import Day
from briefing.errors import InputError
from briefing.llm import CallRecord
from briefing.run.story import BriefRun

if TYPE_CHECKING:
    from briefing.fetch import FetchReport


def _totals(calls: Sequence[CallRecord]) -> dict[str, Any]:
    costs = [c.cost_usd for c in calls]
    return {
        "calls": len(calls),
        "replayed": sum(c.replayed for c in calls),
        "reasks": sum(c.ask > 1 for c in calls),
        "prompt_tokens": sum(c.prompt_tokens for c in calls),
        "completion_tokens": sum(c.completion_tokens for c in calls),
        "model_seconds": round(sum(c.duration_s for c in calls), 3),
        "cost_usd": None if None in costs else round(sum(c or 0.0 for c in costs), 6),
    }


def _story(run: BriefRun) -> dict[str, Any]:
    """One story's listing and what code dropped or replaced in its brief."""
    story = run.brief.story
    return {
        "story": story.model_dump(mode="json") if story else None,
        "chunks": run.brief.counts.chunks,
        "missing_chunks": [{"chunk": m.chunk_id, "error": m.error.one_line()} for m in run.missing],
        "dropped": [d.model_dump() for d in [*run.merged.dropped, *run.analysis.claims.dropped]],
        "ungrounded_prose": [p.model_dump() for p in run.prose],
    }


def build_manifest(
    day: Day,
    runs: Sequence[BriefRun],
    *,
    articles: Sequence[Article],
    skipped: Sequence[InputError],
    warnings: Sequence[str] = (),
    calls: Sequence[CallRecord],
    wall_s: float,
    fetched: FetchReport | None = None,
) -> dict[str, Any]:
    """The manifest as a JSON-ready dict: how the brief was made, every model call, and
    per story everything code dropped or replaced (unverifiable quotes, filler,
    ungrounded prose); with ``fetched``, every feed and item fetched, skipped or failed."""
    return {
        "date": day.date.isoformat(),
        "model": day.run.model,
        "prompts": day.run.prompts,
        "wall_seconds": round(wall_s, 3),
        "totals": _totals(calls),
        "calls": [c.model_dump() for c in calls],
        "stories": [_story(run) for run in runs],
        "articles": [
            {"id": a.id, "path": a.path, "removed_lines": [r.model_dump() for r in a.removed]}
            for a in articles
        ],
        "skipped_files": [{"path": e.path, "reason": e.one_line()} for e in skipped],
        "input_warnings": list(warnings),
        "fetch": fetched.model_dump(mode="json") if fetched else None,
    }
