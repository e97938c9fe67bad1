"""Open questions: statements in two or more sources that say something is not known
("it remains uncertain whether", "the circumstances remain unclear — whether by ..."), in
their own words: a speaker quoted saying "nobody knows" asks no question of the report.

Hedged statements of different sources (a rewrite and its source included: saying the
same thing is not known sets no source against another) are linked when they share at
least ``SHARED`` stems or names and ``QUESTION_SHARE`` of the smaller one's stems; pairs from
independent sources come first.
"""

from __future__ import annotations

import re
from itertools import combinations

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.text import Statement, hedged_in_own_words

SHARED = 2
QUESTION_SHARE = 0.15
_QUESTION = re.compile(r"\b(whether|why|how|who|when|what)\b.*", re.IGNORECASE)


def _linked(a: Statement, b: Statement) -> bool:
    smaller = min(len(a.stems), len(b.stems))
    shared = len(a.stems & b.stems)
    return a.shares(b) >= SHARED and smaller > 0 and shared >= QUESTION_SHARE * smaller


def _topic(item: Statement) -> str:
    found = _QUESTION.search(item.text)
    words = (found.group() if found else item.text).rstrip(".").split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def open_questions(context: Context) -> list[Candidate]:
    """One candidate per pair of sources that say the same thing is not known."""
    hedged = [s for s in context.all() if s.hedged and hedged_in_own_words(s.text)]
    pairs = [
        (context.independent(a.article_id, b.article_id), a.shares(b), a, b)
        for a, b in combinations(hedged, 2)
        if a.article_id != b.article_id and _linked(a, b)
    ]
    pairs.sort(key=lambda p: (not p[0], -p[1], p[2].sentence.start))
    used: set[tuple[str, int]] = set()
    found = []
    for _, shared, a, b in pairs:
        keys = {(a.article_id, a.sentence.start), (b.article_id, b.sentence.start)}
        if keys & used:
            continue
        used |= keys
        labels = context.label(a.article_id), context.label(b.article_id)
        found.append(
            Candidate(
                detector="open question",
                sides=((quote(a),), (quote(b),)),
                kinds=("open question",),
                settled="open question",
                evidence=f"{labels[0]} and {labels[1]} both say it is not known",
                topic=_topic(a),
                positions=("not known", "not known"),
                score=1.5 + 0.1 * shared,
                why="Neither: the sources say it is not known.",
                terms=(a.stems & b.stems) | (a.entities & b.entities),
            )
        )
    return found
