"""Part or whole: one source says an act touched part of a named thing, another that it
touched the whole ("the court overturned a part of the Harbour Safety Act" / "the
ruling that struck down the Harbour Safety Act"). One of them overstates or understates
what was done, and the brief shows both.

A pair is taken only when:

- one sentence has an act of ``ACTS`` (strike down, overturn, repeal, uphold, block ...)
  within ``REACH`` words before "part of", "a section of", "parts of", "provisions of"
  ... the name (capitalised words: "the Harbour Safety Act");
- a sentence of an independent source has an act of the same group within ``REACH``
  words before the same name, with no such part word before it, and that source never
  says the act touched only a part of it;
- neither act is hedged, negated or still to come ("would repeal", "failed to strike
  down", "seeks to block").

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

# Words between the act and the part word, or the act and the name, at most.
REACH = 5
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
# What makes an act not done: a hedge, a negation or a plan ("failed to", "seeks to").
_NOT_DONE = re.compile(
    rf"{PREDICTIVE_MARK.pattern}|{NEGATION.pattern}"
    r"|\b(?:fail(?:ed|s)?|seeks?|sought|tried|tries|wants?|wanted|vow(?:ed|s)?|attempt(?:ed|s)?)"
    r"\s+to\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Act:
    item: Statement
    group: str
    name: str  # folded
    written: str  # the name as written
    words: str  # the act and what it touched, as written
    between: str  # the words between the act and the name


def _done(text: str, act: re.Match[str]) -> bool:
    """Nothing in the clause before the act (or between it and its object) keeps it from
    being done."""
    clause = re.split(r"[,;:]", text[: act.start()])[-1]
    # "May" inside a sentence is the month ("the ruling in May that struck down").
    return _NOT_DONE.search(re.sub(r"(?<=\s)May\b", "", clause)) is None


def _within(text: str, start: int, end: int) -> bool:
    return len(text[start:end].split()) <= REACH


def _acts(item: Statement, pattern: re.Pattern[str]) -> Iterator[_Act]:
    """Each act done on a name that ``pattern`` finds after it within ``REACH`` words."""
    text = item.text
    for act in _ACT.finditer(text):
        if not _done(text, act):
            continue
        for found in pattern.finditer(text, act.end()):
            if not _within(text, act.end(), found.start()):
                break
            words, between = text[act.start() : found.end()], text[act.end() : found.start()]
            group, name = ACTS[act.group().casefold()], found["name"]
            yield _Act(item, group, fold(name), name, words, between)
            break


def _parts(context: Context, source: str) -> list[_Act]:
    return [a for item in context.statements[source] for a in _acts(item, _PART)]


def _wholes(context: Context, source: str, parted: set[str]) -> list[_Act]:
    """Acts on a whole name: no part word right before it, and a name the source never
    says was touched only in part."""
    found = []
    for item in context.statements[source]:
        for act in _acts(item, _WHOLE):
            if act.name in parted or re.search(rf"\b{_PART_WORDS}\s+of\s+$", act.between):
                continue
            found.append(act)
    return found


def part_or_whole(context: Context) -> list[Candidate]:
    """One candidate per named thing one source says an act touched in part and an
    independent source says it touched whole."""
    found: dict[str, Candidate] = {}
    for a, b in itertools.permutations(context.statements, 2):
        if not context.independent(a, b):
            continue
        parts = _parts(context, a)
        wholes = _wholes(context, b, {p.name for p in _parts(context, b)})
        for part, whole in itertools.product(parts, wholes):
            if part.name == whole.name and part.group == whole.group and part.name not in found:
                found[part.name] = _candidate(context, part, whole)
    return list(found.values())


def _candidate(context: Context, part: _Act, whole: _Act) -> Candidate:
    labels = context.label(part.item.article_id), context.label(whole.item.article_id)
    name = part.written
    return Candidate(
        detector="opposed statements",
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
