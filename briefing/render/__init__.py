"""Stage 9: render the Brief to brief.md, brief.json, brief.html, brief.eml and the manifest."""

from briefing.choices import DEFAULT_FORMATS, FORMATS
from briefing.render.markdown import story_markdown
from briefing.render.templates import counted
from briefing.render.write import OUTPUT_FILES, Envelope, write_outputs

__all__ = [
    "DEFAULT_FORMATS",
    "FORMATS",
    "OUTPUT_FILES",
    "Envelope",
    "counted",
    "story_markdown",
    "write_outputs",
]
