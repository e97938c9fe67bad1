"""The ways one thing ends that cannot both be true, as a sentence states them: a
person fired or who resigned, a plan abandoned or put on hold; and whether the report
states one as done, in its own words (briefing.analysis.disputes.ended)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from briefing.analysis.text import Statement, in_quotation
from briefing.articles import MONTHS, STOP_WORDS, WEEKDAYS, stems

POST = "fired/resigned"


PLAN = "abandoned/on hold"


# Words before a way that are read for doubt, demand or background.
BEFORE_WORDS = 6


_NOT_AFTER_FIRED = (
    r"(?!\s+(?:up|at|upon|off|back|into|over|away|with)\b)"
    # "fired on protesters"; not "fired on Monday"
    rf"(?!\s+on\s+(?!(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)})\b))"
)


_WAYS: tuple[tuple[str, int, bool, re.Pattern[str]], ...] = (
    # (axis, side, undergoer after the verb, pattern)
    (
        POST,
        0,
        False,
        re.compile(
            rf"\b(?:was|were|has been|got)\s+(?:\w+ly\s+)?(?:fired|sacked)\b{_NOT_AFTER_FIRED}",
            re.I,
        ),
    ),
    (POST, 0, True, re.compile(rf"\b(?:fired|sacked)\b{_NOT_AFTER_FIRED}", re.I)),
    (
        POST,
        1,
        False,
        re.compile(
            r"\b(?:resigned(?!\s+(?:him|her|them)sel)|stepped\s+(?:down|aside)(?!\s+to\b)"
            r"|(?:announced|submitted|tendered)\s+(?:his|her|their)\s+resignation"
            # "quit" as leaving a post, not "quit smoking", "quit the race"
            r"|quit(?=\s+(?:as|from|his|her|their|its|on|after|over|amid)\b|\s*[,.;]))",
            re.I,
        ),
    ),
    (
        PLAN,
        0,
        True,
        re.compile(
            r"\b(?:abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?"
            r"|call(?:s|ed)?\s+off)\b",
            re.I,
        ),
    ),
    (
        PLAN,
        1,
        True,
        re.compile(
            r"\b(?:put(?:s|ting)?\s+(?:[^\s,.;]+\s+){0,10}?on\s+hold|suspend(?:s|ed|ing)?"
            r"|paus(?:es|ed|ing)|postpon(?:es|ed|ing)|shelved)\b",
            re.I,
        ),
    ),
)


# Before a way: not done, not surely, only asked for, or only reported or denied.
_NOT_DONE = re.compile(
    r"\b(?:not|never|no|could|may|might|should|must|if|whether|unless|refused|refuses"
    r"|declined|declines|threatened|threatens|threatening|nearly|almost|urged|urges|asked"
    r"|asks|called|calls|demanded|demands|pressure|pressured|considering|considered"
    r"|weighing|weighed|plans?|planning|wants?|wanted|hopes?|hoped|expected|likely|to"
    r"|denied|denies|deny|reports?|reported|reportedly|allegedly|rumou?rs?|faces|facing"
    r"|risks?|believes?|believed|false|had|previously|once|formerly|before|neither|nor|time)\b"
    r"|n[’']t\b",
    re.I,
)


# After a way: it is disputed, or was refused ("resigned, a claim she denies", "tendered
# his resignation, which Lind rejected", "— or so the office said").
_DOUBTED_AFTER = re.compile(
    r"\b(?:deni\w*|deny|disput\w*|or so|claim\w*|reject\w*|refus\w*|contrary|false"
    r"|rumou?r\w*)\b",
    re.I,
)


# A way in a clause of time opening the sentence is background to what follows it:
# "After Kessel postponed the expansion, Lind resigned".
_CLAUSE_OF_TIME = re.compile(
    r"(?:^|[.;:]\s*)(?:after|since|before|once|when|until|following)\b[^,;:]*$", re.I
)


_AFTER_BACKGROUND = re.compile(r"^\W*(?:\w+\W+){0,4}?(?:years|months|decades) ago\b", re.I)


# "would" before a plan's verb is a stated intent ("said it would abandon the deal"),
# unless a condition follows within this many words.
CONDITION_WORDS = 11


# Any words of either way, for a sentence telling both.
# ("fire" and "quite" are no such words: a fire, "quite public").
_ANY_FORCED = re.compile(
    r"\b(?:fir(?:ed|ing)|sack(?:s|ed|ing)?|oust\w*|push(?:ed)?|dismiss\w*)\b", re.I
)


_ANY_LEFT = re.compile(
    r"\b(?:resign\w*|step(?:s|ped|ping)? (?:down|aside)|quit(?:s|ting)?)\b", re.I
)


_ANY_ENDED = re.compile(r"\b(?:abandon\w*|scrap(?:s|ped|ping)?|cancel\w*|call\w* off)\b", re.I)


_ANY_PAUSED = re.compile(r"\b(?:on hold|suspen(?:d\w*|sion)|paus\w*|postpon\w*|shelv\w*)\b", re.I)


_EITHER = {POST: (_ANY_FORCED, _ANY_LEFT), PLAN: (_ANY_ENDED, _ANY_PAUSED)}


class Way(NamedTuple):
    """One way a thing ended, as a sentence states it."""

    axis: str
    side: int  # 0 or 1: which way of the axis
    start: int
    end: int
    after: bool  # the person or plan is written after the verb ("fired Moss")


@functools.lru_cache(maxsize=8192)
def ways(text: str) -> tuple[Way, ...]:
    """Every way of every axis the text holds (a passive before the active verb in it);
    kept, since a detector asks it of each sentence once per pair of reports."""
    found: list[Way] = []
    for axis, side, after, pattern in _WAYS:
        for match in pattern.finditer(text):
            if not any(w.start <= match.start() < w.end for w in found):
                found.append(Way(axis, side, match.start(), match.end(), after))
    return tuple(found)


def stated_done(item: Statement, way: Way) -> bool:
    """Stated by the report as done, not doubted, demanded or told as background."""
    text = item.text
    if item.hedged or in_quotation(text, way.start) or _AFTER_BACKGROUND.search(text[way.end :]):
        return False
    if _DOUBTED_AFTER.search(text[way.end :]) or _CLAUSE_OF_TIME.search(text[: way.start]):
        return False
    if way.axis == POST and item.predictive:
        return False
    before = " ".join(re.findall(r"\S+", text[: way.start])[-BEFORE_WORDS:])
    if way.axis == PLAN and re.search(r"\bwould\s*$", before):
        after = re.findall(r"\w+", text[way.end :].casefold())[:CONDITION_WORDS]
        return not {"if", "unless"} & set(after) and not _NOT_DONE.search(before[:-5])
    return not _NOT_DONE.search(before) and not re.search(r"\bwould\b", before)


def named_way(item: Statement, span: tuple[int, int]) -> Way | None:
    """The one way stated as done inside the named span, if exactly one."""
    # A way the span overlaps: "put plans" names "put plans to expand the terminal on
    # hold", "fired" names "was fired".
    inside = [w for w in ways(item.text) if w.start < span[1] and span[0] < w.end]
    if len(inside) != 1 or not stated_done(item, inside[0]):
        return None
    return inside[0]


def tells_both(text: str, axis: str) -> bool:
    """Whether the text holds words of both ways of the axis, in any form."""
    one, other = _EITHER[axis]
    return bool(one.search(text) and other.search(text))


def done_ways(item: Statement) -> list[Way]:
    """The ways the sentence states as done, in the report's own words."""
    return [way for way in ways(item.text) if stated_done(item, way)]


def content_stems(words: list[str]) -> frozenset[str]:
    """The stems of the words, stop words left out: what a post or a plan is."""
    return frozenset(s for w in words if w.casefold() not in STOP_WORDS for s in stems(w))
