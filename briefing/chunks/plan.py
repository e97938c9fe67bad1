"""What the map reads: every article's chunks, and of a near-duplicate only what is new.

A near-duplicate group's representative is chunked whole; each other member only for its
sentences that the representative does not cover (briefing.articles.coverage), so text two
rewrites share is read once. A member with nothing new adds no chunk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.articles import Article, DuplicateGroup, SentenceIndex, rewrites_of
from briefing.chunks.chunker import Chunk, chunk_article


def _new_to(representative: Article) -> Callable[[str], bool]:
    index = SentenceIndex({representative.id: representative.text})
    return lambda sentence: not index.covering(sentence)


def map_chunks(
    articles: Sequence[Article],
    groups: Sequence[DuplicateGroup],
    budget: int,
    overlap: int,
) -> list[Chunk]:
    """The chunks to extract, in article order."""
    by_id = {a.id: a for a in articles}
    keep = {m: _new_to(by_id[g.representative]) for m, g in rewrites_of(groups).items()}
    return [
        chunk
        for article in articles
        for chunk in chunk_article(article, budget, overlap, keep.get(article.id))
    ]
