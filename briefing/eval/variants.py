"""A variant maps stage -> prompt version ("extract@v2,disputes@v1"); stages not named use
the active versions in prompts/active.toml."""

from __future__ import annotations

import re

from briefing.errors import ConfigError

_ITEM = re.compile(r"^(?P<stage>[a-z_]+)@(?P<version>[\w.-]+)$")


def parse_variant(text: str) -> dict[str, str]:
    """'extract@v2,summary@v1' -> {'extract': 'v2', 'summary': 'v1'}."""
    variant: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        match = _ITEM.match(item)
        if not match:
            raise ConfigError(
                f"variant {text!r}: {item!r} is not stage@version", "write e.g. extract@v2"
            )
        variant[match["stage"]] = match["version"]
    if not variant:
        raise ConfigError(f"variant {text!r} names no stage", "write e.g. extract@v2")
    return variant


def variant_name(variant: dict[str, str]) -> str:
    """'extract@v2' (stable order), for folder names and reports."""
    return ",".join(f"{stage}@{version}" for stage, version in sorted(variant.items()))
