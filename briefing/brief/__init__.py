"""Stage 9: the Brief, one pydantic model holding the whole result (assembled by
briefing.brief.build)."""

from briefing.brief.build import build_brief
from briefing.brief.evidence import ProseCheck
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
)

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
    "build_brief",
]
