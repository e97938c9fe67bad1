"""Date conflict: two independent sources give one person's tenure as different spans of
years ("Ana Ruiz held the seat from 1976 to 1988" / "Ana Ruiz, who sat there from 1977
to 1989").

Only spans of years are compared here. Weekdays and months on their own were tried: on
the tune half of the real corpus they found one of five date disputes with one false; on
the report half one with four false ("filed on Friday" / "released on Wednesday": two
filings; a statement issued Friday and the president's reply on Saturday). Reports of a
story told over several days date its several steps; a weekday is compared only when
both sentences put one act of one subject on it (briefing.analysis.disputes.weekdays).
Two spans are of one tenure when their sentences are alike
(briefing.analysis.disputes.nearby), a name that is not a country's stands before both,
and the words around them share at least ``AROUND`` stem (the office); they conflict
when they overlap by more than a year and neither holds the other ("1995 to 2003" in
the House and "2003 to 2015" in the Senate are two offices; "2007 to 2014" and "between
2011 and 2014" are a whole and its part).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.nearby import aligned, words_near
from briefing.analysis.text import Statement, names_in
from briefing.articles import Entities, stem

AROUND = 1
_SPAN = re.compile(
    r"\b(?:from|between) (?P<first>(?:19|20)\d\d) (?:to|and|until|through) "
    r"(?P<last>(?:19|20)\d\d)\b"
)


@dataclass(frozen=True)
class Span:
    """A span of years a sentence states."""

    first: int
    last: int
    text: str
    start: int


def spans_in(text: str) -> list[Span]:
    """The spans of years a sentence states ("from 1976 to 1988")."""
    return [
        Span(int(m["first"]), int(m["last"]), m.group(), m.start()) for m in _SPAN.finditer(text)
    ]


def _differ(a: Span, b: Span) -> bool:
    """One tenure told two ways: the spans overlap by more than a year, neither inside the
    other."""
    inside = (a.first <= b.first and b.last <= a.last) or (b.first <= a.first and a.last <= b.last)
    return min(a.last, b.last) - max(a.first, b.first) > 1 and not inside


def _around(item: Statement, span: Span) -> frozenset[str]:
    """Stems of the words in lower case near the span: the office, not the names."""
    near = words_near(item.text, span.start, span.start + len(span.text))
    found = {stem(w.group()) for w in near if w.group()[0].islower()}
    return frozenset(found & item.stems)


def _holders(item: Statement, span: Span, entities: Entities) -> frozenset[str]:
    """Names before the span that are not countries': who may have held the office."""
    words = names_in(item.text[: span.start])
    keys = {entities.key(w) for w in words if entities.is_entity_word(w)}
    return frozenset(k for k in keys if not entities.is_country(k))


def _one_tenure(x: Statement, sx: Span, y: Statement, sy: Span, entities: Entities) -> bool:
    """One holder named before both spans, sentences alike, the same office words near."""
    return (
        aligned(x, y)
        and bool(_holders(x, sx, entities) & _holders(y, sy, entities))
        and len(_around(x, sx) & _around(y, sy)) >= AROUND
    )


def _states(items: Sequence[Statement], event: Statement, span: Span, entities: Entities) -> bool:
    """Whether a source gives ``span`` elsewhere for the tenure of ``event``."""
    return any(
        (other.first, other.last) == (span.first, span.last)
        and _one_tenure(item, other, event, span, entities)
        for item in items
        for other in spans_in(item.text)
    )


def _pairs(context: Context, a: str, b: str) -> Iterator[tuple[Statement, Span, Statement, Span]]:
    first, second = context.statements[a], context.statements[b]
    entities = context.entities
    # Spans read once per sentence; most sentences hold none and pair with nothing.
    spanned_a = [(x, spans) for x in first if (spans := spans_in(x.text))]
    spanned_b = [(y, spans) for y in second if (spans := spans_in(y.text))]
    for x, spans_x in spanned_a:
        for y, spans_y in spanned_b:
            for sx, sy in itertools.product(spans_x, spans_y):
                if not _differ(sx, sy) or not _one_tenure(x, sx, y, sy, entities):
                    continue
                if _states(second, x, sx, entities) or _states(first, y, sy, entities):
                    continue
                yield x, sx, y, sy


def _candidate(context: Context, x: Statement, sx: Span, y: Statement, sy: Span) -> Candidate:
    labels = context.label(x.article_id), context.label(y.article_id)
    return Candidate(
        detector="date conflict",
        sides=((quote(x, sx.text),), (quote(y, sy.text),)),
        kinds=("contradiction",),
        evidence=f"{labels[0]} says “{sx.text}” where {labels[1]} says “{sy.text}” of one tenure",
        topic=f"When: {sx.text} or {sy.text}?",
        positions=(sx.text, sy.text),
        score=1.8,
        why="Neither side is better supported: each span is given by one source.",
        terms=_around(x, sx) & _around(y, sy),
    )


def date_conflicts(context: Context) -> list[Candidate]:
    """One candidate per pair of sentences giving one tenure different spans."""
    found: dict[tuple[str, int, str, int], Candidate] = {}
    for a, b in itertools.combinations(context.statements, 2):
        if not context.independent(a, b):
            continue
        for x, sx, y, sy in _pairs(context, a, b):
            key = (x.article_id, x.sentence.start, y.article_id, y.sentence.start)
            if key not in found:
                found[key] = _candidate(context, x, sx, y, sy)
    return list(found.values())
