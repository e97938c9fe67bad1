"""Stage 3: versioned Jinja2 prompt templates (``prompts/<stage>/<version>.j2``)."""

from briefing.prompting.library import PromptLibrary, PromptTemplate
from briefing.prompting.render import Message

__all__ = ["Message", "PromptLibrary", "PromptTemplate"]
