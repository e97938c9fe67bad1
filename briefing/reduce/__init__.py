"""Stage 8: the model reads dispute candidates and phrases the top and the outlook."""

from briefing.reduce.reduce import (
    ReduceInput,
    ReduceResult,
    ShownFact,
    ShownSignal,
    Span,
    code_contested,
    contested_fact,
    reduce_evidence,
)
from briefing.reduce.schema import (
    CandidateReading,
    DisputeReadings,
    OutlookFindings,
    ScenarioFinding,
    SummaryFindings,
)

__all__ = [
    "CandidateReading",
    "DisputeReadings",
    "OutlookFindings",
    "ReduceInput",
    "ReduceResult",
    "ScenarioFinding",
    "ShownFact",
    "ShownSignal",
    "Span",
    "SummaryFindings",
    "code_contested",
    "contested_fact",
    "reduce_evidence",
]
