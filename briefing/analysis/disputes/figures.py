"""Figure conflict: independent sources give different figures for the same quantity.

Two figures are for the same quantity when they are of one kind (counts or clock times),
their units fall in one class (people, tonnes ...) and the words around them name the
same measure (deaths, a spill, a deployment ...; briefing.analysis.lexicon), and their
sentences share an entity or two other stems; a threshold ("the 25 seats necessary to")
is compared only with a threshold. They conflict when both cannot be true
(briefing.analysis.figures.compatible: "at least 1,800" and "nearly 2,000" can).

The kind: a scope difference when the evidence shows the figures count different things
(different nouns: "14 crew members" / "22 people"; a period on one side only: "over the
past 20 years"; an inclusion: "among them", "including"), else a contradiction. Figures
for one quantity from several pairs of sources form one candidate, a side per figure.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from briefing.analysis.disputes.candidate import Candidate, SideQuote, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.nearby import (
    AROUND,
    aligned,
    around,
    change,
    increment_apart,
    other_countries,
    supposed,
    threshold,
)
from briefing.analysis.disputes.one_thing import dated_apart
from briefing.analysis.figures import Figure, compatible, label, written
from briefing.analysis.text import Statement
from briefing.articles import overlap, stem

_SCOPE = re.compile(
    r"\b(among them|including|in total|altogether|so far|over the (past|last)|for the (past|last)"
    r"|since \d{4}|since (january|february|march|april|may|june|july|august|september|october"
    r"|november|december))\b",
    re.IGNORECASE,
)
# Clock times given "about" agree within this many minutes.
_TIME_SLACK = 5


def _conflict(a: Figure, b: Figure) -> bool:
    if a.kind == "time":
        slack = _TIME_SLACK if "about" in (a.qualifier, b.qualifier) else 0
        return abs(a.value - b.value) > slack
    return not compatible(a, b)


def same_subject(a: Statement, b: Statement, fa: Figure, fb: Figure) -> bool:
    """A shared entity, or shared stems besides the counted nouns: two, or one when both
    figures name the same measure (deaths, injuries ...)."""
    nouns = {stem(n) for n in (fa.noun, fb.noun) if n}
    shared = (a.stems & b.stems) - nouns
    needed = 1 if fa.measure is not None and fa.measure == fb.measure else 2
    return bool(a.entities & b.entities) or len(shared) >= needed


def scope_evidence(a: Statement, fa: Figure, b: Statement, fb: Figure) -> str | None:
    """Why the two figures may count different things, or None."""
    if fa.noun and fb.noun and stem(fa.noun) != stem(fb.noun):
        return f"they count different things (“{fa.noun}” / “{fb.noun}”)"
    periods = [
        any(f.kind == "duration" for f in s.figures) or bool(_SCOPE.search(s.text)) for s in (a, b)
    ]
    if periods[0] != periods[1]:
        return "one gives a period or an inclusion the other does not"
    return None


_Place = tuple[int, int, int]  # article, statement, figure: the order pairs are reported in
_Pair = tuple[Statement, Figure, Statement, Figure]


def _quantity(figure: Figure) -> tuple[str, str | None, str | None] | None:
    """The quantity a figure counts: every clock time is one; a count is one of a unit
    and a measure (None: it cannot be compared). Amounts of money are left to the amount
    detector (briefing.analysis.disputes.amounts): a story gives many, each for
    something else ($313.89 of toys, $5,150 of furs), and the measure "money" does not
    tell them apart."""
    if figure.kind == "time":
        return ("time", None, None)
    if figure.unit == "money":
        return None
    if figure.kind == "count" and figure.unit is not None and figure.measure is not None:
        return (figure.kind, figure.unit, figure.measure)
    return None


def _buckets(context: Context) -> list[list[tuple[_Place, Statement, Figure]]]:
    buckets: dict[tuple[str, str | None, str | None], list[tuple[_Place, Statement, Figure]]]
    buckets = defaultdict(list)
    for n, found in enumerate(context.statements.values()):
        for m, item in enumerate(found):
            for k, figure in enumerate(item.figures):
                key = _quantity(figure)
                if key is not None:
                    buckets[key].append(((n, m, k), item, figure))
    return list(buckets.values())


def said_alike(a: Statement, fa: Figure, b: Statement, fb: Figure) -> bool:
    """The sentences share ``ALIGNED`` of their stems, or the words around the figures
    share ``AROUND``: two figures of one measure in sentences about other things are two
    quantities (a professor's pay and a speech fee)."""
    shared = (around(a, fa) & around(b, fb)) - {fa.unit, fb.unit}
    return aligned(a, b) or len(shared) >= AROUND


def _named_before(context: Context, item: Statement, figure: Figure) -> frozenset[str]:
    """The sentence's entities written before the figure."""
    runs = re.findall(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", item.text[: figure.start])
    # A run's tail names as well as the whole: "Lind" of "Mr. Lind", "Moss" of "But Moss".
    tails = {" ".join(r.split()[n:]).rstrip(".") for r in runs for n in range(len(r.split()))}
    return frozenset(context.entities.key(t) for t in tails) & item.entities


def _others_votes(context: Context, a: Statement, fa: Figure, b: Statement, fb: Figure) -> bool:
    """Two percentages of the vote, each after names and none in common: one candidate's
    against another's, or another race's ("Moss won with 56 percent" / "Lind had won
    past primaries with as much as 70 percent"). A share no name comes before ("the
    incumbent won 61 percent, the board said") and turnout are left to compare."""
    shares = fa.measure == "votes" and fa.unit == fb.unit == "percent"
    if not shares or any(re.search(r"(?i)\bturnout\b", i.text) for i in (a, b)):
        return False
    first, second = _named_before(context, a, fa), _named_before(context, b, fb)
    return bool(first and second) and not first & second


def _gives(bucket: list[tuple[_Place, Statement, Figure]], source: str, figure: Figure) -> bool:
    """Whether the source gives a figure for the quantity that agrees with ``figure``."""
    return any(
        item.article_id == source and not _conflict(figure, other) for _, item, other in bucket
    )


def _pairs(context: Context) -> list[_Pair]:
    """Conflicting figures for one quantity from independent sources, in article order,
    each figure absent from the other source (a source stating both reports the
    difference rather than taking a side). Only figures in one quantity bucket are
    compared, so the cost is that of the buckets, not of every pair of statements."""
    found: list[tuple[tuple[int, ...], _Pair]] = []
    for bucket in _buckets(context):
        for p, a, fa in bucket:
            for q, b, fb in bucket:
                if p[0] >= q[0] or not context.independent(a.article_id, b.article_id):
                    continue
                if _conflict(fa, fb) and same_subject(a, b, fa, fb):
                    if fa.kind != "time" and not said_alike(a, fa, b, fb):
                        continue
                    if other_countries(context, a, fa, b, fb) or _others_votes(
                        context, a, fa, b, fb
                    ):
                        continue
                    if any(test(a, fa) != test(b, fb) for test in (threshold, change)):
                        continue  # what it takes, or a change, against what one has
                    if increment_apart(a, fa, b, fb):
                        continue  # others or more, against a total that may hold them
                    if supposed(a, fa) or supposed(b, fb) or dated_apart(context, a, fa, b, fb):
                        continue  # a condition or demand; a past year against the news
                    if _gives(bucket, b.article_id, fa) or _gives(bucket, a.article_id, fb):
                        continue
                    found.append(((p[0], q[0], p[1], q[1], p[2], q[2]), (a, fa, b, fb)))
    return [pair for _, pair in sorted(found, key=lambda x: x[0])]


def _counted(figure: Figure) -> str | None:
    """The noun a topic asks about: "pages" for "a 48-page indictment"."""
    return f"{figure.noun}s" if figure.compound and figure.noun else figure.noun


def _backing(context: Context, said: list[tuple[Statement, Figure]]) -> int:
    return len({context.story(s.article_id) for s, _ in said})


def _chosen(
    context: Context,
    pairs: list[_Pair],
    by_value: dict[float, list[tuple[Statement, Figure]]],
) -> tuple[list[tuple[Statement, Figure]], list[tuple[Statement, Figure]]] | None:
    """The two figures a candidate sets against each other, each side led by a sentence
    of a pair that conflicts: never two figures that were each in conflict with a third
    (a source's 50,000 pages and the 900 of them on one subject, each against another
    source's 55,000). The values are those of the pair whose figures the most sources
    state (on a tie, whose sentences are most alike); the sentences quoted, the first
    of each value's sentences, in article order, that conflict with each other."""

    def listed(item: Statement, figure: Figure) -> bool:
        return any(s is item for s, _ in by_value[figure.value])

    usable = [p for p in pairs if listed(p[0], p[1]) and listed(p[2], p[3])]
    if not usable:
        return None
    _, fa, _, fb = max(
        usable,
        key=lambda p: (
            _backing(context, by_value[p[1].value]) + _backing(context, by_value[p[3].value]),
            overlap(p[0].stems, p[2].stems),
        ),
    )
    conflicting = {frozenset((id(p[0]), id(p[2]))) for p in usable}
    said_a, said_b = by_value[fa.value], by_value[fb.value]
    x, y = next(
        (x, y)
        for x, y in itertools.product(said_a, said_b)
        if frozenset((id(x[0]), id(y[0]))) in conflicting
    )
    sides = sorted(
        ([x, *(p for p in said_a if p is not x)], [y, *(p for p in said_b if p is not y)]),
        key=lambda side: (-_backing(context, side), side[0][1].value),
    )
    return sides[0], sides[1]


def _candidate(
    context: Context, pairs: list[tuple[Statement, Figure, Statement, Figure]]
) -> Candidate | None:
    """One candidate for a quantity: the two figures stated by the most sources."""
    by_value: dict[float, list[tuple[Statement, Figure]]] = defaultdict(list)
    values = {f.value for a, fa, b, fb in pairs for f in (fa, fb)}
    for a, fa, b, fb in pairs:
        for item, figure in ((a, fa), (b, fb)):
            # A sentence giving both figures reports the dispute; it backs neither side.
            both = len(values & {f.value for f in item.figures}) > 1
            if not both and all(s.sentence != item.sentence for s, _ in by_value[figure.value]):
                by_value[figure.value].append((item, figure))
    chosen = _chosen(context, pairs, by_value)
    if chosen is None:
        return None
    first, second = chosen
    sides: tuple[tuple[SideQuote, ...], tuple[SideQuote, ...]] = (
        tuple(quote(s, f.text) for s, f in first[:1]),
        tuple(quote(s, f.text) for s, f in second[:1]),
    )
    (sa, fa), (sb, fb) = first[0], second[0]
    backers = (
        frozenset(s.article_id for s, _ in first),
        frozenset(s.article_id for s, _ in second),
    )
    scope = scope_evidence(sa, fa, sb, fb)
    what = "time" if fa.kind == "time" else _counted(fa) if fa.compound else fa.measure or fa.unit
    evidence = f"{label(fa)} against {label(fb)} ({what})" + (f"; {scope}" if scope else "")
    return Candidate(
        detector="figure conflict",
        sides=sides,
        kinds=("scope difference", "contradiction")
        if scope
        else ("contradiction", "scope difference"),
        settled="scope difference" if scope else None,
        evidence=evidence,
        topic=f"How many {_counted(fa) or what}: {written(fa)} or {written(fb)}?"
        if fa.kind != "time"
        else "At what time?",
        positions=(label(fa), label(fb)),
        score=2.0 + 0.1 * len(pairs),
        backers=backers,
        figures=(fa.value, fb.value),
        terms=frozenset(stem(n) for n in (fa.noun, fb.noun) if n)
        | ({"time", "when", "hour"} if fa.kind == "time" else frozenset()),
        quantity=(fa.unit, fa.measure),
    )


def figure_conflicts(context: Context) -> list[Candidate]:
    """One candidate per quantity on which independent sources give conflicting figures
    (none when every sentence giving one figure also gives the other)."""
    grouped: dict[tuple[str, str | None, str | None] | None, list[_Pair]] = defaultdict(list)
    for pair in _pairs(context):
        grouped[_quantity(pair[1])].append(pair)
    found = (_candidate(context, pairs) for pairs in grouped.values())
    return [c for c in found if c is not None]
