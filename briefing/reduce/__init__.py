"""Stage 8: the model reads dispute candidates and phrases the top and the outlook."""

from briefing.reduce.reduce import ReduceInput, ReduceResult, reduce_evidence

__all__ = ["ReduceInput", "ReduceResult", "reduce_evidence"]
