"""Deterministic metrics of one run (one variant on one set of articles)."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from briefing.brief import Brief
from briefing.eval.gold import Gold, actor_scores, dispute_recall, gold_actors_of
from briefing.llm import CallRecord
from briefing.merge import MergeResult

# Metrics where a larger value is better; the others (tokens, cost, time) are costs.
HIGHER_IS_BETTER = {
    "schema_valid_rate",
    "quote_verification_rate",
    "claims_verified",
    "actors",
    "disputed_facts",
    "scenarios",
    "gold_actor_precision",
    "gold_actor_recall",
    "gold_dispute_recall",
}


class RunMetrics(BaseModel):
    """What one run produced and cost. Gold metrics are None without a gold file."""

    schema_valid_rate: float
    reasks: int
    quote_verification_rate: float
    claims_verified: int
    actors: int
    disputed_facts: int
    scenarios: int
    calls: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None
    model_seconds: float
    gold_actor_precision: float | None = None
    gold_actor_recall: float | None = None
    gold_dispute_recall: float | None = None


def _verification(merged: MergeResult) -> float:
    verified = len(merged.claims) + len(merged.signals)
    failed = sum(d.kind in ("quote", "signal quote", "heading quote") for d in merged.dropped)
    return round(verified / (verified + failed), 6) if verified + failed else 1.0


def run_metrics(
    brief: Brief,
    merged: MergeResult,
    calls: Sequence[CallRecord],
    gold: Gold | None,
    article_ids: Sequence[str],
) -> RunMetrics:
    """Metrics of one run; gold scores when ``gold`` is given."""
    costs = [c.cost_usd for c in calls]
    metrics = RunMetrics(
        schema_valid_rate=round(sum(c.outcome == "ok" for c in calls) / len(calls), 6)
        if calls
        else 1.0,
        reasks=sum(c.ask > 1 for c in calls),
        quote_verification_rate=_verification(merged),
        claims_verified=len(merged.claims),
        actors=len(brief.actors),
        disputed_facts=len(brief.disputed_facts),
        scenarios=len(brief.outlook),
        calls=len(calls),
        prompt_tokens=sum(c.prompt_tokens for c in calls),
        completion_tokens=sum(c.completion_tokens for c in calls),
        cost_usd=None if None in costs else round(sum(c or 0.0 for c in costs), 6),
        model_seconds=round(sum(c.duration_s for c in calls), 3),
    )
    if gold is not None:
        precision, recall = actor_scores(brief.actors, gold_actors_of(gold, article_ids))
        metrics.gold_actor_precision, metrics.gold_actor_recall = precision, recall
        if len(article_ids) > 1:
            metrics.gold_dispute_recall = dispute_recall(brief, gold.disputes)
    return metrics
