"""The Jinja2 environment for the packaged output templates (brief.md, brief.html)."""

from __future__ import annotations

import functools
import re

import jinja2

from briefing.articles import nested


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` with the noun in the right number: "1 claim", "9 claims"."""
    return f"{n} {one if n == 1 else many or one + 's'}"


# What in article or model text would be read as Markdown or HTML rather than shown: a tag
# (<script>, <img onerror=...>), a link or image ([x](javascript:...)), and a line break
# that lets a quote start a heading or leave its blockquote.
_ACTIVE = re.compile(r"([<>\[\]\\`])")


def inert(text: str) -> str:
    """``text`` on one line, with Markdown's active characters escaped."""
    return _ACTIVE.sub(r"\\\1", " ".join(text.split()))


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
    env.filters["nested"] = nested
    # Text from articles and the model in Markdown: on one line, tags and links escaped.
    env.filters["inert"] = (lambda text: text) if html else inert
    return env
