"""Stage 5 (map): extract actors, quoted claims and signals from each chunk."""

from briefing.extract.map import ChunkFailure, ChunkResult, extract_chunks, extract_variables
from briefing.extract.schema import ActorMention, ChunkExtraction, ClaimMention, SignalMention

__all__ = [
    "ActorMention",
    "ChunkExtraction",
    "ChunkFailure",
    "ChunkResult",
    "ClaimMention",
    "SignalMention",
    "extract_chunks",
    "extract_variables",
]
