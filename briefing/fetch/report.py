"""What a fetch did, item by item: stored, skipped (with why) or failed (with why)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from briefing.files import write_file
from briefing.redact import redact

REPORT_FILE = "fetch.json"

FeedStatus = Literal["read", "not modified", "failed"]


class FeedResult(BaseModel):
    """One feed: read (with its item count), not modified since the last fetch, or failed."""

    url: str
    status: FeedStatus
    items: int = 0
    error: str | None = None


class ItemResult(BaseModel):
    """One item: stored (``file``), skipped (``reason``) or failed (``error``)."""

    url: str
    title: str = ""
    file: str | None = None
    reason: str | None = None
    error: str | None = None


class FetchReport(BaseModel):
    """The fetch of one day, as manifest.json and ``fetch.json`` keep it."""

    date: dt.date
    folder: str
    feeds: list[FeedResult] = []
    stored: list[ItemResult] = []
    skipped: list[ItemResult] = []
    failed: list[ItemResult] = []
    warnings: list[str] = []

    @property
    def failed_feeds(self) -> list[FeedResult]:
        """Feeds that could not be read: a whole source is missing from the day."""
        return [f for f in self.feeds if f.status == "failed"]

    def summary(self) -> str:
        """One line for the terminal."""
        read = sum(f.status != "failed" for f in self.feeds)
        return (
            f"fetched {len(self.stored)} new articles into {self.folder} from {read} of "
            f"{len(self.feeds)} feeds ({len(self.skipped)} items skipped, "
            f"{len(self.failed)} failed)"
        )


def write_report(folder: Path, report: FetchReport) -> None:
    """``fetch.json`` in the day's folder, written atomically."""
    write_file(folder / REPORT_FILE, redact(report.model_dump_json(indent=2)) + "\n")
