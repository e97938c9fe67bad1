"""Stage 1b: the day's articles grouped into stories before any model call (``briefing
stories``). ``briefing.stories.group.group_stories`` clusters and ranks them."""

from typing import TYPE_CHECKING

from briefing.lazy import attributes
from briefing.stories.story import Story, StoryInfo, shortened

if TYPE_CHECKING:
    from briefing.stories.features import Weights, similarity
    from briefing.stories.group import group_stories, one_story

# Imported when first asked for: the story models are read everywhere, the clustering
# (numpy, SciPy) only by the runs that group articles.
_LAZY = {
    "Weights": "briefing.stories.features",
    "similarity": "briefing.stories.features",
    "group_stories": "briefing.stories.group",
    "one_story": "briefing.stories.group",
}
__getattr__ = attributes(__name__, _LAZY)

__all__ = [
    "Story",
    "StoryInfo",
    "Weights",
    "group_stories",
    "one_story",
    "shortened",
    "similarity",
]
