"""The call log: one record per model request, for the manifest and the log."""

from __future__ import annotations

import logging

from pydantic import BaseModel

log = logging.getLogger("briefing.llm")


class CallRecord(BaseModel):
    """One request to the model (a re-ask is its own record)."""

    stage: str
    version: str
    prompt_sha256: str
    request_key: str
    subject: str
    model: str
    ask: int
    outcome: str
    prompt_tokens: int
    completion_tokens: int
    duration_s: float
    transport_attempts: int
    cost_usd: float | None
    source: str

    @property
    def replayed(self) -> bool:
        """Served from a recording or the cache, without calling the model."""
        return self.source != "live"


class CallLog:
    """Collects the run's call records and logs each as it happens."""

    def __init__(self) -> None:
        self.records: list[CallRecord] = []

    def add(self, record: CallRecord) -> None:
        """Keep ``record`` and write one log line for it."""
        self.records.append(record)
        cost = "?" if record.cost_usd is None else f"${record.cost_usd:.6f}"
        log.info(
            "call %s/%s prompt=%s key=%s subject=%s model=%s ask=%d outcome=%s "
            "tokens=%d+%d %.2fs %s%s",
            record.stage,
            record.version,
            record.prompt_sha256[:12],
            record.request_key[:12],
            record.subject,
            record.model,
            record.ask,
            record.outcome,
            record.prompt_tokens,
            record.completion_tokens,
            record.duration_s,
            cost,
            "" if record.source == "live" else f" from {record.source}",
        )
