"""The article as the rest of the pipeline sees it."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict


class RemovedLine(BaseModel):
    """A line cleaning dropped, and the rule that dropped it (kept for the manifest)."""

    model_config = ConfigDict(frozen=True)

    line_no: int
    text: str
    rule: str


class Article(BaseModel):
    """One source article. ``text`` is the cleaned text that quotes are checked against."""

    model_config = ConfigDict(frozen=True)

    id: str
    path: str
    title: str
    outlet: str | None
    url: str | None
    published: dt.date | None
    date_source: Literal["front matter", "text", "unknown"]
    text: str
    removed: tuple[RemovedLine, ...]
