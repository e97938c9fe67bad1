"""`briefing daily` in live mode against a fake server, as the fault and input tests run it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from typer.testing import CliRunner, Result

from briefing.cli import app

DATE = "2026-01-07"


def live_daily(
    paths: Sequence[Path], url: str, out: Path, *extra: str, cache: Path | None = None
) -> Result:
    """Run `briefing daily PATHS --mode live --base-url URL` dated DATE into ``out``."""
    caching = ["--cache-dir", str(cache)] if cache is not None else []
    args = ["daily", *map(str, paths), "--mode", "live", "--base-url", url, "--date", DATE]
    return CliRunner().invoke(app, [*args, "--out", str(out), *caching, *extra])
