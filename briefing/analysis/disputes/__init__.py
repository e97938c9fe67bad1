"""Stage 7 (in code): find dispute candidates over the sources' own sentences.

Each detector is a module of its own and finds one kind of evidence (rewrite drift,
figure conflict, overtaken by events, open question); here they are run, candidates on one
topic are merged (the stronger detector's kept), the weaker dropped, and each candidate
is weighed (which side is better supported, and why; a later report settles a figure an
earlier one gave for what was still to come: briefing.analysis.disputes.revised).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.analysis.disputes.amounts import amount_conflicts
from briefing.analysis.disputes.candidate import Candidate
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.drift import office_drift, rewrite_drift
from briefing.analysis.disputes.figures import figure_conflicts
from briefing.analysis.disputes.frame import changed_figures
from briefing.analysis.disputes.in_words import count_in_words_conflicts
from briefing.analysis.disputes.left_post import left_post
from briefing.analysis.disputes.named import another_name
from briefing.analysis.disputes.overtaken import overtaken
from briefing.analysis.disputes.parts import part_or_whole
from briefing.analysis.disputes.periods import period_conflicts
from briefing.analysis.disputes.planned import planned_conflicts
from briefing.analysis.disputes.questions import open_questions
from briefing.analysis.disputes.quotations import negated_quotations
from briefing.analysis.disputes.revised import revised
from briefing.analysis.disputes.settled import settled_later
from briefing.analysis.disputes.support import weigh
from briefing.analysis.disputes.two_ways import two_ways
from briefing.analysis.disputes.undisclosed import undisclosed
from briefing.analysis.disputes.weekdays import day_conflicts
from briefing.analysis.disputes.when import date_conflicts
from briefing.analysis.disputes.wording import worded_quotations
from briefing.articles import overlapping

__all__ = ["MAX_CANDIDATES", "Candidate", "Context", "find_candidates"]

MAX_CANDIDATES = 8
# Stronger evidence first: a changed name in a rewrite is a certainty, two hedges a hint.
DETECTORS: tuple[Callable[[Context], list[Candidate]], ...] = (
    rewrite_drift,
    office_drift,
    another_name,
    negated_quotations,
    part_or_whole,
    figure_conflicts,
    amount_conflicts,
    count_in_words_conflicts,
    date_conflicts,
    changed_figures,
    day_conflicts,
    period_conflicts,
    planned_conflicts,
    overtaken,
    settled_later,
    left_post,
    two_ways,
    worded_quotations,
    undisclosed,
    open_questions,
)


def same_topic(a: Candidate, b: Candidate) -> bool:
    """Two candidates share a quoted sentence, or count the same quantity."""
    quotes_a = [q for side in a.sides for q in side]
    quotes_b = [q for side in b.sides for q in side]
    if any(overlapping(x, y) for x in quotes_a for y in quotes_b):
        return True
    return a.quantity is not None and a.quantity == b.quantity


def select(candidates: Sequence[Candidate], limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Candidates in the order given (strongest first), one per topic, at most ``limit``."""
    kept: list[Candidate] = []
    for candidate in candidates:
        if not any(same_topic(candidate, other) for other in kept):
            kept.append(candidate)
    return kept[:limit]


def find_candidates(context: Context, limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Dispute candidates, strongest first, one per topic, each weighed."""
    found: list[Candidate] = []
    for detector in DETECTORS:
        found += sorted(detector(context), key=lambda c: -c.score)
    return [weigh(revised(c, context), context) for c in select(found, limit)]
