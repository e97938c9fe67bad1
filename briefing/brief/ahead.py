"""The day a "what to watch" date names, read from the day its source was published.

A source published on Monday that says the mayor "will return on Tuesday" means the
Tuesday after; in a brief written on Wednesday that return is past, and the item says
nothing still to come. Only dates that name one day for sure are read: a weekday (the
next one on or after the publication day), "tomorrow", "tonight", and a month and day
("June 15": the reading nearest the publication day, not before it). "Next Tuesday"
(this week's or the next?), "after Friday", "from Monday", "next week", a month alone
or a year name none, and the item stays.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.articles import WEEKDAYS, stated_dates, years_around

_WEEKDAY = re.compile(r"\b(?P<day>" + "|".join(WEEKDAYS) + r")\b", re.I)
_RELATIVE = {"tonight": 0, "tomorrow": 1}


def _weekday(when: str, published: dt.date) -> dt.date | None:
    found = _WEEKDAY.search(when)
    if found is None:
        return None
    ahead = (WEEKDAYS.index(found["day"].casefold()) - published.weekday()) % 7
    return published + dt.timedelta(days=ahead)


# What names no one day to drop an item on: "next Tuesday" may be this week's or the
# next; "after Friday", "from Monday" and "the day after tomorrow" run on or start later.
_NO_DAY = re.compile(r"\b(?:next|after|from|since|starting|beginning)\b", re.IGNORECASE)


def day_named(when: str, published: dt.date | None) -> dt.date | None:
    """The one day ``when`` (as ``briefing.brief.outlook.when_of`` gives it) names, read
    from ``published``; None when it names no single day for sure, or the source is
    undated: an item is left out on this day only, so a doubtful reading names none."""
    if published is None or _NO_DAY.search(when):
        return None
    for word, days in _RELATIVE.items():
        if re.search(rf"\b{word}\b", when, re.IGNORECASE):
            return published + dt.timedelta(days=days)
    stated = stated_dates(when, years_around(published))
    if stated:
        on_or_after = [d for d in stated[0].readings if d >= published]
        readings = on_or_after or list(stated[0].readings)
        return min(readings, key=lambda d: abs((d - published).days))
    return _weekday(when, published)
