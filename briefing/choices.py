"""Choices the command line offers before anything heavy is imported: the model modes and
the output formats. Their one home; settings and render read them from here, so that
``briefing --version`` and ``--help`` load no pipeline module."""

from __future__ import annotations

from typing import Literal

__all__ = ["DEFAULT_FORMATS", "FORMATS", "Mode"]

Mode = Literal["auto", "replay", "record", "live"]
FORMATS = ("md", "json", "html", "eml")
DEFAULT_FORMATS = ("md", "json", "html")
