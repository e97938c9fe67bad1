"""Stage 4: model calls. Every call goes structured caller -> recorder -> adapter."""

from briefing.llm.calls import CallLog, CallRecord
from briefing.llm.recorder import Recorder
from briefing.llm.structured import StructuredCaller
from briefing.llm.types import ChatModel, ChatRequest, Completion, Usage

__all__ = [
    "CallLog",
    "CallRecord",
    "ChatModel",
    "ChatRequest",
    "Completion",
    "Recorder",
    "StructuredCaller",
    "Usage",
]
