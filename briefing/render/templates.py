"""The Jinja2 environment for the packaged output templates (brief.md, brief.html)."""

from __future__ import annotations

import functools

import jinja2


@functools.cache
def environment(*, html: bool) -> jinja2.Environment:
    """Strict; autoescaped for HTML, where model text is untrusted."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("briefing.render", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
