"""Quotes for the brief, and the prose check that keeps a record of what it replaced."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from briefing.analysis.disputes.candidate import SideQuote
from briefing.analysis.facts import Support
from briefing.analysis.grounding import Grounding
from briefing.brief.model import Quote
from briefing.merge import Evidence


class ProseCheck(BaseModel):
    """A sentence of model prose that named or counted what its evidence does not."""

    where: str
    sentence: str
    missing: list[str]
    replaced_by: str | None


@dataclass
class Prose:
    """Checks model prose against the evidence it cites, and records each failure."""

    grounding: Grounding
    checked: int = 0
    failures: list[ProseCheck] = field(default_factory=list)

    def grounded(self, sentence: str, evidence: Sequence[str]) -> bool:
        """Whether every name and figure of ``sentence`` is in ``evidence``."""
        self.checked += 1
        return not self.grounding.missing(sentence, evidence)

    def replace(self, where: str, sentence: str, evidence: Sequence[str], by: str | None) -> None:
        """Record that ``sentence`` failed and what stands in its place (None: dropped)."""
        missing = self.grounding.missing(sentence, evidence)
        self.failures.append(
            ProseCheck(where=where, sentence=sentence, missing=missing, replaced_by=by)
        )

    def choose(self, where: str, sentence: str, evidence: Sequence[str], fallback: str) -> str:
        """``sentence`` when grounded, else ``fallback`` (recorded)."""
        if self.grounded(sentence, evidence):
            return sentence
        self.replace(where, sentence, evidence, fallback)
        return fallback


class Quotes:
    """Turns verified claims and side quotes into the brief's Quote objects."""

    def __init__(self, claims: Iterable[Evidence], support: Support) -> None:
        self.by_id = {claim.id: claim for claim in claims}
        self.support = support

    def of_claim(self, claim: Evidence) -> Quote:
        """The claim's quote and the sources carrying its fact."""
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

    def of_side(self, side: SideQuote, carried_by: Iterable[str]) -> Quote:
        """A dispute side's quote, carried by every source stating that side."""
        carriers = sorted({side.article_id, *carried_by})
        return Quote(
            claim_id=None,
            source_id=side.article_id,
            text=side.text,
            start=side.start,
            end=side.end,
            carried_by=carriers,
            independent_sources=self.support.independent(carriers),
        )

    def independent(self, quotes: Iterable[Quote]) -> int:
        """Independent stories among the sources carrying any of ``quotes``."""
        return self.support.independent(s for q in quotes for s in q.carried_by)
