"""Stage 9: the Brief, one pydantic model holding the whole result (assembled by
briefing.brief.build)."""

from typing import TYPE_CHECKING

from briefing.brief.model import (
    Brief,
    Counts,
    Day,
    Delta,
    Development,
    DisputedFact,
    Quote,
    RunInfo,
    Scenario,
    Side,
    StoryChange,
    WatchItem,
)
from briefing.lazy import attributes

if TYPE_CHECKING:
    from briefing.brief.build import build_brief, code_watch
    from briefing.brief.evidence import ProseCheck

# Imported when first asked for: reading or writing a brief (`schema`, `diff`, the
# renderers) needs the models only, not the analysis and model client behind the build.
_LAZY = {
    "build_brief": "briefing.brief.build",
    "ProseCheck": "briefing.brief.evidence",
    "code_watch": "briefing.brief.build",
}
__getattr__ = attributes(__name__, _LAZY)

__all__ = [
    "Brief",
    "Counts",
    "Day",
    "Delta",
    "Development",
    "DisputedFact",
    "ProseCheck",
    "Quote",
    "RunInfo",
    "Scenario",
    "Side",
    "StoryChange",
    "WatchItem",
    "build_brief",
    "code_watch",
]
