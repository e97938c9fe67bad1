"""Run an evaluation: both variants on the same articles, through the same recorder.

Cases are the articles, each briefed on its own by A and by B (paired per-article
metrics, judged per article); the whole set is also briefed once by each variant, for
what needs several sources (disputed facts, gold dispute recall, corroboration, the
field-level diff) and judged as one more pair, reported apart because it is a single
case. Beside them, the one-call baseline briefs the whole set (briefing.eval.baseline),
so every report shows what the pipeline adds over the simplest alternative.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel

from briefing.analysis import entities_for
from briefing.articles import Article, load_usable, near_duplicate_groups
from briefing.brief import Brief
from briefing.eval.baseline import baseline_brief, fits
from briefing.eval.diff import FieldDiff, diff_briefs
from briefing.eval.gold import Gold
from briefing.eval.judge import SECTIONS, JudgeBias, Outcome, Verdicts, judge, position_bias
from briefing.eval.metrics import (
    FAULT_METRICS,
    FAULTS,
    GOLD_METRICS,
    HIGHER_IS_BETTER,
    RunMetrics,
    brief_metrics,
    run_metrics,
    verification_rate,
)
from briefing.eval.stats import Interval, bootstrap_mean, wilson
from briefing.eval.variants import variant_name
from briefing.llm import CallLog, ChatModel, StructuredCaller
from briefing.run import EVAL_STAGES, NoProgress, RunContext, brief_story, plan_story
from briefing.settings import Settings
from briefing.sources import profile_sources
from briefing.stories import one_story

ALL = "all articles"
GATED = ("quote_verification_rate", "gold_actor_recall", "judge")
# Whole-set metrics the gate also covers: a single case, so any step back counts. Every
# gold metric is here: a cheaper or faster B that loses one does not pass.
WHOLE_SET_GATED = (*GOLD_METRICS, *FAULT_METRICS)


class CaseResult(BaseModel):
    """One case: its metrics under A and B, the judge's per-section outcomes and the raw
    verdicts of both orders."""

    case: str
    a: RunMetrics
    b: RunMetrics
    judge: dict[str, Outcome]
    verdicts: list[Verdicts]


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
    baseline: RunMetrics | None
    baseline_note: str
    deltas: list[Delta]
    judge_overall: JudgeTally
    judge_bias: JudgeBias
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
        pairs = [
            (a, b) for a, b in pairs if isinstance(a, int | float) and isinstance(b, int | float)
        ]
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


def _whole_set_worse(whole: CaseResult) -> list[str]:
    worse = []
    for metric in WHOLE_SET_GATED:
        a, b = getattr(whole.a, metric), getattr(whole.b, metric)
        if a is None or b is None:
            continue
        if (metric in FAULTS and b > a) or (metric not in FAULTS and b < a):
            worse.append(f"{metric} (whole set)")
    return worse


def regressions(
    found: Sequence[Delta],
    overall: JudgeTally,
    whole: CaseResult | None = None,
    bias: JudgeBias | None = None,
) -> list[str]:
    """Gated metrics on which B is worse: per-article metrics significantly so; on the
    whole set (one case) any step back on a gold metric (actors, disputes, odd one out,
    corroboration) or a fault (false disputes, a stale-led bottom line, ungrounded
    prose). The judge gates when B's losses are significantly more than its wins (the
    Wilson intervals of the two shares do not overlap), unless it is inconclusive (it
    followed position, not content)."""
    worse = [d.metric for d in found if d.metric in GATED and d.verdict == "B worse"]
    if whole is not None:
        worse += _whole_set_worse(whole)
    conclusive = bias is None or not bias.inconclusive
    if conclusive and overall.loss_share.low > overall.win_share.high:
        worse.append("judge")
    return worse


class Evaluation:
    """Runs the cases for variants A and B, and the baseline on the whole set."""

    def __init__(
        self,
        settings: Settings,
        live: ChatModel | None,
        variants: tuple[Mapping[str, str], Mapping[str, str]],
        gold: Gold | None,
        judge_model: str | None,
    ) -> None:
        # A variant scored on what it happened to finish would be compared unfairly: a
        # failed chunk fails the evaluation.
        settings = settings.model_copy(update={"allow_partial": False})
        self.settings, self.gold = settings, gold
        self.contexts = [RunContext.create(settings, live, v, EVAL_STAGES) for v in variants]
        judge_settings = settings.model_copy(update={"model": judge_model or settings.model})
        first = self.contexts[0]
        self.judge_caller = StructuredCaller(first.recorder, judge_settings, CallLog())
        self.judge_prompt = first.library.get("judge", first.versions["judge"])
        self.baseline_prompt = first.library.get("baseline", first.versions["baseline"])

    @staticmethod
    def date(articles: Sequence[Article]) -> dt.date:
        """Dated by the articles, never by today, so a replayed report is the same every day."""
        return max((a.published for a in articles if a.published), default=dt.date(2026, 1, 1))

    async def _brief(self, side: int, articles: Sequence[Article]) -> tuple[Brief, RunMetrics]:
        log = CallLog()
        ctx, date = self.contexts[side], self.date(articles)
        plan = plan_story(ctx, one_story(articles, self.settings, date))
        run = await brief_story(ctx, plan, date, log, NoProgress())
        metrics = run_metrics(
            run.brief,
            run.merged,
            calls=log.records,
            gold=self.gold,
            article_ids=[a.id for a in articles],
            entities=run.analysis.context.entities,
        )
        return run.brief, metrics

    async def case(
        self, name: str, articles: Sequence[Article]
    ) -> tuple[CaseResult, FieldDiff, tuple[Brief, Brief]]:
        """Both variants on ``articles``, judged in both orders."""
        (brief_a, metrics_a), (brief_b, metrics_b) = await asyncio.gather(
            self._brief(0, articles), self._brief(1, articles)
        )
        judged = await judge(self.judge_caller, self.judge_prompt, brief_a, brief_b, name)
        result = CaseResult(
            case=name, a=metrics_a, b=metrics_b, judge=judged.outcomes, verdicts=judged.verdicts
        )
        return result, diff_briefs(brief_a, brief_b), (brief_a, brief_b)

    async def baseline(
        self, articles: Sequence[Article]
    ) -> tuple[Brief | None, RunMetrics | None, str]:
        """The one-call baseline on the whole set, its metrics, and a note when skipped."""
        if not fits(articles):
            return None, None, "skipped: the articles do not fit one prompt"
        log = CallLog()
        caller = StructuredCaller(self.contexts[0].recorder, self.settings, log)
        date = self.date(articles)
        groups = near_duplicate_groups(articles, self.settings.rewrite_share)
        sources = profile_sources(articles, groups, date, self.settings.stale_after_days)
        run = await baseline_brief(
            caller,
            self.baseline_prompt,
            articles,
            sources=sources,
            date=date,
            model=self.settings.model,
        )
        metrics = brief_metrics(
            run.brief,
            verification=verification_rate(run.verified, run.failed),
            claims=run.verified,
            calls=log.records,
            gold=self.gold,
            article_ids=[a.id for a in articles],
            entities=entities_for(articles),
        )
        return run.brief, metrics, f"{self.baseline_prompt.name}, one call"


def _spread(repeats: Sequence[Sequence[CaseResult]]) -> dict[str, float]:
    """Largest difference between repeats in each metric's mean over cases, for B."""
    spread: dict[str, float] = {}
    for metric in RunMetrics.model_fields:
        means = []
        for cases in repeats:
            values = [
                getattr(c.b, metric) for c in cases if isinstance(getattr(c.b, metric), int | float)
            ]
            if values:
                means.append(sum(values) / len(values))
        if means:
            spread[metric] = round(max(means) - min(means), 6)
    return spread


class Briefs(BaseModel):
    """The whole set's briefs by A, B and the baseline, to read side by side."""

    a: Brief
    b: Brief
    baseline: Brief | None


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
) -> tuple[Report, Briefs]:
    """Evaluate variant B against A (and the baseline) on the articles under ``paths``."""
    articles = load_usable(paths, settings).articles
    evaluation = Evaluation(settings, live, variants, gold, judge_model)
    runs = []
    for _ in range(repeats):
        done = await asyncio.gather(*(evaluation.case(a.id, [a]) for a in articles))
        runs.append([result for result, _, _ in done])
    cases = runs[0]
    (whole, diff, (brief_a, brief_b)), (baseline, baseline_metrics, note) = await asyncio.gather(
        evaluation.case(ALL, articles), evaluation.baseline(articles)
    )
    outcomes = [c.judge[s] for c in cases for s in SECTIONS]
    bias = position_bias([v for c in [*cases, whole] for v in c.verdicts])
    found = deltas(cases)
    overall = tally(outcomes)
    a_name, b_name = (variant_name(v) for v in variants)
    report = Report(
        name=f"{a_name}-vs-{b_name}",
        a=a_name,
        b=b_name,
        judge_prompt=f"{evaluation.judge_prompt.name} {evaluation.judge_prompt.sha256[:12]}",
        articles=[a.id for a in articles],
        gold=gold_path,
        cases=cases,
        whole_set=whole,
        baseline=baseline_metrics,
        baseline_note=note,
        deltas=found,
        judge_overall=overall,
        judge_bias=bias,
        judge_by_section={s: tally([c.judge[s] for c in cases]) for s in SECTIONS},
        judge_by_article={c.case: tally(list(c.judge.values())) for c in cases},
        diff=diff,
        repeat_spread=_spread(runs) if repeats > 1 else {},
        regressions=regressions(found, overall, whole, bias),
    )
    return report, Briefs(a=brief_a, b=brief_b, baseline=baseline)
