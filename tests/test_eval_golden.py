"""`briefing eval --a extract@v1 --b extract@v5` on the seeds, replayed, against its golden
report.json (rewrite with: pytest --update-golden)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from typer.testing import CliRunner

from briefing.cli import app
from briefing.eval.runner import Report
from tests.conftest import GOLDEN

GOLDEN_REPORT = GOLDEN / "eval" / "report.json"


def test_replayed_eval_reproduces_the_golden_report(
    eval_report: tuple[Report, Path], update_golden: bool
) -> None:
    _, folder = eval_report
    produced = (folder / "report.json").read_text(encoding="utf-8")
    if update_golden:
        GOLDEN_REPORT.parent.mkdir(exist_ok=True)
        GOLDEN_REPORT.write_text(produced, encoding="utf-8")
    assert produced == GOLDEN_REPORT.read_text(encoding="utf-8")
    assert sorted(p.name for p in folder.iterdir()) == [
        "a.md",
        "b.md",
        "baseline.md",
        "report.html",
        "report.json",
        "report.md",
    ]


def test_report_has_every_part(eval_report: tuple[Report, Path]) -> None:
    report, folder = eval_report
    assert len(report.cases) == 5
    assert {d.metric for d in report.deltas} >= {
        "quote_verification_rate",
        "schema_valid_rate",
        "gold_actor_recall",
        "prompt_tokens",
    }
    overall = report.judge_overall
    assert overall.wins + overall.ties + overall.losses == 5 * 5
    assert report.whole_set.a.gold_dispute_recall is not None
    assert report.baseline is not None, "the seeds fit one prompt"
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html
    assert "<script" not in html
    assert json.loads((folder / "report.json").read_text())["b"] == "extract@v5"


def test_eval_command_runs_offline_in_seconds(tmp_path: Path) -> None:
    started = time.monotonic()
    result = CliRunner().invoke(
        app, ["eval", "--a", "extract@v1", "--b", "extract@v5", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 10
    assert "report written to" in result.stdout
    produced = next(tmp_path.glob("*/report.json")).read_text(encoding="utf-8")
    assert produced == GOLDEN_REPORT.read_text(encoding="utf-8")


def test_repeats_report_their_spread(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--repeats", "2", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    report = json.loads(next(tmp_path.glob("*/report.json")).read_text(encoding="utf-8"))
    assert report["repeat_spread"]["claims_verified"] == 0.0, "replays are identical"
