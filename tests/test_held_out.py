"""The bridge set: six fictional reports on a bridge collapse, written with their gold file
before any detector existed and never tuned on. Briefed from the local model's
recordings, it checks what the development sets (seeds, harbour) cannot: that the rules
set on them hold on articles they were not set on."""

from __future__ import annotations

from briefing.analysis.grounding import Grounding
from briefing.analysis.text import entities_for
from briefing.articles import load_articles
from briefing.eval.gold import actor_scores, dispute_score, gold_actors_of, load_gold
from briefing.eval.metrics import false_disputes, stale_led, ungrounded_prose
from briefing.run import RunResult
from tests.conftest import BRIDGE, ROOT

GOLD = load_gold(ROOT / "eval" / "bridge.gold.json")


def test_the_held_out_brief_makes_none_of_the_analysts_faults(bridge_run: RunResult) -> None:
    brief = bridge_run.brief
    entities = entities_for(load_articles([BRIDGE]).articles)
    assert false_disputes(brief, entities) == 0
    assert stale_led(brief) == 0
    assert ungrounded_prose(brief, Grounding(entities)) == 0
    stale = [s.id for s in brief.sources if s.stale]
    assert stale, "the engineer's January assurance is stale"
    assert all(not set(q.carried_by) <= set(stale) for q in brief.bottom_line_quotes)


def test_the_held_out_brief_as_measured(bridge_run: RunResult) -> None:
    """Measured, not tuned: 2 of 5 gold disputes (the rewrite's changed death toll, with
    the rewrite as odd one out, and the open question); actors 1.00 / 0.88 (December
    2026: the gold and the brief no longer count places as actors; against the gold as it
    was, 1.00 / 0.78, and before the place rule 0.89 / 0.89)."""
    brief = bridge_run.brief
    score = dispute_score(brief, GOLD.disputes)
    assert score.recall == 0.4
    assert score.kind_recall == 0.4
    assert score.odd_one_out == 1.0
    articles = [a.id for a in load_articles([BRIDGE]).articles]
    precision, recall = actor_scores(brief.actors, gold_actors_of(GOLD, articles))
    assert precision >= 0.85
    assert recall >= 0.85
