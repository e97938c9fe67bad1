"""Find a publication date stated in an article's text."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_RELATIVE = r"(?:(?P<relative>yesterday|today),?\s+)?"
_PATTERNS = [
    re.compile(
        _RELATIVE
        + r"(?:\w+day,?\s+)?"
        + _MONTH
        + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    re.compile(
        _RELATIVE + r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.IGNORECASE
    ),
    re.compile(_RELATIVE + r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b", re.IGNORECASE),
]
# Numeric dates such as 06/01/2026 are ambiguous (day-first or month-first), so they are
# not used.


def _to_date(match: re.Match[str]) -> dt.date | None:
    month_text = match["month"].lower()
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text]
    try:
        stated = dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None
    # "Yesterday, October 30, 2025" names the day before the article was written.
    relative = (match["relative"] or "").lower()
    return stated + dt.timedelta(days=1) if relative == "yesterday" else stated


def find_date(text: str) -> dt.date | None:
    """The first full date the text states (month name or ISO form), else None.

    "Yesterday, <date>" gives the day after <date>: the day the article was written.
    """
    found: list[tuple[int, dt.date]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            date = _to_date(match)
            if date is not None:
                found.append((match.start(), date))
                break
    return min(found)[1] if found else None


def is_date_only(line: str) -> bool:
    """True for a dateline: a line that holds a date and nothing else."""
    stripped = line.strip()
    return any(p.fullmatch(stripped) for p in _PATTERNS)
