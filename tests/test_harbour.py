"""The harbour set (seven fictional reports on a tanker grounding, the second development
set), briefed and evaluated from the local model's recordings: what the brief must get
right on articles other than the seeds."""

from __future__ import annotations

from pathlib import Path

from briefing.analysis.grounding import Grounding
from briefing.analysis.text import entities_for
from briefing.articles import load_articles
from briefing.eval.gold import dispute_score, load_gold
from briefing.eval.metrics import false_disputes, stale_led, ungrounded_prose
from briefing.eval.runner import Report
from briefing.run import RunResult
from tests.conftest import HARBOUR, ROOT

GOLD = load_gold(ROOT / "eval" / "harbour.gold.json")


def test_the_harbour_brief_finds_the_planted_disputes(harbour_run: RunResult) -> None:
    score = dispute_score(harbour_run.brief, GOLD.disputes)
    assert score.recall >= 0.7
    assert score.kind_recall >= 0.6
    assert score.odd_one_out == 1.0, "the rewrite that changed the minister is named"


def test_the_harbour_brief_makes_none_of_the_analysts_faults(harbour_run: RunResult) -> None:
    brief = harbour_run.brief
    entities = entities_for(load_articles([HARBOUR]).articles)
    assert false_disputes(brief, entities) == 0
    assert stale_led(brief) == 0
    assert ungrounded_prose(brief, Grounding(entities)) == 0
    assert "1,800" not in brief.headline
    assert "600" not in brief.headline, "a headline chosen by code takes no side"
    for sentence in brief.bottom_line.split(". "):
        if "under control" in sentence:
            assert "according to the official statement" in sentence, "the port's claim"


def test_the_pipeline_beats_the_one_call_baseline_on_harbour(
    harbour_report: tuple[Report, Path],
) -> None:
    report, folder = harbour_report
    whole, baseline = report.whole_set.b, report.baseline
    assert baseline is not None, "the harbour set fits one prompt"
    assert whole.gold_dispute_recall is not None
    assert baseline.gold_dispute_recall is not None
    assert whole.gold_dispute_recall >= baseline.gold_dispute_recall + 0.3
    assert whole.ungrounded_prose <= baseline.ungrounded_prose
    assert whole.stale_led <= baseline.stale_led
    assert (folder / "baseline.md").exists()
