"""Assemble the Brief from merged evidence and the reduce answers.

The model referred to claims by id (or to candidate pairs by number); here each becomes
the claims' verified quotes and sources. Unknown ids are ignored; an answer about a pair
that does not exist, and a development with no evidence, are dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from briefing.articles.words import first_sentences
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
from briefing.merge.support import Support
from briefing.reduce import ReduceResult
from briefing.reduce.candidates import CandidatePair
from briefing.reduce.schema import PairFinding, ScenarioFinding

T = TypeVar("T")


class _Evidence:
    def __init__(self, claims: Sequence[Evidence], support: Support) -> None:
        self.by_id = {claim.id: claim for claim in claims}
        self.support = support

    def quote(self, claim: Evidence) -> Quote:
        carried_by = self.support.sources(claim.id) or (claim.article_id,)
        return Quote(
            claim_id=claim.id,
            source_id=claim.article_id,
            text=claim.quote,
            start=claim.start,
            end=claim.end,
            carried_by=list(carried_by),
            independent_sources=self.support.independent(carried_by),
        )

    def quotes(self, ids: Iterable[str]) -> list[Quote]:
        found = [self.by_id[i.strip()] for i in dict.fromkeys(ids) if i.strip() in self.by_id]
        return [self.quote(c) for c in found]

    def independent(self, quotes: Iterable[Quote]) -> int:
        """Independent stories among the sources carrying any of ``quotes``."""
        return self.support.independent(s for q in quotes for s in q.carried_by)


def _sources(quotes: Iterable[Quote]) -> list[str]:
    return sorted({q.source_id for q in quotes})


def _side(position: str, quotes: list[Quote], evidence: _Evidence) -> Side:
    sources = _sources(quotes)
    return Side(
        position=position,
        source_ids=sources,
        quotes=quotes,
        single_source=len(sources) == 1,
        independent_sources=evidence.independent(quotes),
    )


def _dispute(finding: PairFinding, pair: CandidatePair, evidence: _Evidence) -> DisputedFact:
    first = evidence.quotes(c.id for c in (pair.first, *pair.first_support))
    second = evidence.quotes(c.id for c in (pair.second, *pair.second_support))
    sides = [_side(finding.first, first, evidence), _side(finding.second, second, evidence)]
    return DisputedFact(
        topic=finding.topic,
        kind=finding.kind,
        sides=sides,
        better_supported={"first": 1, "second": 2}.get(finding.better_supported),
        reason=finding.reason,
        cross_source=sides[0].source_ids != sides[1].source_ids,
    )


def _disputes(reduced: ReduceResult, evidence: _Evidence) -> tuple[list[DisputedFact], int, int]:
    """The disputes, how many pairs the model judged agreements, how many answers were bad."""
    facts: list[DisputedFact] = []
    seen: set[int] = set()
    agreements = invalid = 0
    for finding in reduced.disputes.pairs:
        if not 1 <= finding.pair <= len(reduced.pairs) or finding.pair in seen:
            invalid += 1
        elif finding.kind == "agreement":
            agreements += 1
        else:
            facts.append(_dispute(finding, reduced.pairs[finding.pair - 1], evidence))
        seen.add(finding.pair)
    return facts, agreements, invalid


def _scenario(finding: ScenarioFinding, evidence: _Evidence) -> Scenario:
    fields = finding.model_dump(exclude={"claim_ids"})
    return Scenario(**fields, evidence=evidence.quotes(finding.claim_ids))


# The summary prompt asks for two or three sentences; a small model may run on, pasting
# claims and an article's asides after them, so the brief keeps its first three.
BOTTOM_LINE_SENTENCES = 3


def _first_of_each(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """``items`` without any whose key an earlier one has (small models repeat themselves,
    retitling a scenario or restating a development)."""
    seen: set[str] = set()
    kept = []
    for item in items:
        if key(item) not in seen:
            kept.append(item)
            seen.add(key(item))
    return kept


def _scenarios(reduced: ReduceResult, evidence: _Evidence) -> list[Scenario]:
    """The scenarios, one per description."""
    unique = _first_of_each(
        reduced.outlook.scenarios, lambda s: " ".join(s.description.casefold().split())
    )
    return [_scenario(s, evidence) for s in unique]


def _developments(reduced: ReduceResult, evidence: _Evidence) -> list[Development]:
    found = [(f.headline, evidence.quotes(f.claim_ids)) for f in reduced.summary.developments]
    with_evidence = _first_of_each([(h, q) for h, q in found if q], lambda item: item[0])
    return [
        Development(
            headline=headline,
            source_ids=_sources(quotes),
            quotes=quotes,
            independent_sources=evidence.independent(quotes),
        )
        for headline, quotes in with_evidence
    ]


def build_brief(
    date: dt.date,
    *,
    sources: list[Source],
    merged: MergeResult,
    reduced: ReduceResult,
    support: Support,
    chunks: int,
    run: RunInfo,
    failed_chunks: int = 0,
) -> Brief:
    """The Brief for ``date``."""
    evidence = _Evidence(merged.claims, support)
    disputes, agreements, invalid = _disputes(reduced, evidence)
    dropped: Mapping[str, int] = {
        kind: sum(1 for d in merged.dropped if d.kind == kind)
        for kind in ("quote", "signal quote", "actor name", "unsupported statement")
    }
    incomplete = f"incomplete: {failed_chunks} of {chunks} chunks failed" if failed_chunks else None
    return Brief(
        date=date,
        incomplete=incomplete,
        headline=reduced.summary.headline,
        bottom_line=first_sentences(reduced.summary.bottom_line, BOTTOM_LINE_SENTENCES),
        bottom_line_quotes=evidence.quotes(reduced.summary.bottom_line_claim_ids),
        key_developments=_developments(reduced, evidence),
        actors=merged.actors,
        disputed_facts=disputes,
        outlook=_scenarios(reduced, evidence),
        sources=sources,
        counts=Counts(
            chunks=chunks,
            near_duplicates=sum(1 for s in sources if s.rewrite_of),
            claims_verified=len(merged.claims),
            signals_verified=len(merged.signals),
            quotes_dropped=dropped["quote"] + dropped["signal quote"],
            names_dropped=dropped["actor name"],
            statements_unsupported=dropped["unsupported statement"],
            claims_reattributed=merged.reattributed,
            candidate_pairs=len(reduced.pairs),
            pairs_agreeing=agreements,
            disputes_dropped=invalid,
            reduce_levels=reduced.levels,
        ),
        run=run,
    )
