"""Assemble the Brief from the analysis (code) and the reduce answers (model).

Each section is built by its own module: disputed facts (briefing.brief.disputes), the
top of the brief (briefing.brief.summary) and the outlook (briefing.brief.outlook). Every
sentence of model prose is checked against the evidence it cites; the ones that fail are
replaced or dropped and listed (``Assembled.prose``) for the manifest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefing.analysis import Analysis, Candidate, Context, SideQuote, statement, told_two_ways
from briefing.articles import Sentence
from briefing.brief.disputes import disputed_facts
from briefing.brief.evidence import Prose, ProseCheck, Quotes
from briefing.brief.model import Brief, Counts, DisputedFact, RunInfo, WatchItem
from briefing.brief.outlook import scenarios, watch_list
from briefing.brief.short import short_entry
from briefing.brief.summary import Top, Voices, top_of_brief
from briefing.merge import Evidence, MergeResult
from briefing.reduce import ReduceResult, ShownSignal, Span, code_contested
from briefing.sources import Source
from briefing.stories import StoryInfo, shortened


@dataclass(frozen=True)
class Assembled:
    """The brief and every sentence of model prose that did not stand."""

    brief: Brief
    prose: list[ProseCheck]


def stating(context: Context) -> Callable[[SideQuote], list[str]]:
    """The sources with a sentence stating the fact of a quoted sentence."""

    def sources(side: SideQuote) -> list[str]:
        probe = statement(
            Sentence(side.article_id, -1, side.start, side.end, side.text), context.entities
        )
        return sorted({s.article_id for s in context.index.same_fact(probe)})

    return sources


def brief_quotes(analysis: Analysis) -> Quotes:
    """The sources' verified words as the brief quotes them."""
    return Quotes(
        analysis.claims.claims,
        analysis.corroboration.support,
        stating(analysis.context),
        analysis.context.texts,
    )


def watch_items(
    analysis: Analysis,
    quotes: Quotes,
    signals: Sequence[ShownSignal],
    candidates: Sequence[Candidate],
    today: dt.date,
) -> list[WatchItem]:
    """What to watch (briefing.brief.outlook.watch_list): rewrites left out, each item's
    day read from its source's publication day."""
    rewrites = {s.id for s in analysis.sources if s.rewrite_of}
    published = {s.id: s.published for s in analysis.sources}
    return watch_list(signals, quotes, rewrites, candidates, published=published, today=today)


def code_watch(analysis: Analysis, today: dt.date) -> list[WatchItem]:
    """What to watch from the analysis's own forward-looking sentences alone, no model
    signals: what the real corpus's What to watch labels measure (briefing.eval.watch)."""
    signals = [ShownSignal(s.id, s) for s in analysis.signals]
    return watch_items(analysis, brief_quotes(analysis), signals, analysis.candidates, today)


def _voices(sources: Iterable[Source]) -> Voices:
    """Labels, and the official statements: what they assert is a party's claim, never
    the brief's own voice."""
    listed = list(sources)
    return Voices(
        {s.id: s.label for s in listed}, frozenset(s.id for s in listed if s.kind == "official")
    )


def _dropped(merged: MergeResult) -> Mapping[str, int]:
    kinds = ("quote", "signal quote", "heading quote", "actor name", "unsupported statement")
    return {kind: sum(1 for d in merged.dropped if d.kind == kind) for kind in kinds}


def _top(
    reduced: ReduceResult,
    story: StoryInfo | None,
    *,
    claims: Mapping[str, Evidence],
    quotes: Quotes,
    prose: Prose,
    voices: Voices,
    contested: Sequence[Span],
    titled_by: str | None = None,
) -> Top:
    """The top of the brief: phrased by the model and checked, or, for a one-source story
    (no summary call), the source's own words."""
    if reduced.summary is None:
        title = story.title if story else ""
        return short_entry(title, reduced.developments, quotes, voices.labels, titled_by)
    return top_of_brief(
        reduced.summary,
        facts=reduced.summary_facts,
        developments=reduced.developments,
        claims=claims,
        quotes=quotes,
        prose=prose,
        voices=voices,
        contested=contested,
    )


def _no_development(fact: DisputedFact, side: int) -> bool:
    """Whether the side is no development of the day: what a later report overtook (a
    preview of what it reports done, or a stale source's claim), or either account of one
    ending told two ways that cannot both be true ("fired" / "stepped down"): until a
    report settles it, the disputed facts give both and the developments neither."""
    if told_two_ways(fact.detector, fact.evidence):
        return True
    better = fact.better_supported
    return fact.detector == "overtaken by events" and better is not None and side != better


def build_brief(
    date: dt.date,
    *,
    analysis: Analysis,
    merged: MergeResult,
    reduced: ReduceResult,
    chunks: int,
    run: RunInfo,
    failed_chunks: int = 0,
    story: StoryInfo | None = None,
) -> Assembled:
    """The Brief for ``date`` (on ``story``, when the day has stories)."""
    claims = {c.id: c for c in analysis.claims.claims}
    quotes = brief_quotes(analysis)
    disputed = [c.figures for c in reduced.candidates if c.figures is not None]
    prose = Prose(analysis.grounding, disputed)
    disputes, dispute_counts = disputed_facts(reduced.candidates, reduced.readings, quotes, prose)
    top = _top(
        reduced,
        story,
        claims=claims,
        quotes=quotes,
        prose=prose,
        voices=_voices(analysis.context.sources.values()),
        titled_by=next(
            # The story shows its title shortened: a long title is still its source's.
            (s.label for s in analysis.sources if story and shortened(s.title) == story.title),
            None,
        ),
        # Besides the disputes shown, what code itself sets aside (a count a later report
        # revised: its preview leads nothing).
        contested=[
            *(
                (q.source_id, q.start, q.end)
                for fact in disputes
                for n, side in enumerate(fact.sides, start=1)
                for q in side.quotes
                if q.source_id == fact.odd_one_out or _no_development(fact, n)
            ),
            *code_contested(reduced.candidates),
        ],
    )
    outlook, outlook_counts = scenarios(
        reduced.outlook,
        facts=reduced.outlook_facts,
        signals=reduced.signals,
        context=analysis.context,
        quotes=quotes,
        prose=prose,
    )
    dropped = _dropped(merged)
    incomplete = f"incomplete: {failed_chunks} of {chunks} chunks failed" if failed_chunks else None
    brief = Brief(
        date=date,
        story=story,
        incomplete=incomplete,
        headline=top.headline,
        bottom_line=top.bottom_line,
        bottom_line_quotes=top.bottom_line_quotes,
        key_developments=top.developments,
        actors=analysis.actors,
        disputed_facts=disputes,
        outlook=outlook,
        watch=watch_items(analysis, quotes, reduced.signals, reduced.candidates, date),
        sources=analysis.sources,
        counts=Counts(
            chunks=chunks,
            near_duplicates=sum(1 for s in analysis.sources if s.rewrite_of),
            claims_verified=len(analysis.claims.claims),
            signals_verified=len(merged.signals),
            quotes_dropped=dropped["quote"] + dropped["signal quote"] + dropped["heading quote"],
            names_dropped=dropped["actor name"],
            statements_unsupported=dropped["unsupported statement"],
            statements_replaced=analysis.claims.statements_replaced,
            filler_dropped=len(analysis.claims.dropped),
            claims_reattributed=merged.reattributed,
            dispute_candidates=len(reduced.candidates),
            disputes_agreeing=dispute_counts.agreeing,
            kinds_overruled=dispute_counts.overruled,
            disputes_proposed=reduced.proposals.proposed,
            proposals_admitted=reduced.proposals.admitted,
            proposals_rejected=dict(sorted(reduced.proposals.rejected.items())),
            prose_sentences=prose.checked,
            prose_replaced=len(prose.failures),
            scenarios_dropped=outlook_counts.done + outlook_counts.unsupported,
        ),
        run=run,
    )
    return Assembled(brief, prose.failures)
