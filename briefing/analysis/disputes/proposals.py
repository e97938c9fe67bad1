"""The second channel for disputes: the model proposes, code verifies.

The model reads statements grouped by subject (briefing.analysis.disputes.subjects) and
names pairs that disagree, with the words of each that differ. A proposal is admitted as
a dispute candidate only when both statements were shown; they come from different
reports (independent, or one outlet's earlier and later ones); they concern one subject;
no source states both (two steps of a story are not two accounts of one); the named
words are a short part of their statements (or, when the model names whole statements,
any pair of words code could check between them: a small model's proposal is checked as
a careless proposer's is, briefing.eval.reckless) and differ in something code checks (a
figure, a date, a quotation's words, opposed words, a negation, or an undecided against
a decided status), said of one thing (one quantity, one doer, one remark, one event:
briefing.analysis.disputes.one_thing), figures not being about two different countries;
and no other candidate already quotes either statement. Its kind comes from that difference, never
from the model's label; everything it shows is the sources' own words. A changed name
is left to the code detectors (rewrite drift, office holder): two sentences name
different people too often to check that a name was changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.checkable import checkable_pairs
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.differences import Difference, checked_difference, locate
from briefing.analysis.disputes.one_thing import Named
from briefing.analysis.disputes.subjects import (
    Subjects,
    quoted,
    reports_apart,
    said_by_both,
    same_subject,
    taken_quotes,
)
from briefing.analysis.disputes.support import weigh
from briefing.analysis.text import Statement
from briefing.articles import stems


class Proposal(Protocol):
    """One pair the model proposes (briefing.reduce.schema.DisputeProposal)."""

    @property
    def first(self) -> str: ...
    @property
    def second(self) -> str: ...
    @property
    def first_words(self) -> str: ...
    @property
    def second_words(self) -> str: ...


@dataclass
class ProposalReview:
    """What code did with the model's proposals: how many were shown, proposed and
    admitted, and why the others were rejected."""

    shown_statements: int = 0
    proposed: int = 0
    admitted: int = 0
    rejected: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class _Checked:
    candidate: Candidate | None
    reason: str = ""


def _focus(words: str, item: Statement) -> str | None:
    """The named words as the sentence writes them: the side's quote is cut around them."""
    span = locate(words, item)
    return None if span is None else item.text[span[0] : span[1]]


def _disputed(item: Statement, taken: Sequence[Candidate]) -> bool:
    """Whether another candidate already quotes the sentence."""
    return quoted(item, taken_quotes(taken))


def _candidate(context: Context, x: Named, y: Named, difference: Difference) -> Candidate:
    a, wa, b, wb = x.item, x.words, y.item, y.words
    sides = ((quote(a, _focus(wa, a)),), (quote(b, _focus(wb, b)),))
    kind = difference.dispute
    shared = a.entities & b.entities
    return weigh(
        Candidate(
            detector="model proposal",
            sides=sides,
            kinds=(kind,),
            evidence=f"proposed by the model; code checked: {difference.evidence}",
            topic=f"{wa.strip()} or {wb.strip()}",
            positions=(wa.strip(), wb.strip()),
            score=0.0,
            settled=kind,
            terms=stems(wa) | stems(wb) | shared,
            figures=difference.figures,
        ),
        context,
    )


def _rejected(proposal: Proposal, subjects: Subjects, context: Context) -> str | None:
    """Why a proposal cannot stand whatever its words say, or None."""
    shown = subjects.by_id
    first, second = shown.get(proposal.first.strip()), shown.get(proposal.second.strip())
    if first is None or second is None:
        return "names a statement that was not shown"
    a, b = first.item, second.item
    if not reports_apart(context, a.article_id, b.article_id):
        return "not two different reports"
    if not same_subject(a, b):
        return "different subjects"
    if said_by_both(context, a, b):
        return "one source states both"
    return None


_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _plain(text: str) -> str:
    """Text as compared: case, spacing, curly quotes and dashes aside."""
    return " ".join(text.translate(_PLAIN).casefold().split())


def _within(words: str, text: str) -> bool:
    """Whether the words stand in the text (end marks aside)."""
    words = _plain(words).strip(" \"'.,;:")
    return bool(words) and words in _plain(text)


def _named(proposal: Proposal, a: Statement, b: Statement) -> list[tuple[str, str]] | None:
    """The words to check: those the model names, when both are a short part of their
    statements. When it names a whole statement (a small model's habit), every pair of
    words code could check between the two (briefing.analysis.disputes.checkable) that
    keeps the short words it named on the other side, so the pair it proposes is checked
    as a careless proposer's would be (docs/calibration.md). None when the named words
    are not in the statements."""
    first, second = proposal.first_words, proposal.second_words
    short = locate(first, a) is not None, locate(second, b) is not None
    if all(short):
        return [(first, second)]
    if not (_within(first, a.text) and _within(second, b.text)):
        return None
    return [
        (x, y)
        for x, y in checkable_pairs(a, b)
        if (not short[0] or _within(first, x) or _within(x, first))
        and (not short[1] or _within(second, y) or _within(y, second))
    ]


def check(
    proposal: Proposal, subjects: Subjects, context: Context, taken: Sequence[Candidate]
) -> _Checked:
    """One proposal admitted as a candidate, or the reason it is not."""
    reason = _rejected(proposal, subjects, context)
    if reason is not None:
        return _Checked(None, reason)
    shown = subjects.by_id
    a, b = shown[proposal.first.strip()].item, shown[proposal.second.strip()].item
    named = _named(proposal, a, b)
    if named is None:
        return _Checked(None, "named words not in the statement")
    if _disputed(a, taken) or _disputed(b, taken):
        return _Checked(None, "already a dispute")
    for first, second in named:
        x, y = Named(a, first), Named(b, second)
        difference = checked_difference(context, x, y)
        if difference is not None:
            return _Checked(_candidate(context, x, y, difference))
    return _Checked(None, "no difference code can check")


def admit(
    proposals: Sequence[Proposal],
    subjects: Subjects,
    context: Context,
    candidates: Sequence[Candidate],
) -> tuple[list[Candidate], ProposalReview]:
    """The proposals code admits, as candidates, and what it did with each."""
    review = ProposalReview(shown_statements=len(subjects.by_id), proposed=len(proposals))
    admitted: list[Candidate] = []
    for proposal in proposals:
        checked = check(proposal, subjects, context, [*candidates, *admitted])
        if checked.candidate is None:
            review.rejected[checked.reason] += 1
        else:
            admitted.append(checked.candidate)
            review.admitted += 1
    return admitted, review
