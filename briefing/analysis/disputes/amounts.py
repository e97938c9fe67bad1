"""Amount conflict: two independent sources say the same thing with a different amount.

The figure-conflict detector (briefing.analysis.disputes.figures) compares figures whose
measure a small lexicon names (deaths, a spill ...). Real reporting is full of amounts no
lexicon names (dollars diverted to a wall, income over eight years, arrests at a border)
and a story gives many of them, each about something else. Two figures are taken for one
amount only when all of these hold:

- they count the same thing: one unit class and the same counted noun, or none on both
  sides ("$3.5 billion" / "$3.6 billion");
- their sentences say the same thing: they share ``ALIGNED`` of the smaller sentence's
  stems, and the words around the two figures (``WINDOW`` words each way) share at least
  ``AROUND`` stems that are not units or scale words;
- each value is absent from the other source: it gives no figure of that unit that agrees
  with it at the precision written (``agree``), so a story that states both amounts on
  both sides is not a dispute;
- they cannot both be true (briefing.analysis.figures.compatible, and the precision);
- they are not said of two different countries (the troops of one and of another).

Percentages are left out: on real reporting they were almost always different polls or
different groups. Set on the tune half of the real corpus (docs/calibration.md).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.figures import scope_evidence
from briefing.analysis.disputes.nearby import (
    AROUND,
    aligned,
    around,
    item_of,
    named_item,
    other_countries,
)
from briefing.analysis.figures import Figure, compatible, label
from briefing.analysis.text import Statement
from briefing.articles import stem


def precision(figure: Figure) -> float:
    """The step of the figure's last written digit, in its value's scale: "3.5 billion"
    is written to 0.1 billion, "500,000" to 100,000, "140,937,785" to 1."""
    digits = figure.text.replace(",", "")
    try:
        number = float(digits)
    except ValueError:
        return 1.0
    scale = figure.value / number if number else 1.0
    if "." in digits:
        return float(10 ** -len(digits.split(".", 1)[1])) * scale
    zeros = len(digits) - len(digits.rstrip("0")) if number else 0
    return float(10**zeros) * scale


def agree(a: Figure, b: Figure) -> bool:
    """Both can be true: compatible, or within one step of the coarser precision written
    and 10% ("$43 million" for $43,885,310; but "$1 million" is not $500,000)."""
    step = max(precision(a), precision(b))
    difference = abs(a.value - b.value)
    return compatible(a, b) or (difference < step and difference <= 0.1 * max(a.value, b.value))


def _comparable(a: Figure, b: Figure) -> bool:
    if a.kind != "count" or b.kind != "count" or a.unit is None or a.unit != b.unit:
        return False
    if a.unit == "percent" or a.compound != b.compound:
        return False  # "a 12-nation pact" / "11 nations": the pact, and the others in it
    nouns = (stem(a.noun) if a.noun else None, stem(b.noun) if b.noun else None)
    return nouns[0] == nouns[1]


def _gives(items: Sequence[Statement], figure: Figure, item: str | None = None) -> bool:
    """Whether a source gives the figure (for the named ``item``, when there is one)."""
    return any(
        _comparable(figure, other)
        and agree(figure, other)
        and (item is None or item_of(s, other) == item)
        for s in items
        for other in s.figures
    )


def _pairs(
    context: Context, a: str, b: str
) -> Iterator[tuple[Statement, Figure, Statement, Figure]]:
    first, second = context.statements[a], context.statements[b]
    for x in first:
        for y in second:
            if not (x.figures and y.figures):
                continue
            alike = aligned(x, y)
            for fx, fy in itertools.product(x.figures, y.figures):
                if not _comparable(fx, fy) or agree(fx, fy):
                    continue
                if other_countries(context, x, fx, y, fy):
                    continue
                item = item_of(x, fx)
                if item is not None and item == item_of(y, fy):
                    # The named item says what both are for; the source's other amounts
                    # (a list of purchases) say nothing of it.
                    if not _gives(second, fx, item) and not _gives(first, fy, item):
                        yield x, fx, y, fy
                    continue
                if not alike or len((around(x, fx) & around(y, fy)) - {fx.unit}) < AROUND:
                    continue
                if not _gives(second, fx) and not _gives(first, fy):
                    yield x, fx, y, fy


def _backers(context: Context, figure: Figure, item: str | None) -> frozenset[str]:
    """The stories giving the figure: for the named item when there is one, since a
    source's amounts for other things (or a bound such as "over $300") say nothing of it."""
    return frozenset(
        context.story(source)
        for source, items in context.statements.items()
        if _gives(items, figure, item)
    )


def _label(figure: Figure) -> str:
    return label(figure, "$" if figure.unit == "money" else "")


def _candidate(context: Context, x: Statement, fx: Figure, y: Statement, fy: Figure) -> Candidate:
    item = item_of(x, fx)
    item = item if item is not None and item == item_of(y, fy) else None
    backers = (_backers(context, fx, item), _backers(context, fy, item))
    scope = scope_evidence(x, fx, y, fy)
    labels = context.label(x.article_id), context.label(y.article_id)
    alike = f"for the same {named_item(x, fx)}" if item else "in sentences saying the same thing"
    evidence = f"{labels[0]} gives {_label(fx)} where {labels[1]} gives {_label(fy)}, {alike}" + (
        f"; {scope}" if scope else ""
    )
    better = None if len(backers[0]) == len(backers[1]) else int(len(backers[1]) > len(backers[0]))
    words = sorted((around(x, fx) & around(y, fy)) - {fx.unit})
    return Candidate(
        detector="figure conflict",
        sides=((quote(x, fx.text),), (quote(y, fy.text),)),
        kinds=("scope difference", "contradiction")
        if scope
        else ("contradiction", "scope difference"),
        settled="scope difference" if scope else None,
        evidence=evidence,
        topic=f"How much: {_label(fx)} or {_label(fy)}?",
        positions=(_label(fx), _label(fy)),
        score=1.9,
        better=better,
        backers=backers,
        figures=(fx.value, fy.value),
        terms=frozenset(words),
    )


def amount_conflicts(context: Context) -> list[Candidate]:
    """One candidate per pair of conflicting amounts, between independent sources."""
    found: dict[tuple[str | None, float, float], Candidate] = {}
    for a, b in itertools.combinations(context.statements, 2):
        if not context.independent(a, b):
            continue
        for x, fx, y, fy in _pairs(context, a, b):
            low, high = sorted((fx.value, fy.value))
            key = (fx.unit, low, high)
            if key not in found:
                found[key] = _candidate(context, x, fx, y, fy)
    return list(found.values())
