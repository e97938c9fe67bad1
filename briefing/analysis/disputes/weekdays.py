"""Day conflict: two independent sources put one act of one subject on different weekdays
("A city aide on Friday apologized for her post about the mayor" / "the aide had to
apologize Saturday for the post").

Weekdays alone were tried and dropped (briefing.analysis.disputes.when): a story told over
several days dates its several steps, and two sources dating two different acts ("filed
on Friday" / "released on Wednesday") are not in dispute. So a pair is taken only when:

- each sentence names one weekday, outside quotation marks, and an act within ``REACH``
  words of it: a verb in the past ("apologized", "passed") or one of ``DAY_ACTS`` said as
  a verb ("passing", "to apologize"; not "a final vote on Monday"), not a speech verb or a
  generic one; acts of one meaning count as one (passed / voted);
- the two acts are the same, the sentences name the same subject (an entity that is not
  a country) and say the same thing (``SHARED`` more stems besides the act);
- the two reports were published at most ``WEEK`` days apart (a weekday names a day of
  the week the report was written in);
- neither source puts that act on the other's weekday elsewhere.

Set on the tune half of the real corpus (docs/calibration.md).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.settled import act_group
from briefing.analysis.text import Statement
from briefing.articles import QUOTED, STOP_WORDS, stem

REACH = 3
SHARED = 2
WEEK = 6
_DAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
NOT_ACTS = frozenset(
    stem(w)
    for w in (
        "said says say told tell wrote writes tweeted added noted according asked called "
        "morning afternoon evening night late early last next this that week day days "
        "be is are was were been being have has had do does did will would could should may "
        "might can make made take took get got go went come came continue continued "
        "on in at by for from with to of and or but the a an as after before during since "
        "until through also not just only still again then when where while who which"
    ).split()
)
# Acts of one meaning in news reports: what one outlet says the House "passed" another
# says it "voted" on.
DAY_ACTS: tuple[frozenset[str], ...] = (
    frozenset(stem(w) for w in ("pass", "vote", "adopt")),
    frozenset(stem(w) for w in ("sign", "approve", "enact")),
    frozenset(stem(w) for w in ("announce", "declare", "unveil")),
    frozenset(stem(w) for w in ("resign", "quit")),
    frozenset(stem(w) for w in ("apologize", "apologise", "apology")),
)


def _verb(text: str, word: re.Match[str]) -> bool:
    """A verb as news dates an act: in the past ("apologized") or an act of ``DAY_ACTS``
    said as a verb ("passing", "to apologize"), not a noun ("a final vote on Monday")."""
    folded = word.group().casefold()
    if folded.endswith("ed"):
        return True
    infinitive = re.search(r"\bto\s+$", text[: word.start()]) is not None
    return len(act_group(folded, DAY_ACTS)) > 1 and (folded.endswith("ing") or infinitive)


@dataclass(frozen=True)
class Dated:
    """An act a sentence puts on a weekday."""

    item: Statement
    day: str
    acts: frozenset[str]  # stems of the acts near the weekday, grouped by meaning


def dated(item: Statement) -> Dated | None:
    """The sentence's one weekday outside quotations and the acts near it, or None."""
    text = item.text
    quoted = [m.span() for m in QUOTED.finditer(text)]
    days = [m for m in _DAY.finditer(text) if not any(a <= m.start() < b for a, b in quoted)]
    if len({m.group(1) for m in days}) != 1:
        return None
    day = days[0]
    words = list(_WORD.finditer(text))
    at = next(n for n, w in enumerate(words) if w.start() >= day.start())
    near = words[max(0, at - REACH) : at] + words[at + 1 : at + 1 + REACH]
    acts: set[str] = set()
    for word in near:
        folded = word.group().casefold()
        if word.group()[0].isupper() or folded in STOP_WORDS or stem(folded) in NOT_ACTS:
            continue
        if _verb(text, word):
            acts |= act_group(folded, DAY_ACTS)
    return Dated(item, day.group(1), frozenset(acts)) if acts else None


def _subjects(item: Statement, context: Context) -> frozenset[str]:
    return frozenset(k for k in item.entities if not context.entities.is_country(k))


def _one_act(x: Dated, y: Dated, context: Context) -> frozenset[str]:
    """The acts both sentences put on a weekday, when they are of one subject and say the
    same thing; empty otherwise."""
    acts = x.acts & y.acts
    if not acts or not _subjects(x.item, context) & _subjects(y.item, context):
        return frozenset()
    others = (x.item.stems & y.item.stems) - acts
    return acts if len(others) >= SHARED else frozenset()


def _near_in_time(context: Context, a: str, b: str) -> bool:
    first, second = context.sources[a].published, context.sources[b].published
    return first is not None and second is not None and abs((first - second).days) <= WEEK


def _also_says(items: Sequence[Dated], day: str, acts: frozenset[str]) -> bool:
    return any(d.day == day and d.acts & acts for d in items)


def _pairs(context: Context) -> Iterator[tuple[Dated, Dated, frozenset[str]]]:
    found = {
        source: [d for item in items if (d := dated(item))]
        for source, items in context.statements.items()
    }
    for a, b in itertools.combinations(context.statements, 2):
        if not context.independent(a, b) or not _near_in_time(context, a, b):
            continue
        for x, y in itertools.product(found[a], found[b]):
            if x.day == y.day:
                continue
            acts = _one_act(x, y, context)
            if not acts or _also_says(found[b], x.day, acts):
                continue
            if not _also_says(found[a], y.day, acts):
                yield x, y, acts


def dated_candidate(
    first: tuple[Statement, str],
    second: tuple[Statement, str],
    acts: frozenset[str],
    *,
    evidence: str,
    topic: str,
    score: float,
) -> Candidate:
    """A date conflict: two sentences, each with the words that date one act."""
    (x, when_x), (y, when_y) = first, second
    return Candidate(
        detector="date conflict",
        sides=((quote(x, when_x),), (quote(y, when_y),)),
        kinds=("contradiction",),
        settled="contradiction",
        evidence=evidence,
        topic=topic,
        positions=(when_x, when_y),
        score=score,
        why="Neither side is better supported: each date is given by one source.",
        terms=acts,
    )


def day_conflicts(context: Context) -> list[Candidate]:
    """One candidate per act two independent sources put on different weekdays."""
    found: dict[frozenset[str], Candidate] = {}
    for x, y, acts in _pairs(context):
        if acts in found:
            continue
        labels = context.label(x.item.article_id), context.label(y.item.article_id)
        found[acts] = dated_candidate(
            (x.item, x.day),
            (y.item, y.day),
            acts,
            evidence=f"{labels[0]} puts it on {x.day} where {labels[1]} puts it on {y.day}, "
            "in sentences on the same act of the same subject",
            topic=f"On what day: {x.day} or {y.day}?",
            score=1.75,
        )
    return list(found.values())
