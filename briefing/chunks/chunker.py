"""Split an article's cleaned text into chunks within a token budget.

Chunks break at paragraph boundaries when that keeps them at least half full, otherwise at
sentence boundaries; a sentence longer than the budget is cut between words. Consecutive
chunks share a few trailing sentences (the overlap) so a claim spanning a break is seen
whole. Each chunk is an exact slice ``text[start:end]`` of the cleaned article, except
a *partial* chunk: when only some sentences are to be read (a near-duplicate's new ones),
the chunk joins them, with a blank line where sentences were left out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from briefing.articles import SENTENCE_END, Article
from briefing.chunks.tokens import count_tokens


class Chunk(BaseModel):
    """A slice of one article's cleaned text; ``id`` is ``<article id>#<n>`` from 1."""

    model_config = ConfigDict(frozen=True)

    id: str
    article_id: str
    index: int
    start: int
    end: int
    text: str
    tokens: int
    partial: bool = False


@dataclass(frozen=True)
class _Piece:
    n: int
    start: int
    end: int
    tokens: int
    ends_paragraph: bool


def _spans(text: str, pattern: re.Pattern[str], start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    for match in pattern.finditer(text, start, end):
        yield cursor, match.start()
        cursor = match.end()
    if cursor < end:
        yield cursor, end


def _windows(text: str, start: int, end: int, budget: int) -> Iterator[tuple[int, int]]:
    """A word longer than the budget, cut into windows that always fit: a token covers
    at least one byte, and a character is one byte in ASCII and at most four in UTF-8."""
    per_char = 1 if text[start:end].isascii() else 4
    size = max(1, (budget - 1) // per_char)
    for at in range(start, end, size):
        yield at, min(at + size, end)


def _too_long(chars: int, budget: int) -> bool:
    """Longer than any text of ``budget`` tokens can be (so not worth counting whole)."""
    return chars > _MAX_CHARS_PER_TOKEN * budget


# No token of the encoding is longer than this many characters in ordinary text; longer
# stretches are cut without being counted whole first (counting is the slow part).
_MAX_CHARS_PER_TOKEN = 16


def _word_pieces(text: str, start: int, end: int, budget: int) -> Iterator[tuple[int, int]]:
    piece_start, used = start, 0
    for word in re.finditer(r"\S+", text[start:end]):
        w_start, w_end = start + word.start(), start + word.end()
        long = _too_long(w_end - w_start, budget)
        cost = budget + 1 if long else count_tokens(word.group()) + 1
        if cost > budget:
            if w_start > piece_start:
                yield piece_start, w_start
            yield from _windows(text, w_start, w_end, budget)
            piece_start, used = w_end, 0
            continue
        if used and used + cost > budget:
            yield piece_start, w_start
            piece_start, used = w_start, 0
        used += cost
    if piece_start < end:
        yield piece_start, end


def _pieces(text: str, budget: int) -> list[_Piece]:
    pieces: list[_Piece] = []
    for p_start, p_end in _spans(text, re.compile(r"\n\n"), 0, len(text)):
        sentences = list(_spans(text, SENTENCE_END, p_start, p_end))
        for number, (s_start, s_end) in enumerate(sentences, start=1):
            long = _too_long(s_end - s_start, budget)
            tokens = budget + 1 if long else count_tokens(text[s_start:s_end]) + 1
            parts = (
                _word_pieces(text, s_start, s_end, budget)
                if tokens > budget
                else iter([(s_start, s_end)])
            )
            for w_start, w_end in parts:
                last = number == len(sentences) and w_end == s_end
                cost = tokens if w_start == s_start and w_end == s_end else None
                cost = cost or count_tokens(text[w_start:w_end]) + 1
                pieces.append(_Piece(len(pieces), w_start, w_end, cost, last))
    return pieces


def _take(pieces: list[_Piece], first: int, budget: int) -> int:
    """Index just past the last piece of the chunk that starts at ``first``."""
    end, used, paragraph_end, paragraph_used = first, 0, first, 0
    while end < len(pieces) and (end == first or used + pieces[end].tokens <= budget):
        used += pieces[end].tokens
        end += 1
        if pieces[end - 1].ends_paragraph:
            paragraph_end, paragraph_used = end, used
    if end < len(pieces) and paragraph_end > first and paragraph_used >= budget // 2:
        return paragraph_end
    return end


def _overlap_start(pieces: list[_Piece], first: int, end: int, overlap: int) -> int:
    start, used = end, 0
    while start - 1 > first and used + pieces[start - 1].tokens <= overlap:
        start -= 1
        used += pieces[start].tokens
    return start


def _joined(source: str, pieces: Sequence[_Piece]) -> str:
    """The pieces' text: as in the source where they are consecutive, else a blank line."""
    parts = [source[pieces[0].start : pieces[0].end]]
    for before, piece in itertools.pairwise(pieces):
        consecutive = piece.n == before.n + 1
        parts.append(source[before.end : piece.start] if consecutive else "\n\n")
        parts.append(source[piece.start : piece.end])
    return "".join(parts)


def chunk_article(
    article: Article,
    budget: int = 800,
    overlap: int = 60,
    keep: Callable[[str], bool] | None = None,
) -> list[Chunk]:
    """The article's chunks, in order; with ``keep``, only of the sentences it keeps."""
    pieces = _pieces(article.text, budget)
    if keep is not None:
        pieces = [p for p in pieces if keep(article.text[p.start : p.end])]
    chunks: list[Chunk] = []
    first = 0
    while first < len(pieces):
        end = _take(pieces, first, budget)
        start, stop = pieces[first].start, pieces[end - 1].end
        text = _joined(article.text, pieces[first:end])
        # A chunk of one piece was counted with it (plus one for the break after it).
        tokens = pieces[first].tokens - 1 if end - first == 1 else count_tokens(text)
        chunks.append(
            Chunk(
                id=f"{article.id}#{len(chunks) + 1}",
                article_id=article.id,
                index=len(chunks) + 1,
                start=start,
                end=stop,
                text=text,
                tokens=tokens,
                partial=text != article.text[start:stop],
            )
        )
        first = end if end >= len(pieces) else _overlap_start(pieces, first, end, overlap)
    return chunks
