"""Stage 1b: the day's articles grouped into stories before any model call (``briefing
stories``). ``briefing.stories.group.group_stories`` clusters and ranks them."""

from briefing.stories.features import Weights, similarity
from briefing.stories.group import group_stories, one_story
from briefing.stories.story import Story, StoryInfo

__all__ = [
    "Story",
    "StoryInfo",
    "Weights",
    "group_stories",
    "one_story",
    "similarity",
]
