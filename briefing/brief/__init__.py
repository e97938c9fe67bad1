"""Stage 9: the Brief, one pydantic model holding the whole result (assembled by
briefing.brief.build)."""

from briefing.brief.model import Brief, Day

__all__ = ["Brief", "Day"]
