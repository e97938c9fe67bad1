"""Run an evaluation: both variants on the same articles, through the same recorder.

Cases are the articles, each briefed on its own by A and by B (paired per-article
metrics, judged per article); the whole set is also briefed once by each variant, for
what needs several sources (disputed facts, gold dispute recall, the field-level diff)
and judged as one more pair, reported apart because it is a single case.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel

from briefing.articles import Article
from briefing.brief import Brief
from briefing.eval.diff import FieldDiff, diff_briefs
from briefing.eval.gold import Gold
from briefing.eval.judge import SECTIONS, Outcome, judge
from briefing.eval.metrics import HIGHER_IS_BETTER, RunMetrics, run_metrics
from briefing.eval.stats import Interval, bootstrap_mean, wilson
from briefing.eval.variants import variant_name
from briefing.llm import CallLog, ChatModel, StructuredCaller
from briefing.pipeline import NoProgress, Pipeline, load
from briefing.settings import Settings

ALL = "all articles"
GATED = ("quote_verification_rate", "gold_actor_recall", "judge")


class CaseResult(BaseModel):
    """One case: its metrics under A and B and the judge's per-section outcomes."""

    case: str
    a: RunMetrics
    b: RunMetrics
    judge: dict[str, Outcome]


class Delta(BaseModel):
    """B minus A for one metric over the article cases."""

    metric: str
    mean_a: float
    mean_b: float
    difference: Interval
    verdict: str


class JudgeTally(BaseModel):
    """B's wins, ties and losses against A, with Wilson intervals for win and loss share."""

    wins: int
    ties: int
    losses: int
    win_share: Interval
    loss_share: Interval


class Report(BaseModel):
    """Everything an evaluation found."""

    name: str
    a: str
    b: str
    judge_prompt: str
    articles: list[str]
    gold: str | None
    cases: list[CaseResult]
    whole_set: CaseResult
    deltas: list[Delta]
    judge_overall: JudgeTally
    judge_by_section: dict[str, JudgeTally]
    judge_by_article: dict[str, JudgeTally]
    diff: FieldDiff
    repeat_spread: dict[str, float]
    regressions: list[str]


def tally(outcomes: Sequence[Outcome]) -> JudgeTally:
    """Count B's wins/ties/losses; Wilson intervals over all comparisons."""
    wins, losses = outcomes.count("B"), outcomes.count("A")
    total = len(outcomes)
    return JudgeTally(
        wins=wins,
        ties=total - wins - losses,
        losses=losses,
        win_share=wilson(wins, total),
        loss_share=wilson(losses, total),
    )


def _verdict(metric: str, interval: Interval) -> str:
    if interval.covers_zero:
        return "no significant difference"
    better = (interval.low > 0) == (metric in HIGHER_IS_BETTER)
    return "B better" if better else "B worse"


def deltas(cases: Sequence[CaseResult]) -> list[Delta]:
    """Per-metric paired differences (B - A) with bootstrap intervals."""
    found = []
    for metric in RunMetrics.model_fields:
        pairs = [(getattr(c.a, metric), getattr(c.b, metric)) for c in cases]
        pairs = [(a, b) for a, b in pairs if a is not None and b is not None]
        if not pairs:
            continue
        interval = bootstrap_mean([b - a for a, b in pairs])
        found.append(
            Delta(
                metric=metric,
                mean_a=round(sum(a for a, _ in pairs) / len(pairs), 6),
                mean_b=round(sum(b for _, b in pairs) / len(pairs), 6),
                difference=interval,
                verdict=_verdict(metric, interval),
            )
        )
    return found


def regressions(found: Sequence[Delta], overall: JudgeTally) -> list[str]:
    """Gated metrics on which B is significantly worse. The judge gates when B's losses
    are significantly more than its wins: the Wilson intervals of the two shares do not
    overlap."""
    worse = [d.metric for d in found if d.metric in GATED and d.verdict == "B worse"]
    if overall.loss_share.low > overall.win_share.high:
        worse.append("judge")
    return worse


class Evaluation:
    """Runs the cases for variants A and B."""

    def __init__(
        self,
        settings: Settings,
        live: ChatModel | None,
        variants: tuple[Mapping[str, str], Mapping[str, str]],
        gold: Gold | None,
        judge_model: str | None,
    ) -> None:
        self.settings, self.gold = settings, gold
        self.pipelines = [Pipeline(settings, live, v) for v in variants]
        judge_settings = settings.model_copy(update={"model": judge_model or settings.model})
        recorder = self.pipelines[0].recorder
        self.judge_caller = StructuredCaller(recorder, judge_settings, CallLog())
        self.judge_prompt = self.pipelines[0].library.active("judge")

    async def _brief(self, side: int, articles: Sequence[Article]) -> tuple[Brief, RunMetrics]:
        log = CallLog()
        # Dated by the articles, never by today, so a replayed report is the same every day.
        date = max((a.published for a in articles if a.published), default=dt.date(2026, 1, 1))
        run = await self.pipelines[side].brief(articles, date, log, NoProgress())
        ids = [a.id for a in articles]
        return run.brief, run_metrics(run.brief, run.merged, log.records, self.gold, ids)

    async def case(self, name: str, articles: Sequence[Article]) -> tuple[CaseResult, FieldDiff]:
        """Both variants on ``articles``, judged in both orders."""
        (brief_a, metrics_a), (brief_b, metrics_b) = await asyncio.gather(
            self._brief(0, articles), self._brief(1, articles)
        )
        outcomes = await judge(self.judge_caller, self.judge_prompt, brief_a, brief_b, name)
        result = CaseResult(case=name, a=metrics_a, b=metrics_b, judge=outcomes)
        return result, diff_briefs(brief_a, brief_b)


def _spread(repeats: Sequence[Sequence[CaseResult]]) -> dict[str, float]:
    """Largest difference between repeats in each metric's mean over cases, for B."""
    spread: dict[str, float] = {}
    for metric in RunMetrics.model_fields:
        means = []
        for cases in repeats:
            values = [getattr(c.b, metric) for c in cases if getattr(c.b, metric) is not None]
            if values:
                means.append(sum(values) / len(values))
        if means:
            spread[metric] = round(max(means) - min(means), 6)
    return spread


async def evaluate(
    settings: Settings,
    paths: Sequence[Path],
    variants: tuple[dict[str, str], dict[str, str]],
    *,
    live: ChatModel | None,
    gold: Gold | None = None,
    gold_path: str | None = None,
    judge_model: str | None = None,
    repeats: int = 1,
) -> Report:
    """Evaluate variant B against A on the articles under ``paths``."""
    articles = load(paths).articles
    evaluation = Evaluation(settings, live, variants, gold, judge_model)
    runs = []
    for _ in range(repeats):
        done = await asyncio.gather(*(evaluation.case(a.id, [a]) for a in articles))
        runs.append([result for result, _ in done])
    cases = runs[0]
    whole, diff = await evaluation.case(ALL, articles)
    outcomes = [c.judge[s] for c in cases for s in SECTIONS]
    found = deltas(cases)
    overall = tally(outcomes)
    a_name, b_name = (variant_name(v) for v in variants)
    return Report(
        name=f"{a_name}-vs-{b_name}",
        a=a_name,
        b=b_name,
        judge_prompt=f"{evaluation.judge_prompt.name} {evaluation.judge_prompt.sha256[:12]}",
        articles=[a.id for a in articles],
        gold=gold_path,
        cases=cases,
        whole_set=whole,
        deltas=found,
        judge_overall=overall,
        judge_by_section={s: tally([c.judge[s] for c in cases]) for s in SECTIONS},
        judge_by_article={c.case: tally(list(c.judge.values())) for c in cases},
        diff=diff,
        repeat_spread=_spread(runs) if repeats > 1 else {},
        regressions=regressions(found, overall),
    )
