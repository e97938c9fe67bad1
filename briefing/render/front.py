"""The front page: each story's headline, what weighs it and its bottom line in one line,
in the order code ranked the stories."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing.articles import first_sentences
from briefing.brief import Brief, Day
from briefing.render.templates import counted


@dataclass(frozen=True)
class FrontItem:
    """One story on the front page."""

    id: str
    headline: str
    meta: str
    line: str


def _dates(brief: Brief) -> str:
    story = brief.story
    if story is None or story.last_date is None:
        return "undated"
    first, last = story.first_date or story.last_date, story.last_date
    return last.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def _meta(brief: Brief) -> str:
    story = brief.story
    independent = story.independent_sources if story else len(brief.sources)
    parts = [counted(independent, "independent source"), _dates(brief)]
    if story and story.stale_only:
        parts.append("stale: nothing new in this story")
    if story and story.short:
        parts.append("one source: short entry")
    return " · ".join(parts)


def front_page(day: Day) -> list[FrontItem]:
    """The front page's items (empty on a one-story day: its brief is the page)."""
    if len(day.stories) < 2:
        return []
    return [
        FrontItem(
            id=b.story.id if b.story else f"story-{n}",
            headline=b.headline,
            meta=_meta(b),
            line=" ".join(first_sentences(b.bottom_line, 1).split()),
        )
        for n, b in enumerate(day.stories, start=1)
    ]


def day_title(day: Day) -> str:
    """The page title: the story's headline, or the date and story count."""
    if len(day.stories) == 1:
        return day.lead.headline
    if not day.stories:
        return f"Brief for {day.date.isoformat()}: nothing new"
    return f"Brief for {day.date.isoformat()}: {counted(len(day.stories), 'story', 'stories')}"


def page_variables(day: Day) -> dict[str, Any]:
    """What the day's page template needs besides the rendered story sections."""
    return {
        "day": day,
        "front": front_page(day),
        "title": day_title(day),
        "total_sources": sum(len(b.sources) for b in day.stories),
    }
