"""Assemble the Brief from merged evidence and the reduce answers.

The model referred to claims by id; here each id becomes the claim's verified quote and
source. Unknown ids are ignored; a dispute left with fewer than two evidenced sides, or a
development with no evidence, is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from briefing.brief.model import (
    Brief,
    Counts,
    Development,
    DisputedFact,
    Quote,
    RunInfo,
    Scenario,
    Side,
    Source,
)
from briefing.merge import Evidence, MergeResult
from briefing.reduce import ReduceResult
from briefing.reduce.schema import DisputeFinding, ScenarioFinding


class _Evidence:
    def __init__(self, claims: Sequence[Evidence]) -> None:
        self.by_id = {claim.id: claim for claim in claims}

    def quotes(self, ids: Iterable[str]) -> list[Quote]:
        found = [self.by_id[i.strip()] for i in dict.fromkeys(ids) if i.strip() in self.by_id]
        return [
            Quote(claim_id=c.id, source_id=c.article_id, text=c.quote, start=c.start, end=c.end)
            for c in found
        ]


def _sources(quotes: Iterable[Quote]) -> list[str]:
    return sorted({q.source_id for q in quotes})


def _side(position: str, quotes: list[Quote]) -> Side:
    sources = _sources(quotes)
    return Side(
        position=position, source_ids=sources, quotes=quotes, single_source=len(sources) == 1
    )


def _dispute(finding: DisputeFinding, evidence: _Evidence) -> DisputedFact | None:
    sides = [(s.position, evidence.quotes(s.claim_ids)) for s in finding.sides]
    kept = [_side(position, quotes) for position, quotes in sides if quotes]
    distinct = {tuple(q.claim_id for q in side.quotes) for side in kept}
    if len(kept) < 2 or len(distinct) < len(kept):
        return None
    best = finding.better_supported if 1 <= finding.better_supported <= len(kept) else None
    return DisputedFact(
        topic=finding.topic,
        kind=finding.kind,
        sides=kept,
        better_supported=best if len(kept) == len(sides) else None,
        reason=finding.reason,
        cross_source=len({tuple(side.source_ids) for side in kept}) > 1,
    )


def _scenario(finding: ScenarioFinding, evidence: _Evidence) -> Scenario:
    fields = finding.model_dump(exclude={"claim_ids"})
    return Scenario(**fields, evidence=evidence.quotes(finding.claim_ids))


def _developments(reduced: ReduceResult, evidence: _Evidence) -> list[Development]:
    developments = []
    for finding in reduced.summary.developments:
        quotes = evidence.quotes(finding.claim_ids)
        if quotes:
            developments.append(
                Development(headline=finding.headline, source_ids=_sources(quotes), quotes=quotes)
            )
    return developments


def build_brief(
    date: dt.date,
    *,
    sources: list[Source],
    merged: MergeResult,
    reduced: ReduceResult,
    chunks: int,
    run: RunInfo,
) -> Brief:
    """The Brief for ``date``."""
    evidence = _Evidence(merged.claims)
    disputes = [_dispute(f, evidence) for f in reduced.disputes.disputes]
    kept = [d for d in disputes if d is not None]
    dropped: Mapping[str, int] = {
        kind: sum(1 for d in merged.dropped if d.kind == kind)
        for kind in ("quote", "signal quote", "actor name", "unsupported statement")
    }
    return Brief(
        date=date,
        headline=reduced.summary.headline,
        bottom_line=reduced.summary.bottom_line,
        bottom_line_quotes=evidence.quotes(reduced.summary.bottom_line_claim_ids),
        key_developments=_developments(reduced, evidence),
        actors=merged.actors,
        disputed_facts=kept,
        outlook=[_scenario(s, evidence) for s in reduced.outlook.scenarios],
        sources=sources,
        counts=Counts(
            chunks=chunks,
            claims_verified=len(merged.claims),
            signals_verified=len(merged.signals),
            quotes_dropped=dropped["quote"] + dropped["signal quote"],
            names_dropped=dropped["actor name"],
            statements_unsupported=dropped["unsupported statement"],
            claims_reattributed=merged.reattributed,
            disputes_dropped=len(disputes) - len(kept),
            reduce_levels=reduced.levels,
        ),
        run=run,
    )
