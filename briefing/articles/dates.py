"""Dates an article states, in the forms outlets print them.

Candidates are found by patterns that run in linear time (fixed alternations, bounded
repeats) that already split day, month and year; a candidate is a date when the calendar
has that day (no "31 February"). What a date alone cannot say is settled by context,
never guessed silently:

- a date without a year ("Tuesday 14 April", "January 3rd") takes the year that puts it
  nearest the reference date (the other dates of the article or of the day's set), and
  must fall on its weekday when one is printed;
- a numeric date with slashes (``3/3/2026``, ``06/01/2026``) is read day-first or
  month-first, whichever is nearer the reference; with dots (``05.03.2026``) it is
  day-first, as everywhere dots are used;
- "Yesterday, <date>" names the day before the article was written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january february march april may june july august september october november december"
).split()
# Day and month names: capitalised in text, and no one's name.
DAYS_AND_MONTHS = frozenset((*MONTHS, *WEEKDAYS))
# Months as news cuts them ("Sept. 11", "Feb."): no one's name either. Not "May", "Jan",
# "Jun" or "Mar", which are also people's names.
MONTH_ABBREVIATIONS = frozenset((*(m[:3] for m in MONTHS), "sept")) - {"may", "jan", "jun", "mar"}
# A month as news writes it, in full or cut ("Sept."), to be matched ignoring case.
MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NAMED = re.compile(
    rf"\b(?:(?P<rel>yesterday|today)[,\s]{{1,3}})?(?:(?P<wd>{_WEEKDAY})[,\s]{{1,3}})?"
    rf"(?:(?P<d1>{_DAY})\s(?:of\s)?(?P<m1>{MONTH_WORD})|(?P<m2>{MONTH_WORD})\s(?P<d2>{_DAY})\b)"
    r"(?:,?\s(?P<y>\d{4})\b)?",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"\b(?:(?P<rel>yesterday|today)[,\s]{1,3})?"
    r"(?:(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4})"
    r"|(?P<Y>\d{4})-(?P<M>\d{2})-(?P<D>\d{2}))\b",
    re.IGNORECASE,
)
# How far from the reference a year-less date may be read (a brief is about recent news).
_YEAR_WINDOW = 1
# What may surround a date on a line that holds nothing else (a dateline).
_LINE_EDGES = " \t,.;:|-–—()[]"


@dataclass(frozen=True)
class StatedDate:
    """A date as the text prints it, with every reading it admits.

    ``readings`` has one date when the text settles it, several when it is ambiguous
    (a numeric date, or no year); ``resolve`` picks one with a reference date.
    """

    start: int
    end: int
    text: str
    readings: tuple[dt.date, ...]
    relative: str | None
    has_year: bool

    @property
    def settled(self) -> dt.date | None:
        """The date, when the text alone settles it."""
        return self.readings[0] if len(self.readings) == 1 and self.has_year else None

    def resolve(self, reference: dt.date | None) -> dt.date | None:
        """The reading nearest ``reference`` (None when ambiguous and no reference)."""
        if self.settled is not None:
            return self.settled
        if reference is None or not self.readings:
            return None
        return min(self.readings, key=lambda d: (abs((d - reference).days), d))

    def writing_day(self, reference: dt.date | None) -> dt.date | None:
        """The day the article was written, when the date is relative to it."""
        date = self.resolve(reference)
        if date is None or self.relative is None:
            return None
        return date + dt.timedelta(days=1) if self.relative == "yesterday" else date


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_number(name: str) -> int | None:
    """1-12 for a month name or its abbreviation of three letters or more ("Sept.", "jan");
    None for any other word ("The")."""
    word = name.casefold().rstrip(".")
    if len(word) < 3:
        return None
    return next((i for i, m in enumerate(MONTHS, 1) if m.startswith(word)), None)


def _named(match: re.Match[str], years: Sequence[int]) -> StatedDate | None:
    if not (match["m1"] or match["m2"])[0].isupper():
        return None  # "may" the verb, not May the month
    day = re.sub(r"\D", "", match["d1"] or match["d2"])
    month = month_number(match["m1"] or match["m2"])
    if month is None:
        return None
    weekday = WEEKDAYS.index(match["wd"].casefold()) if match["wd"] else None
    candidates = [int(match["y"])] if match["y"] else list(years)
    readings = []
    for year in candidates:
        date = _date(year, month, int(day))
        if date is not None and (weekday is None or date.weekday() == weekday):
            readings.append(date)
    if not readings:
        return None
    rel = match["rel"].casefold() if match["rel"] else None
    return StatedDate(
        match.start(), match.end(), match.group(), tuple(readings), rel, bool(match["y"])
    )


def _numeric(match: re.Match[str]) -> StatedDate | None:
    rel = match["rel"].casefold() if match["rel"] else None
    readings: tuple[dt.date, ...]
    if match["Y"]:
        date = _date(int(match["Y"]), int(match["M"]), int(match["D"]))
        readings = (date,) if date else ()
    else:
        a, b, year = int(match["a"]), int(match["b"]), int(match["c"])
        orders = ((b, a),) if match["sep"] == "." else ((b, a), (a, b))
        readings = tuple(dict.fromkeys(d for m, d_ in orders if (d := _date(year, m, d_))))
    if not readings:
        return None
    return StatedDate(match.start(), match.end(), match.group(), readings, rel, True)


# A paragraph of prose is a few thousand characters; a longer line is data or garbage,
# and scanning it for dates would only cost time (its dates are not read).
PROSE_LINE_MAX_CHARS = 20_000


def _prose_lines(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of each line short enough to be prose."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start <= PROSE_LINE_MAX_CHARS:
            yield start, end
        start = end + 1


def stated_dates(text: str, years: Sequence[int] = ()) -> list[StatedDate]:
    """Every date the text states, in text order. A date without a year is read in each
    of ``years`` that fits its weekday (none: it is left out)."""
    found: list[StatedDate] = []
    for start, end in _prose_lines(text):
        for match in _NAMED.finditer(text, start, end):
            stated = _named(match, years)
            if stated is not None:
                found.append(stated)
        found += [s for m in _NUMERIC.finditer(text, start, end) if (s := _numeric(m)) is not None]
    return sorted(found, key=lambda s: s.start)


def years_around(reference: dt.date | None) -> list[int]:
    """The years a year-less date may be read in, given a reference date."""
    if reference is None:
        return []
    return list(range(reference.year - _YEAR_WINDOW, reference.year + _YEAR_WINDOW + 1))


def is_date_only(line: str) -> bool:
    """True for a dateline: a line that holds a date and nothing else."""
    stripped = line.strip()
    if len(stripped) > 60:
        return False
    for pattern in (_NAMED, _NUMERIC):
        match = pattern.search(stripped)
        if match and not (stripped[: match.start()] + stripped[match.end() :]).strip(_LINE_EDGES):
            return True
    return False


def settled_dates(dates: Sequence[StatedDate]) -> Iterator[dt.date]:
    """The dates the text settles on its own."""
    return (d.settled for d in dates if d.settled is not None)
