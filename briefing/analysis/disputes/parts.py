"""Part or whole: one source says an act touched part of a named thing, another that it
touched the whole ("the court overturned one section of the Harbour Safety Act" / "the
ruling that struck down the Harbour Safety Act"). One of them overstates or understates
what was done, and the brief shows both.

A pair is taken only when:

- one sentence has an act of ``ACTS`` (strike down, overturn, repeal, uphold, block ...)
  right before "part of", "a section of", "a key part of", "provisions of" ... the name
  (capitalised words: "the Harbour Safety Act");
- a sentence of an independent source has an act of the same group right before the
  same name ("struck down the 2019 Harbour Safety Act", not "struck down a rule under
  the ..."), and that source never says a part of it ("section 4 of the ...", "struck
  down the ... in part");
- neither act is hedged, negated, conditional, asked for or refused ("would repeal",
  "if the court strikes down", "urged the court to strike down", "declined to"); a
  ruling's or a vote's "to" is an act done ("the ruling to overturn the act").

Set on the tune half of the real corpus (one event: a court decision one outlet said
overturned part of a law, two others the law); checked on its report half and the
project's sets (docs/calibration.md).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.lexicon import NEGATION
from briefing.analysis.text import PREDICTIVE_MARK, Statement
from briefing.articles import fold

# Acts on a law, a rule or a policy, in groups of one meaning.
ACTS: dict[str, str] = {
    **dict.fromkeys(
        (
            "struck down",
            "strike down",
            "strikes down",
            "striking down",
            "overturn",
            "overturned",
            "overturns",
            "overturning",
            "invalidated",
            "invalidate",
            "invalidates",
            "threw out",
            "throw out",
            "overruled",
        ),
        "struck down",
    ),
    **dict.fromkeys(("repealed", "repeal", "repeals", "repealing"), "repealed"),
    **dict.fromkeys(("upheld", "uphold", "upholds", "upholding"), "upheld"),
    **dict.fromkeys(("blocked", "block", "blocks", "blocking", "suspended"), "blocked"),
}
_ACT = re.compile(r"\b(?:" + "|".join(sorted(ACTS, key=len, reverse=True)) + r")\b", re.I)
_NAME = (
    r"(?:the\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:of|and|the|on|for)?\s*[A-Z][\w’'-]+)+)"
)
_PART_WORDS = r"(?:part|parts|portion|portions|section|sections|provision|provisions|piece|pieces)"
_PART = re.compile(rf"\b{_PART_WORDS}(?:\s+(?:\d+\w?|[IVX]+))?\s+of\s+{_NAME}")
_WHOLE = re.compile(_NAME)
# What makes an act not done: a hedge, a negation, a plan or a request ("failed to",
# "urged the court to", "declined to"), a condition ("if the court strikes down").
_NOT_DONE = re.compile(
    rf"{PREDICTIVE_MARK.pattern}|{NEGATION.pattern}|\b(?:if|unless|whether)\b",
    re.IGNORECASE,
)
# "to" right before the act makes it asked for or refused, unless a ruling or a vote
# did it ("the ruling to overturn the act").
_TO = re.compile(r"(?<!\bruling )(?<!\bdecision )(?<!\bvote )\bto\s+$", re.IGNORECASE)
# An act said to touch the named thing only in part, beside the act or the name.
_PARTLY = re.compile(r"\b(?:in part|partly|partially|in parts)\b", re.IGNORECASE)
# What may stand between the act and "part of" ("overturned a key part of").
_BEFORE_PART = re.compile(r"\s*(?:(?:a|one|the|a key|a central|a major|key|parts?)\s+)?")


@dataclass(frozen=True)
class _Act:
    item: Statement
    group: str
    name: str  # folded
    written: str  # the name as written
    words: str  # the act and what it touched, as written
    partly: bool  # "in part" or "partially" beside the act or the name


def _done(text: str, act: re.Match[str]) -> bool:
    """Nothing in the clause before the act keeps it from being done."""
    clause = re.split(r"[,;:]", text[: act.start()])[-1]
    # "May" inside a sentence is the month ("the ruling in May that struck down").
    clause = re.sub(r"(?<=\s)May\b", "", clause)
    return _NOT_DONE.search(clause) is None and _TO.search(clause) is None


def _acts(item: Statement, pattern: re.Pattern[str], gap: re.Pattern[str]) -> Iterator[_Act]:
    """Each act done on a name that ``pattern`` finds right after it, with only ``gap``
    between them ("struck down the 1996 ...", not "struck down a rule under the ...")."""
    text = item.text
    for act in _ACT.finditer(text):
        found = pattern.search(text, act.end())
        if found is None or not _done(text, act):
            continue
        if not gap.fullmatch(text[act.end() : found.start()]):
            continue
        near = text[max(0, act.start() - 12) : found.end() + 12]
        group, name = ACTS[act.group().casefold()], found["name"]
        words = text[act.start() : found.end()]
        yield _Act(item, group, fold(name), name, words, bool(_PARTLY.search(near)))


@dataclass(frozen=True)
class _Said:
    """What one source says was done: to parts of names, to whole names, and every name
    it says anything about in part."""

    parts: list[_Act]
    wholes: list[_Act]
    parted: set[str]


def _said(context: Context, source: str) -> _Said:
    items = context.statements[source]
    parts = [a for item in items for a in _acts(item, _PART, _BEFORE_PART)]
    wholes = [a for item in items for a in _acts(item, _WHOLE, re.compile(r"\s*"))]
    parted = {fold(m["name"]) for item in items for m in _PART.finditer(item.text)}
    parted |= {a.name for a in wholes if a.partly}
    return _Said(parts, [w for w in wholes if w.name not in parted], parted)


def part_or_whole(context: Context) -> list[Candidate]:
    """One candidate per named thing one source says an act touched in part and an
    independent source says it touched whole."""
    said = {source: _said(context, source) for source in context.statements}
    found: dict[str, Candidate] = {}
    for a, b in itertools.permutations(context.statements, 2):
        if not context.independent(a, b):
            continue
        for part, whole in itertools.product(said[a].parts, said[b].wholes):
            if part.name == whole.name and part.group == whole.group and part.name not in found:
                found[part.name] = _candidate(context, part, whole)
    return list(found.values())


def _candidate(context: Context, part: _Act, whole: _Act) -> Candidate:
    labels = context.label(part.item.article_id), context.label(whole.item.article_id)
    name = part.written
    return Candidate(
        detector="part or whole",
        sides=((quote(part.item, part.words),), (quote(whole.item, whole.words),)),
        kinds=("contradiction",),
        settled="contradiction",
        evidence=f"{labels[0]} says “{part.words}”; {labels[1]} says “{whole.words}”",
        topic=f"All of the {name} or part of it?",
        positions=("part of it", "all of it"),
        score=1.8,
        why="Neither side is better supported: each is one source's account of what was done.",
        terms=part.item.entities & whole.item.entities,
    )
