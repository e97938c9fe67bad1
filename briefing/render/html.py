"""brief.html: a standalone page (no external fonts, scripts or images), readable at
600 px in a mail client and on a desktop. Autoescaped: model text is untrusted, so a
``<script>`` in an actor's role arrives as text."""

from __future__ import annotations

from briefing.brief import Brief
from briefing.render.common import template_context
from briefing.render.templates import environment

LIKELIHOOD_WIDTH = {"low": 33, "medium": 66, "high": 100}


def render_html(brief: Brief) -> str:
    """The brief as an HTML page."""
    template = environment(html=True).get_template("brief.html.j2")
    return template.render(**template_context(brief), widths=LIKELIHOOD_WIDTH)
