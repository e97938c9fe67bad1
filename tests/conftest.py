"""Test configuration: no test can reach a real model, and no outside setting leaks in."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import briefing.llm.adapter
from briefing.eval.run import run_evaluation
from briefing.eval.runner import Report
from briefing.llm import ChatRequest
from briefing.llm.recorder import CallTag, Recording, RecordingStore
from briefing.run import RunResult, run_daily
from briefing.settings import Settings
from tests.site.server import DAYS, FEEDS, serve

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
HARBOUR = ROOT / "eval" / "sets" / "harbour"
BRIDGE = ROOT / "eval" / "sets" / "bridge"
RECORDINGS = ROOT / "recordings"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from this run"
    )


@pytest.fixture(autouse=True)
def _no_real_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Run from the checkout, as users do, so [tool.briefing] in pyproject.toml applies.
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(briefing.llm.adapter, "ALLOW_MODEL_REQUESTS", False)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    for name in list(os.environ):
        if name.startswith("BRIEFING_"):
            monkeypatch.delenv(name, raising=False)
    # Each test gets its own response cache: none reads another's, or the user's.
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "response-cache"))


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def used_recordings() -> Iterator[set[str]]:
    """Keys of every recording read while this fixture is active (for the unused check)."""
    used: set[str] = set()
    original = RecordingStore.get

    def tracking(self: RecordingStore, tag: CallTag, request: ChatRequest) -> Recording | None:
        found = original(self, tag, request)
        if found is not None:
            used.add(found.key)
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(RecordingStore, "get", tracking)
        yield used


def _replayed_evaluation(folder: Path, gold: str, out: Path) -> tuple[Report, Path]:
    """The extract v1-vs-v5 evaluation of one set, replayed from the recordings."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        settings = Settings(mode="replay", recordings_dir=RECORDINGS)
        run = run_evaluation(
            settings,
            [folder],
            ({"extract": "v1"}, {"extract": "v5"}),
            gold_path=Path(gold),
            judge_model=None,
            repeats=1,
            out=out,
        )
        return asyncio.run(run)


@pytest.fixture(scope="session")
def eval_report(
    tmp_path_factory: pytest.TempPathFactory, used_recordings: set[str]
) -> tuple[Report, Path]:
    """The extract v1-vs-v5 evaluation of the seeds, replayed."""
    return _replayed_evaluation(SEEDS, "eval/seeds.gold.json", tmp_path_factory.mktemp("eval"))


@pytest.fixture(scope="session")
def harbour_report(
    tmp_path_factory: pytest.TempPathFactory, used_recordings: set[str]
) -> tuple[Report, Path]:
    """The extract v1-vs-v5 evaluation of the harbour set, replayed."""
    return _replayed_evaluation(
        HARBOUR,
        "eval/harbour.gold.json",
        tmp_path_factory.mktemp("harbour"),
    )


def _replayed_daily(
    folder: Path | list[Path], date: dt.date, out: Path, *, one_story: bool = False
) -> RunResult:
    paths = folder if isinstance(folder, list) else [folder]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        settings = Settings(mode="replay", recordings_dir=RECORDINGS, one_story=one_story)
        return asyncio.run(run_daily(settings, paths, date=date, out=out))


@pytest.fixture(scope="session")
def harbour_run(tmp_path_factory: pytest.TempPathFactory, used_recordings: set[str]) -> RunResult:
    """`briefing daily` on the harbour set (the second development set), replayed."""
    return _replayed_daily(HARBOUR, dt.date(2026, 4, 16), tmp_path_factory.mktemp("harbour"))


@pytest.fixture(scope="session")
def bridge_run(tmp_path_factory: pytest.TempPathFactory, used_recordings: set[str]) -> RunResult:
    """`briefing daily --one-story` on the held-out bridge set, replayed. Its gold makes it
    one event; the clustering, never tuned on it, puts the January piece and the content
    farm's rewrite apart (docs/stories.md), so the analysis rules are tested on the set
    as one story."""
    out = tmp_path_factory.mktemp("bridge")
    return _replayed_daily(BRIDGE, dt.date(2026, 5, 23), out, one_story=True)


# A day of three stories: the seeds (stale by April), a rail strike told by five outlets
# (a wire copy among them) and a football report no other outlet has.
DAY_PATHS = [
    SEEDS,
    *sorted((ROOT / "eval" / "stories" / "tune").glob("t-rail-0*.txt")),
    ROOT / "eval" / "stories" / "tune" / "t-single-01.txt",
]
DAY_DATE = dt.date(2026, 4, 18)


@pytest.fixture(scope="session")
def day_run(tmp_path_factory: pytest.TempPathFactory, used_recordings: set[str]) -> RunResult:
    """`briefing daily` on a day of three stories, replayed."""
    return _replayed_daily(DAY_PATHS, DAY_DATE, tmp_path_factory.mktemp("day"))


SITE_PORT = 38765


@pytest.fixture(scope="session")
def site_days(
    tmp_path_factory: pytest.TempPathFactory, used_recordings: set[str]
) -> Iterator[tuple[str, list[RunResult]]]:
    """`briefing daily --feeds` on the test site's two days, replayed from recordings;
    yields the site's address and the two runs. A fixed port: a stored article's file
    name, hence its id and its story's, includes a hash of its URL."""
    out = tmp_path_factory.mktemp("site")
    settings = Settings(mode="replay", recordings_dir=RECORDINGS)
    runs = []
    with pytest.MonkeyPatch.context() as patch, serve(port=SITE_PORT) as site:
        patch.chdir(ROOT)
        feeds = site.feeds_file(out / "feeds.txt", FEEDS[:3])
        for day in (1, 2):
            site.day = day
            run = run_daily(settings, [], date=DAYS[day], out=out, feeds=feeds)
            runs.append(asyncio.run(run))
        yield site.base, runs
