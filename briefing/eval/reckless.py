"""A reckless proposer: a test double of the proposal call that proposes every pair of
statements shown, naming in turn every pair of words code could check, each also with a
few words before it (briefing.analysis.checkable_pairs).

It stands for a model that proposes everything within the prompt's rules, so what code
admits from it is what a careless model could make the brief show through the proposals
channel, whatever its judgement. It is a search, not a proof: a model may name other
words. Each proposal is checked on its own (against code's candidates only), and the
pairs of statements admitted are counted once each. On the real corpus they are scored
against the gold (docs/calibration.md).
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
    """What code admits from the reckless proposer, one candidate per pair of statements
    (each proposal checked on its own, so one admitted first hides no other), and why it
    rejects the rest."""
    review = ProposalReview(shown_statements=len(analysis.subjects.by_id))
    found: dict[tuple[str, str], Candidate] = {}
    for proposal in proposals(analysis):
        admitted_one, one = analysis.admit([proposal])
        review.proposed += 1
        review.rejected.update(one.rejected)
        if admitted_one:
            review.admitted += 1
            found.setdefault((proposal.first, proposal.second), admitted_one[0])
    return list(found.values()), review
