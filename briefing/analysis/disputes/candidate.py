"""A dispute candidate found in code: two sides, each with verbatim quotes, what code
saw, and the kinds of dispute its evidence allows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from briefing.analysis.text import Statement

DisputeKind = Literal["contradiction", "scope difference", "framing", "open question"]
Detector = Literal[
    "rewrite drift",
    "office holder",
    "another name",
    "changed quotation",
    "figure conflict",
    "changed figure",
    "date conflict",
    "overtaken by events",
    "open question",
    "ended two ways",
    "part or whole",
    "model proposal",
]
# The longest quote a side shows: about one sentence.
MAX_QUOTE_WORDS = 40
# A shorter clause says too little on its own ("In the last few weeks").
MIN_QUOTE_WORDS = 8
# A clause this short at a side's end is a scrap of the next one: the side ends before it.
SCRAP_WORDS = 4
_CLAUSE = re.compile(r"[,;:—–]\s+|\s+[—–-]\s+")


@dataclass(frozen=True)
class SideQuote:
    """A verbatim excerpt of one source: ``text == article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Candidate:
    """Two sides that may be in dispute, and why code thinks so.

    ``kinds`` are the kinds the evidence allows, the first being code's own reading;
    ``settled`` is set when the evidence decides the kind whatever the model says.
    ``better`` is the index of the better-supported side (None: neither) and ``why`` says
    why in one line. ``odd_one_out`` is a rewrite that changed a name or figure."""

    detector: Detector
    sides: tuple[tuple[SideQuote, ...], tuple[SideQuote, ...]]
    kinds: tuple[DisputeKind, ...]
    evidence: str
    topic: str
    positions: tuple[str, str]
    score: float
    settled: DisputeKind | None = None
    better: int | None = None
    why: str = ""
    odd_one_out: str | None = None
    backers: tuple[frozenset[str], frozenset[str]] = field(
        default=(frozenset(), frozenset()), compare=False
    )
    # Stems and entity keys a topic must mention one of: what the dispute is about.
    terms: frozenset[str] = field(default=frozenset(), compare=False)
    # For a figure conflict, the two figures: prose may not state one as fact.
    figures: tuple[float, float] | None = field(default=None, compare=False)
    quantity: tuple[str | None, str | None] | None = field(default=None, compare=False)
    # A later report settled it: the side not better supported is what that report
    # overtook (briefing.analysis.disputes.revised), as with "overtaken by events".
    superseded: bool = field(default=False, compare=False)

    def about(self, stems: frozenset[str], entities: frozenset[str]) -> bool:
        """Whether a text with these stems and entities mentions what the dispute is about
        (any text does when code recorded nothing)."""
        return not self.terms or bool(self.terms & (stems | entities))

    @property
    def overtaken(self) -> tuple[SideQuote, ...]:
        """What a later report overtook: the side an "overtaken by events" or superseded
        candidate does not find better supported (none for any other candidate)."""
        if not (self.detector == "overtaken by events" or self.superseded) or self.better is None:
            return ()
        return self.sides[1 - self.better]

    def articles(self, side: int) -> set[str]:
        """The sources quoted on one side, and any other source stating the same."""
        return {q.article_id for q in self.sides[side]} | set(self.backers[side])


def _words(text: str) -> int:
    return len(text.split())


def _window(text: str, at: int) -> tuple[int, int]:
    """About MAX_QUOTE_WORDS words of ``text`` around character ``at``, cut at words."""
    words = list(re.finditer(r"\S+", text))
    index = next((n for n, w in enumerate(words) if w.end() > at), len(words) - 1)
    low = max(0, min(index - MAX_QUOTE_WORDS // 2, len(words) - MAX_QUOTE_WORDS))
    high = min(len(words), low + MAX_QUOTE_WORDS)
    return words[low].start(), words[high - 1].end()


def quote(item: Statement, focus: str | None = None) -> SideQuote:
    """The statement as a side's quote: whole when short enough, else the clauses around
    ``focus`` (a word or figure it holds), never more than about MAX_QUOTE_WORDS words."""
    sentence = item.sentence
    text = sentence.text
    if _words(text) <= MAX_QUOTE_WORDS:
        return SideQuote(sentence.article_id, sentence.start, sentence.end, text)
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    clauses = [(bounds[n], bounds[n + 1]) for n in range(len(bounds) - 1)]
    at = text.find(focus) if focus else -1
    centre = next((n for n, (a, b) in enumerate(clauses) if a <= at < b), 0) if at >= 0 else 0
    low = high = centre
    while True:
        grown = False
        for step in (high + 1, low - 1):
            if 0 <= step < len(clauses):
                a = clauses[min(low, step)][0]
                b = clauses[max(high, step)][1]
                if _words(text[a:b]) <= MAX_QUOTE_WORDS:
                    low, high, grown = min(low, step), max(high, step), True
        if not grown:
            break
    # A side does not end on a scrap of the next clause ("…, and, most of all").
    while high > centre and _words(text[clauses[high][0] : clauses[high][1]]) < SCRAP_WORDS:
        high -= 1
    a, b = clauses[low][0], clauses[high][1]
    if _words(text[a:b]) < MIN_QUOTE_WORDS:
        a, b = _window(text, clauses[centre][0])
    words = list(re.finditer(r"\S+", text[a:b]))
    first = a + words[0].start()
    end = a + words[min(len(words), MAX_QUOTE_WORDS) - 1].end()
    segment = text[first:end].rstrip(" ,;:—–-")
    # Nor on the conjunction that opened the next one ("… at a bar,' and").
    segment = re.sub(r"[\s,;:—–-]+(?:and|or|but|nor)$", "", segment).rstrip(" ,;:—–-")
    begin = sentence.start + first
    return SideQuote(sentence.article_id, begin, begin + len(segment), segment)
