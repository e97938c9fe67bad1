"""Run the extraction prompt over every chunk, concurrently."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from briefing.articles import Article
from briefing.chunks import Chunk
from briefing.extract.schema import ChunkExtraction
from briefing.llm import StructuredCaller
from briefing.prompting import PromptTemplate


@dataclass(frozen=True)
class ChunkResult:
    """A chunk and what the model extracted from it (not yet verified)."""

    chunk: Chunk
    extraction: ChunkExtraction


async def extract_chunk(
    caller: StructuredCaller, prompt: PromptTemplate, article: Article, chunk: Chunk
) -> ChunkResult:
    """The model's extraction for one chunk."""
    variables = {
        "title": article.title,
        "published": article.published.isoformat() if article.published else "unknown",
        "text": chunk.text,
    }
    extraction = await caller.call(prompt, variables, ChunkExtraction, subject=chunk.id)
    return ChunkResult(chunk=chunk, extraction=extraction)


async def extract_chunks(
    caller: StructuredCaller,
    prompt: PromptTemplate,
    articles: Mapping[str, Article],
    chunks: Sequence[Chunk],
    on_done: Callable[[], None] = lambda: None,
) -> list[ChunkResult]:
    """Extractions for all chunks, in chunk order."""

    async def one(chunk: Chunk) -> ChunkResult:
        result = await extract_chunk(caller, prompt, articles[chunk.article_id], chunk)
        on_done()
        return result

    return list(await asyncio.gather(*(one(chunk) for chunk in chunks)))
