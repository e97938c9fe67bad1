"""Evaluation building blocks on small cases with known answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefing.brief import Day
from briefing.brief.model import DisputedFact, Side
from briefing.errors import ConfigError
from briefing.eval.gold import GoldActor, GoldDispute, actor_scores, dispute_recall, dispute_score
from briefing.eval.judge import JudgeVerdict, Outcome, Verdicts, combine, judge, position_bias
from briefing.eval.metrics import RunMetrics
from briefing.eval.real import clause_around
from briefing.eval.runner import CaseResult, Delta, regressions, tally
from briefing.eval.stats import Interval, bootstrap_mean, wilson
from briefing.eval.variants import parse_variant, variant_name
from briefing.llm import CallLog, StructuredCaller
from briefing.llm.recorder import Recorder, RecordingStore
from briefing.merge import Actor
from briefing.prompting import PromptLibrary
from briefing.settings import Settings
from tests import factories
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


def _fact(topic: str, quote: str, other: str = "a filler side") -> DisputedFact:
    quotes = (quote, other)
    sides = [
        Side(
            position="p",
            source_ids=["a"],
            single_source=True,
            independent_sources=1,
            quotes=[factories.quote(q)],
        )
        for q in quotes
    ]
    return DisputedFact(
        topic=topic,
        kind="framing",
        detector="test",
        evidence="",
        sides=sides,
        better_supported=None,
        reason="r",
        cross_source=True,
        odd_one_out=None,
    )


PERSONNEL = GoldDispute(
    topic="How many Cuban security personnel",
    kind="scope difference",
    sides=[
        ["About 140 Cuban security personnel were deployed to protect him"],
        ["around 25,000 Cuban soldiers, bodyguards, and intelligence agents"],
    ],
)
ADMINISTRATION = GoldDispute(
    topic="Which US administration pressed Venezuela",
    kind="contradiction",
    sides=[
        ["a key goal of the Trump administration"],
        ["The Biden administration has been actively pressuring Venezuela"],
    ],
    odd_one_out="004",
)


def test_a_gold_dispute_is_recalled_only_with_both_sides_matched_one_to_one() -> None:
    brief = Day.model_validate_json((GOLDEN / "brief.json").read_text(encoding="utf-8")).lead
    gold = [PERSONNEL, ADMINISTRATION]
    one_side = _fact(
        "Which US administration pressed Venezuela",  # the topic alone counts for nothing
        "we hear that about 140 Cuban security personnel were deployed to protect him, said X",
        "an unrelated sentence about the weather in the region",
    )
    brief.disputed_facts = [one_side]
    assert dispute_recall(brief, gold) == 0.0
    both = _fact(
        "t",
        "it was a key goal of the Trump administration since then",
        "The Biden administration has been actively pressuring Venezuela to sever ties",
    )
    brief.disputed_facts = [both, both]
    score = dispute_score(brief, gold)
    assert score.recall == 0.5, "one predicted dispute counts for one gold dispute"
    assert score.kind_recall == 0.0, "framing is not the gold's contradiction"
    assert score.by_kind == {"contradiction": 1.0, "scope difference": 0.0}
    assert score.odd_one_out == 0.0
    both.odd_one_out, both.kind = "004", "contradiction"
    score = dispute_score(brief, gold)
    assert (score.kind_recall, score.odd_one_out) == (0.5, 1.0)


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
    brief = Day.model_validate_json((GOLDEN / "brief.json").read_text(encoding="utf-8")).lead
    other = brief.model_copy(update={"headline": "Another headline"})
    judged = await judge(caller, PromptLibrary().active("judge"), brief, other, "case")
    assert judged.outcomes == _five("tie", "tie", "tie", "tie", "tie"), "first-position bias"
    bias = position_bias(judged.verdicts)
    assert bias.inconclusive
    assert bias.note == "judge inconclusive: it picked the first brief in 10 of 10 verdicts"
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
    biased = position_bias([Verdicts(section="s", a_first="first", b_first="first")] * 6)
    assert regressions([], beaten, bias=biased) == [], "an inconclusive judge gates nothing"


def test_a_judge_that_reads_content_is_conclusive() -> None:
    content = [Verdicts(section="s", a_first="first", b_first="second")] * 6
    bias = position_bias(content)
    assert not bias.inconclusive
    assert bias.position_following == 0


async def test_the_baseline_brief_keeps_only_verbatim_quotes(tmp_path: Path) -> None:
    import datetime as dt

    from briefing.analysis.text import entities_for
    from briefing.articles import load_articles
    from briefing.eval.baseline import baseline_brief, fits
    from briefing.eval.metrics import brief_metrics
    from tests.conftest import SEEDS

    articles = load_articles([SEEDS]).articles
    assert fits(articles)
    real = "Washington has also blockaded Venezuela from shipping oil to Cuba since December"
    answer = {
        "headline": "Trump ends the Cuban alliance",
        "bottom_line": "Trump ended it. Biden watched.",
        "bottom_line_quotes": [{"source": "internewscast.com", "quote": real}],
        "developments": [{"headline": "h", "source": "A2", "quote": "invented words here today"}],
        "actors": [{"name": "Cuba", "kind": "country", "role": "", "stance": ""}],
        "disputes": [
            {
                "topic": "t",
                "kind": "contradiction",
                "first_source": "A2",
                "first_quote": real,
                "second_source": "A3",
                "second_quote": "words that no article has written",
            }
        ],
        "scenarios": [],
    }
    model = SchemaChatModel(lambda _: json.dumps(answer))
    caller = StructuredCaller(
        Recorder(RecordingStore(tmp_path), "live", model), Settings(mode="live"), CallLog()
    )
    prompt = PromptLibrary().active("baseline")
    run = await baseline_brief(
        caller, prompt, articles, sources=[], date=dt.date(2026, 1, 7), model="m"
    )
    # Named by outlet, not label: the baseline gets the benefit of the doubt.
    assert [q.text for q in run.brief.bottom_line_quotes] == [real]
    assert run.brief.bottom_line_quotes[0].source_id == articles[1].id
    assert run.brief.key_developments == [], "an invented quote is dropped"
    assert run.brief.disputed_facts == [], "a side whose quote no article has"
    assert (run.verified, run.failed) == (2, 2)
    [request] = model.requests
    assert request.messages[1].content.count("<article id=") == len(articles)
    metrics = brief_metrics(
        run.brief,
        verification=0.4,
        claims=2,
        calls=[],
        gold=None,
        article_ids=[a.id for a in articles],
        entities=entities_for(articles),
    )
    assert metrics.ungrounded_prose >= 2, "Trump and Biden are not in the quote"


def _metrics(**fields: float) -> RunMetrics:
    base: dict[str, float | None] = dict.fromkeys(RunMetrics.model_fields, 0)
    base.update(cost_usd=None, dispute_recall_by_kind=None, proposals_rejected=None, **fields)
    return RunMetrics.model_validate(base)


def test_the_whole_set_gates_any_step_back_on_a_gold_metric_or_a_fault() -> None:
    even = tally(["tie"] * 5)
    a = _metrics(gold_actor_recall=0.9, gold_dispute_recall=0.5, stale_led=0)
    b = _metrics(gold_actor_recall=0.8, gold_dispute_recall=0.6, stale_led=1)
    whole = CaseResult(case="all", a=a, b=b, judge={}, verdicts=[])
    assert regressions([], even, whole) == [
        "gold_actor_recall (whole set)",
        "stale_led (whole set)",
    ]
    same = CaseResult(case="all", a=a, b=a, judge={}, verdicts=[])
    assert regressions([], even, same) == []


def test_a_real_dispute_side_is_matched_by_the_clause_holding_its_position() -> None:
    """A side's quote may be a list of purchases; what the side says is its own entry."""
    listed = "Moss spent $2,306.08 at Pine Hill, $3,544.00 at a boutique, and $5,687.75 at a lodge."
    assert clause_around(listed, "$3,544.00") == " $3,544.00 at a boutique"
    assert clause_around(listed, "not written") == listed
    assert clause_around("Passed on Tuesday.", "Tuesday") == "Passed on Tuesday."
    # A comma between digits ends no clause; "40" is not found inside "140"; a clause of
    # a word or two is no account of a side, so the whole quote stands.
    assert clause_around("Moss spent $3,544 on 1,200 items; then left", "$3,544") == (
        "Moss spent $3,544 on 1,200 items"
    )
    assert clause_around("About 140 Cuban officers, and 40 more", "40") == " and 40 more"
    assert clause_around("Officers, 32, were hurt", "32") == "Officers, 32, were hurt"
