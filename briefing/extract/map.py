"""Run the extraction prompt over every chunk, concurrently."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from briefing.articles import Article
from briefing.chunks import Chunk
from briefing.errors import ModelError
from briefing.extract.schema import ChunkExtraction
from briefing.llm import StructuredCaller
from briefing.prompting import PromptTemplate


@dataclass(frozen=True)
class ChunkResult:
    """A chunk and what the model extracted from it (not yet verified)."""

    chunk: Chunk
    extraction: ChunkExtraction


def extract_variables(article: Article, chunk: Chunk) -> dict[str, str | bool]:
    """The extraction prompt's variables for one chunk. ``title_in_text`` lets a prompt
    leave out a title the chunk opens with (a title taken from the first line, or a first
    chunk that starts with its headline), so it is not sent twice."""
    return {
        "title": article.title,
        "title_in_text": chunk.text.startswith(article.title.rstrip("…")),
        "published": article.published.isoformat() if article.published else "unknown",
        "text": chunk.text,
    }


async def extract_chunk(
    caller: StructuredCaller, prompt: PromptTemplate, article: Article, chunk: Chunk
) -> ChunkResult:
    """The model's extraction for one chunk."""
    variables = extract_variables(article, chunk)
    extraction = await caller.call(prompt, variables, ChunkExtraction, subject=chunk.id)
    return ChunkResult(chunk=chunk, extraction=extraction)


@dataclass(frozen=True)
class ChunkFailure:
    """A chunk whose extraction still failed after every retry and re-ask."""

    chunk_id: str
    error: ModelError


async def extract_chunks(
    caller: StructuredCaller,
    prompt: PromptTemplate,
    articles: Mapping[str, Article],
    chunks: Sequence[Chunk],
    on_done: Callable[[], None] = lambda: None,
    *,
    allow_partial: bool = False,
) -> tuple[list[ChunkResult], list[ChunkFailure]]:
    """Extractions in chunk order. The first failure ends the run, unless ``allow_partial``:
    then every chunk is tried and the ones that fail are returned as failures."""

    async def one(chunk: Chunk) -> ChunkResult:
        result = await extract_chunk(caller, prompt, articles[chunk.article_id], chunk)
        on_done()
        return result

    if not allow_partial:
        return list(await asyncio.gather(*(one(chunk) for chunk in chunks))), []
    outcomes = await asyncio.gather(*(one(chunk) for chunk in chunks), return_exceptions=True)
    results: list[ChunkResult] = []
    failures: list[ChunkFailure] = []
    for chunk, outcome in zip(chunks, outcomes, strict=True):
        if isinstance(outcome, ModelError):
            failures.append(ChunkFailure(chunk.id, outcome))
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            results.append(outcome)
    return results, failures
