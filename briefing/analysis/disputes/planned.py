"""Planned date conflict: independent sources put one scheduled event in different
months ("The runoff is to be held on June 3" / "both camps expect the runoff in mid July").

Past events are left to the weekday and span detectors (a story told over several days
dates its several steps: docs/calibration.md, date conflict). A pair is taken only when:

- both sentences look ahead (briefing.analysis.text.PREDICTIVE_MARK: "will", "would be
  held", "is scheduled for"), neither hedges, and neither is a quotation's words;
- each names a month within ``REACH`` words of an event noun of ``PLANNED_EVENTS`` (a
  primary, a vote, a hearing ...), the same one in both, and that noun is the nearest
  event noun to the date in each (in "the winner of the runoff will face the mayor in the
  June 25 election", June dates the election); years are left out (the 2026 and the 2028
  election are two events);
- when both sentences name someone or something, they name one in common ("the Senate
  will vote on the budget in March" and "the parliament will vote on the treaty in June"
  are two votes); who says so (", clerk Ida Moss said") does not count;
- the months differ and neither source states the other's month for the event.

The later report is the better supported when the two were published on different days
(a date moved); on one day, neither.

Set on the real corpus's tune half (docs/calibration.md).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.differences import date_matches
from briefing.analysis.lexicon import SAYING
from briefing.analysis.text import Statement, in_quotation
from briefing.articles import stem

# Events a report may date before they happen, by stem.
PLANNED_EVENTS = frozenset(
    stem(w)
    for w in (
        "primary primaries election vote hearing trial sentencing summit debate launch visit "
        "deadline inauguration referendum runoff convention caucus caucuses conference "
        "talks session release"
    ).split()
)
# Words between a date and its event noun at most.
REACH = 6
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class Planned:
    """A sentence dating a planned event: the event's stem and the month as written."""

    item: Statement
    event: str
    date: str


def _event_near(text: str, at: int) -> str | None:
    """The stem of the event noun nearest the date at ``at``, within ``REACH`` words (a
    tie goes to the word before)."""
    words = list(_WORD.finditer(text))
    before = [w for w in words if w.end() <= at][::-1][:REACH]
    after = [w for w in words if w.start() > at][:REACH]
    for pair in itertools.zip_longest(before, after):
        for word in pair:
            root = stem(word.group().casefold()) if word else ""
            if root in PLANNED_EVENTS:
                return root
    return None


def planned(item: Statement) -> list[Planned]:
    """The planned events a forward-looking sentence dates, with their dates."""
    if not item.predictive or item.hedged:
        return []
    found = []
    for match in date_matches(item.text):
        word = match.group()
        if match.lastgroup != "month":
            continue
        if in_quotation(item.text, match.start()):
            continue
        event = _event_near(item.text, match.start())
        if event is not None:
            found.append(Planned(item, event, word))
    return found


def _gives(items: list[Planned], other: Planned) -> bool:
    """Whether a source dates the other's event in the other's month too."""
    return any(p.event == other.event and p.date.casefold() == other.date.casefold() for p in items)


# The clause saying who says so: ", clerk Ida Moss said.", ", according to Reuters".
_ATTRIBUTION = re.compile(rf",[^,]*\b(?:{SAYING})\b[^,]*$", re.IGNORECASE)


def _holders(plan: Planned, context: Context) -> frozenset[str]:
    """Who or what the sentence names, countries aside and leaving out who says so: the
    body holding the event ("..., clerk Ida Moss said" names the clerk, not the vote)."""
    entities = context.entities
    text = plan.item.text
    said = _ATTRIBUTION.search(text.rstrip(" .\"”'"))
    speakers = {entities.key(w.group()) for w in _WORD.finditer(said.group() if said else "")}
    return frozenset(k for k in plan.item.entities - speakers if not entities.is_country(k))


def _others(x: Planned, y: Planned, context: Context) -> bool:
    """Both dates are said of someone or something, and not of one in common."""
    first, second = _holders(x, context), _holders(y, context)
    return bool(first and second) and not first & second


def _pairs(context: Context) -> Iterator[tuple[Planned, Planned]]:
    found = {
        source: [p for item in items for p in planned(item)]
        for source, items in context.statements.items()
    }
    for a, b in itertools.combinations(context.statements, 2):
        if not context.independent(a, b):
            continue
        for x, y in itertools.product(found[a], found[b]):
            if x.event != y.event or x.date.casefold() == y.date.casefold():
                continue
            if _others(x, y, context) or _gives(found[a], y) or _gives(found[b], x):
                continue
            yield x, y


def planned_conflicts(context: Context) -> list[Candidate]:
    """One candidate per planned event two independent sources date differently."""
    found: dict[str, Candidate] = {}
    for x, y in _pairs(context):
        if x.event in found:
            continue
        labels = context.label(x.item.article_id), context.label(y.item.article_id)
        better, why = _later(context, x, y)
        found[x.event] = Candidate(
            detector="date conflict",
            sides=((quote(x.item, x.date),), (quote(y.item, y.date),)),
            kinds=("contradiction",),
            settled="contradiction",
            evidence=f"{labels[0]} dates it in {x.date} where {labels[1]} dates it in "
            f"{y.date}, in sentences looking ahead to the same event",
            topic=f"When: {x.date} or {y.date}?",
            positions=(x.date, y.date),
            score=1.75,
            better=better,
            why=why,
            terms=frozenset({x.event}),
        )
    return list(found.values())


def _later(context: Context, x: Planned, y: Planned) -> tuple[int | None, str]:
    """The side of the later report when the two were published on different days (a
    date may have moved), and why."""
    when = [context.sources[p.item.article_id].published for p in (x, y)]
    if when[0] is None or when[1] is None or when[0] == when[1]:
        return None, "Neither side is better supported: each date is given by one source."
    later = int(when[1] > when[0])
    label = context.label((x, y)[later].item.article_id)
    return later, f"{label} is the later report: the date may have moved since."
