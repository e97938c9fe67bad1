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
    r"^\s+(?:(?:of\s+)?(?:other|more|additional)\b|dozen|hundred|thousand|million|billion|as\b|the\b|that\b|over\b|a\b|an\b"
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
        found.append(WordCount(figure, low, high))
    return found


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
