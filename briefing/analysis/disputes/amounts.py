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

Besides, two close counts of things taken or proposed, named with different plurals of one
group ("19 separate actions" / "23 steps": ``GENERIC_COUNTS``), are one count told two ways
when they are at least ``CLOSE_LEAST``, at most ``CLOSE`` apart, their sentences say the
same thing (``ALIGNED``, a name in common and ``CLOSE_SHARED`` other stems: names, days
and months aside), neither source gives the other's count or both, and the amount guards
hold (two countries, a threshold, a change, a condition, two periods). Other nouns name
other things ("40 homes", "45 businesses").

Percentages are left out: on real reporting they were almost always different polls or
different groups. Set on the tune half of the real corpus (docs/calibration.md).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
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
from briefing.articles import DAYS_AND_MONTHS, STOP_WORDS, stem, stems


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


# Counts of things taken or proposed, which reports name with one plural or another: two
# such counts close together in sentences saying the same thing are one count told two
# ways. Plural nouns as written (not "move", "changed": verbs), each group apart ("20
# recommendations" are not the "16 steps" taken on them).
GENERIC_COUNTS: tuple[frozenset[str], ...] = (
    frozenset({"steps", "actions", "measures", "moves"}),
    frozenset({"proposals", "recommendations"}),
)
_GENERIC_WORDS = frozenset().union(*GENERIC_COUNTS)
CLOSE = 1.25
CLOSE_LEAST = 5
CLOSE_SHARED = 3
# Words after a figure within which its generic count word is read ("19 separate actions").
_COUNTED_REACH = 3
# Stems no two sentences share as evidence of saying the same thing: days, months and the
# count words themselves.
_NOT_ALIKE = stems(" ".join(DAYS_AND_MONTHS)) | stems(" ".join(_GENERIC_WORDS))
_AFTER = re.compile(r"[^\W\d_][\w’'-]*|[^\w\s]")


def _generic(item: Statement, figure: Figure) -> str | None:
    """The generic count word a few words after a count, as written ("actions"), or
    None."""
    if figure.kind != "count" or figure.measure or figure.unit in (None, "money", "percent"):
        return None
    after: list[str] = _AFTER.findall(item.text[figure.start + len(figure.text) :])
    for word in after[:_COUNTED_REACH]:
        folded = word.casefold()
        if not word[0].isalpha() or folded in STOP_WORDS:
            return None
        if folded in _GENERIC_WORDS:
            return word
    return None


def _group(word: str) -> int:
    return next(n for n, words in enumerate(GENERIC_COUNTS) if word.casefold() in words)


def _close(x: Statement, fx: Figure, y: Statement, fy: Figure) -> bool:
    """Two counts under different count words of one group, close enough to be one."""
    words = _generic(x, fx), _generic(y, fy)
    if words[0] is None or words[1] is None or words[0].casefold() == words[1].casefold():
        return False
    if _group(words[0]) != _group(words[1]):
        return False
    low, high = sorted((fx.value, fy.value))
    return low >= CLOSE_LEAST and high <= low * CLOSE and not agree(fx, fy)


def _gives_count(items: Sequence[Statement], value: float) -> bool:
    """Whether a source gives a generic count of this value."""
    return any(f.value == value and _generic(s, f) for s in items for f in s.figures)


def _said_alike(x: Statement, y: Statement) -> bool:
    """A name in common and ``CLOSE_SHARED`` more stems (names, days and months aside)."""
    names = x.entities & y.entities
    other = (x.stems & y.stems) - stems(" ".join(names)) - _NOT_ALIKE
    return bool(names) and len(other) >= CLOSE_SHARED and aligned(x, y)


def _close_pairs(
    context: Context, a: str, b: str
) -> Iterator[tuple[Statement, Figure, Statement, Figure]]:
    first, second = context.statements[a], context.statements[b]
    # Only sentences holding a generic count can pair: the rest are not compared at all.
    counting = [
        [s for s in items if any(_generic(s, f) for f in s.figures)] for items in (first, second)
    ]
    for x, y in itertools.product(*counting):
        if not _said_alike(x, y):
            continue
        for fx, fy in itertools.product(x.figures, y.figures):
            if not _close(x, fx, y, fy) or _apart(context, x, fx, y, fy) or other_periods(x, y):
                continue
            if not (_gives_count(second, fx.value) or _gives_count(first, fy.value)):
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


def _shown(item: Statement, figure: Figure) -> Figure:
    """The figure as a side shows it: a generic count with its count word ("19
    actions", not "19 separate")."""
    word = _generic(item, figure)
    return dataclasses.replace(figure, noun=word) if word else figure


# Units measured rather than counted: "How much".
_MEASURED = frozenset({"money", "mass", "distance", "percent"}) | stems(
    "hectares acres feet foot inches degrees gallons litres liters barrels tons tonnes"
)
_HOW = ("How many", "How much")


def _candidate(context: Context, x: Statement, fx: Figure, y: Statement, fy: Figure) -> Candidate:
    if not _comparable(fx, fy):
        fx, fy = _shown(x, fx), _shown(y, fy)
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
        topic=f"{_HOW[(fx.unit or '') in _MEASURED]}: {_label(fx)} or {_label(fy)}?",
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
        for x, fx, y, fy in itertools.chain(_pairs(context, a, b), _close_pairs(context, a, b)):
            low, high = sorted((fx.value, fy.value))
            # One key for a pair of values of generic counts, whichever route found it.
            generic = _generic(x, fx) and _generic(y, fy)
            key = (None if generic or not _comparable(fx, fy) else fx.unit, low, high)
            if key not in found:
                found[key] = _candidate(context, x, fx, y, fy)
    return list(found.values())
