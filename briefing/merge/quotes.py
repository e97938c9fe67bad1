"""Verify that a quote is verbatim in a source text, and find its span.

First an exact search; then a search in a normalised copy (whitespace collapsed, curly
quotes and dashes folded, case folded, invisible format characters such as soft hyphens
and zero-width spaces left out) whose positions map back to the original. The
quote kept is always the original text at the span, so it is verbatim by construction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MIN_WORDS = 4
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)
_EDGES = " \t\n\"'“”‘’«».…,;:"


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` of a source is the verified quote."""

    start: int
    end: int


def _normalised(text: str) -> tuple[str, list[int]]:
    """Folded text, and for each of its characters the index in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    for position, original in enumerate(text.translate(_FOLD)):
        if unicodedata.category(original) == "Cf":
            continue  # soft hyphens, zero-width spaces and joiners: invisible on the page
        char = " " if original.isspace() else original
        if char == " " and chars and chars[-1] == " ":
            continue
        chars.append(char.casefold() if len(char.casefold()) == 1 else char)
        index.append(position)
    return "".join(chars), index


def _trim(quote: str) -> str:
    return re.sub(r"\s*(\.\.\.|…)\s*$", "", quote.strip()).strip(_EDGES)


def verify_quote(quote: str, text: str, within: tuple[int, int] | None = None) -> Span | None:
    """The span of ``quote`` in ``text`` (searched first ``within`` a range), or None.

    Quotes shorter than MIN_WORDS words are never verified: "the US" is in every source.
    """
    needle = _trim(quote)
    if len(needle.split()) < MIN_WORDS:
        return None
    ranges = [within, None] if within else [None]
    for bounds in ranges:
        start, end = bounds or (0, len(text))
        exact = text.find(needle, start, end)
        if exact >= 0:
            return Span(exact, exact + len(needle))
        folded_text, index = _normalised(text[start:end])
        folded_needle, _ = _normalised(needle)
        found = folded_text.find(folded_needle)
        if found >= 0:
            last = index[found + len(folded_needle) - 1]
            return Span(start + index[found], start + last + 1)
    return None


def is_heading(text: str, span: Span) -> bool:
    """A quote that is a whole line without sentence punctuation: a heading, not a claim."""
    starts_line = span.start == 0 or text[span.start - 1] == "\n"
    ends_line = span.end == len(text) or text[span.end] == "\n"
    return starts_line and ends_line and text[span.end - 1] not in '.!?"”’)'
