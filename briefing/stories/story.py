"""A story: the articles of one event, with what the front page ranks it by."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, Field

from briefing.articles import Article, DuplicateGroup

_TITLE_LIMIT = 90


class StoryInfo(BaseModel):
    """A story as listed by ``briefing stories`` and on the front page."""

    id: str = Field(description="Stable: derived from the story's first-published member.")
    rank: int = Field(description="1 = first on the front page.")
    title: str = Field(description="From code: the title of the article most like the rest.")
    articles: list[str] = Field(description="Member article ids.")
    independent_sources: int = Field(description="Members, a rewrite and its source once.")
    first_date: dt.date | None = Field(description="Earliest publication date of a member.")
    last_date: dt.date | None = Field(description="Newest date the members report.")
    stale_only: bool = Field(
        description="Its newest date is stale against the newest event of the day's stories."
    )
    short: bool = Field(
        description="One independent source: briefed as headline, bottom line and claims only."
    )


@dataclass(frozen=True)
class Story:
    """One story's articles (in input order), its rewrite groups and its listing."""

    info: StoryInfo
    articles: tuple[Article, ...]
    groups: tuple[DuplicateGroup, ...]


def story_id(members: Sequence[Article]) -> str:
    """'s-' and 8 hex digits of the first-published member's id (undated last, then by
    id): the same articles give the same id, and a story keeps its id as later reports
    join it."""
    anchor = min(members, key=lambda a: (a.published is None, a.published or dt.date.min, a.id))
    return "s-" + hashlib.sha256(anchor.id.encode()).hexdigest()[:8]


def story_title(members: Sequence[Article], central: int) -> str:
    """The central article's title, shortened at a word boundary."""
    return shortened(members[central].title)


def shortened(title: str) -> str:
    """A title as a story shows it: spaces folded, cut at a word boundary past
    ``_TITLE_LIMIT`` characters."""
    title = " ".join(title.split())
    if len(title) <= _TITLE_LIMIT:
        return title
    return title[:_TITLE_LIMIT].rsplit(" ", 1)[0].rstrip(",;:–-") + "…"


def independent(members: Sequence[Article], groups: Sequence[DuplicateGroup]) -> int:
    """Members, each rewrite group counted once."""
    return len(members) - sum(len(g.members) - 1 for g in groups)
