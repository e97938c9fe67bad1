"""Overtaken by events: what a stale source ruled out or promised, against what later,
independent reporting says happened.

A stale source's statements that rule something out or vouch for it ("a ground operation
is a bluff", "out of the question", "no tanker will ever touch the bank again", "is now
safe") are paired with a statement of a later, non-stale source that reports rather than
predicts or quotes someone, is not background ("last year", "in 2024"), and shares rare
words or names with
it (rarity weighted over the day's statements). What the day's sources report widely
weighs more: the score is multiplied by one plus the number of other independent sources
stating the later statement's fact (briefing.analysis.same.same_fact): the event everyone
reports, not an aside. One candidate per stale source.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.text import Statement

RULING_OUT = re.compile(
    r"\b(bluff|out of the question|never|unlikely|impossible|no longer|won[’']t|will not"
    r"|would not|not yet|cannot|can[’']t|is (now )?safe|are (now )?safe|will ever|ever again"
    r"|safe for)\b",
    re.IGNORECASE,
)
# The later statement shares at least this many stems or names with the assurance; the
# rarity-weighted score only ranks (its scale grows with the number of statements).
MIN_SHARED = 2
_QUOTATION = re.compile(r"[“”\"]|\bsaid:")
BACKGROUND = re.compile(
    r"\b(last year|last month|years ago|in (19|20)\d\d|since (19|20)\d\d|in the past|previously"
    r"|once|history|historically)\b",
    re.IGNORECASE,
)


def _weights(context: Context) -> dict[str, float]:
    counts: Counter[str] = Counter()
    total = 0
    for item in context.all():
        counts.update(item.stems | item.entities)
        total += 1
    return {term: math.log((1 + total) / n) for term, n in counts.items()}


def _score(a: Statement, b: Statement, weights: Mapping[str, float]) -> float:
    shared = (a.stems & b.stems) | (a.entities & b.entities)
    return sum(weights.get(t, 0.0) for t in shared)


def _centrality(item: Statement, context: Context) -> int:
    """How many other independent sources state the statement's fact."""
    return len(
        {
            context.story(other.article_id)
            for other in context.index.same_fact(item)
            if context.independent(other.article_id, item.article_id)
        }
    )


def _reporting(context: Context) -> list[Statement]:
    """Statements of non-stale sources that report: not predictions, hedges, background
    or quotations."""
    return [
        item
        for item in context.all()
        if not context.sources[item.article_id].stale
        and not (
            item.predictive
            or item.hedged
            or BACKGROUND.search(item.text)
            or _QUOTATION.search(item.text)
        )
    ]


def _later(
    context: Context, stale: str, reporting: Sequence[Statement] | None = None
) -> list[Statement]:
    when = context.sources[stale].published

    def after(item: Statement) -> bool:
        published = context.sources[item.article_id].published
        return published is None or when is None or published > when

    given = reporting if reporting is not None else _reporting(context)
    return [item for item in given if after(item)]


def _best(
    context: Context,
    stale: str,
    weights: Mapping[str, float],
    reporting: Sequence[Statement] | None = None,
    central: dict[int, int] | None = None,
) -> tuple[float, Statement, Statement] | None:
    claims = [s for s in context.statements[stale] if RULING_OUT.search(s.text)]
    later = [
        s for s in _later(context, stale, reporting) if context.independent(s.article_id, stale)
    ]
    pairs = [
        (_score(c, t, weights), c, t) for c in claims for t in later if c.shares(t) >= MIN_SHARED
    ]
    pairs = sorted((p for p in pairs if p[0] > 0), key=lambda p: -p[0])
    # Centrality is costly and bounded by the number of stories, so pairs are weighed in
    # falling raw score until none left could beat the best found: the same maximum as
    # weighing them all. It is kept across stale sources (``central``).
    known = {} if central is None else central
    most = 1 + len({context.story(a) for a in context.statements})
    best: tuple[float, Statement, Statement] | None = None
    for raw, claim, event in pairs:
        if best is not None and raw * most <= best[0]:
            break
        if id(event) not in known:
            known[id(event)] = _centrality(event, context)
        weighed = raw * (1 + known[id(event)])
        if best is None or weighed > best[0]:
            best = (weighed, claim, event)
    return best


def overtaken(context: Context) -> list[Candidate]:
    """One candidate per stale source whose assurances later reporting contradicts."""
    weights = _weights(context)
    reporting = _reporting(context)
    central: dict[int, int] = {}
    found = []
    for stale, source in context.sources.items():
        best = _best(context, stale, weights, reporting, central) if source.stale else None
        if best is None:
            continue
        score, claim, event = best
        marker = RULING_OUT.search(claim.text)
        later = context.sources[event.article_id]
        when = source.published.isoformat() if source.published else "an unknown date"
        why = (
            f"{source.label} was written on {when}, {source.stale_days} days before the "
            f"newest events reported; {later.label} reports what happened since."
        )
        found.append(
            Candidate(
                detector="overtaken by events",
                sides=((quote(claim, marker.group() if marker else None),), (quote(event),)),
                kinds=("contradiction",),
                evidence=f"{source.label}, written {source.stale_days} days before the newest "
                f"events, said “{marker.group() if marker else 'it'}” of what {later.label} "
                "reports as done since",
                topic=f"What {source.label} said before the events, against what followed",
                positions=("said before the events", "what followed"),
                score=1.0 + min(score, 50.0) / 50,
                better=1,
                why=why,
                terms=(claim.stems & event.stems) | (claim.entities & event.entities),
            )
        )
    return found
