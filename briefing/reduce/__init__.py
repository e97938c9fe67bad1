"""Stage 7 (reduce): disputed facts, outlook and summary from the verified evidence."""

from briefing.reduce.reduce import ReduceResult, SourceLabel, reduce_evidence

__all__ = ["ReduceResult", "SourceLabel", "reduce_evidence"]
