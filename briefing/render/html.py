"""brief.html: a standalone page (no external fonts, scripts or images), readable at
600 px in a mail client and on a desktop: the front page with a link to each story, then
each story's section. Autoescaped: model text is untrusted, so a ``<script>`` in an
actor's role arrives as text."""

from __future__ import annotations

from markupsafe import Markup

from briefing.brief import Brief, Day
from briefing.render.common import template_context
from briefing.render.front import page_variables
from briefing.render.templates import environment

LIKELIHOOD_WIDTH = {"low": 33, "medium": 66, "high": 100}


def story_html(brief: Brief, *, nested: bool) -> Markup:
    """One story's section (already escaped); ``nested`` puts it under the front page."""
    template = environment(html=True).get_template("_story.html.j2")
    prefix = f"{brief.story.id}-" if nested and brief.story else ""
    return Markup(
        template.render(
            **template_context(brief),
            widths=LIKELIHOOD_WIDTH,
            lvl=1 if nested else 0,
            prefix=prefix,
            short=bool(brief.story and brief.story.short),
        )
    )


def render_html(day: Day) -> str:
    """The day's brief as an HTML page."""
    nested = len(day.stories) > 1
    sections = [story_html(b, nested=nested) for b in day.stories]
    template = environment(html=True).get_template("brief.html.j2")
    return template.render(**page_variables(day), sections=sections)
