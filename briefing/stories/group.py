"""The day's articles as ranked stories: cluster, then list each story with what the front
page ranks it by (independent sources, recency, staleness)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from briefing.articles import WEAK_KINDS, Article, near_duplicate_groups, source_kind
from briefing.settings import Settings
from briefing.sources import newest_event
from briefing.stories.cluster import cluster
from briefing.stories.story import Story, StoryInfo, independent, story_id, story_title


def _members(labels: Sequence[int]) -> list[list[int]]:
    """Indices per story, stories in order of their first article."""
    found: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        found.setdefault(label, []).append(index)
    return list(found.values())


def _headline_source(
    members: Sequence[Article], centrality: npt.NDArray[np.float64], today: dt.date
) -> int:
    """Whose title the story carries: the newest report that is neither opinion nor a
    content farm (the day's development; an earlier report may have been overtaken),
    the one most like the rest among those of that date."""
    kinds = [source_kind(a).kind for a in members]
    strong = [n for n, k in enumerate(kinds) if k not in WEAK_KINDS] or list(range(len(members)))
    dates = [d for n in strong if (d := members[n].published) is not None and d <= today]
    newest = max(dates, default=None)
    chosen = [n for n in strong if newest is None or members[n].published == newest]
    return max(chosen, key=lambda n: (float(centrality[n]), -n))


def _story(
    articles: Sequence[Article],
    indices: list[int],
    sim: npt.NDArray[np.float64],
    settings: Settings,
    *,
    today: dt.date,
    day_newest: dt.date | None,
) -> Story:
    members = [articles[i] for i in indices]
    groups = near_duplicate_groups(members, settings.rewrite_share)
    sources = independent(members, groups)
    central = _headline_source(members, sim[np.ix_(indices, indices)].sum(axis=1), today)
    newest = newest_event(members, today)
    last = newest[0] if newest else None
    dated = [a.published for a in members if a.published and a.published <= today]
    stale = (
        day_newest is not None
        and last is not None
        and (day_newest - last).days > settings.stale_after_days
    )
    info = StoryInfo(
        id=story_id(members),
        rank=0,
        title=story_title(members, central),
        articles=[a.id for a in members],
        independent_sources=sources,
        first_date=min(dated) if dated else None,
        last_date=last,
        stale_only=stale,
        short=sources < 2,
    )
    return Story(info, tuple(members), tuple(groups))


def _order(story: Story) -> tuple[bool, int, int, str]:
    """Stale-only stories last; then more independent sources, then the newest first."""
    info = story.info
    newest = info.last_date.toordinal() if info.last_date else 0
    return (info.stale_only, -info.independent_sources, -newest, info.id)


def group_stories(articles: Sequence[Article], settings: Settings, today: dt.date) -> list[Story]:
    """The day's stories, ranked for the front page (rank 1 first)."""
    found = cluster(
        articles,
        distance=settings.story_distance,
        core_distance=settings.story_core_distance,
        window_days=settings.story_window_days,
        core_window_days=settings.story_core_window_days,
        rewrite_share=settings.rewrite_share,
    )
    day = newest_event(articles, today)
    stories = [
        _story(
            articles,
            indices,
            found.similarity,
            settings,
            today=today,
            day_newest=day[0] if day else None,
        )
        for indices in _members(found.labels)
    ]
    ranked = sorted(stories, key=_order)
    return [
        Story(s.info.model_copy(update={"rank": n}), s.articles, s.groups)
        for n, s in enumerate(ranked, start=1)
    ]


def one_story(articles: Sequence[Article], settings: Settings, today: dt.date) -> Story:
    """All ``articles`` as a single story briefed in full, whatever its size (``--one-story``,
    and every evaluation case, so that each runs every stage)."""
    indices = list(range(len(articles)))
    sim = np.ones((len(articles), len(articles)))
    day = newest_event(articles, today)
    story = _story(
        articles, indices, sim, settings, today=today, day_newest=day[0] if day else None
    )
    info = story.info.model_copy(update={"rank": 1, "short": False})
    return Story(info, story.articles, story.groups)
