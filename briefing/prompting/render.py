"""Render a template's ``system`` and ``user`` blocks into chat messages.

The environment is sandboxed and strict: a variable the template needs but the caller did
not pass is an error (listed up front), never an empty string. Article text only ever
enters as a variable value, so ``{{ 7*7 }}`` inside an article reaches the model as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import jinja2
import jinja2.meta
from jinja2.sandbox import ImmutableSandboxedEnvironment
from pydantic import BaseModel, ConfigDict

from briefing.errors import MissingVariables, PromptError

BLOCKS = ("system", "user")


class Message(BaseModel):
    """One chat message."""

    model_config = ConfigDict(frozen=True)

    role: Literal["system", "user", "assistant"]
    content: str


def environment() -> ImmutableSandboxedEnvironment:
    """The one Jinja2 environment prompts are rendered in."""
    return ImmutableSandboxedEnvironment(
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def compile_template(env: jinja2.Environment, name: str, source: str) -> jinja2.Template:
    """Parse a template and check it defines the system and user blocks."""
    try:
        template = env.from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        raise PromptError(f"{name}: line {exc.lineno}: {exc.message}", "fix the template") from exc
    missing = [block for block in BLOCKS if block not in template.blocks]
    if missing:
        raise PromptError(
            f"{name}: no {' or '.join(missing)} block",
            "define {% block system %} and {% block user %}",
        )
    return template


def required_variables(env: jinja2.Environment, source: str) -> set[str]:
    """Names the template reads from its context."""
    return jinja2.meta.find_undeclared_variables(env.parse(source))


def render_messages(
    name: str, template: jinja2.Template, needed: set[str], variables: Mapping[str, Any]
) -> list[Message]:
    """The system and user messages, or MissingVariables naming every absent variable."""
    missing = sorted(needed - set(variables))
    if missing:
        raise MissingVariables(
            f"prompt {name} needs {', '.join(missing)}",
            "pass these variables when rendering the prompt",
        )
    context = template.new_context(dict(variables))
    try:
        return [
            Message(role=block, content="".join(template.blocks[block](context)).strip())
            for block in BLOCKS
        ]
    except jinja2.UndefinedError as exc:
        raise MissingVariables(f"prompt {name}: {exc.message}", "pass the variable") from exc
