"""The Jinja2 environment for the packaged output templates (brief.md, brief.html)."""

from __future__ import annotations

import functools

import jinja2


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` with the noun in the right number: "1 claim", "9 claims"."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _inert(text: str) -> str:
    from briefing.render.markdown import inert  # noqa: PLC0415 - markdown imports this module

    return inert(text)


@functools.cache
def environment(*, html: bool) -> jinja2.Environment:
    """Strict; autoescaped for HTML, where model text is untrusted."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("briefing.render", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["counted"] = counted
    # Text from articles and the model in Markdown: on one line, tags and links escaped.
    env.filters["inert"] = (lambda text: text) if html else _inert
    return env
