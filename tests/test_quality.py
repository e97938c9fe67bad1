"""The code standards CI holds: ruff check, ruff format and mypy --strict are clean."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

TARGETS = ["briefing", "tests", "scripts", "benchmarks"]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "command",
    [("ruff", "check", *TARGETS), ("ruff", "format", "--check", *TARGETS)],
    ids=["ruff-check", "ruff-format"],
)
def test_ruff(command: tuple[str, ...]) -> None:
    if shutil.which("ruff") is None and not (ROOT / ".venv/bin/ruff").exists():
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    result = _run(sys.executable, "-m", *command)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_setting_is_documented_in_the_readme() -> None:
    from briefing.settings import Settings

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [f for f in Settings.model_fields if f"`{f}`" not in readme] == []
