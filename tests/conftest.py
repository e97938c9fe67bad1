"""Test configuration: no test can reach a real model, and no outside setting leaks in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import briefing.llm.adapter

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RECORDINGS = ROOT / "recordings"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from this run"
    )


@pytest.fixture(autouse=True)
def _no_real_models(monkeypatch: pytest.MonkeyPatch) -> None:
    # Run from the checkout, as users do, so [tool.briefing] in pyproject.toml applies.
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(briefing.llm.adapter, "ALLOW_MODEL_REQUESTS", False)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    for name in list(os.environ):
        if name.startswith("BRIEFING_"):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
