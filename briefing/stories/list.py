"""``briefing stories``: the day's stories as listed, with the files that were skipped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.articles import load_usable
from briefing.errors import InputError
from briefing.settings import Settings
from briefing.stories.group import group_stories
from briefing.stories.story import StoryInfo


@dataclass(frozen=True)
class Listing:
    """The ranked stories, each article's file, and the files not read."""

    stories: list[StoryInfo]
    paths: dict[str, str]
    skipped: list[InputError]

    def as_json(self) -> dict[str, Any]:
        """The listing for scripts: each story with its members' files."""
        return {
            "stories": [
                {**s.model_dump(mode="json"), "paths": [self.paths[a] for a in s.articles]}
                for s in self.stories
            ]
        }


def list_stories(settings: Settings, paths: Sequence[Path], date: dt.date) -> Listing:
    """Load and group the articles under ``paths``, with no model call."""
    loaded = load_usable(paths, settings)
    found = group_stories(loaded.articles, settings, date)
    files = {a.id: a.path for a in loaded.articles}
    return Listing([s.info for s in found], files, loaded.skipped)
