"""The day a "what to watch" date names, read from the day its source was published.

A source published on Monday that says the mayor "will return on Tuesday" means the
Tuesday after; in a brief written on Wednesday that return is past, and the item says
nothing still to come. Only dates that name one day are read: a weekday (the next one on
or after the publication day; "next Tuesday" the next one after it), "tomorrow",
"tonight", "today", and a month and day ("June 15", "Jan. 28": the reading nearest the
publication day, not before it). "Next week", a month alone or a year name no day.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.articles import WEEKDAYS, stated_dates, years_around

_WEEKDAY = re.compile(r"\b(?P<next>next\s+)?(?P<day>" + "|".join(WEEKDAYS) + r")\b", re.I)
_RELATIVE = {"today": 0, "tonight": 0, "tomorrow": 1}


def _weekday(when: str, published: dt.date) -> dt.date | None:
    found = _WEEKDAY.search(when)
    if found is None:
        return None
    ahead = (WEEKDAYS.index(found["day"].casefold()) - published.weekday()) % 7
    if found["next"] and ahead == 0:
        ahead = 7  # "next Tuesday", written on a Tuesday
    return published + dt.timedelta(days=ahead)


def day_named(when: str, published: dt.date | None) -> dt.date | None:
    """The one day ``when`` (as ``briefing.brief.outlook.when_of`` gives it) names, read
    from ``published``; None when it names no single day or the source is undated."""
    if published is None:
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
