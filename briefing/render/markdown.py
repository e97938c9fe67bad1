"""brief.md, rendered from the Brief by a Jinja2 template shipped in the package."""

from __future__ import annotations

import functools

import jinja2

from briefing.brief import Brief


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.replace("|", "\\|").split())


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("briefing.render", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cell"] = _cell
    return env


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown."""
    labels = {source.id: source.label for source in brief.sources}

    def src(ids: list[str]) -> str:
        return ", ".join(labels[i] for i in ids)

    template = _environment().get_template("brief.md.j2")
    return template.render(brief=brief, labels=labels, src=src)
