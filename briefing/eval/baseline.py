"""The simplest alternative, for every evaluation to measure the pipeline against: all
articles in one prompt, the same model, one call, the same brief sections back.

Its answer becomes a ``Brief`` through the same verbatim quote check the pipeline uses
(quotes not found in the source they name are dropped and counted) and nothing else: no
source weight, no corroboration, no detectors, no grounding. The same metrics then score
it, so a report shows what the pipeline adds. Only sets that fit the model's context are
briefed this way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from briefing.articles import Article
from briefing.brief import Brief, Counts, Development, DisputedFact, Quote, RunInfo, Scenario, Side
from briefing.chunks import count_tokens
from briefing.llm import StructuredCaller
from briefing.merge import Actor, Span, verify_quote
from briefing.prompting import PromptTemplate
from briefing.sources import Source

# Articles beyond this many tokens do not fit a small model's context with the answer.
CONTEXT_TOKENS = 12000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourcedQuote(_Strict):
    """A sentence copied from one article."""

    source: str = Field(description="The article's id, e.g. A1.")
    quote: str = Field(description="One sentence copied exactly.")


class BaselineDevelopment(_Strict):
    """A key development with its quote."""

    headline: str
    source: str
    quote: str


class BaselineActor(_Strict):
    """A named actor."""

    name: str
    kind: Literal[
        "person", "government", "organisation", "armed force", "country", "place", "vessel", "other"
    ]
    role: str
    stance: str


class BaselineDispute(_Strict):
    """A point where two articles disagree, a quote for each."""

    topic: str
    kind: Literal["contradiction", "scope difference", "framing", "open question"]
    first_source: str
    first_quote: str
    second_source: str
    second_quote: str


class BaselineScenario(_Strict):
    """One way things may develop."""

    title: str
    description: str
    likelihood: Literal["low", "medium", "high"]
    horizon: str
    indicators: list[str] = Field(max_length=3)


class BaselineBrief(_Strict):
    """The whole brief in one answer."""

    headline: str
    bottom_line: str
    bottom_line_quotes: list[SourcedQuote] = Field(max_length=3)
    developments: list[BaselineDevelopment] = Field(max_length=5)
    actors: list[BaselineActor] = Field(max_length=12)
    disputes: list[BaselineDispute] = Field(max_length=6)
    scenarios: list[BaselineScenario] = Field(max_length=3)


@dataclass
class _Checker:
    """Verifies quotes, giving the baseline the benefit of the doubt: a quote counts when
    it is verbatim in the article it names (by label, outlet or title) or, failing
    that, in any article, which it is then credited to. Small models name sources by
    outlet or title, not by label; this measures what their quotes are worth, not how
    they cite."""

    by_label: dict[str, Article]
    verified: int = 0
    failed: int = 0

    def _named(self, name: str) -> Article | None:
        name = name.strip()
        if name in self.by_label:
            return self.by_label[name]
        folded = name.casefold()
        return next(
            (
                a
                for a in self.by_label.values()
                if folded and folded in (a.title.casefold(), (a.outlet or "").casefold())
            ),
            None,
        )

    def _found(self, name: str, text: str) -> tuple[Article, Span] | None:
        named = self._named(name)
        ordered = [named] if named else []
        ordered += [a for a in self.by_label.values() if a is not named]
        for article in ordered:
            span = verify_quote(text, article.text)
            if span is not None:
                return article, span
        return None

    def quote(self, name: str, text: str) -> Quote | None:
        found = self._found(name, text)
        if found is None:
            self.failed += 1
            return None
        article, span = found
        self.verified += 1
        return Quote(
            claim_id=None,
            source_id=article.id,
            text=article.text[span.start : span.end],
            start=span.start,
            end=span.end,
            carried_by=[article.id],
            independent_sources=1,
        )


def fits(articles: Sequence[Article]) -> bool:
    """Whether the articles fit the baseline's one prompt."""
    return sum(count_tokens(a.text) for a in articles) <= CONTEXT_TOKENS


def variables(articles: Sequence[Article]) -> dict[str, object]:
    """The baseline prompt's variables: every article, whole, with its label."""
    return {
        "articles": [
            {
                "label": f"A{n}",
                "title": a.title,
                "outlet": a.outlet or "unknown",
                "published": a.published.isoformat() if a.published else "unknown",
                "text": a.text,
            }
            for n, a in enumerate(articles, start=1)
        ]
    }


@dataclass(frozen=True)
class BaselineRun:
    """The baseline's brief and how many of its quotes were verbatim."""

    brief: Brief
    verified: int
    failed: int


def _disputes(answer: BaselineBrief, check: _Checker) -> list[DisputedFact]:
    facts = []
    for d in answer.disputes:
        first = check.quote(d.first_source, d.first_quote)
        second = check.quote(d.second_source, d.second_quote)
        if first is None or second is None:
            continue
        sides = [
            Side(
                position=q.text,
                source_ids=[q.source_id],
                quotes=[q],
                single_source=True,
                independent_sources=1,
            )
            for q in (first, second)
        ]
        facts.append(
            DisputedFact(
                topic=d.topic,
                kind=d.kind,
                detector="model",
                evidence="",
                sides=sides,
                better_supported=None,
                reason="",
                cross_source=first.source_id != second.source_id,
                odd_one_out=None,
            )
        )
    return facts


def _actors(answer: BaselineBrief, articles: Sequence[Article]) -> list[Actor]:
    ids = [a.id for a in articles]
    return [
        Actor(
            id=a.name,
            name=a.name,
            aliases=[],
            kind=a.kind,
            role=a.role,
            stance=a.stance,
            source_ids=ids,
            mentions=1,
        )
        for a in answer.actors
    ]


def _brief(
    answer: BaselineBrief,
    articles: Sequence[Article],
    sources: list[Source],
    date: dt.date,
    run: RunInfo,
) -> BaselineRun:
    check = _Checker({f"A{n}": a for n, a in enumerate(articles, start=1)})
    bottom = [q for s in answer.bottom_line_quotes if (q := check.quote(s.source, s.quote))]
    developments = []
    for d in answer.developments:
        quote = check.quote(d.source, d.quote)
        if quote is not None:
            developments.append(
                Development(
                    headline=d.headline,
                    source_ids=[quote.source_id],
                    quotes=[quote],
                    independent_sources=1,
                )
            )
    disputes = _disputes(answer, check)
    scenarios = [
        Scenario(
            title=s.title,
            description=s.description,
            likelihood=s.likelihood,
            horizon=s.horizon,
            drivers=[],
            indicators=s.indicators,
            evidence=[],
        )
        for s in answer.scenarios
    ]
    counts = Counts(
        chunks=1,
        near_duplicates=0,
        claims_verified=check.verified,
        signals_verified=0,
        quotes_dropped=check.failed,
        names_dropped=0,
        statements_unsupported=0,
        statements_replaced=0,
        filler_dropped=0,
        claims_reattributed=0,
        dispute_candidates=0,
        disputes_agreeing=0,
        kinds_overruled=0,
        prose_sentences=0,
        prose_replaced=0,
        scenarios_dropped=0,
    )
    brief = Brief(
        date=date,
        headline=answer.headline,
        bottom_line=answer.bottom_line,
        bottom_line_quotes=bottom,
        key_developments=developments,
        actors=_actors(answer, articles),
        disputed_facts=disputes,
        outlook=scenarios,
        sources=sources,
        counts=counts,
        run=run,
    )
    return BaselineRun(brief, check.verified, check.failed)


async def baseline_brief(
    caller: StructuredCaller,
    prompt: PromptTemplate,
    articles: Sequence[Article],
    *,
    sources: list[Source],
    date: dt.date,
    model: str,
) -> BaselineRun:
    """The one-call brief of ``articles``, its quotes verified."""
    answer = await caller.call(prompt, variables(articles), BaselineBrief, subject="all articles")
    run = RunInfo(
        model=model, prompts={"baseline": f"{prompt.version} {prompt.sha256[:12]}"}, chunk_tokens=0
    )
    return _brief(answer, articles, sources, date, run)
