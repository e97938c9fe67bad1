"""What each story will cost before any call: its rewrite groups and chunks, the requests
not yet recorded or cached, and the tokens of the whole run against the caps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.articles import Article, DuplicateGroup, near_duplicate_groups
from briefing.chunks import Chunk, count_tokens, encoding_for_model, map_chunks
from briefing.extract import ChunkExtraction, extract_variables
from briefing.llm import CallTag, ChatRequest, StructuredCaller, Usage
from briefing.prompting import PromptLibrary
from briefing.run.context import REDUCE_STAGES, RunContext
from briefing.settings import Settings
from briefing.stories import Story

# A story with one independent source runs no reduce stage: its entry is written in code
# from the source's own words (briefing.brief.short).
SHORT_STAGES: tuple[str, ...] = ()


@dataclass(frozen=True)
class MapPlan:
    """One story and the chunks to extract."""

    story: Story
    chunks: list[Chunk]

    @property
    def groups(self) -> list[DuplicateGroup]:
        """The story's rewrite groups."""
        return list(self.story.groups)

    @property
    def by_id(self) -> dict[str, Article]:
        """The story's articles by id."""
        return {a.id: a for a in self.story.articles}

    @property
    def reduce_stages(self) -> tuple[str, ...]:
        """The reduce stages this story runs."""
        return SHORT_STAGES if self.story.info.short else REDUCE_STAGES


def plan_map(articles: Sequence[Article], settings: Settings, budget: int) -> list[Chunk]:
    """Group near-duplicates, then chunk: rewrites only where they add to their group."""
    groups = near_duplicate_groups(articles, settings.rewrite_share)
    return map_chunks(articles, groups, budget, settings.chunk_overlap_tokens)


def plan_story(ctx: RunContext, story: Story) -> MapPlan:
    """The story's chunks, rewrites mapped only where they add to their group."""
    overlap = ctx.settings.chunk_overlap_tokens
    return MapPlan(story, map_chunks(story.articles, story.groups, ctx.chunk_tokens, overlap))


def extraction(
    ctx: RunContext, caller: StructuredCaller, article: Article, chunk: Chunk
) -> tuple[ChatRequest, CallTag]:
    """The extraction request for one chunk, and its tag."""
    extract = ctx.library.get("extract", ctx.versions["extract"])
    request = caller.request(extract, extract_variables(article, chunk), ChunkExtraction)
    tag = CallTag(
        stage="extract", version=extract.version, prompt_sha256=extract.sha256, subject=chunk.id
    )
    return request, tag


def pending_extractions(
    ctx: RunContext, caller: StructuredCaller, plans: Sequence[MapPlan]
) -> list[tuple[ChatRequest, CallTag]]:
    """The extraction requests neither recorded nor cached, with their tags."""
    pending = []
    for plan in plans:
        by_id = plan.by_id
        for chunk in plan.chunks:
            request, tag = extraction(ctx, caller, by_id[chunk.article_id], chunk)
            if not ctx.recorder.has(request, tag):
                pending.append((request, tag))
    return pending


def projected_usage(
    library: PromptLibrary,
    versions: Mapping[str, str],
    settings: Settings,
    *,
    extract_prompt_tokens: int,
    extract_calls: int,
    reduce_stages: Sequence[str] = REDUCE_STAGES,
) -> Usage:
    """Tokens of one story with ``extract_calls`` extractions to make (prompts as counted,
    output at the prompt's max_tokens), plus its reduce stages: their input is guessed at
    250 tokens of facts per chunk, capped by the reduce budget."""
    extract = library.active("extract", versions)
    reduce_in = len(reduce_stages) * min(settings.reduce_budget_tokens, 250 * extract_calls)
    reduce_out = sum(library.active(s, versions).meta.max_tokens for s in reduce_stages)
    return Usage(
        prompt_tokens=extract_prompt_tokens + reduce_in,
        completion_tokens=extract_calls * extract.meta.max_tokens + reduce_out,
    )


def story_usage(ctx: RunContext, plan: MapPlan, prompt_tokens: int, calls: int) -> Usage:
    """``projected_usage`` for one planned story."""
    return projected_usage(
        ctx.library,
        ctx.versions,
        ctx.settings,
        extract_prompt_tokens=prompt_tokens,
        extract_calls=calls,
        reduce_stages=plan.reduce_stages,
    )


def check_budget(ctx: RunContext, caller: StructuredCaller, plans: Sequence[MapPlan]) -> None:
    """Refuse up front when the calls still to make, over every story, would exceed a cap."""
    if ctx.budget is None:
        return
    encoding = encoding_for_model(ctx.settings.model)
    total = Usage(prompt_tokens=0, completion_tokens=0)
    for plan in plans:
        pending = [r for r, _ in pending_extractions(ctx, caller, [plan])]
        prompts = sum(count_tokens(m.content, encoding) for r in pending for m in r.messages)
        usage = story_usage(ctx, plan, prompts, len(pending))
        total = Usage(
            prompt_tokens=total.prompt_tokens + usage.prompt_tokens,
            completion_tokens=total.completion_tokens + usage.completion_tokens,
        )
    ctx.budget.allows(total)
