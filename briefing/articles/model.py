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


DateSource = Literal["front matter", "page metadata", "feed", "header", "text", "unknown"]


class Article(BaseModel):
    """One source article. ``text`` is the cleaned text that quotes are checked against.

    ``published`` comes from the front matter, the web page's own metadata (JSON-LD, Open
    Graph, ``<meta>``), the feed item it was fetched from, a date printed above or at the
    start of the article (``header``), or a date the text gives relative to the day of writing
    ("Yesterday, October 30, 2025"; ``text``); ``date_note`` is the date as printed.
    ``event_dates`` are the dates the text states (years inferred where it omits them).
    """

    model_config = ConfigDict(frozen=True)

    id: str
    path: str
    title: str
    outlet: str | None
    outlet_source: str = "not stated"
    author: str | None = None
    url: str | None
    published: dt.date | None
    date_source: DateSource
    date_note: str = ""
    event_dates: tuple[dt.date, ...] = ()
    text: str
    removed: tuple[RemovedLine, ...]
