"""Deterministic metrics of one run (one variant, or the baseline, on one set of articles).

Besides counts and costs, each brief is checked as an analyst would check it:

- ``false_disputes``: disputed facts whose two sides agree on figures and names;
- ``stale_led``: 1 when a quote the bottom line rests on is carried only by stale,
  opinion or content-farm sources (or the bottom line cites nothing);
- ``ungrounded_prose``: sentences of prose (headline, bottom line, developments, dispute
  positions, scenario descriptions) naming someone or giving a figure that the quotes
  they stand on do not. The pipeline replaces such sentences, so a brief it wrote should
  count 0; the one-call baseline shows what happens without that check.

With a gold file: actor precision, recall and kind accuracy; dispute recall (overall,
with the right kind, per kind, odd one out named); and corroboration, the share of the
gold's corroborated facts that the brief shows with at least their independent-source
count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel

from briefing.analysis import Grounding, agree, statement
from briefing.articles import Entities, Sentence, split
from briefing.brief import Brief, Quote
from briefing.eval.gold import (
    Gold,
    GoldFact,
    actor_kind_accuracy,
    actor_scores,
    dispute_score,
    gold_actors_of,
    quote_matches,
)
from briefing.llm import CallRecord
from briefing.merge import MergeResult

# Metrics where a larger value is better; the others (tokens, cost, time, faults) are not.
# Metrics scored against a gold file, in report order.
GOLD_METRICS = (
    "gold_actor_precision",
    "gold_actor_recall",
    "gold_actor_kind_accuracy",
    "gold_dispute_recall",
    "gold_dispute_kind_recall",
    "gold_odd_one_out",
    "gold_corroboration",
)
# Metrics where a smaller value is better and any rise is a fault, not a cost.
FAULT_METRICS = ("false_disputes", "stale_led", "ungrounded_prose")
FAULTS = set(FAULT_METRICS)
HIGHER_IS_BETTER = {
    "schema_valid_rate",
    "quote_verification_rate",
    "claims_verified",
    "actors",
    "disputed_facts",
    "scenarios",
    *GOLD_METRICS,
}


class RunMetrics(BaseModel):
    """What one run produced and cost. Gold metrics are None without a gold file; dispute
    and corroboration metrics are None for a single article."""

    schema_valid_rate: float
    reasks: int
    quote_verification_rate: float
    claims_verified: int
    actors: int
    disputed_facts: int
    scenarios: int
    false_disputes: int
    stale_led: int
    ungrounded_prose: int
    calls: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None
    model_seconds: float
    gold_actor_precision: float | None = None
    gold_actor_recall: float | None = None
    gold_actor_kind_accuracy: float | None = None
    gold_dispute_recall: float | None = None
    gold_dispute_kind_recall: float | None = None
    gold_odd_one_out: float | None = None
    gold_corroboration: float | None = None
    dispute_recall_by_kind: dict[str, float] | None = None
    disputes_proposed: int = 0
    proposals_admitted: int = 0
    gold_disputes_from_proposals: int | None = None
    proposals_rejected: dict[str, int] | None = None


def verification_rate(verified: int, failed: int) -> float:
    """Share of the quotes the model gave that are verbatim in their source."""
    return round(verified / (verified + failed), 6) if verified + failed else 1.0


def _verification(merged: MergeResult) -> float:
    verified = len(merged.claims) + len(merged.signals)
    failed = sum(d.kind in ("quote", "signal quote", "heading quote") for d in merged.dropped)
    return verification_rate(verified, failed)


def false_disputes(brief: Brief, entities: Entities) -> int:
    """Disputed facts whose first two sides agree on figures and names."""
    count = 0
    for fact in brief.disputed_facts:
        first, second = (fact.sides[0].quotes[0].text, fact.sides[1].quotes[0].text)
        a = statement(Sentence("a", -1, 0, len(first), first), entities)
        b = statement(Sentence("b", -1, 0, len(second), second), entities)
        count += agree(a, b) and fact.kind != "open question"
    return count


def stale_led(brief: Brief) -> int:
    """1 when the bottom line rests on a quote only weak sources carry, or on none."""
    weak = {s.id for s in brief.sources if s.weak}
    quotes = brief.bottom_line_quotes
    return int(not quotes or any(set(q.carried_by) <= weak for q in quotes))


def _prose(brief: Brief) -> Iterable[tuple[str, Sequence[Quote]]]:
    """Every sentence of prose with the quotes it stands on."""
    top = [*brief.bottom_line_quotes, *(q for d in brief.key_developments for q in d.quotes)]
    yield brief.headline, top
    for sentence in split("bottom line", brief.bottom_line):
        yield sentence.text, brief.bottom_line_quotes
    for item in brief.key_developments:
        yield item.headline, item.quotes
    for fact in brief.disputed_facts:
        for side in fact.sides:
            yield side.position, side.quotes
    for scenario in brief.outlook:
        for sentence in split("scenario", scenario.description):
            yield sentence.text, scenario.evidence


def ungrounded_prose(brief: Brief, grounding: Grounding) -> int:
    """Sentences naming someone or giving a figure their quotes do not."""
    return sum(
        bool(grounding.missing(text, [q.text for q in quotes]))
        for text, quotes in _prose(brief)
        if text.strip()
    )


def _shown(brief: Brief) -> list[Quote]:
    quotes = [*brief.bottom_line_quotes, *(q for d in brief.key_developments for q in d.quotes)]
    quotes += [q for f in brief.disputed_facts for s in f.sides for q in s.quotes]
    return quotes + [q for s in brief.outlook for q in s.evidence]


def corroboration(brief: Brief, facts: Sequence[GoldFact]) -> float | None:
    """Share of gold facts shown with at least their independent-source count."""
    if not facts:
        return None
    quotes = _shown(brief)
    found = 0
    for fact in facts:
        counts = [
            q.independent_sources
            for q in quotes
            if any(quote_matches(q.text, g) for g in fact.quotes)
        ]
        found += max(counts, default=0) >= fact.independent
    return round(found / len(facts), 6)


def _gold(metrics: RunMetrics, brief: Brief, gold: Gold, article_ids: Sequence[str]) -> None:
    actors = gold_actors_of(gold, article_ids)
    metrics.gold_actor_precision, metrics.gold_actor_recall = actor_scores(brief.actors, actors)
    metrics.gold_actor_kind_accuracy = actor_kind_accuracy(brief.actors, actors)
    if len(article_ids) > 1:
        score = dispute_score(brief, gold.disputes)
        metrics.gold_dispute_recall = score.recall
        metrics.gold_dispute_kind_recall = score.kind_recall
        metrics.gold_odd_one_out = score.odd_one_out
        metrics.dispute_recall_by_kind = score.by_kind
        metrics.gold_corroboration = corroboration(brief, gold.corroborated)
        metrics.gold_disputes_from_proposals = score.from_proposals


def brief_metrics(
    brief: Brief,
    *,
    verification: float,
    claims: int,
    calls: Sequence[CallRecord],
    gold: Gold | None,
    article_ids: Sequence[str],
    entities: Entities,
) -> RunMetrics:
    """Metrics of one brief, whoever wrote it (a pipeline variant or the baseline)."""
    costs = [c.cost_usd for c in calls]
    metrics = RunMetrics(
        schema_valid_rate=round(sum(c.outcome == "ok" for c in calls) / len(calls), 6)
        if calls
        else 1.0,
        reasks=sum(c.ask > 1 for c in calls),
        quote_verification_rate=verification,
        claims_verified=claims,
        actors=len(brief.actors),
        disputed_facts=len(brief.disputed_facts),
        scenarios=len(brief.outlook),
        false_disputes=false_disputes(brief, entities),
        stale_led=stale_led(brief),
        ungrounded_prose=ungrounded_prose(brief, Grounding(entities)),
        calls=len(calls),
        prompt_tokens=sum(c.prompt_tokens for c in calls),
        completion_tokens=sum(c.completion_tokens for c in calls),
        cost_usd=None if None in costs else round(sum(c or 0.0 for c in costs), 6),
        model_seconds=round(sum(c.duration_s for c in calls), 3),
        disputes_proposed=brief.counts.disputes_proposed,
        proposals_admitted=brief.counts.proposals_admitted,
        proposals_rejected=brief.counts.proposals_rejected,
    )
    if gold is not None:
        _gold(metrics, brief, gold, article_ids)
    return metrics


def run_metrics(
    brief: Brief,
    merged: MergeResult,
    *,
    calls: Sequence[CallRecord],
    gold: Gold | None,
    article_ids: Sequence[str],
    entities: Entities,
) -> RunMetrics:
    """Metrics of one pipeline run; gold scores when ``gold`` is given."""
    return brief_metrics(
        brief,
        verification=_verification(merged),
        claims=len(merged.claims),
        calls=calls,
        gold=gold,
        article_ids=article_ids,
        entities=entities,
    )
