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
  a bound states only figures within 10% of it ("more than $3 million" is no account
  of $140 million), and a round "about" figure beside the source's exact one states only
  what the exact one does;
- they are less than ``MAX_RATIO`` apart, not for two named things ("in state taxes" /
  "for 41 speeches"), and not in sentences giving different years (two periods);
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
    change,
    increment_apart,
    item_of,
    named_item,
    other_countries,
    supposed,
    threshold,
)
from briefing.analysis.disputes.one_thing import other_periods, other_purposes
from briefing.analysis.figures import Figure, agree, label, precision
from briefing.analysis.text import Statement
from briefing.articles import stem


def _comparable(a: Figure, b: Figure) -> bool:
    if a.kind != "count" or b.kind != "count" or a.unit is None or a.unit != b.unit:
        return False
    if a.unit == "percent" or a.compound != b.compound:
        return False  # "a 12-nation pact" / "11 nations": the pact, and the others in it
    nouns = (stem(a.noun) if a.noun else None, stem(b.noun) if b.noun else None)
    return nouns[0] == nouns[1]


def _rounded(other: Figure, figure: Figure, items: Sequence[Statement]) -> bool:
    """Whether ``other`` is a round "about" figure that the source also states exactly,
    and the exact one does not agree with ``figure``: "roughly $141 million" beside
    "$140,937,785" says no more than the exact figure, so it does not give $139 million."""
    if other.qualifier != "about":
        return False
    exact = [
        f
        for s in items
        for f in s.figures
        if not f.qualifier and _comparable(f, other) and precision(f) < precision(other)
    ]
    return any(agree(f, other) and not agree(f, figure) for f in exact)


# Two reports of one amount differ by less than this factor; amounts further apart are of
# two things ("$30 million" of income over a year, "$400,000" for one speech). The price:
# a dispute of an order of magnitude ("$20 million" against "$200 million") is not shown.
MAX_RATIO = 10


def _magnitudes_apart(a: Figure, b: Figure) -> bool:
    low, high = sorted((a.value, b.value))
    return low <= 0 or high / low >= MAX_RATIO


def _states(other: Figure, figure: Figure) -> bool:
    """Whether ``other`` states ``figure``: agrees with it, a bound only within 10% ("more
    than $3 million" does not state $140 million, though both can be true)."""
    low, high = sorted((other.value, figure.value))
    bound = other.qualifier in ("at least", "at most")
    return agree(figure, other) and (not bound or high <= low * 1.1)


def _gives(items: Sequence[Statement], figure: Figure, item: str | None = None) -> bool:
    """Whether a source gives the figure (for the named ``item``, when there is one)."""
    return any(
        _comparable(figure, other)
        and _states(other, figure)
        and (item is None or item_of(s, other) == item)
        and not _rounded(other, figure, items)
        for s in items
        for other in s.figures
    )


def _apart(context: Context, x: Statement, fx: Figure, y: Statement, fy: Figure) -> bool:
    """Two countries' amounts; what it takes, a change (gained, lost) or more (an
    additional amount), against what one has; a condition or a demand, not what a report
    says is so."""
    return (
        other_countries(context, x, fx, y, fy)
        or threshold(x, fx) != threshold(y, fy)
        or change(x, fx) != change(y, fy)
        or increment_apart(x, fx, y, fy)
        or supposed(x, fx)
        or supposed(y, fy)
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
                if not _comparable(fx, fy) or agree(fx, fy) or _magnitudes_apart(fx, fy):
                    continue
                if _apart(context, x, fx, y, fy):
                    continue
                item, other_item = item_of(x, fx), item_of(y, fy)
                if item is not None and item == other_item:
                    # The named item says what both are for; the source's other amounts
                    # (a list of purchases) say nothing of it.
                    if not _gives(second, fx, item) and not _gives(first, fy, item):
                        yield x, fx, y, fy
                    continue
                if item and other_item and not set(item.split()) & set(other_item.split()):
                    continue  # two named things: "$3,544 at a boutique", "$5,587 at a retreat"
                if not alike or len((around(x, fx) & around(y, fy)) - {fx.unit}) < AROUND:
                    continue
                if other_periods(x, y) or other_purposes(x, fx, y, fy):
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
