"""Date conflict: two independent sources give one person's tenure as different spans of
years ("Edward Brooke held the seat from 1966 to 1978" / "Edward Brooke, who served from
1967 to 1979"). Weekdays, months and single years are read too (``dates_in``) but not
compared: see ``GRAINS``.

A sentence's dates are read at the grain it states them: a weekday, a month, a year or a
span of years. Two dates are of the same event only when their sentences share
``nearby.ALIGNED`` of their stems and the words around the two dates (``WINDOW`` words each
way) share at least ``AROUND`` stems; they conflict when they are of one grain and differ,
and neither source states the other's date for that event elsewhere. Set on the tune
half of the real corpus (docs/calibration.md).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.nearby import aligned
from briefing.analysis.text import Statement, names_in
from briefing.articles.entities import Entities
from briefing.articles.words import stem

WINDOW = 10
AROUND = 2
# A single year is said of background as often as of the news: its sentences must be alike.
ALIGNED_FOR_YEARS = 0.4
# The grains compared. Weekdays and months were tried: on the tune half of the real
# corpus they found one of five date disputes with one false; on the report half one
# with four false ("filed on Friday" / "released on Wednesday": two filings; a statement
# issued Friday and the president's reply on Saturday). Reports of a story told over
# several days date its several steps; only a span of years held.
GRAINS = frozenset({"years"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_ABBREVIATED = {m[:3]: n for n, m in enumerate(_MONTHS, start=1)} | {"sept": 9}
# "May" is also a verb: as a month it is followed by a day or a year, or follows a word
# that introduces a date.
_MONTH = re.compile(
    r"\b(?P<month>January|February|March|April|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
    r"|(?:(?<=\bin )|(?<=\bmid )|(?<=\bmid-)|(?<=\bearly )|(?<=\blate )|(?<=\bsince )"
    r"|(?<=\bby )|(?<=\buntil ))(?P<may>May)\b|\b(?P<mayday>May)(?= \d)"
)
_WEEKDAY = re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_SPAN = re.compile(
    r"\b(?:from|between) (?P<first>(?:19|20)\d\d) (?:to|and|until) (?P<last>(?:19|20)\d\d)\b"
)
_YEAR = re.compile(r"(?<![\d$.,-])\b(?P<year>(?:19|20)\d\d)\b(?![\d,%-])")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class When:
    """A date a sentence states, at the grain it states it."""

    grain: str  # "weekday", "month", "year" or "years"
    value: tuple[int, ...]
    text: str
    start: int


def dates_in(text: str) -> list[When]:
    """The weekdays, months, years and spans of years a sentence states."""
    found: list[When] = []
    spans = [m.span() for m in _SPAN.finditer(text)]
    for m in _SPAN.finditer(text):
        found.append(When("years", (int(m["first"]), int(m["last"])), m.group(), m.start()))
    for m in _YEAR.finditer(text):
        if not any(a <= m.start() < b for a, b in spans):
            found.append(When("year", (int(m["year"]),), m.group(), m.start()))
    for m in _WEEKDAY.finditer(text):
        found.append(
            When("weekday", (_WEEKDAYS.index(m["weekday"].casefold()),), m.group(), m.start())
        )
    for m in _MONTH.finditer(text):
        name = (m["month"] or "may").casefold()
        number = _ABBREVIATED.get(name[:4] if name.startswith("sept") else name[:3])
        if number:
            found.append(When("month", (number,), m.group().rstrip("."), m.start()))
    return found


def _around(item: Statement, when: When) -> frozenset[str]:
    """Stems of the words in lower case within ``WINDOW`` of the date: what happened then.
    Names are left out: a name is said of everything a person did, on any day."""
    words = list(_WORD.finditer(item.text))
    before = [w for w in words if w.end() <= when.start][-WINDOW:]
    after = [w for w in words if w.start() > when.start + len(when.text)][:WINDOW]
    stems = {stem(w.group()) for w in (*before, *after) if w.group()[0].islower()}
    return frozenset(stems & item.stems) - _DATE_WORDS


_DATE_WORDS = frozenset(stem(w) for w in (*_WEEKDAYS, *_MONTHS, "year", "week", "month", "day"))


def _differ(a: When, b: When) -> bool:
    """Two dates of one grain that cannot both be right. Spans of years must overlap with
    neither inside the other: one tenure told two ways ("1966 to 1978" / "1967 to 1979");
    a span inside another is a part of it ("2007 to 2014" / "between 2011 and 2014")."""
    if a.value == b.value:
        return False
    if a.grain != "years":
        return True
    (a0, a1), (b0, b1) = a.value, b.value
    inside = (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)
    return a0 <= b1 and b0 <= a1 and not inside


def _holders(item: Statement, when: When, entities: Entities) -> frozenset[str]:
    """Names before the span that are not countries': who may have held the office."""
    words = names_in(item.text[: when.start])
    keys = {entities.key(w) for w in words if entities.is_entity_word(w)}
    return frozenset(k for k in keys if not entities.is_country(k))


def _same_event(x: Statement, wx: When, y: Statement, wy: When, entities: Entities) -> bool:
    """Two dates of one event: a span of years of one named holder (a tenure); else
    sentences alike that name one subject, with the same words around both dates."""
    if not x.entities & y.entities or not aligned(x, y):
        return False
    if wx.grain == "years":
        # One holder named before both spans ("Edward Brooke ... from 1966 to 1978");
        # two presidents of one country are two tenures.
        return bool(_holders(x, wx, entities) & _holders(y, wy, entities))
    if wx.grain == "year" and not aligned(x, y, ALIGNED_FOR_YEARS):
        return False
    return len(_around(x, wx) & _around(y, wy)) >= AROUND


def _states(items: Sequence[Statement], event: Statement, when: When, entities: Entities) -> bool:
    """Whether a source states ``when`` elsewhere for the event of ``event``."""
    return any(
        w.grain == when.grain
        and w.value == when.value
        and _same_event(item, w, event, when, entities)
        for item in items
        for w in dates_in(item.text)
    )


def _pairs(context: Context, a: str, b: str) -> Iterator[tuple[Statement, When, Statement, When]]:
    first, second = context.statements[a], context.statements[b]
    for x in first:
        dated_x = [w for w in dates_in(x.text) if w.grain in GRAINS]
        if not dated_x:
            continue
        for y in second:
            dated_y = dates_in(y.text) if aligned(x, y) else []
            for wx, wy in itertools.product(dated_x, dated_y):
                if wx.grain != wy.grain or not _differ(wx, wy):
                    continue
                if not _same_event(x, wx, y, wy, context.entities):
                    continue
                entities = context.entities
                if _states(second, x, wx, entities) or _states(first, y, wy, entities):
                    continue
                yield x, wx, y, wy


def _candidate(context: Context, x: Statement, wx: When, y: Statement, wy: When) -> Candidate:
    labels = context.label(x.article_id), context.label(y.article_id)
    shared = sorted(_around(x, wx) & _around(y, wy))
    evidence = f"{labels[0]} says “{wx.text}” where {labels[1]} says “{wy.text}” for the same event"
    return Candidate(
        detector="date conflict",
        sides=((quote(x, wx.text),), (quote(y, wy.text),)),
        kinds=("contradiction",),
        evidence=evidence,
        topic=f"When: {wx.text} or {wy.text}?",
        positions=(wx.text, wy.text),
        score=1.8,
        why="Neither side is better supported: each date is given by one source.",
        terms=frozenset(shared),
    )


def date_conflicts(context: Context) -> list[Candidate]:
    """One candidate per pair of sentences putting one event on different dates."""
    found: dict[tuple[int, int], Candidate] = {}
    for a, b in itertools.combinations(context.statements, 2):
        if not context.independent(a, b):
            continue
        for x, wx, y, wy in _pairs(context, a, b):
            key = (x.sentence.start, y.sentence.start)
            if key not in found:
                found[key] = _candidate(context, x, wx, y, wy)
    return list(found.values())
