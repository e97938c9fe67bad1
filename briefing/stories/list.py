"""``briefing stories``: the day's stories as listed, with the files that were skipped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import InputError
from briefing.settings import Settings
from briefing.stories.group import group_stories
from briefing.stories.story import StoryInfo


@dataclass(frozen=True)
class Listing:
    """The ranked stories and the files not read."""

    stories: list[StoryInfo]
    skipped: list[InputError]


def list_stories(settings: Settings, paths: Sequence[Path], date: dt.date) -> Listing:
    """Load and group the articles under ``paths``, with no model call."""
    from briefing.run.daily import load  # noqa: PLC0415 - the run imports stories

    loaded = load(paths)
    found = group_stories(loaded.articles, settings, date)
    return Listing([s.info for s in found], loaded.skipped)
