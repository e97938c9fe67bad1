"""Stage 9: the Brief, one pydantic model holding the whole result (assembled by
briefing.brief.build)."""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from briefing.brief.build import build_brief
    from briefing.brief.evidence import ProseCheck

# Imported when first asked for: reading or writing a brief (`schema`, `diff`, the
# renderers) needs the models only, not the analysis and model client behind the build.
_LAZY = {"build_brief": "briefing.brief.build", "ProseCheck": "briefing.brief.evidence"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
