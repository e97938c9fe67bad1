"""Stage 8: the Brief, one pydantic model holding the whole result."""

from briefing.brief.build import build_brief
from briefing.brief.model import Brief

__all__ = ["Brief", "build_brief"]
