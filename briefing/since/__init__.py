"""What changed since an earlier brief, computed in code from two brief.json files."""

from briefing.brief.model import Delta, StoryChange
from briefing.since.delta import diff_days

__all__ = ["Delta", "StoryChange", "diff_days"]
