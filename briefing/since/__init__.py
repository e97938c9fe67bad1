"""What changed since an earlier brief, computed in code from two brief.json files."""

from briefing.brief import Delta, StoryChange
from briefing.since.delta import diff_days
from briefing.since.earlier import earlier_brief, read_day

__all__ = [
    "Delta",
    "StoryChange",
    "diff_days",
    "earlier_brief",
    "read_day",
]
