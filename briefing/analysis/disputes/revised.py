"""A figure a later report revised: two figures of one quantity (a figure conflict), the
earlier report's given for what was still to come ("will lay out 19 separate actions"),
the later report's for what was done ("a plan that includes 23 steps he took"). Two
outlets' figures on one day may count different things; a preview's figure against the
count of what then happened is the preview overtaken. The later report settles it: a
contradiction its side wins, and the earlier side is what a later report overtook, so no
development or watch item leads with it (``Candidate.overtaken``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.analysis.disputes.candidate import Candidate, SideQuote
from briefing.analysis.disputes.context import Context
from briefing.analysis.lexicon import AHEAD_MARK


def _ahead(quote: SideQuote) -> bool:
    """Whether the quote says what it counts is still to come."""
    return AHEAD_MARK.search(quote.text) is not None


def _day(side: tuple[SideQuote, ...], context: Context) -> dt.date | None:
    """The one day the side's reports were published on, or None."""
    days = {context.sources[q.article_id].published for q in side}
    return next(iter(days)) if len(days) == 1 else None


def revised(candidate: Candidate, context: Context) -> Candidate:
    """The figure conflict with the later report's side settling it, when the earlier
    report's side looks ahead and the later one's does not (else the candidate as it is)."""
    if candidate.detector != "figure conflict" or candidate.figures is None:
        return candidate
    days = [_day(side, context) for side in candidate.sides]
    if days[0] is None or days[1] is None or days[0] == days[1]:
        return candidate
    later = int(days[1] > days[0])
    earlier = 1 - later
    sides = candidate.sides
    if not all(_ahead(q) for q in sides[earlier]) or any(_ahead(q) for q in sides[later]):
        return candidate
    early, late = (
        ", ".join(sorted({context.label(q.article_id) for q in sides[n]})) for n in (earlier, later)
    )
    positions = candidate.positions
    return dataclasses.replace(
        candidate,
        kinds=("contradiction",),
        settled="contradiction",
        better=later,
        superseded=True,
        evidence=(
            f"{late} gives {positions[later]} for what was done where {early}, earlier, "
            f"gave {positions[earlier]} for what was still to come"
        ),
        why=(
            f"Side {later + 1}: {late} reports it done on {days[later]}; {early} gave its "
            f"figure on {days[earlier]}, for what was still to come."
        ),
    )
