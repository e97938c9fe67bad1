"""Two ways one thing ended, found in code: one independent report says a person was
fired and another that they resigned, or one that a plan was abandoned and another that
it was put on hold (what counts, and every condition: briefing.analysis.disputes.ended).

The check reads the sentences, not a model's choice of words, so code runs it on every
pair of sentences of two independent reports; the proposals channel keeps it too, for
one outlet's earlier and later reports (briefing.analysis.disputes.proposals). A source
whose own sentences tell both ways of one person or plan (fired in one, resigned in
another) is no side.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.ended import (
    POST,
    Way,
    dispute_terms,
    done_ways,
    source_tells_both,
    told_apart,
    undergoer_name,
)
from briefing.analysis.text import Statement

Told = list[tuple[Statement, Way]]


def _told(context: Context, source: str) -> Told:
    """The ways the source's sentences state as done, of people or plans it does not
    tell both ways."""
    return [
        (item, way)
        for item in context.statements[source]
        for way in done_ways(item)
        if not source_tells_both(context, item, way)
    ]


def _pairs(context: Context) -> Iterator[tuple[Statement, Way, Statement, Way]]:
    told = {source: _told(context, source) for source in context.statements}
    for first, second in itertools.combinations(context.statements, 2):
        if not (told[first] and told[second]) or not context.independent(first, second):
            continue
        for (a, wa), (b, wb) in itertools.product(told[first], told[second]):
            if told_apart(context, a, wa, b, wb):
                yield a, wa, b, wb


def _candidate(context: Context, a: Statement, wa: Way, b: Statement, wb: Way) -> Candidate:
    words = a.text[wa.start : wa.end], b.text[wb.start : wb.end]
    labels = context.label(a.article_id), context.label(b.article_id)
    if wa.axis == POST:
        name = undergoer_name(context, a, wa)
        topic = f"Was {name} fired, or did {name} resign?" if name else "Fired, or resigned?"
    else:
        topic = "Was the plan abandoned, or put on hold?"
    return Candidate(
        detector="ended two ways",
        sides=((quote(a, words[0]),), (quote(b, words[1]),)),
        kinds=("contradiction",),
        settled="contradiction",
        evidence=f"{labels[0]} says “{words[0]}”, {labels[1]} “{words[1]}”: one ending "
        "told two ways that cannot both be true",
        topic=topic,
        positions=(words[0], words[1]),
        score=1.6,
        # A heading names how it ended or which plan, not only who: "Moss's actions" gives
        # way to code's question.
        terms=dispute_terms(a, wa) | dispute_terms(b, wb),
    )


def two_ways(context: Context) -> list[Candidate]:
    """One candidate per person or plan whose ending two independent reports tell two
    ways."""
    found: dict[frozenset[str], Candidate] = {}
    for a, wa, b, wb in _pairs(context):
        # One candidate per person or plan: six outlets telling it two ways is one dispute.
        key = dispute_terms(a, wa) | {wa.axis, undergoer_name(context, a, wa) or ""}
        if key not in found:
            found[key] = _candidate(context, a, wa, b, wb)
    return list(found.values())
