"""The model a run talks to: the one injected by the caller, else the configured
endpoint's client (None without one: replay only)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from briefing.llm import ChatModel
from briefing.settings import Settings

if TYPE_CHECKING:
    from briefing.llm.adapter import OpenAIChat


@asynccontextmanager
async def endpoint(
    settings: Settings, model: ChatModel | None = None
) -> AsyncIterator[ChatModel | None]:
    """``model`` if given (left open: its owner closes it), else the configured
    endpoint's client for the duration of a run."""
    if model is not None:
        yield model
        return
    live = connect(settings)
    try:
        yield live
    finally:
        if live is not None:
            await live.aclose()


def connect(settings: Settings) -> OpenAIChat | None:
    """The configured endpoint's client, or None when no key or URL is configured."""
    if not settings.endpoint_configured():
        return None
    from briefing.llm.adapter import OpenAIChat  # noqa: PLC0415 - replays never import openai

    return OpenAIChat(settings)
