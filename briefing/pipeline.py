"""The daily run: articles -> chunks -> map -> merge -> reduce -> brief -> files."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from briefing.analysis import Analysis, analyse
from briefing.articles import Article, LoadResult, load_articles
from briefing.articles.duplicates import DuplicateGroup, near_duplicate_groups
from briefing.brief import Brief
from briefing.brief.build import build_brief
from briefing.brief.evidence import ProseCheck
from briefing.brief.model import RunInfo
from briefing.chunks import Chunk, count_tokens, encoding_for_model
from briefing.chunks.plan import map_chunks
from briefing.errors import ConfigError, IncompleteRun, InputError, NoArticlesError
from briefing.extract import ChunkExtraction, ChunkFailure, extract_chunks
from briefing.extract.map import extract_variables
from briefing.llm import CallLog, CallRecord, ChatModel, Recorder, StructuredCaller
from briefing.llm.batch import BatchModel, BatchOutcome, run_batch
from briefing.llm.budget import Budget
from briefing.llm.pricing import cost
from briefing.llm.recorder import CallTag, RecordingStore
from briefing.llm.types import BatchState, ChatRequest, Usage
from briefing.merge import MergeResult, merge
from briefing.prompting import PromptLibrary
from briefing.reduce import ReduceInput, reduce_evidence
from briefing.render import DEFAULT_FORMATS, Envelope, write_outputs
from briefing.render.manifest import build_manifest
from briefing.settings import Settings
from briefing.sources.profile import future_dated

if TYPE_CHECKING:
    from briefing.llm.adapter import OpenAIChat

DEFAULT_CHUNK_TOKENS = 800
REDUCE_STAGES = ("disputes", "outlook", "summary")
STAGES = ("extract", *REDUCE_STAGES)


class Progress(Protocol):
    """Receives the number of chunks, then one call per chunk extracted."""

    def start(self, total: int) -> None:
        """The run has ``total`` chunks to extract."""

    def advance(self) -> None:
        """One more chunk was extracted."""

    def note(self, text: str) -> None:
        """A status line (a batch being processed)."""


class NoProgress:
    """A Progress that shows nothing."""

    def start(self, total: int) -> None:
        """Ignore the total."""

    def advance(self) -> None:
        """Ignore the step."""

    def note(self, text: str) -> None:
        """Ignore the status."""


@dataclass
class RunResult:
    """What a daily run produced."""

    folder: Path
    brief: Brief
    calls: list[CallRecord]
    skipped: list[InputError] = field(default_factory=list)
    missing: list[ChunkFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every file was used and every chunk briefed."""
        return not self.skipped and not self.missing


@dataclass(frozen=True)
class BriefRun:
    """A brief and what went into it."""

    brief: Brief
    merged: MergeResult
    missing: list[ChunkFailure]
    prose: list[ProseCheck]
    analysis: Analysis


@dataclass(frozen=True)
class Estimate:
    """A dry run's token and cost estimate."""

    articles: int
    chunks: int
    source_tokens: int
    map_prompt_tokens: int
    max_output_tokens: int
    cost_usd: float | None
    skipped: list[InputError]


def load(paths: Sequence[Path]) -> LoadResult:
    """Articles under ``paths``; NoArticlesError when none is usable."""
    loaded = load_articles(paths)
    if not loaded.articles:
        reasons = "; ".join(e.one_line() for e in loaded.skipped[:3]) or "no .txt or .md files"
        raise NoArticlesError(
            f"no usable articles in {', '.join(map(str, paths))} ({reasons})",
            "pass files or folders holding .txt or .md articles",
        )
    return loaded


def chunk_budget(settings: Settings, library: PromptLibrary, versions: Mapping[str, str]) -> int:
    """Tokens per chunk: the setting, else what the extract prompt was written for."""
    extract = library.active("extract", versions).meta.chunk_tokens
    return settings.chunk_tokens or extract or DEFAULT_CHUNK_TOKENS


@dataclass(frozen=True)
class MapPlan:
    """The near-duplicate groups among the articles and the chunks to extract."""

    groups: list[DuplicateGroup]
    chunks: list[Chunk]


def rewrite_groups(articles: Sequence[Article], settings: Settings) -> list[DuplicateGroup]:
    """Each article and its rewrites (none when ``rewrite_share`` is 0)."""
    share = settings.rewrite_share
    return near_duplicate_groups(articles, share) if share else []


def plan_map(articles: Sequence[Article], settings: Settings, budget: int) -> MapPlan:
    """Group near-duplicates, then chunk: rewrites only where they add to their group."""
    groups = rewrite_groups(articles, settings)
    overlap = settings.chunk_overlap_tokens
    return MapPlan(groups, map_chunks(articles, groups, budget, overlap))


def prompt_versions(library: PromptLibrary, overrides: Mapping[str, str]) -> dict[str, str]:
    """Stage -> version for this run; every used version must be unchanged if released."""
    versions = {stage: library.active(stage, overrides).version for stage in STAGES}
    for stage, version in versions.items():
        library.check_released(library.get(stage, version))
    return versions


def projected_usage(
    library: PromptLibrary,
    versions: Mapping[str, str],
    settings: Settings,
    extract_prompt_tokens: int,
    extract_calls: int,
) -> Usage:
    """Tokens of a run with ``extract_calls`` extractions to make (prompts as counted, output
    at each prompt's max_tokens), plus the reduce stages: their input is guessed at 250
    tokens of facts per chunk, capped by the reduce budget."""
    extract = library.active("extract", versions)
    reduce_in = len(REDUCE_STAGES) * min(settings.reduce_budget_tokens, 250 * extract_calls)
    reduce_out = sum(library.active(s, versions).meta.max_tokens for s in REDUCE_STAGES)
    return Usage(
        prompt_tokens=extract_prompt_tokens + reduce_in,
        completion_tokens=extract_calls * extract.meta.max_tokens + reduce_out,
    )


class Pipeline:
    """One configured pipeline; ``live`` is the model used on recording misses."""

    def __init__(
        self,
        settings: Settings,
        live: ChatModel | None,
        overrides: Mapping[str, str] | None = None,
    ) -> None:
        self.settings = settings
        self.library = PromptLibrary(settings.prompts_dir)
        self.versions = prompt_versions(self.library, overrides or {})
        self.chunk_tokens = chunk_budget(settings, self.library, self.versions)
        cache = None if settings.no_cache else RecordingStore(settings.cache_dir)
        store = RecordingStore(settings.recordings_dir)
        capped = settings.max_cost_usd is not None or settings.max_tokens_total is not None
        self.budget = Budget(settings) if capped and settings.mode != "replay" else None
        self.recorder = Recorder(store, settings.mode, live, cache, self.budget)

    def run_info(self) -> RunInfo:
        """Model and prompt versions, as recorded in the brief."""
        prompts = {
            stage: f"{version} {self.library.get(stage, version).sha256[:12]}"
            for stage, version in self.versions.items()
        }
        return RunInfo(model=self.settings.model, prompts=prompts, chunk_tokens=self.chunk_tokens)

    def pending_extractions(
        self, caller: StructuredCaller, articles: Sequence[Article], chunks: Sequence[Chunk]
    ) -> list[tuple[ChatRequest, CallTag]]:
        """The extraction requests neither recorded nor cached, with their tags."""
        extract = self.library.get("extract", self.versions["extract"])
        by_id = {a.id: a for a in articles}
        pending = []
        for chunk in chunks:
            variables = extract_variables(by_id[chunk.article_id], chunk)
            request = caller.request(extract, variables, ChunkExtraction)
            tag = CallTag(
                stage="extract",
                version=extract.version,
                prompt_sha256=extract.sha256,
                subject=chunk.id,
            )
            if not self.recorder.has(request, tag):
                pending.append((request, tag))
        return pending

    def check_budget(
        self, caller: StructuredCaller, articles: Sequence[Article], chunks: Sequence[Chunk]
    ) -> None:
        """Refuse up front when the calls still to make would exceed a cap."""
        if self.budget is None:
            return
        pending = [r for r, _ in self.pending_extractions(caller, articles, chunks)]
        encoding = encoding_for_model(self.settings.model)
        prompts = sum(count_tokens(m.content, encoding) for r in pending for m in r.messages)
        usage = projected_usage(self.library, self.versions, self.settings, prompts, len(pending))
        self.budget.allows(usage)

    async def brief(
        self,
        articles: Sequence[Article],
        date: dt.date,
        log: CallLog,
        progress: Progress,
    ) -> BriefRun:
        """The brief for ``articles``, the merge result and the chunks that failed."""
        caller = StructuredCaller(self.recorder, self.settings, log)
        plan = plan_map(articles, self.settings, self.chunk_tokens)
        chunks = plan.chunks
        self.check_budget(caller, articles, chunks)
        by_id = {a.id: a for a in articles}
        extract = self.library.get("extract", self.versions["extract"])
        if self.settings.batch:
            await _by_batch(self, caller, articles, chunks, progress)
        progress.start(len(chunks))
        results, missing = await extract_chunks(
            caller,
            extract,
            by_id,
            chunks,
            progress.advance,
            allow_partial=self.settings.allow_partial,
        )
        if not results:
            raise IncompleteRun(
                f"all {len(chunks)} chunks failed; first: {missing[0].error.one_line()}",
                "fix the cause above and run again; nothing was written",
            )
        merged = merge(results, by_id)
        return await self._reduce(caller, articles, merged, plan, missing, date=date)

    async def _reduce(
        self,
        caller: StructuredCaller,
        articles: Sequence[Article],
        merged: MergeResult,
        plan: MapPlan,
        missing: list[ChunkFailure],
        *,
        date: dt.date,
    ) -> BriefRun:
        """Analyse the verified evidence in code, reduce it, and assemble the Brief."""
        analysis = analyse(articles, plan.groups, merged, date, self.settings.stale_after_days)
        prepared = ReduceInput(
            candidates=analysis.candidates,
            facts=analysis.facts,
            signals=analysis.signals,
            labels={s.id: s.label for s in analysis.sources},
        )
        reduced = await reduce_evidence(
            caller,
            self.library,
            self.versions,
            prepared,
            budget=self.settings.reduce_budget_tokens,
        )
        assembled = build_brief(
            date,
            analysis=analysis,
            merged=merged,
            reduced=reduced,
            chunks=len(plan.chunks),
            run=self.run_info(),
            failed_chunks=len(missing),
        )
        return BriefRun(assembled.brief, merged, missing, assembled.prose, analysis)


async def _by_batch(
    pipeline: Pipeline,
    caller: StructuredCaller,
    articles: Sequence[Article],
    chunks: Sequence[Chunk],
    progress: Progress,
) -> BatchOutcome:
    """Answer the pending extractions through the Batch API, into the cache."""
    live = pipeline.recorder.live
    if not isinstance(live, BatchModel) or pipeline.recorder.cache is None:
        raise ConfigError(
            "--batch needs an OpenAI-compatible endpoint with the Batch API and the cache",
            "set OPENAI_API_KEY (or --base-url) and drop --no-cache",
        )
    from briefing.llm.adapter import completion_from_body  # noqa: PLC0415 - live only

    def on_poll(state: BatchState) -> None:
        progress.note(f"batch {state.status}: {state.done}/{state.total}")

    return await run_batch(
        live,
        pipeline.recorder,
        pipeline.pending_extractions(caller, articles, chunks),
        completion_from_body,
        poll_s=pipeline.settings.batch_poll_s,
        on_poll=on_poll,
    )


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
) -> RunResult:
    """Load, brief (against the configured endpoint, if any) and write ``<out>/<date>/``."""
    started = time.monotonic()
    loaded = load(paths)
    log = CallLog()
    async with endpoint(settings) as live:
        pipeline = Pipeline(settings, live, overrides)
        run = await pipeline.brief(loaded.articles, date, log, progress or NoProgress())
    warnings = [*loaded.warnings, *future_dated(loaded.articles, date)]
    manifest = build_manifest(
        run,
        articles=loaded.articles,
        skipped=loaded.skipped,
        warnings=warnings,
        calls=log.records,
        wall_s=time.monotonic() - started,
    )
    folder = write_outputs(out, run.brief, manifest, formats, envelope)
    return RunResult(
        folder=folder,
        brief=run.brief,
        calls=log.records,
        skipped=loaded.skipped,
        missing=run.missing,
        warnings=warnings,
    )


@asynccontextmanager
async def endpoint(settings: Settings) -> AsyncIterator[OpenAIChat | None]:
    """The configured endpoint's client for the duration of a run (None without one)."""
    live = connect(settings)
    try:
        yield live
    finally:
        if live is not None:
            await live.aclose()


def connect(settings: Settings) -> OpenAIChat | None:
    """The configured endpoint's client, or None when no key or URL is configured."""
    if not settings.endpoint_configured():
        return None
    from briefing.llm.adapter import OpenAIChat  # noqa: PLC0415 - replays never import openai

    return OpenAIChat(settings)


def estimate(settings: Settings, paths: Sequence[Path]) -> Estimate:
    """Tokens and cost of a run without calling the model (output at its upper bound)."""
    loaded = load(paths)
    library = PromptLibrary(settings.prompts_dir)
    extract = library.active("extract")
    encoding = encoding_for_model(settings.model)
    chunks = plan_map(loaded.articles, settings, chunk_budget(settings, library, {})).chunks
    by_id = {a.id: a for a in loaded.articles}
    map_tokens = sum(
        count_tokens(m.content, encoding)
        for chunk in chunks
        for m in extract.render(extract_variables(by_id[chunk.article_id], chunk))
    )
    usage = projected_usage(library, {}, settings, map_tokens, len(chunks))
    return Estimate(
        articles=len(loaded.articles),
        chunks=len(chunks),
        source_tokens=sum(count_tokens(a.text, encoding) for a in loaded.articles),
        map_prompt_tokens=usage.prompt_tokens,
        max_output_tokens=usage.completion_tokens,
        cost_usd=cost(settings.model, usage, settings.prices),
        skipped=loaded.skipped,
    )
