"""A source as the sources stage weighs it (stage 2): outlet, date, staleness, kind and
which article it rewrites. The brief shows it as it is."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from briefing.articles import WEAK_KINDS

__all__ = ["Source"]


class Source(BaseModel):
    """An article the brief draws on, and what it weighs."""

    id: str
    label: str = Field(description="Short label used in the brief, e.g. A1.")
    title: str
    outlet: str | None
    outlet_source: str = Field(description="Where the outlet was found (dateline, masthead...).")
    author: str | None
    url: str | None
    published: dt.date | None
    date_source: str
    date_note: str = Field(description="The publication date as the article prints it.")
    kind: str = Field(description="wire, official, news, opinion or content farm.")
    kind_reasons: list[str] = Field(description="The signals that decided the kind.")
    stale: bool = Field(description="Published well before the newest event the sources report.")
    stale_days: int | None = Field(description="Days between publication and that event.")
    newest_event: dt.date | None
    newest_event_source: str | None
    rewrite_of: str | None = Field(
        description="Id of the article this one rewrites (mapped in its place)."
    )
    similarity: float | None = Field(
        description="Share of its sentences found, in order, in the article it rewrites."
    )
    copied: float | None = Field(
        description="Share of its own words (outside quotations) copied word for word from"
        " that article."
    )

    @property
    def weak(self) -> bool:
        """Never the only support of a headline, bottom line or key development."""
        return self.stale or self.kind in WEAK_KINDS
