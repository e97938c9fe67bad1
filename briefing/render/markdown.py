"""brief.md, rendered from the day's Brief by Jinja2 templates shipped in the package: the
front page (on a day of several stories), then each story's section."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from briefing.brief import Brief, Day, Delta
from briefing.render.common import template_context
from briefing.render.front import page_variables
from briefing.render.templates import environment, inert


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.replace("|", "\\|").split())


def _inert(value: Any) -> Any:
    if isinstance(value, str):
        return inert(value)
    if isinstance(value, list):
        return [_inert(v) for v in value]
    if isinstance(value, dict):
        return {k: _inert(v) for k, v in value.items()}
    return value


def _shown(brief: Brief) -> Brief:
    """The brief as brief.md shows it: every text inert (brief.json keeps it verbatim)."""
    return Brief.model_validate(_inert(brief.model_dump()))


def _link(url: str | None) -> str:
    """A link target for an http(s) URL (as brief.md shows it), else ""."""
    if not url:
        return ""
    plain = re.sub(r"\\(.)", r"\1", url)
    if not plain.startswith(("https://", "http://")):
        return ""
    return quote(plain, safe=":/?#[]@!$&'*+,;=%-._~")


def story_markdown(brief: Brief, *, nested: bool) -> str:
    """One story's section; ``nested`` puts it under the front page (headings one deeper,
    its own sources heading)."""
    return _section(_shown(brief), nested=nested)


def _section(brief: Brief, *, nested: bool) -> str:
    """The section of a brief already made inert."""
    template = environment(html=False).get_template("_story.md.j2")
    anchor = f"sources-for-story-{brief.story.rank}" if nested and brief.story else "sources"
    return template.render(
        **template_context(brief),
        cell=_cell,
        link=_link,
        h="#" if nested else "",
        sources_anchor=anchor,
        short=bool(brief.story and brief.story.short),
    )


def render_markdown(day: Day) -> str:
    """The day's brief as Markdown."""
    nested = len(day.stories) > 1
    shown = day.model_copy(update={"stories": [_shown(b) for b in day.stories]})
    sections = [_section(b, nested=nested) for b in shown.stories]
    template = environment(html=False).get_template("brief.md.j2")
    return template.render(**page_variables(shown), sections=sections)


def since_markdown(delta: Delta) -> str:
    """The "Since" section alone (``briefing diff``)."""
    template = environment(html=False).from_string(
        '{% from "_since.md.j2" import since_section %}{{ since_section(delta, "") }}'
    )
    return template.render(delta=delta).strip()
