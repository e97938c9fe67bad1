"""Run the reduce stages over the verified claims.

When the claims do not fit the reduce budget, they are reduced hierarchically: split into
batches that fit, the condense prompt keeps the most important claims of each batch, and
this repeats until the rest fits. Selection only ever removes claims, so everything that
reaches the brief is still a verified quote.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from briefing.chunks import count_tokens
from briefing.llm import StructuredCaller
from briefing.merge import Evidence, MergeResult
from briefing.prompting import PromptLibrary
from briefing.reduce.candidates import CandidatePair, dispute_candidates
from briefing.reduce.schema import DisputeFindings, OutlookFindings, Selection, SummaryFindings

T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True)
class SourceLabel:
    """A source as the reduce prompts show it: a short label instead of the file stem."""

    label: str
    title: str
    outlet: str
    published: str
    stale: bool


@dataclass(frozen=True)
class ReduceResult:
    """The reduce stages' answers and the claims they saw."""

    claims: list[Evidence]
    pairs: list[CandidatePair]
    disputes: DisputeFindings
    outlook: OutlookFindings
    summary: SummaryFindings
    levels: int


def _row(item: Evidence, labels: Mapping[str, SourceLabel]) -> dict[str, str]:
    return {
        "id": item.id,
        "source": labels[item.article_id].label,
        "asserted_by": item.asserted_by,
        "statement": item.statement,
    }


def _cost(rows: Sequence[dict[str, str]]) -> int:
    return sum(count_tokens(" | ".join(row.values())) + 1 for row in rows)


def _batches(
    claims: Sequence[Evidence], labels: Mapping[str, SourceLabel], budget: int
) -> list[list[Evidence]]:
    batches: list[list[Evidence]] = [[]]
    used = 0
    for claim in claims:
        cost = _cost([_row(claim, labels)])
        if batches[-1] and used + cost > budget:
            batches.append([])
            used = 0
        batches[-1].append(claim)
        used += cost
    return batches


class _Reducer:
    def __init__(
        self,
        caller: StructuredCaller,
        library: PromptLibrary,
        versions: Mapping[str, str],
        labels: Mapping[str, SourceLabel],
    ) -> None:
        self.caller, self.library, self.versions, self.labels = caller, library, versions, labels

    def rows(self, items: Sequence[Evidence]) -> list[dict[str, str]]:
        return [_row(item, self.labels) for item in items]

    async def condense(self, claims: list[Evidence], budget: int) -> tuple[list[Evidence], int]:
        prompt = self.library.active("condense", self.versions)
        level = 0
        while _cost(self.rows(claims)) > budget:
            level += 1
            batches = _batches(claims, self.labels, budget // 2)
            answers = await asyncio.gather(
                *(
                    self.caller.call(
                        prompt,
                        {"claims": self.rows(batch), "keep": max(2, len(batch) // 2)},
                        Selection,
                        subject=f"level {level} batch {n}",
                    )
                    for n, batch in enumerate(batches, start=1)
                )
            )
            kept = {claim_id for answer in answers for claim_id in answer.keep}
            fewer = [c for c in claims if c.id in kept]
            # A selection that removes nothing cannot converge; keep the first part instead.
            claims = fewer if 0 < len(fewer) < len(claims) else claims[: len(claims) // 2]
        return claims, level

    def pair_rows(self, pairs: Sequence[CandidatePair]) -> list[dict[str, dict[str, str]]]:
        def row(item: Evidence) -> dict[str, str]:
            return _row(item, self.labels) | {"quote": item.quote}

        return [{"first": row(p.first), "second": row(p.second)} for p in pairs]

    async def disputes(self, pairs: Sequence[CandidatePair]) -> DisputeFindings:
        if not pairs:
            return DisputeFindings(pairs=[])
        sources = [vars(label) | {"id": label.label} for label in self.labels.values()]
        variables = {"pairs": self.pair_rows(pairs), "sources": sources}
        return await self.run("disputes", variables, DisputeFindings)

    async def run(self, stage: str, variables: dict[str, Any], output: type[T]) -> T:
        prompt = self.library.active(stage, self.versions)
        return await self.caller.call(prompt, variables, output, subject="all claims")


async def reduce_evidence(
    caller: StructuredCaller,
    library: PromptLibrary,
    versions: Mapping[str, str],
    *,
    merged: MergeResult,
    labels: Mapping[str, SourceLabel],
    texts: Sequence[str],
    budget: int,
) -> ReduceResult:
    """Disputes, outlook and summary over the claims (condensed first when too many)."""
    reducer = _Reducer(caller, library, versions, labels)
    claims, levels = await reducer.condense(list(merged.claims), budget)
    rows = reducer.rows(claims)
    pairs = dispute_candidates(claims, texts)
    disputes, outlook, summary = await asyncio.gather(
        reducer.disputes(pairs),
        reducer.run(
            "outlook", {"claims": rows, "signals": reducer.rows(merged.signals)}, OutlookFindings
        ),
        reducer.run("summary", {"claims": rows}, SummaryFindings),
    )
    return ReduceResult(claims, pairs, disputes, outlook, summary, levels)
