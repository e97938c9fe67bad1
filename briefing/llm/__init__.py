"""Stage 4: model calls. Every call goes structured caller -> recorder -> adapter."""

from briefing.llm.batch import BatchModel, BatchOutcome, run_batch
from briefing.llm.budget import Budget
from briefing.llm.calls import CallLog, CallRecord
from briefing.llm.pricing import cost
from briefing.llm.recorder import CallTag, Recorder, RecordingStore
from briefing.llm.structured import StructuredCaller
from briefing.llm.types import BatchState, ChatModel, ChatRequest, Completion, Usage

__all__ = [
    "BatchModel",
    "BatchOutcome",
    "BatchState",
    "Budget",
    "CallLog",
    "CallRecord",
    "CallTag",
    "ChatModel",
    "ChatRequest",
    "Completion",
    "Recorder",
    "RecordingStore",
    "StructuredCaller",
    "Usage",
    "cost",
    "run_batch",
]
