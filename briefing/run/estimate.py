"""A dry run: the day's stories with the calls and tokens each would cost, from the same
run context as a real run (so ``--variant`` counts), without calling the model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.articles import load_usable
from briefing.chunks import count_tokens, encoding_for_model
from briefing.errors import InputError
from briefing.extract import extract_variables
from briefing.llm import Usage, cost
from briefing.run.context import RunContext
from briefing.run.daily import day_stories
from briefing.run.plan import MapPlan, plan_story, story_usage
from briefing.settings import Settings
from briefing.sources import future_dated
from briefing.stories import StoryInfo


@dataclass(frozen=True)
class StoryEstimate:
    """One story's calls and tokens (output at its upper bound)."""

    story: StoryInfo
    chunks: int
    calls: int
    prompt_tokens: int
    max_output_tokens: int


@dataclass(frozen=True)
class Estimate:
    """A dry run's token and cost estimate."""

    articles: int
    source_tokens: int
    stories: list[StoryEstimate]
    prompts: dict[str, str]
    cost_usd: float | None
    skipped: list[InputError]
    warnings: list[str]

    @property
    def chunks(self) -> int:
        """Chunks over every story."""
        return sum(s.chunks for s in self.stories)

    @property
    def map_prompt_tokens(self) -> int:
        """Prompt tokens over every story (map and reduce)."""
        return sum(s.prompt_tokens for s in self.stories)

    @property
    def max_output_tokens(self) -> int:
        """Output tokens over every story, at most."""
        return sum(s.max_output_tokens for s in self.stories)


def _story_estimate(ctx: RunContext, plan: MapPlan) -> StoryEstimate:
    extract = ctx.library.get("extract", ctx.versions["extract"])
    encoding = encoding_for_model(ctx.settings.model)
    by_id = plan.by_id
    map_tokens = sum(
        count_tokens(m.content, encoding)
        for chunk in plan.chunks
        for m in extract.render(extract_variables(by_id[chunk.article_id], chunk))
    )
    usage = story_usage(ctx, plan, map_tokens, len(plan.chunks))
    return StoryEstimate(
        story=plan.story.info,
        chunks=len(plan.chunks),
        calls=len(plan.chunks) + len(plan.reduce_stages),
        prompt_tokens=usage.prompt_tokens,
        max_output_tokens=usage.completion_tokens,
    )


def estimate(
    settings: Settings,
    paths: Sequence[Path],
    *,
    date: dt.date,
    overrides: Mapping[str, str] | None = None,
    story: str | None = None,
) -> Estimate:
    """Calls, tokens and cost of a run, story by story, without calling the model."""
    loaded = load_usable(paths, settings)
    # The same context as a run, minus the model: nothing is called, whatever the mode.
    ctx = RunContext.create(settings.model_copy(update={"mode": "replay"}), None, overrides)
    stories = day_stories(loaded.articles, settings, date, story)
    per_story = [_story_estimate(ctx, plan_story(ctx, s)) for s in stories]
    total = Usage(
        prompt_tokens=sum(s.prompt_tokens for s in per_story),
        completion_tokens=sum(s.max_output_tokens for s in per_story),
    )
    encoding = encoding_for_model(settings.model)
    return Estimate(
        articles=len(loaded.articles),
        source_tokens=sum(count_tokens(a.text, encoding) for a in loaded.articles),
        stories=per_story,
        prompts=ctx.run_info().prompts,
        cost_usd=cost(settings.model, total, settings.prices),
        skipped=loaded.skipped,
        warnings=[*loaded.warnings, *future_dated(loaded.articles, date)],
    )
