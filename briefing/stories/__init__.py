"""Stage 1b: the day's articles grouped into stories before any model call (``briefing
stories``). ``briefing.stories.group.group_stories`` clusters and ranks them."""

from briefing.stories.story import Story, StoryInfo

__all__ = ["Story", "StoryInfo"]
