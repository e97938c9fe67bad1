"""Whether two sentences tell of two occasions: other years, days or months, other
times beside the ways, or two of a series ("the first audit" / "the second audit")."""

from __future__ import annotations

import re

from briefing.analysis.disputes.ended.ways import Way
from briefing.articles import MONTHS, WEEKDAYS

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# "May" and "March" are months only with a day beside them: else the modal, the verb.
_MONTHS = "|".join(m for m in MONTHS if m not in ("may", "march"))
_DAY_OR_MONTH = rf"{'|'.join(WEEKDAYS)}|{_MONTHS}|(?:may|march)\s+\d+"
_TIME = re.compile(
    rf"\b(?:{_DAY_OR_MONTH}|yesterday|today|(?:last|this) (?:week|month|year)|(?:19|20)\d\d)\b",
    re.I,
)


# Words before a way, and after it, read for its time: after it, room for a name and a
# post ("fired Tom Moss, the harbour chief, on Monday").
TIME_WORDS = 3


TIME_AFTER = 8


_DAYS = re.compile(rf"\b(?:{_DAY_OR_MONTH})\b", re.I)


_ORDINALS = re.compile(r"\b(?:first|second|third|fourth|fifth|last|latest|previous|next)\b", re.I)


def two_occasions(a: str, wa: Way, b: str, wb: Way) -> bool:
    """The sentences tell of two times or two of a series: other years, other days or
    months, other times beside the ways, "the first audit" / "the second audit"."""
    if _other_years(a, b) or _other_times(a, wa, b, wb):
        return True
    return _apart(_DAYS, a, b) or _apart(_ORDINALS, a, b)


def _apart(pattern: re.Pattern[str], a: str, b: str) -> bool:
    """Both sentences hold words of the pattern and none in common: "on Friday" / "on
    Monday", "after the first audit" / "after the second audit"."""
    found_a = {w.casefold() for w in pattern.findall(a)}
    found_b = {w.casefold() for w in pattern.findall(b)}
    return bool(found_a and found_b and not found_a & found_b)


def _other_years(a: str, b: str) -> bool:
    """Both sentences give years and none in common, or only one gives a year ("paused
    the expansion in 2023" against a sentence naming no year)."""
    years_a, years_b = set(_YEAR.findall(a)), set(_YEAR.findall(b))
    if years_a and years_b:
        return not years_a & years_b
    return bool(years_a) != bool(years_b)


def _times_near(text: str, way: Way) -> set[str]:
    """The times written beside a way (``TIME_WORDS`` words before, ``TIME_AFTER``
    after): "resigned last week", "suspended the expansion in 2019"; not "said last
    month that she fired"."""
    before = " ".join(re.findall(r"\S+", text[: way.start])[-TIME_WORDS:])
    after = " ".join(re.findall(r"\S+", text[way.end :])[:TIME_AFTER])
    # "postponed until May" gives no time of the postponing
    near = re.sub(r"\buntil\s+\S+(?:\s+\d+)?", " ", f"{before} {after}".casefold())
    return set(_TIME.findall(near))


def _other_times(a: str, wa: Way, b: str, wb: Way) -> bool:
    """Two different times beside the ways ("resigned last week" / "fired on Monday")."""
    times_a, times_b = _times_near(a, wa), _times_near(b, wb)
    return bool(times_a and times_b and not times_a & times_b)
