"""`briefing daily` in live mode against a fake server, as the fault and input tests run it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from typer.testing import CliRunner, Result

from briefing.articles import load_articles
from briefing.cli import app
from briefing.prompting import PromptLibrary
from briefing.run.context import chunk_budget
from briefing.run.plan import plan_map
from briefing.settings import Settings
from tests.conftest import SEEDS
from tests.fakes.faults import Schedule
from tests.fakes.openai_server import FakeOpenAI, remember_port, remembered_port, serve
from tests.fakes.schema_answers import answer

DATE = "2026-01-07"


def live_daily(
    paths: Sequence[Path], url: str, out: Path, *extra: str, cache: Path | None = None
) -> Result:
    """Run `briefing daily PATHS --mode live --base-url URL` dated DATE into ``out``."""
    caching = ["--cache-dir", str(cache)] if cache is not None else []
    args = ["daily", *map(str, paths), "--mode", "live", "--base-url", url, "--date", DATE]
    return CliRunner().invoke(app, [*args, "--out", str(out), *caching, *extra])


def run_on_seeds(
    tmp_path: Path, name: str, *extra: str, schedule: Schedule | None = None
) -> tuple[Result, FakeOpenAI, Path]:
    """`briefing daily` on the seeds against a fresh fake server (faults by ``schedule``),
    with its own output and cache folders under ``tmp_path/name``; the result, the server
    and the output folder."""
    out, cache = tmp_path / name / "out", tmp_path / name / "cache"
    with serve(answer, remembered_port(tmp_path / name)) as (url, server):
        remember_port(tmp_path / name, url)
        if schedule is not None:
            server.schedule = schedule
        result = live_daily([SEEDS], url, out, *extra, cache=cache)
    return result, server, out / DATE


def seed_chunks() -> int:
    """How many chunks the active extract prompt makes of the seeds (rewrites included)."""
    settings = Settings()
    budget = chunk_budget(settings, PromptLibrary(settings.prompts_dir), {})
    return len(plan_map(load_articles([SEEDS]).articles, settings, budget))
