"""Counts written in words: "twice", "several times", "dozens of arrests", "hundreds of
protesters". The figure reader (briefing.analysis.figures) reads digits and numbers;
these words give a count too, or a range of counts, and a report of "several" visits
cannot be true with one of "two".

Each word's range is the one a reader takes from it: "several" is more than two,
"dozens" at least two dozen and fewer than the hundreds ("hundreds" would be written),
"hundreds" fewer than the thousands. A count in words after a qualifier ("nearly
hundreds", "more than a dozen"), before "more" or "other" ("dozens more", "several other
lawmakers": a count of some besides others) or before a larger number word ("several
hundred") is not read: its range is not the word's.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from briefing.analysis.figures import Figure, figure_at
from briefing.articles import STOP_WORDS as _STOP

INFINITE = math.inf
RANGES: dict[str, tuple[float, float]] = {
    "twice": (2, 2),
    "thrice": (3, 3),
    "multiple": (2, INFINITE),
    "several": (3, 19),
    "a handful of": (2, 9),
    "dozens": (24, 199),
    "hundreds": (200, 1_999),
    "thousands": (2_000, 19_999),
    "tens of thousands": (20_000, 199_999),
    "hundreds of thousands": (200_000, 1_999_999),
    "millions": (2_000_000, INFINITE),
}
_WORDS = re.compile(
    r"\b(?P<word>twice|thrice|multiple|several|a handful of|dozens|hundreds of thousands"
    r"|tens of thousands|hundreds|thousands|millions)\b(?P<of>\s+of\b)?",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|some|more than|over|at least|up to|fewer than"
    r"|less than|under|as many as|as few as|by the|of the|in the)\s*$",
    re.IGNORECASE,
)
_NOT_A_COUNT_AFTER = re.compile(
    r"^\s+(?:(?:of\s+)?(?:other|more|additional)\b|what\b|dozen|hundred|thousand|million|billion|as\b|the\b|that\b|over\b|a\b|an\b"
    r"|per\b|a\s+(?:day|week|month|year))",
    re.IGNORECASE,
)
# "think twice", "twice-weekly": a manner, not how many times something happened.
_NOT_A_COUNT_BEFORE = re.compile(r"\b(?:think|thought|thinking)\s+$|-$", re.IGNORECASE)
_TIMES = frozenset({"twice", "thrice"})


@dataclass(frozen=True)
class WordCount:
    """A count written in words: as the figure reader reads it (value: the range's low
    end), and the range of counts it allows."""

    figure: Figure
    low: float
    high: float
    phrase: str  # as written, with what it counts: "dozens of arrests"


def word_counts(sentence: str) -> list[WordCount]:
    """The counts written in words in one sentence."""
    found = []
    for match in _WORDS.finditer(sentence):
        word = match["word"].casefold()
        before, after = sentence[: match.start()], sentence[match.end("word") :]
        if _QUALIFIED.search(before) or _NOT_A_COUNT_BEFORE.search(before):
            continue
        if _NOT_A_COUNT_AFTER.match(after):
            continue
        low, high = RANGES[word]
        if word in _TIMES:
            figure = Figure(match["word"], low, "count", "time", "times", None, "", match.start())
        else:
            skip = len(match["of"] or "")
            figure = figure_at(sentence, match.start(), match.end("word"), low, skip=skip)
        found.append(WordCount(figure, low, high, _phrase(sentence, match, figure.noun)))
    return found


def _phrase(sentence: str, match: re.Match[str], noun: str | None) -> str:
    """The count's words and, when it follows within a word or two, its noun."""
    at = sentence.find(noun, match.end()) if noun else -1
    if noun is None or at < 0 or len(sentence[match.end() : at].split()) > 2:
        return match["word"]
    return sentence[match.start() : at + len(noun)]


def bounds(figure: Figure) -> tuple[float, float]:
    """The counts a figure allows: its value, or what its qualifier opens ("more than
    200": 200 and up; "about 30": within a fifth of 30)."""
    if figure.qualifier == "at least":
        return figure.value, INFINITE
    if figure.qualifier == "at most":
        return 0.0, figure.value
    if figure.qualifier == "about":
        return figure.value * 0.8, figure.value * 1.2
    return figure.value, figure.value


# A span written in words ("a monthslong inquiry"), in days: more than one of the unit,
# fewer than two of the next ("months" are not two years, or "years" would be written).
SPAN_RANGES: dict[str, tuple[float, float]] = {
    "days": (2, 13),
    "weeks": (14, 59),
    "months": (60, 729),
    "years": (730, 3_649),
    "decades": (7_300, INFINITE),
}
DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365, "decade": 3_652}
_SPAN_IN_WORDS = re.compile(
    r"\b(?P<unit>days|weeks|months|years|decades)[- ]?long\b", re.IGNORECASE
)
_HEAD_WORDS = 4
_NOT_IN_A_NAME = re.compile(r"[a-z][a-z-]*")


@dataclass(frozen=True)
class Span:
    """A span of time said of something ("a monthslong investigation", "a two-year
    investigation"): where it is written, the range of days it allows, and the noun it
    is said of."""

    text: str
    start: int
    low: float
    high: float
    head: str


def head_after(sentence: str, end: int) -> str | None:
    """The noun a span is said of: the last of the lower-case words right after it, up
    to a word of another kind ("monthslong criminal investigation into" -> investigation)."""
    words = []
    for word in sentence[end:].split()[:_HEAD_WORDS]:
        bare = word.rstrip(".,;:)”’\"'")
        if not _NOT_IN_A_NAME.fullmatch(bare) or bare in _STOP:
            break
        words.append(bare)
        if bare != word:
            break
    return words[-1] if words else None


def spans_in_words(sentence: str) -> list[Span]:
    """The spans written in words in one sentence, each with the noun it is said of."""
    found = []
    for match in _SPAN_IN_WORDS.finditer(sentence):
        head = head_after(sentence, match.end())
        if head is not None:
            low, high = SPAN_RANGES[match["unit"].casefold()]
            found.append(Span(match.group(), match.start(), low, high, head))
    return found
