"""Period conflict: two independent sources date one act of one subject in periods that
cannot both hold, each read from its own report's date ("left the harbour board last
year" in a January report / "quit earlier this month"; "the tabloid published the story
earlier this week" / "the story published Friday", both written on a Friday).

A period is a phrase a report dates by its own day: last or (earlier) this year, month
or week, "in" a year, yesterday, today, and a weekday (the last such day up to the
report's). "Earlier" ends the period the day before the report's. Two periods conflict
when they do not overlap. Weekdays against weekdays are the day-conflict detector's
(briefing.analysis.disputes.weekdays); here a weekday is set against a longer period. A
pair is taken only when:

- each sentence puts the period, outside quotation marks and not after "since",
  "until", "by", "before" or "after", within ``REACH`` words of a verb in the past that is
  no speech or generic verb; acts of one meaning count as one (quit / left / resigned);
- the two acts are the same, the sentences name the same subject (an entity that is not
  a country) and say the same thing (``SHARED`` more stems besides the act);
- neither source dates that act in the other's period elsewhere.

Set on the tune half of the real corpus (docs/calibration.md).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.analysis.disputes.candidate import Candidate
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.settled import BASE_FORM_AFTER, act_group
from briefing.analysis.disputes.weekdays import DAY_ACTS, NOT_ACTS, dated_candidate
from briefing.analysis.text import Statement
from briefing.articles import QUOTED, STOP_WORDS, WEEKDAYS, past_lemma, stem
from briefing.merge import TITLES

REACH = 4
SHARED = 2
# Acts of one meaning: what one report says someone "left", another says they "quit".
_LEFT = frozenset(stem(w) for w in ("resign", "quit", "leave"))
PERIOD_ACTS: tuple[frozenset[str], ...] = (
    *(group for group in DAY_ACTS if not group <= _LEFT),
    _LEFT,
)
_PERIOD = re.compile(
    r"\b(?P<earlier>earlier )?(?P<this>this|last) (?P<unit>year|month|week)\b"
    r"|\bin (?P<year>(?:19|20)\d\d)\b(?! (?:to|and|through|until)\b)"
    r"|\b(?P<day>yesterday|today)\b"
    rf"|\b(?:on )?(?P<weekday>{'|'.join(w.capitalize() for w in WEEKDAYS)})\b",
)
# Words before a period that make it a bound, not the act's time ("since early last year").
_BOUND = re.compile(
    r"\b(?:since|until|till|by|before|after|through|as of)\s+(?:(?:early|late|mid|ever)[\s-]+)?$",
    re.IGNORECASE,
)
# A period that names a thing ("last year's vote") dates no act.
_NAMING = re.compile(r"[’']s\b")
# Words near the act that make it one of several ("first won in 2015", "won again last
# year"): two times of one act are no conflict.
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:first|again|second|third|once|twice|previously|re-\w+)\b", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@dataclass(frozen=True)
class Period:
    """Days a report's phrase dates something in (first and last, inclusive)."""

    first: dt.date
    last: dt.date
    text: str
    weekday: bool

    def apart(self, other: Period) -> bool:
        """Whether the two periods share no day."""
        return self.last < other.first or other.last < self.first


def _month_start(day: dt.date, back: int = 0) -> dt.date:
    month = day.month - back
    year = day.year + (month - 1) // 12
    return dt.date(year, (month - 1) % 12 + 1, 1)


def _unit(match: re.Match[str], day: dt.date) -> tuple[dt.date, dt.date]:
    """The days of "(earlier) this" or "last" year, month or week, read from ``day``."""
    unit, last = match["unit"], match["this"] == "last"
    end = day - dt.timedelta(days=1) if match["earlier"] else day
    if unit == "year":
        if last:
            return dt.date(day.year - 1, 1, 1), dt.date(day.year - 1, 12, 31)
        return dt.date(day.year, 1, 1), end
    if unit == "month":
        start = _month_start(day)
        return (_month_start(day, 1), start - dt.timedelta(days=1)) if last else (start, end)
    monday = day - dt.timedelta(days=day.weekday())
    return (monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)) if last else (monday, end)


def period(match: re.Match[str], day: dt.date) -> Period:
    """The days a period phrase dates, read from its report's day."""
    if match["unit"]:
        first, last = _unit(match, day)
    elif match["year"]:
        year = int(match["year"])
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    elif match["day"]:
        first = last = day - dt.timedelta(days=1) if match["day"] == "yesterday" else day
    else:
        back = (day.weekday() - WEEKDAYS.index(match["weekday"].casefold())) % 7
        first = last = day - dt.timedelta(days=back)
    return Period(first, last, match.group().removeprefix("on "), bool(match["weekday"]))


def _near(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The ``REACH`` words before a period and after it."""
    words = list(_WORD.finditer(text))
    before = [w for w in words if w.end() <= start][-REACH:]
    after = [w for w in words if w.start() >= end][:REACH]
    return before + after


def _several(text: str, start: int, end: int) -> bool:
    return any(_ONE_OF_SEVERAL.fullmatch(w.group()) for w in _near(text, start, end))


def _acts_near(text: str, start: int, end: int) -> frozenset[str]:
    """The acts of verbs in the past within ``REACH`` words of a period."""
    acts: set[str] = set()
    for word in _near(text, start, end):
        folded = word.group().casefold()
        if word.group()[0].isupper() or folded in STOP_WORDS or stem(folded) in NOT_ACTS:
            continue
        lemma = past_lemma(folded)
        # A past written like its verb is no past after "to", a modal or "his" ("his run").
        if lemma == folded and BASE_FORM_AFTER.search(text, 0, word.start()):
            continue
        if lemma and stem(lemma) not in NOT_ACTS:
            acts |= act_group(lemma, PERIOD_ACTS)
    return frozenset(acts)


@dataclass(frozen=True)
class Dated:
    """An act a sentence dates in a period."""

    item: Statement
    period: Period
    acts: frozenset[str]


def dated_acts(item: Statement, day: dt.date) -> list[Dated]:
    """Each period the sentence states outside quotations, as no bound, with the acts
    near it."""
    text = item.text
    quoted = [m.span() for m in QUOTED.finditer(text)]
    found = []
    for match in _PERIOD.finditer(text):
        if any(a <= match.start() < b for a, b in quoted) or _BOUND.search(text[: match.start()]):
            continue
        if _NAMING.match(text, match.end()) or _several(text, match.start(), match.end()):
            continue
        acts = _acts_near(text, match.start(), match.end())
        if acts:
            found.append(Dated(item, period(match, day), acts))
    return found


def _first_names(text: str, key: str) -> frozenset[str]:
    """The capitalised words written right before a name, titles aside ("Vera" of "Vera
    Lind", not "Governor")."""
    found = re.finditer(rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{re.escape(key)}\b", text, re.I)
    words = (m.group(1) for m in found if m.group(1)[0].isupper())
    return frozenset(w.casefold() for w in words) - TITLES - STOP_WORDS


def _one_person(key: str, x: Statement, y: Statement, story: frozenset[str]) -> bool:
    """Whether a name both sentences write is one person's: written alike (both bare, or
    after one first name), or borne by one person in the story ("Lind" of "Vera Lind" is
    not "Lind" where an Ivo Lind is in the story too)."""
    firsts = _first_names(x.text, key), _first_names(y.text, key)
    return firsts[0] == firsts[1] or len(story) <= 1


def _one_act(x: Dated, y: Dated, context: Context, story: str) -> frozenset[str]:
    """The acts both sentences date, when they are of one subject and say the same thing."""
    acts = x.acts & y.acts
    entities = context.entities
    shared = {k for k in x.item.entities & y.item.entities if not entities.is_country(k)}
    if not acts or not any(
        _one_person(k, x.item, y.item, _first_names(story, k) - {k}) for k in shared
    ):
        return frozenset()
    others = (x.item.stems & y.item.stems) - acts - NOT_ACTS
    return acts if len(others) >= SHARED else frozenset()


def _also_dates(items: Sequence[Dated], when: Period, acts: frozenset[str]) -> bool:
    """Whether a source dates the act in (or across) the other's period elsewhere."""
    return any(not d.period.apart(when) and d.acts & acts for d in items)


def _pairs(context: Context) -> Iterator[tuple[Dated, Dated, frozenset[str]]]:
    found: dict[str, list[Dated]] = {}
    story = " ".join(item.text for item in context.all())
    for source, items in context.statements.items():
        day = context.sources[source].published
        found[source] = [d for item in items for d in dated_acts(item, day)] if day else []
    for a, b in itertools.combinations(context.statements, 2):
        if not context.independent(a, b):
            continue
        for x, y in itertools.product(found[a], found[b]):
            # Two weekdays are the day-conflict detector's.
            if (x.period.weekday and y.period.weekday) or not x.period.apart(y.period):
                continue
            acts = _one_act(x, y, context, story)
            if not acts:
                continue
            if not _also_dates(found[b], x.period, acts) and not _also_dates(
                found[a], y.period, acts
            ):
                yield x, y, acts


def period_conflicts(context: Context) -> list[Candidate]:
    """One candidate per act two independent sources date in periods apart."""
    found: dict[frozenset[str], Candidate] = {}
    for x, y, acts in _pairs(context):
        if acts in found:
            continue
        labels = context.label(x.item.article_id), context.label(y.item.article_id)
        when = x.period.text, y.period.text
        found[acts] = dated_candidate(
            (x.item, when[0]),
            (y.item, when[1]),
            acts,
            evidence=f"{labels[0]} dates it “{when[0]}” where {labels[1]} dates it “{when[1]}”"
            ", periods apart as each report's date reads them, in sentences on the same act "
            "of the same subject",
            topic=f"When: {when[0]} or {when[1]}?",
            score=1.7,
        )
    return list(found.values())
