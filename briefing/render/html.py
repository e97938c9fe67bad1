"""brief.html: a standalone page (no external fonts, scripts or images), readable at
600 px in a mail client and on a desktop. Autoescaped: model text is untrusted, so a
``<script>`` in an actor's role arrives as text."""

from __future__ import annotations

import functools

import jinja2

from briefing.brief import Brief

LIKELIHOOD_WIDTH = {"low": 33, "medium": 66, "high": 100}


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("briefing.render", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(brief: Brief) -> str:
    """The brief as an HTML page."""
    labels = {source.id: source.label for source in brief.sources}
    template = _environment().get_template("brief.html.j2")
    return template.render(brief=brief, labels=labels, widths=LIKELIHOOD_WIDTH)
