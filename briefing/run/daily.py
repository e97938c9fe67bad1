"""The daily run as a composition: load -> stories -> (per story, side by side) map, merge,
analyse, reduce, assemble -> the day's brief -> files."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.articles import Article, load_usable
from briefing.brief import Brief, Day
from briefing.errors import (
    ConfigError,
    DuplicateArticle,
    IncompleteRun,
    InputError,
)
from briefing.extract import ChunkFailure
from briefing.files import out_lock
from briefing.llm import CallLog, CallRecord, ChatModel
from briefing.render import DEFAULT_FORMATS, Envelope, counted, write_outputs
from briefing.run.batch import by_batch
from briefing.run.context import RunContext
from briefing.run.endpoint import endpoint
from briefing.run.manifest import build_manifest
from briefing.run.plan import MapPlan, check_budget, plan_story
from briefing.run.progress import NoProgress, Progress
from briefing.run.story import BriefRun, brief_story
from briefing.settings import Settings
from briefing.since import diff_days, earlier_brief, read_day
from briefing.sources import future_dated
from briefing.stories import Story, group_stories, one_story

if TYPE_CHECKING:
    from briefing.fetch import FetchReport


@dataclass
class RunResult:
    """What a daily run produced."""

    folder: Path
    day: Day
    calls: list[CallRecord]
    skipped: list[InputError] = field(default_factory=list)
    missing: list[ChunkFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    lost_stories: int = 0
    fetched: FetchReport | None = None

    @property
    def brief(self) -> Brief:
        """The first story's brief (the only one on a one-story day)."""
        return self.day.lead

    @property
    def complete(self) -> bool:
        """Every file was used (a duplicate's text was), every feed read and every chunk of
        every story briefed: cron sees exit 0 on a day when an outlet sent the same story
        twice, or when nothing new came in."""
        unused = [s for s in self.skipped if not isinstance(s, DuplicateArticle)]
        feeds = self.fetched.failed_feeds if self.fetched else []
        return not unused and not self.missing and not self.lost_stories and not feeds


def _nothing_new(paths: Sequence[Path], fetched: FetchReport | None) -> str:
    """Why a day has no stories, in a sentence for the brief."""
    if fetched is None:
        return f"No new articles in {', '.join(map(str, paths))}."
    feeds = counted(len(fetched.feeds), "feed")
    skipped = counted(len(fetched.skipped), "item")
    return f"No new articles from {feeds}; {skipped} skipped (see manifest.json)."


def with_delta(day: Day, out: Path) -> tuple[Day, str | None]:
    """``day`` with what changed since the newest earlier brief under ``out`` (none: as
    it is), and a warning when that brief cannot be read."""
    earlier = earlier_brief(out, day.date)
    if earlier is None:
        return day, None
    try:
        return day.model_copy(update={"since": diff_days(read_day(earlier), day)}), None
    except InputError as exc:
        return day, f"{exc.one_line()}; no 'Since' section"


def day_stories(
    articles: Sequence[Article], settings: Settings, date: dt.date, only: str | None = None
) -> list[Story]:
    """The day's ranked stories (all articles as one with ``one_story``), or just the one
    ``only`` names (``--story ID``)."""
    if settings.one_story:
        stories = [one_story(articles, settings, date)]
    else:
        stories = group_stories(articles, settings, date)
    if only is None:
        return stories
    chosen = [s for s in stories if s.info.id == only]
    if not chosen:
        known = ", ".join(s.info.id for s in stories[:5])
        raise ConfigError(
            f"no story {only} in these articles (stories: {known}...)",
            "run `briefing stories` on the same paths and pick an id from its list",
        )
    return chosen


@dataclass(frozen=True)
class DayRuns:
    """The stories briefed, in front-page order, and the ones every chunk of which failed
    (under --allow-partial: the rest of the day is still briefed)."""

    runs: list[BriefRun]
    lost: list[IncompleteRun]


async def brief_day(
    ctx: RunContext,
    stories: Sequence[Story],
    date: dt.date,
    log: CallLog,
    progress: Progress,
) -> DayRuns:
    """Every story briefed side by side (sharing the client's concurrency limit and the
    budget), in front-page order."""
    plans: list[MapPlan] = [plan_story(ctx, s) for s in stories]
    check_budget(ctx, ctx.caller(log), plans)
    if ctx.settings.batch:
        await by_batch(ctx, ctx.caller(log), plans, progress)
    progress.start(sum(len(p.chunks) for p in plans))
    partial = ctx.settings.allow_partial
    done = await asyncio.gather(
        *(brief_story(ctx, p, date, log, progress) for p in plans), return_exceptions=partial
    )
    runs = [r for r in done if isinstance(r, BriefRun)]
    lost = [r for r in done if isinstance(r, IncompleteRun)]
    unexpected = [r for r in done if isinstance(r, BaseException) and r not in lost]
    if unexpected:
        raise unexpected[0]
    if not runs and lost:
        raise lost[0]
    return DayRuns(runs, lost)


async def run_daily(
    settings: Settings,
    paths: Sequence[Path],
    *,
    date: dt.date,
    out: Path,
    overrides: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
    envelope: Envelope | None = None,
    story: str | None = None,
    model: ChatModel | None = None,
    feeds: Path | None = None,
) -> RunResult:
    """Load (with ``feeds``: fetch the day's new articles into ``<out>/<date>/articles/``
    first and brief those), group into stories, brief each (``model``, else the
    configured endpoint, answers what is not recorded) and write ``<out>/<date>/``. The
    run holds ``out`` (briefing.files.out_lock): a second one there waits for it."""
    with out_lock(out):
        return await _run(
            settings, paths, date=date, out=out, overrides=overrides, progress=progress,
            formats=formats, envelope=envelope, story=story, model=model, feeds=feeds,
        )  # fmt: skip


async def _run(
    settings: Settings,
    paths: Sequence[Path],
    *,
    date: dt.date,
    out: Path,
    overrides: Mapping[str, str] | None,
    progress: Progress | None,
    formats: Sequence[str],
    envelope: Envelope | None,
    story: str | None,
    model: ChatModel | None,
    feeds: Path | None,
) -> RunResult:
    started = time.monotonic()
    fetched = None
    if feeds:
        # Imported here: a day briefed from files never loads the HTTP and feed stack.
        from briefing.fetch import fetch_day  # noqa: PLC0415

        fetched = await fetch_day(settings, feeds, date=date, out=out)
    paths = [Path(fetched.folder)] if fetched else paths
    loaded = load_usable(paths, settings)
    stories = day_stories(loaded.articles, settings, date, story) if loaded.articles else []
    log = CallLog()
    async with endpoint(settings, model) as live:
        ctx = RunContext.create(settings, live, overrides)
        briefed = await brief_day(ctx, stories, date, log, progress or NoProgress())
    runs = briefed.runs
    day = Day(date=date, stories=[r.brief for r in runs], run=ctx.run_info())
    warnings = [*(fetched.warnings if fetched else []), *loaded.warnings]
    warnings += future_dated(loaded.articles, date)
    if runs:
        day, note = with_delta(day, out)
        warnings += [note] if note else []
    else:
        day.nothing_new = _nothing_new(paths, fetched)
    warnings += [f"{lost.message}; the story is left out of the brief" for lost in briefed.lost]
    manifest = build_manifest(
        day,
        runs,
        articles=loaded.articles,
        skipped=loaded.skipped,
        warnings=warnings,
        calls=log.records,
        wall_s=time.monotonic() - started,
        fetched=fetched,
    )
    folder = write_outputs(out, day, manifest, formats, envelope)
    missing = [m for r in runs for m in r.missing]
    lost = len(briefed.lost)
    return RunResult(folder, day, log.records, loaded.skipped, missing, warnings, lost, fetched)
