"""What the model reads to propose disputes: statements of different sources grouped by
subject, where the pair differs in something code could check.

A pair is shown when its two sentences come from different reports (independent, or
one outlet's earlier and later ones), are about one subject (``ALIGNED`` of the smaller
one's stems, or a shared name and ``WITH_NAME``), neither source states the other's fact
too (then they are two steps of the story, not two accounts of one), and differ in a
figure, a date, opposed words, a negation, an undecided against a decided status, or
the words of one quotation (briefing.analysis.disputes.differences). Pairs rank by how
alike the sentences are and how checkable their difference is; each sentence is shown
in at most ``PER_SENTENCE`` pairs, and the shown sentences fit ``BUDGET`` tokens, so a
day of many reports costs one bounded call. Each pair is one group (a sentence in two
keeps its id): joined groups put one source's sentences side by side, and a small model
then pairs those. How many gold disputes of the real corpus the shown pairs hold, per
half: docs/calibration.md.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.analysis.disputes.candidate import Candidate
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.differences import DIFFERENCES, sentence_differences
from briefing.analysis.text import Statement
from briefing.articles import overlap
from briefing.chunks import count_tokens

ALIGNED = 0.25
WITH_NAME = 0.15
PER_SENTENCE = 2
MAX_PAIRS = 12
BUDGET = 1000
# How much each checkable difference adds to a pair's rank, and each shared name.
_NAME_WEIGHT = 0.05
_MAX_NAMES = 4


@dataclass(frozen=True)
class ShownStatement:
    """A sentence as the proposal prompt shows it, under an id (S1 ...)."""

    id: str
    item: Statement


@dataclass(frozen=True)
class Subjects:
    """The groups of statements the model reads, and each shown statement by id."""

    groups: list[list[ShownStatement]]

    @functools.cached_property
    def by_id(self) -> dict[str, ShownStatement]:
        """Every shown statement under its id."""
        return {s.id: s for group in self.groups for s in group}


def reports_apart(context: Context, a: str, b: str) -> bool:
    """Two different reports a dispute may set against each other: independent sources,
    or one outlet's reports of different dates (an earlier and a later one)."""
    if a == b:
        return False
    if context.independent(a, b):
        return True
    first, second = context.sources[a], context.sources[b]
    return (
        first.outlet is not None
        and first.outlet == second.outlet
        and (first.published != second.published)
    )


def _states(context: Context, item: Statement, source: str, besides: Statement) -> bool:
    """Whether ``source`` has a sentence other than ``besides`` stating the item's fact."""
    return any(s.article_id == source and s is not besides for s in context.stating(item))


def said_by_both(context: Context, a: Statement, b: Statement) -> bool:
    """Whether one source states both facts in sentences of its own: two steps of a story
    ("walked out on Thursday", "trains ran again on Saturday"), not a disagreement."""
    return _states(context, a, b.article_id, b) or _states(context, b, a.article_id, a)


def same_subject(a: Statement, b: Statement) -> bool:
    """Whether two sentences are about one subject."""
    share = overlap(a.stems, b.stems)
    return share >= ALIGNED or (bool(a.entities & b.entities) and share >= WITH_NAME)


def taken_quotes(candidates: Sequence[Candidate]) -> set[tuple[str, int]]:
    """Where the candidates' quotes start: (article id, offset)."""
    return {(q.article_id, q.start) for c in candidates for side in c.sides for q in side}


def quoted(item: Statement, taken: set[tuple[str, int]]) -> bool:
    """Whether one of those quotes starts inside the statement's sentence."""
    sentence = item.sentence
    return any(
        article == item.article_id and sentence.start <= start < sentence.end
        for article, start in taken
    )


Ranked = tuple[float, Statement, Statement]


def _question(item: Statement) -> bool:
    return item.text.rstrip('"”’)] ').endswith("?")


def _pairs(context: Context, taken: set[tuple[str, int]]) -> Iterator[Ranked]:
    # A question asserts nothing another source could contradict.
    items = [s for s in context.all() if not quoted(s, taken) and not _question(s)]
    for a, b in itertools.combinations(items, 2):
        if not reports_apart(context, a.article_id, b.article_id) or not same_subject(a, b):
            continue
        # The index lookups of said_by_both cost most: only for pairs that differ.
        found = sentence_differences(a, b)
        if found and not said_by_both(context, a, b):
            names = min(len(a.entities & b.entities), _MAX_NAMES)
            rank = overlap(a.stems, b.stems) + _NAME_WEIGHT * names
            yield rank + max(DIFFERENCES[d] for d in found), a, b


def subjects(context: Context, candidates: Sequence[Candidate]) -> Subjects:
    """The groups of statements the proposal call reads; sentences that are already a
    code candidate's side are left out (their dispute is found)."""
    ranked = sorted(_pairs(context, taken_quotes(candidates)), key=lambda p: -p[0])
    uses: dict[int, int] = {}
    kept: list[tuple[Statement, Statement]] = []
    spent = 0
    for _, a, b in ranked:
        if len(kept) == MAX_PAIRS:
            break
        if uses.get(id(a), 0) >= PER_SENTENCE or uses.get(id(b), 0) >= PER_SENTENCE:
            continue
        cost = sum(count_tokens(s.text) for s in (a, b) if id(s) not in uses)
        if kept and spent + cost > BUDGET:
            continue
        spent += cost
        for s in (a, b):
            uses[id(s)] = uses.get(id(s), 0) + 1
        kept.append((a, b))
    ids: dict[int, ShownStatement] = {}
    groups: list[list[ShownStatement]] = []
    for pair in kept:
        ordered = sorted(pair, key=lambda s: (context.label(s.article_id), s.sentence.start))
        for item in ordered:
            ids.setdefault(id(item), ShownStatement(f"S{len(ids) + 1}", item))
        groups.append([ids[id(item)] for item in ordered])
    return Subjects(groups)
