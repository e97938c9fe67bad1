"""brief.md, rendered from the day's Brief by Jinja2 templates shipped in the package: the
front page (on a day of several stories), then each story's section."""

from __future__ import annotations

from briefing.brief import Brief, Day
from briefing.render.common import template_context
from briefing.render.front import page_variables
from briefing.render.templates import environment


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.replace("|", "\\|").split())


def story_markdown(brief: Brief, *, nested: bool) -> str:
    """One story's section; ``nested`` puts it under the front page (headings one deeper,
    its own sources heading)."""
    template = environment(html=False).get_template("_story.md.j2")
    anchor = f"sources-for-story-{brief.story.rank}" if nested and brief.story else "sources"
    return template.render(
        **template_context(brief),
        cell=_cell,
        h="#" if nested else "",
        sources_anchor=anchor,
        short=bool(brief.story and brief.story.short),
    )


def render_markdown(day: Day) -> str:
    """The day's brief as Markdown."""
    nested = len(day.stories) > 1
    sections = [story_markdown(b, nested=nested) for b in day.stories]
    template = environment(html=False).get_template("brief.md.j2")
    return template.render(**page_variables(day), sections=sections)
