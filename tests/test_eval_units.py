"""Evaluation building blocks on small cases with known answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefing.brief import Brief
from briefing.brief.model import DisputedFact, Quote, Side
from briefing.errors import ConfigError
from briefing.eval.gold import GoldActor, GoldDispute, actor_scores, dispute_recall
from briefing.eval.judge import JudgeVerdict, Outcome, combine, judge
from briefing.eval.runner import Delta, regressions, tally
from briefing.eval.stats import Interval, bootstrap_mean, wilson
from briefing.eval.variants import parse_variant, variant_name
from briefing.llm import CallLog, StructuredCaller
from briefing.llm.recorder import Recorder, RecordingStore
from briefing.merge import Actor
from briefing.prompting import PromptLibrary
from briefing.settings import Settings
from tests.conftest import GOLDEN
from tests.fakes.models import SchemaChatModel


def test_wilson_matches_the_textbook_values() -> None:
    assert wilson(8, 10) == Interval(estimate=0.8, low=0.490162, high=0.943318)
    assert wilson(0, 5) == Interval(estimate=0.0, low=0.0, high=0.434482)
    assert wilson(0, 0) == Interval(estimate=0.0, low=0.0, high=1.0)


def test_bootstrap_is_seeded_and_brackets_the_mean() -> None:
    constant = bootstrap_mean([0.5] * 8)
    assert (constant.low, constant.estimate, constant.high) == (0.5, 0.5, 0.5)
    spread = bootstrap_mean([1.0, 2.0, 3.0, 4.0, 5.0])
    assert spread == bootstrap_mean([1.0, 2.0, 3.0, 4.0, 5.0]), "same seed, same interval"
    assert spread.low < 3.0 < spread.high
    assert (spread.low, spread.high) == (1.8, 4.2)
    assert not bootstrap_mean([1.0, 1.2, 0.9, 1.1]).covers_zero
    assert bootstrap_mean([-1.0, 1.0, -1.0, 1.0]).covers_zero


def _actor(name: str, *aliases: str) -> Actor:
    return Actor(
        id=name,
        name=name,
        aliases=list(aliases),
        kind="person",
        role="",
        stance="",
        source_ids=["a"],
        mentions=1,
    )


def test_actor_precision_and_recall_with_aliases() -> None:
    gold = [
        GoldActor(name="Diosdado Cabello", aliases=["Diosdado Cavajo"], articles=["a"]),
        GoldActor(name="Delcy Rodríguez", aliases=["Delsey Rodriguez"], articles=["a"]),
        GoldActor(name="Frank Mora", aliases=[], articles=["a"]),
    ]
    predicted = [
        _actor("Cavajo", "Diosdado Cavajo"),
        _actor("Delcy Rodriguez"),
        _actor("Elite units"),
    ]
    assert actor_scores(predicted, gold) == (0.666667, 0.666667)
    assert actor_scores([], gold) == (1.0, 0.0)


def _fact(topic: str, quote: str) -> DisputedFact:
    quotes = (quote, "a filler side")
    sides = [
        Side(
            position="p",
            source_ids=["a"],
            single_source=True,
            independent_sources=1,
            quotes=[
                Quote(
                    claim_id="C1",
                    source_id="a",
                    text=q,
                    start=0,
                    end=len(q),
                    carried_by=["a"],
                    independent_sources=1,
                )
            ],
        )
        for q in quotes
    ]
    return DisputedFact(
        topic=topic,
        kind="framing",
        sides=sides,
        better_supported=None,
        reason="r",
        cross_source=True,
    )


def test_dispute_recall_by_quote_overlap_or_topic() -> None:
    brief = Brief.model_validate_json((GOLDEN / "brief.json").read_text(encoding="utf-8"))
    gold = [
        GoldDispute(
            topic="How many Cuban security personnel",
            kind="scope difference",
            quotes=["About 140 Cuban security personnel were deployed to protect him"],
        ),
        GoldDispute(
            topic="Which US administration pressed Venezuela",
            kind="contradiction",
            quotes=["The Biden administration has been actively pressuring Venezuela"],
        ),
    ]
    brief.disputed_facts = [
        _fact(
            "Unrelated",
            "we hear that about 140 Cuban security personnel were deployed, said X",
        )
    ]
    assert dispute_recall(brief, gold) == 0.5
    brief.disputed_facts.append(
        _fact("Which US administration pressed Venezuela to cut ties", "x y")
    )
    assert dispute_recall(brief, gold) == 1.0


def _verdict(**better: str) -> JudgeVerdict:
    return JudgeVerdict.model_validate(
        {"sections": [{"section": s, "better": b, "reason": "r"} for s, b in better.items()]}
    )


SECTION_KEYS = ("bottom line", "key developments", "actors", "disputed facts", "outlook")


def _five(*values: str) -> dict[str, str]:
    return dict(zip(SECTION_KEYS, values, strict=True))


def test_a_preference_counts_only_when_both_orders_agree() -> None:
    a_first = _verdict(**_five("first", "first", "second", "tie", "first"))
    b_first = _verdict(**_five("second", "first", "first", "second", "second"))
    assert combine(a_first, b_first) == _five("A", "tie", "B", "tie", "A")


async def test_judge_runs_both_orders_through_the_recorder(tmp_path: Path) -> None:
    def always_first(payload: dict[str, Any]) -> str:
        return json.dumps(
            {"sections": [{"section": s, "better": "first", "reason": "r"} for s in SECTION_KEYS]}
        )

    model = SchemaChatModel(always_first)
    settings = Settings(model="judge", mode="live")
    caller = StructuredCaller(
        Recorder(RecordingStore(tmp_path), "live", model), settings, CallLog()
    )
    brief = Brief.model_validate_json((GOLDEN / "brief.json").read_text(encoding="utf-8"))
    other = brief.model_copy(update={"headline": "Another headline"})
    outcomes = await judge(caller, PromptLibrary().active("judge"), brief, other, "case")
    assert outcomes == _five("tie", "tie", "tie", "tie", "tie"), "a first-position bias is a tie"
    first, second = (r.messages[1].content for r in model.requests)
    assert first.index(brief.headline) < first.index("Another headline")
    assert second.index("Another headline") < second.index(brief.headline)


def test_variants() -> None:
    assert parse_variant("extract@v2, summary@v1") == {"extract": "v2", "summary": "v1"}
    assert variant_name({"summary": "v1", "extract": "v2"}) == "extract@v2,summary@v1"
    with pytest.raises(ConfigError):
        parse_variant("extract-v2")


def _delta(metric: str, low: float, high: float) -> Delta:
    interval = Interval(estimate=(low + high) / 2, low=low, high=high)
    verdict = (
        "no significant difference"
        if interval.covers_zero
        else ("B better" if low > 0 else "B worse")
    )
    return Delta(metric=metric, mean_a=0.5, mean_b=0.5, difference=interval, verdict=verdict)


def test_gate_flags_significant_regressions_on_gated_metrics_only() -> None:
    found = [
        _delta("quote_verification_rate", -0.3, -0.1),
        _delta("claims_verified", -5, -1),
        _delta("gold_actor_recall", -0.2, 0.1),
    ]
    cycle: list[Outcome] = ["A", "B", "tie"]
    even = tally(cycle * 5)
    assert regressions(found, even) == ["quote_verification_rate"]
    losses: list[Outcome] = ["A"] * 20
    wins: list[Outcome] = ["B"] * 2
    lost = losses + wins
    beaten = tally(lost)
    assert regressions([], beaten) == ["judge"]
