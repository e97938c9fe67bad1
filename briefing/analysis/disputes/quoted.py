"""Quotations as an article prints them: each one's words, with what the writer marks.

A quotation runs from an opening mark to the next closing mark in one paragraph, over
several sentences ("… now? Worried …"); straight and curly marks are mixed in real copy
("… did it,”). A mark opens only where a quotation can begin (the paragraph's start, or
after a space or an opening bracket, before a word) and a straight mark closes only after
a word (a curly closing mark closes anywhere: "Worried ... ”"), so an inch mark ('a 6"
crack') opens nothing; a quotation never closed is not read, nor one
in a paragraph that corrects what the story printed before (it prints the wrong
wording to withdraw it). The writer's own marks break a run of the speaker's words:
an ellipsis ("...", ". . .", "…"), and words in brackets or parentheses ("[of the
board]", "(sic)", "(laughs)"). A symbol is the word it stands for ("5%" is "5
percent"), and "per cent" is one word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from briefing.articles import ABBREVIATION

_TOKEN = re.compile(
    r"\[[^\]\n]*\]|\([^)\n]*\)|\.(?:\s?\.){1,2}|…|[%$£€°]|\d+(?:[.,]\d+)*|\w+(?:[’']\w+)*"
)
_SYMBOLS = {"%": "percent", "$": "dollars", "£": "pounds", "€": "euros", "°": "degrees"}
# "won't" is "will not": the base a negated contraction leaves.
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
_CLITICS = {"n't": "not", "'ve": "have", "'re": "are", "'ll": "will", "'d": "would", "'m": "am"}
_MARK = re.compile(r"[“”\"]")
_OPENS_AFTER = "([{—–-/:"
_CORRECTION = re.compile(
    r"\b(?:correction|corrected|an earlier version|misquoted|misstated)\b", re.IGNORECASE
)
_ENDS = re.compile(r"[!?…]|\.(?!\S)")
# The longest abbreviation the sentence splitter knows ("approx.") and a space.
_ABBREVIATION_REACH = 12


@dataclass(frozen=True)
class Word:
    """One word of a quotation, folded, and where the article prints it."""

    folded: str
    start: int
    end: int
    gap: bool = False  # the writer's mark: an ellipsis or bracketed words
    capital: bool = False  # inside a sentence: a name's or a title's


@dataclass(frozen=True)
class Quotation:
    """The words of one quotation of one article."""

    article_id: str
    start: int
    end: int
    words: tuple[Word, ...]

    @property
    def folded(self) -> list[str]:
        """The words as compared: folded, contractions spelt out, gaps empty."""
        return [w.folded for w in self.words]


def _word(match: re.Match[str], offset: int) -> Iterator[Word]:
    text = match.group()
    start, end = offset + match.start(), offset + match.end()
    if text[0] in "[(.…":
        yield Word("", start, end, gap=True)
        return
    word = _SYMBOLS.get(text, text.casefold().replace("’", "'"))
    clitic = next((c for c in _CLITICS if word.endswith(c) and len(word) > len(c)), None)
    if clitic is None and word.endswith("'s"):
        clitic = "'s"
    if clitic is None:
        yield Word(word, start, end, capital=text[0].isupper())
        return
    base = word[: -len(clitic)]
    yield Word(_CONTRACTED.get(base, base), start, end)
    yield Word(_CLITICS.get(clitic, "'s"), start, end)


def _tokens(text: str, offset: int) -> list[Word]:
    words = [w for match in _TOKEN.finditer(text) for w in _word(match, offset)]
    joined: list[Word] = []
    for word in words:  # "per cent" is "percent", as "%" is
        if word.folded == "cent" and joined and joined[-1].folded == "per":
            joined.append(Word("percent", joined.pop().start, word.end))
        else:
            joined.append(word)
    return joined


def _spans(paragraph: str) -> Iterator[tuple[int, int]]:
    """Where each closed quotation's words stand in the paragraph."""
    opened: int | None = None
    for match in _MARK.finditer(paragraph):
        at, mark = match.start(), match.group()
        before = paragraph[at - 1] if at else " "
        after = paragraph[at + 1 : at + 2] or " "
        opens = mark != "”" and (before.isspace() or before in _OPENS_AFTER) and after.isalnum()
        # A curly closing mark closes even after a space ("Worried ... ”").
        closes = mark == "”" or (mark == '"' and not before.isspace())
        if opened is not None and closes:
            yield opened, at
            opened = None
        elif opens:
            opened = at + 1


def _named(words: list[Word], text: str) -> tuple[Word, ...]:
    """The words, a capital kept only inside a sentence: where it marks a name."""
    return tuple(
        replace(w, capital=w.capital and not sentence_ends(words, text, n))
        for n, w in enumerate(words)
    )


def quotations(article_id: str, text: str) -> Iterator[Quotation]:
    """Each closed quotation of the article, with its words."""
    offset = 0
    for paragraph in text.split("\n"):
        if not _CORRECTION.search(paragraph):
            for start, end in _spans(paragraph):
                words = _tokens(paragraph[start:end], offset + start)
                yield Quotation(article_id, offset + start, offset + end, _named(words, text))
        offset += len(paragraph) + 1


def sentence_ends(words: Sequence[Word], text: str, n: int) -> bool:
    """A sentence of the quotation ends, or the writer cut, between words n - 1 and n (a
    full stop after an abbreviation or an initial ends none: "Mr. Lind", "U.S.")."""
    if n <= 0 or n >= len(words):
        return True
    if words[n - 1].gap or words[n].gap:
        return True
    between = text[words[n - 1].end : words[n].start]
    if not _ENDS.search(between):
        return False
    if "." in between and not re.search(r"[!?…]", between):
        # Only the words before the stop: an abbreviation is a few letters long.
        end = words[n - 1].end + 1
        return not ABBREVIATION.search(text, max(0, end - _ABBREVIATION_REACH), end)
    return True
