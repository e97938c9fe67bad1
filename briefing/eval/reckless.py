"""A reckless proposer: a test double of the proposal call that proposes every pair of
statements shown, naming in turn every pair of words code could check
(briefing.analysis.checkable_pairs).

It stands for the worst a model can do within the prompt's rules, so what code admits
from it bounds what any model can make the brief show through the proposals channel:
the disputes code lets through whatever the model's judgement. On the real corpus every
admitted proposal is scored against the gold (docs/calibration.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis import Analysis, Candidate, ProposalReview, checkable_pairs


@dataclass(frozen=True)
class RecklessProposal:
    """One proposal of the double (the fields of briefing.reduce.schema.DisputeProposal)."""

    first: str
    second: str
    first_words: str
    second_words: str
    kind: str = "contradiction"


def proposals(analysis: Analysis) -> list[RecklessProposal]:
    """Every shown pair with every pair of checkable words."""
    return [
        RecklessProposal(x.id, y.id, wx, wy)
        for x, y in analysis.subjects.groups
        for wx, wy in checkable_pairs(x.item, y.item)
    ]


def admitted(analysis: Analysis) -> tuple[list[Candidate], ProposalReview]:
    """What code admits from the reckless proposer, and why it rejects the rest."""
    return analysis.admit(proposals(analysis))
