"""Run the reduce stages over what code prepared: dispute candidates, ranked facts and
forward-looking signals.

The model never chooses what the brief is about: code ranks the facts, picks the ones the
bottom line and the developments are about, and finds the dispute candidates; the model
proposes more disputes over pairs of statements code shows it (admitted only when code
can check them), reads the candidates and phrases the rest. Each stage sees a bounded
input (the top facts that fit ``reduce_budget_tokens``, at most 12 pairs of statements),
so a day of a thousand articles costs four reduce calls like a day of five.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from briefing.analysis import (
    MAX_CANDIDATES,
    Candidate,
    Proposal,
    ProposalReview,
    RankedFact,
    Subjects,
    told_two_ways,
)
from briefing.chunks import count_tokens
from briefing.llm import StructuredCaller
from briefing.merge import Evidence
from briefing.prompting import PromptLibrary
from briefing.reduce.schema import (
    DisputeProposals,
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


Admit = Callable[[Sequence[Proposal]], tuple[list[Candidate], ProposalReview]]


def _nothing(proposals: Sequence[Proposal]) -> tuple[list[Candidate], ProposalReview]:
    return [], ProposalReview(proposed=len(proposals))


@dataclass(frozen=True)
class ReduceInput:
    """What code prepared for the reduce stages: ``subjects`` are the statements the
    model reads to propose disputes, ``admit`` what code admits of its proposals."""

    candidates: Sequence[Candidate]
    facts: Sequence[RankedFact]
    signals: Sequence[Evidence]
    labels: Mapping[str, str]
    subjects: Subjects = field(default_factory=lambda: Subjects([]))
    admit: Admit = _nothing
    dates: Mapping[str, str] = field(default_factory=dict)


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
    proposals: ProposalReview = field(default_factory=ProposalReview)


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


# A stretch of one source's text: article id, start, end.
Span = tuple[str, int, int]


def contested_fact(fact: ShownFact, spans: Sequence[Span]) -> bool:
    """Whether the fact's quoted claim overlaps one of the spans."""
    lead = fact.ranked.lead
    return any(a == lead.article_id and s < lead.end and lead.start < e for a, s, e in spans)


def code_contested(candidates: Sequence[Candidate]) -> list[Span]:
    """The quotes code itself sets aside as no development, whatever the model reads:
    a rewrite's side that changed a name or figure, what a later report overtook, and
    either account of one ending told two ways (briefing.brief.build)."""
    spans = []
    for c in candidates:
        ended = told_two_ways(c.detector, c.evidence)
        for side in c.sides:
            spans += [
                (q.article_id, q.start, q.end)
                for q in side
                if ended or q.article_id == c.odd_one_out or q in c.overtaken
            ]
    return spans


def _retold(facts: Sequence[ShownFact], contested: Sequence[Span]) -> set[str]:
    """The facts whose event a higher fact among them already tells in words the brief
    can show (not a side code sets aside: ``code_contested``)."""
    tellers = {f.ranked.fact.id for f in facts if not contested_fact(f, contested)}
    return {f.ranked.fact.id for f in facts if f.ranked.retold_of in tellers}


def spread(
    facts: Sequence[ShownFact], count: int = DEVELOPMENTS, contested: Sequence[Span] = ()
) -> list[ShownFact]:
    """The key developments: facts in rank order, but no source supplying more than half
    of them with facts only it carries while other sources add facts (each source's best
    is then reached); short of ``count``, the rest in rank order. A fact whose sentence
    cannot stand alone as the day's news (leaning on the one before it, or recalling an
    earlier month: ``RankedFact.aside``) is none."""
    cap = max(1, count // 2)
    alone: Counter[str] = Counter()
    chosen: list[ShownFact] = []
    # Only when every fact is such a sentence (a feature with no lead) do they stand.
    facts = [f for f in facts if not f.ranked.aside] or list(facts)
    # A fact telling again an event a higher one tells is that development in another
    # outlet's words, never a second one; unless the higher one's words are a side code
    # sets aside (a rewrite's changed figure), when the retelling stands in for it.
    retold = _retold(facts, contested)
    facts = [f for f in facts if f.ranked.fact.id not in retold] or list(facts)
    for item in facts:
        only = item.ranked.lead.article_id if item.ranked.fact.independent == 1 else None
        if only is not None and alone[only] >= cap:
            continue
        chosen.append(item)
        if only is not None:
            alone[only] += 1
        if len(chosen) == count:
            return chosen
    rest = [f for f in facts if f not in chosen]
    return sorted([*chosen, *rest[: count - len(chosen)]], key=facts.index)


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

    async def proposals(self, prepared: ReduceInput) -> tuple[list[Candidate], ProposalReview]:
        groups = prepared.subjects.groups
        if not groups:
            return [], ProposalReview()
        variables = {
            "groups": [
                [
                    {
                        "id": s.id,
                        "source": prepared.labels[s.item.article_id],
                        "date": prepared.dates.get(s.item.article_id, "undated"),
                        "text": s.item.text,
                    }
                    for s in group
                ]
                for group in groups
            ]
        }
        answer = await self.run("proposals", variables, DisputeProposals)
        return prepared.admit(answer.pairs)

    async def both_channels(
        self, prepared: ReduceInput, *, short: bool
    ) -> tuple[list[Candidate], DisputeReadings, ProposalReview]:
        """Code's candidates and the model's admitted proposals, then the reading of all
        of them (a short story has none: one source disputes nothing)."""
        if short:
            return [], DisputeReadings(candidates=[]), ProposalReview()
        admitted, review = await self.proposals(prepared)
        candidates = [*prepared.candidates, *admitted][:MAX_CANDIDATES]
        return candidates, await self.disputes(candidates, prepared.labels), review

    async def disputes(
        self, candidates: Sequence[Candidate], labels: Mapping[str, str]
    ) -> DisputeReadings:
        if not candidates:
            return DisputeReadings(candidates=[])
        variables = {"candidates": _candidate_rows(candidates, labels)}
        return await self.run("disputes", variables, readings_for(len(candidates)))


async def propose_disputes(
    caller: StructuredCaller,
    library: PromptLibrary,
    versions: Mapping[str, str],
    prepared: ReduceInput,
    subject: str,
) -> tuple[list[Candidate], ProposalReview]:
    """The model's dispute proposals over ``prepared.subjects`` that code admits, and what
    it did with each (the first half of the disputes stage, on its own for measuring)."""
    return await _Reducer(caller, library, versions, subject).proposals(prepared)


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
    facts = shown(prepared.facts, budget)
    developments = spread(facts, contested=code_contested(prepared.candidates))
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
    (candidates, readings, review), summary, outlook = await asyncio.gather(
        reducer.both_channels(prepared, short=short),
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
        proposals=review,
    )
