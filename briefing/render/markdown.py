"""brief.md, rendered from the Brief by a Jinja2 template shipped in the package."""

from __future__ import annotations

from briefing.brief import Brief
from briefing.render.common import template_context
from briefing.render.templates import environment


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.replace("|", "\\|").split())


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown."""
    template = environment(html=False).get_template("brief.md.j2")
    return template.render(**template_context(brief), cell=_cell)
