"""An article's sentences, each with its span in the cleaned text.

A sentence ends at . ! ? or … (and any closing quote or bracket) followed by space, or at
a line break; a full stop after an initial or a title ("U.S. forces", "Gen. Lopez",
"p.m. on Monday") does not end one, unless the next word starts a new sentence after
"a.m."/"p.m.". Every comparison of sentences in code (rewrites, corroboration, disputes)
uses these spans, so each quote taken from them is verbatim by construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+|\n+")
# Words whose full stop does not end a sentence.
ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b[a-z]\.[a-z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Capt|Cmdr|Adm|Sgt"
    r"|Maj|Prof|Rev|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Jr|Sr))\.$"
)


class Span(Protocol):
    """A stretch of one article's text: a sentence, a claim's quote, a dispute's side."""

    @property
    def article_id(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def overlapping(a: Span, b: Span) -> bool:
    """Two stretches of one article that share some text."""
    return a.article_id == b.article_id and a.start < b.end and b.start < a.end


@dataclass(frozen=True)
class Sentence:
    """``text == article.text[start:end]``."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


# A short bracket closed right after a full stop: a party and state ("(R-Calif.)"), not
# the end of a sentence.
_BRACKETED = re.compile(r"\([^()\s]{1,14}$")


def _ends(text: str) -> Iterator[re.Match[str]]:
    for match in _END.finditer(text):
        # Only the few characters before the stop matter; a bounded window keeps it linear.
        window = max(0, match.start() - 16)
        if "\n" in match.group():
            yield match
        elif match.group().startswith(")") and _BRACKETED.search(text, window, match.start()):
            continue
        elif not ABBREVIATION.search(text, window, match.start()):
            yield match


def split(article_id: str, text: str) -> list[Sentence]:
    """The sentences of ``text``, stripped, in order."""
    found: list[Sentence] = []
    cursor = 0
    for end in [*_ends(text), None]:
        stop = end.start() if end is not None else len(text)
        piece = text[cursor:stop]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if body:
            start = cursor + lead
            found.append(Sentence(article_id, len(found), start, start + len(body), body))
        if end is not None:
            cursor = end.end()
    return found
