"""Stage 1b: the day's articles grouped into stories before any model call (``briefing
stories``). ``briefing.stories.group.group_stories`` clusters and ranks them."""

from typing import TYPE_CHECKING, Any

from briefing.stories.story import Story, StoryInfo

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


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Story",
    "StoryInfo",
    "Weights",
    "group_stories",
    "one_story",
    "similarity",
]
