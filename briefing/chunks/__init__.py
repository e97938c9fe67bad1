"""Stage 2: split cleaned articles into token-budgeted chunks with character spans."""

from briefing.chunks.chunker import Chunk, chunk_article
from briefing.chunks.plan import map_chunks
from briefing.chunks.tokens import count_tokens, encoding_for_model

__all__ = [
    "Chunk",
    "chunk_article",
    "count_tokens",
    "encoding_for_model",
    "map_chunks",
]
