"""A figure a later report revised: two figures of one quantity (a figure conflict), the
earlier report's given for what was still to come ("will lay out 19 separate actions"),
the later report's for what was done ("a plan that includes 23 steps he took"). Two
outlets' figures on one day may count different things; a preview's figure against the
count of what then happened is the preview overtaken. The later report settles it: a
contradiction its side wins, and the earlier side is what a later report overtook, so no
development or watch item leads with it (``Candidate.overtaken``).

The earlier side looks ahead in the figure's own clause ("Floods killed 19, and an
inquiry will look at the dykes" gives no forecast; "Clerk Will Moss" is a name). The
later side reports an act in the past and neither looks ahead, hedges, negates nor
recalls a promise ("is due to unveil", "could unveil", "did not unveil", "had promised").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from briefing.analysis.disputes.candidate import Candidate, SideQuote
from briefing.analysis.disputes.context import Context
from briefing.analysis.lexicon import AHEAD_MARK
from briefing.articles import past_lemma

# Marks between clauses; a bare "and" may join two acts of one subject ("will embrace a
# plan … and lay out 19 actions").
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:but|while|although|though|whereas)\b")
# A negation of the act ("did not unveil", "never took"); "without" qualifies it.
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d,.]*")
# What leaves the later report's act undone or only promised.
_NOT_DONE = re.compile(
    r"\b(?:could|would|may|might|should|must|due to|preparing|prepares|had (?:\w+\s+)?"
    r"(?:promised|pledged|vowed|said|planned))\b",
    re.IGNORECASE,
)
# Past forms that report no act of the story: saying, promising, being.
_NO_ACT = frozenset("said told promised pledged vowed planned expected was were had did".split())
_WORD = re.compile(r"[a-z][\w’'-]*")


def _clause(text: str, number: str) -> str:
    """The clause of ``text`` holding the figure (the whole text when it is not found)."""
    at = text.find(number)
    if at < 0:
        return text
    starts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at))]
    end = _CLAUSE_BREAK.search(text, at)
    return text[starts[-1] : end.start() if end else len(text)]


def _ahead(text: str) -> bool:
    """Whether the text looks ahead; a capitalised word inside a sentence is a name
    ("Will Moss")."""
    return any(
        not m.group()[:1].isupper() or m.start() == 0 or text[: m.start()].rstrip().endswith(".")
        for m in AHEAD_MARK.finditer(text)
    )


def _done(text: str) -> bool:
    """Whether the text reports an act in the past, with nothing leaving it undone."""
    if _ahead(text) or _NEGATED.search(text) or _NOT_DONE.search(text):
        return False
    for word in _WORD.findall(text):
        lemma = past_lemma(word)
        if lemma is not None and lemma != word and word not in _NO_ACT:
            return True
    return False


def _figure(candidate: Candidate, side: int) -> str:
    found = _NUMBER.search(candidate.positions[side])
    return found.group().rstrip(".,") if found else ""


def _day(side: tuple[SideQuote, ...], context: Context) -> dt.date | None:
    """The one day the side's reports were published on, or None."""
    days = {context.sources[q.article_id].published for q in side}
    return next(iter(days)) if len(days) == 1 else None


def revised(candidate: Candidate, context: Context) -> Candidate:
    """The figure conflict with the later report's side settling it, when the earlier
    report's side looks ahead and the later one's reports it done (else the candidate as
    it is)."""
    if candidate.detector != "figure conflict" or candidate.figures is None:
        return candidate
    days = [_day(side, context) for side in candidate.sides]
    if days[0] is None or days[1] is None or days[0] == days[1]:
        return candidate
    later = int(days[1] > days[0])
    earlier = 1 - later
    sides = candidate.sides
    if not all(_ahead(_clause(q.text, _figure(candidate, earlier))) for q in sides[earlier]):
        return candidate
    if not all(_done(q.text) for q in sides[later]):
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
