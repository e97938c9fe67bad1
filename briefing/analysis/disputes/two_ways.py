"""Two ways one thing ended, found in code: one independent report says a person was
fired and another that they resigned, or one that a plan was abandoned and another that
it was put on hold (what counts, and every condition: briefing.analysis.disputes.ended).

The check reads the sentences, not a model's choice of words, so code runs it on every
pair of sentences of two independent reports; the proposals channel keeps it too, for
pairs code would not see as one (briefing.analysis.disputes.proposals). A source whose
own sentences tell both ways of one person or plan (fired in one, resigned in another)
is no side.
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
    ended_apart,
    same_undergoer,
    undergoer_name,
    ways,
)
from briefing.analysis.text import Statement

Pair = tuple[Statement, Way, Statement, Way]


def _tells_both(context: Context, source: str, item: Statement, way: Way) -> bool:
    """Whether the source also states, in another of its sentences, the other way of the
    same person or plan ("fired Comey" does not count against "Moss stepped down")."""
    return any(
        other_way.axis == way.axis
        and other_way.side != way.side
        and same_undergoer(context, item, way, other, other_way)
        for other in context.statements[source]
        # in any form: "had in effect fired him" still tells it
        for other_way in ways(other.text)
    )


def _pairs(context: Context) -> Iterator[Pair]:
    for first, second in itertools.combinations(context.statements, 2):
        if not context.independent(first, second):
            continue
        for a in context.statements[first]:
            for wa in done_ways(a):
                if _tells_both(context, first, a, wa):
                    continue
                for b in context.statements[second]:
                    for wb in done_ways(b):
                        if wb.axis != wa.axis or wb.side == wa.side:
                            continue
                        if _tells_both(context, second, b, wb):
                            continue
                        if ended_apart(context, a, (wa.start, wa.end), b, (wb.start, wb.end)):
                            yield a, wa, b, wb


def _candidate(context: Context, a: Statement, wa: Way, b: Statement, wb: Way) -> Candidate:
    words = a.text[wa.start : wa.end], b.text[wb.start : wb.end]
    labels = context.label(a.article_id), context.label(b.article_id)
    if wa.axis == POST:
        name = undergoer_name(context, a, wa) or "they"
        topic = f"Was {name} fired, or did {name} resign?"
    else:
        topic = "Was the plan abandoned, or put on hold?"
    return Candidate(
        detector="opposed statements",
        sides=((quote(a, words[0]),), (quote(b, words[1]),)),
        kinds=("contradiction",),
        settled="contradiction",
        evidence=f"{labels[0]} says “{words[0]}”, {labels[1]} “{words[1]}”: one ending "
        "told two ways that cannot both be true",
        topic=topic,
        positions=(words[0], words[1]),
        score=1.6,
        # A heading names how it ended or which plan, not only who: "Flynn's actions" gives
        # way to code's question.
        terms=dispute_terms(a, wa) | dispute_terms(b, wb),
    )


def two_ways(context: Context) -> list[Candidate]:
    """One candidate per pair of independent reports and axis telling one ending two
    ways."""
    found: dict[tuple[str, str, str], Candidate] = {}
    for a, wa, b, wb in _pairs(context):
        key = (a.article_id, b.article_id, wa.axis)
        found.setdefault(key, _candidate(context, a, wa, b, wb))
    return list(found.values())
