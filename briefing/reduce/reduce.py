"""Run the reduce stages over what code prepared: dispute candidates, ranked facts and
forward-looking signals.

The model never chooses what the brief is about: code ranks the facts, picks the ones the
bottom line and the developments are about, and finds the dispute candidates; the model
reads the candidates and phrases the rest. Each stage sees a bounded input (the top facts
that fit ``reduce_budget_tokens``), so a day of a thousand articles costs three reduce
calls like a day of five.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from briefing.analysis.disputes import Candidate
from briefing.analysis.ranking import RankedFact
from briefing.chunks import count_tokens
from briefing.llm import StructuredCaller
from briefing.merge import Evidence
from briefing.prompting import PromptLibrary
from briefing.reduce.schema import (
    DisputeReadings,
    OutlookFindings,
    SummaryFindings,
    readings_for,
)

T = TypeVar("T", bound=BaseModel)
# How many facts the summary reads at most, and how many become key developments.
SUMMARY_FACTS = 12
DEVELOPMENTS = 5
OUTLOOK_FACTS = 6
OUTLOOK_SIGNALS = 8


@dataclass(frozen=True)
class ShownFact:
    """A ranked fact as a reduce prompt shows it, under a prompt id (F1, F2 ...)."""

    id: str
    ranked: RankedFact


@dataclass(frozen=True)
class ShownSignal:
    """A verified forward-looking signal as the outlook prompt shows it (S1 ...)."""

    id: str
    evidence: Evidence


@dataclass(frozen=True)
class ReduceInput:
    """What code prepared for the reduce stages."""

    candidates: Sequence[Candidate]
    facts: Sequence[RankedFact]
    signals: Sequence[Evidence]
    labels: Mapping[str, str]


@dataclass(frozen=True)
class ReduceResult:
    """The reduce stages' answers and exactly what each saw."""

    candidates: list[Candidate]
    readings: DisputeReadings
    summary_facts: list[ShownFact]
    developments: list[ShownFact]
    summary: SummaryFindings | None
    outlook_facts: list[ShownFact]
    signals: list[ShownSignal]
    outlook: OutlookFindings | None = None


def _fits(facts: Sequence[RankedFact], budget: int) -> list[RankedFact]:
    """The leading facts whose statements fit the token budget."""
    kept: list[RankedFact] = []
    used = 0
    for fact in facts:
        cost = count_tokens(fact.lead.statement) + 12
        if kept and used + cost > budget:
            break
        kept.append(fact)
        used += cost
    return kept


def shown(facts: Sequence[RankedFact], budget: int) -> list[ShownFact]:
    """The facts the summary reads: those a strong source carries, strongest first, within
    the budget (only when there are none, the others: the brief then says so)."""
    strong = [f for f in facts if not f.weak_only] or list(facts)
    chosen = _fits(strong[:SUMMARY_FACTS], budget)
    return [ShownFact(f"F{n}", f) for n, f in enumerate(chosen, start=1)]


def _fact_rows(facts: Sequence[ShownFact]) -> list[dict[str, str]]:
    rows = []
    for item in facts:
        independent = item.ranked.fact.independent
        rows.append(
            {
                "id": item.id,
                "sources": f"{independent} independent source{'s' if independent != 1 else ''}",
                "date": item.ranked.newest.isoformat() if item.ranked.newest else "undated",
                "statement": item.ranked.lead.statement,
            }
        )
    return rows


def _candidate_rows(
    candidates: Sequence[Candidate], labels: Mapping[str, str]
) -> list[dict[str, str]]:
    return [
        {
            "evidence": c.evidence,
            "kinds": ", ".join(c.kinds),
            "first_source": labels[c.sides[0][0].article_id],
            "first": c.sides[0][0].text,
            "second_source": labels[c.sides[1][0].article_id],
            "second": c.sides[1][0].text,
        }
        for c in candidates
    ]


class _Reducer:
    def __init__(
        self,
        caller: StructuredCaller,
        library: PromptLibrary,
        versions: Mapping[str, str],
        subject: str,
    ) -> None:
        self.caller, self.library, self.versions = caller, library, versions
        self.subject = subject

    async def run(self, stage: str, variables: dict[str, Any], output: type[T]) -> T:
        prompt = self.library.active(stage, self.versions)
        return await self.caller.call(prompt, variables, output, subject=self.subject)

    async def maybe(
        self, wanted: bool, stage: str, variables: dict[str, Any], output: type[T]
    ) -> T | None:
        return await self.run(stage, variables, output) if wanted else None

    async def disputes(
        self, candidates: Sequence[Candidate], labels: Mapping[str, str]
    ) -> DisputeReadings:
        if not candidates:
            return DisputeReadings(candidates=[])
        variables = {"candidates": _candidate_rows(candidates, labels)}
        return await self.run("disputes", variables, readings_for(len(candidates)))


async def reduce_evidence(
    caller: StructuredCaller,
    library: PromptLibrary,
    versions: Mapping[str, str],
    prepared: ReduceInput,
    *,
    budget: int,
    short: bool = False,
    subject: str = "all sources",
) -> ReduceResult:
    """Read the dispute candidates, phrase the top of the brief, write the outlook. A
    ``short`` story (one independent source) calls nothing: with one source there is
    nothing to dispute and no second view to weigh an outlook on, and its entry is
    written in code from the source's own words (briefing.brief.short)."""
    reducer = _Reducer(caller, library, versions, subject)
    candidates = [] if short else list(prepared.candidates)
    facts = shown(prepared.facts, budget)
    developments = facts[:DEVELOPMENTS]
    outlook_facts = facts[:OUTLOOK_FACTS]
    signals = [
        ShownSignal(f"S{n}", s) for n, s in enumerate(prepared.signals[:OUTLOOK_SIGNALS], start=1)
    ]
    summary_vars = {"facts": _fact_rows(facts), "developments": [f.id for f in developments]}
    outlook_vars = {
        "facts": _fact_rows(outlook_facts),
        "signals": [
            {
                "id": s.id,
                "source": prepared.labels[s.evidence.article_id],
                "statement": s.evidence.statement,
            }
            for s in signals
        ],
    }
    readings, summary, outlook = await asyncio.gather(
        reducer.disputes(candidates, prepared.labels),
        reducer.maybe(not short, "summary", summary_vars, SummaryFindings),
        reducer.maybe(not short, "outlook", outlook_vars, OutlookFindings),
    )
    return ReduceResult(
        candidates=candidates,
        readings=readings,
        summary_facts=facts,
        developments=developments,
        summary=summary,
        outlook_facts=outlook_facts,
        signals=signals,
        outlook=outlook,
    )
