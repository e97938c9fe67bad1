"""Stage 2 (in code): weigh the day's sources against each other: outlet, date, how stale,
which rewrite which, and what kind of source each is."""

from briefing.sources.model import Source
from briefing.sources.profile import future_dated, newest_event, profile_sources

__all__ = [
    "Source",
    "future_dated",
    "newest_event",
    "profile_sources",
]
