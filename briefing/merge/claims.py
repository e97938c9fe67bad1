"""Turn raw chunk extractions into verified evidence.

Claims and signals keep only quotes found verbatim in the cleaned source (their spans are
stored); the rest are dropped and counted. Actor names and aliases not written in their
chunk are dropped (small models invent names). A claim attributed to someone the chunk
does not name is re-attributed to the article. Overlapping chunks can yield the same
quote twice; the duplicate is dropped. A claim whose statement has a number its quote
lacks is dropped too: small models pair a statement with the quote of another sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pydantic import BaseModel
from rapidfuzz import fuzz

from briefing.articles import Article
from briefing.extract import ChunkResult
from briefing.merge.actors import Actor, Mention, add_spellings, merge_actors
from briefing.merge.discover import discovered_mentions
from briefing.merge.generations import join_generations
from briefing.merge.names import (
    appears_in,
    display_name,
    fold_text,
    is_proper_name,
    name_key,
    only_titles,
)
from briefing.merge.quotes import Span, is_heading, verify_quote

UNATTRIBUTED = "the article"
_NUMBER = re.compile(r"\d[\d,.]*")


class Evidence(BaseModel):
    """A verified claim (id ``C<n>``) or signal (``S<n>``) with its verbatim quote."""

    id: str
    article_id: str
    chunk_id: str
    statement: str
    asserted_by: str
    quote: str
    start: int
    end: int
    figures: list[str]


class Dropped(BaseModel):
    """Something the model wrote that could not be verified against its source."""

    kind: str
    chunk_id: str
    text: str


class MergeResult(BaseModel):
    """Verified claims, signals and merged actors, plus what was dropped."""

    claims: list[Evidence]
    signals: list[Evidence]
    actors: list[Actor]
    dropped: list[Dropped]
    reattributed: int


def _overlaps(a: Evidence, b: Evidence) -> bool:
    shorter = min(a.end - a.start, b.end - b.start)
    return a.article_id == b.article_id and min(a.end, b.end) - max(a.start, b.start) > shorter / 2


def _attribution(asserted_by: str, folded_chunk: str) -> str:
    cleaned = asserted_by.strip()
    if not cleaned or cleaned.casefold() == UNATTRIBUTED or appears_in(cleaned, folded_chunk):
        return cleaned or UNATTRIBUTED
    return UNATTRIBUTED


def _numbers(text: str) -> set[str]:
    return {n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(text)}


def supported(statement: str, quote: str) -> bool:
    """Whether every number in the statement also appears in the quote."""
    return _numbers(statement) <= _numbers(quote)


def _is_named_actor(name: str, folded_chunk: str, chunk_text: str) -> bool:
    """Written in the chunk, as a proper name, and more than a title ("Interim President")."""
    return (
        appears_in(name, folded_chunk)
        and is_proper_name(name, chunk_text)
        and not only_titles(name)
    )


def _alias_of(name: str, alias: str, folded_chunk: str) -> bool:
    """A model-proposed alias counts when it is in the chunk and resembles the name:
    "Rodríguez" for "Delcy Rodríguez", not "Caracas" for "Cuba"."""
    key, other = name_key(name), name_key(alias)
    shares_word = bool(set(key.split()) & set(other.split()))
    similar = shares_word or fuzz.token_sort_ratio(key, other) >= 80
    return other != key and similar and appears_in(alias, folded_chunk)


def _as_written(alias: str, folded_chunk: str) -> str:
    """A name or alias as the chunk writes it: a title the model put before the name and
    the chunk does not ("Sen." before an attorney general's name) is left off."""
    written = fold_text(alias).strip()
    return alias if written and f" {written} " in folded_chunk else display_name(alias)


def _figures(figures: Sequence[str], quote: str) -> list[str]:
    return [f for f in figures if re.search(r"\d", f) and f in quote]


class _Merger:
    def __init__(self, articles: Mapping[str, Article]) -> None:
        self.articles = articles
        self.claims: list[Evidence] = []
        self.signals: list[Evidence] = []
        self.mentions: list[Mention] = []
        self.dropped: list[Dropped] = []
        self.reattributed = 0

    def _verified(self, result: ChunkResult, quote: str, kind: str) -> Span | None:
        chunk = result.chunk
        text = self.articles[chunk.article_id].text
        span = verify_quote(quote, text, within=(chunk.start, chunk.end))
        if span is None or is_heading(text, span):
            reason = kind if span is None else "heading quote"
            self.dropped.append(Dropped(kind=reason, chunk_id=chunk.id, text=quote))
            return None
        return span

    def _keep(self, bucket: list[Evidence], item: Evidence) -> None:
        if not any(_overlaps(item, other) for other in bucket):
            bucket.append(item)

    def _evidence(
        self, result: ChunkResult, span: Span, statement: str, asserted_by: str
    ) -> Evidence:
        chunk = result.chunk
        return Evidence(
            id="",
            article_id=chunk.article_id,
            chunk_id=chunk.id,
            statement=statement.strip(),
            asserted_by=asserted_by,
            quote=self.articles[chunk.article_id].text[span.start : span.end],
            start=span.start,
            end=span.end,
            figures=[],
        )

    def _add_claims(self, result: ChunkResult, folded: str) -> None:
        for claim in result.extraction.claims:
            span = self._verified(result, claim.quote, "quote")
            if span is None:
                continue
            asserted_by = _attribution(claim.asserted_by, folded)
            item = self._evidence(result, span, claim.statement, asserted_by)
            if not supported(item.statement, item.quote):
                self.dropped.append(
                    Dropped(
                        kind="unsupported statement", chunk_id=item.chunk_id, text=item.statement
                    )
                )
                continue
            self.reattributed += asserted_by != claim.asserted_by.strip()
            item.figures = _figures(claim.figures, item.quote)
            self._keep(self.claims, item)

    def _add_signals(self, result: ChunkResult) -> None:
        for signal in result.extraction.signals:
            span = self._verified(result, signal.quote, "signal quote")
            if span is not None:
                self._keep(self.signals, self._evidence(result, span, signal.signal, UNATTRIBUTED))

    def _add_actors(self, result: ChunkResult, folded: str) -> None:
        for actor in result.extraction.actors:
            if not _is_named_actor(actor.name, folded, result.chunk.text):
                self.dropped.append(
                    Dropped(kind="actor name", chunk_id=result.chunk.id, text=actor.name)
                )
                continue
            aliases = tuple(
                _as_written(a, folded) for a in actor.aliases if _alias_of(actor.name, a, folded)
            )
            article = result.chunk.article_id
            written = actor.model_copy(update={"name": _as_written(actor.name, folded)})
            self.mentions.append(Mention(actor=written, article_id=article, aliases=aliases))

    def add(self, result: ChunkResult) -> None:
        folded = fold_text(result.chunk.text)
        self._add_claims(result, folded)
        self._add_signals(result)
        self._add_actors(result, folded)


def _numbered(items: list[Evidence], prefix: str, order: Mapping[str, int]) -> list[Evidence]:
    ranked = sorted(items, key=lambda e: (order[e.article_id], e.start, e.end))
    return [e.model_copy(update={"id": f"{prefix}{n}"}) for n, e in enumerate(ranked, start=1)]


def merge(results: Sequence[ChunkResult], articles: Mapping[str, Article]) -> MergeResult:
    """Verify and merge the extractions of all chunks."""
    merger = _Merger(articles)
    for result in results:
        merger.add(result)
    order = {article_id: n for n, article_id in enumerate(articles)}
    texts = {a.id: a.text for a in articles.values()}
    known = {m.key for m in merger.mentions}
    mentions = [*merger.mentions, *discovered_mentions(texts, known)]
    return MergeResult(
        claims=_numbered(merger.claims, "C", order),
        signals=_numbered(merger.signals, "S", order),
        actors=join_generations(add_spellings(merge_actors(mentions), texts), texts),
        dropped=merger.dropped,
        reattributed=merger.reattributed,
    )
