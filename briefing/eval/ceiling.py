"""The most the proposals channel could add on the real corpus: each gold dispute code
does not find, proposed as a perfect model would propose it.

For every annotated dispute code's own detectors miss, each pair of sentences standing
for its two sides is shown to code as the proposal call's only group, whether or not the
call would have shown it, and every pair of words code could check between the two is
proposed (the careless double, briefing.eval.reckless): whatever words a model names,
code admits the dispute only if it admits one of these. So the count admitted is what
any model, the best included, could add through the channel, and the reasons say what
closes it. docs/calibration.md reports it per half.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from briefing.analysis import Analysis, ShownStatement, Statement, Subjects
from briefing.eval import reckless
from briefing.eval.gold import quote_matches
from briefing.eval.real import (
    Half,
    RealGold,
    analysed,
    annotated,
    matches,
    sides_of,
    span_text,
)

FOUND = "found by code"
NO_STATEMENT = "a side is no statement of its report"
ADMITTED = "admitted"


def _statements(analysis: Analysis, texts: Sequence[str]) -> list[Statement]:
    """The statements a side's spans stand for."""
    return [
        item
        for item in analysis.context.all()
        if any(quote_matches(item.text, t) or quote_matches(t, item.text) for t in texts)
    ]


def _verdict(analysis: Analysis, first: list[Statement], second: list[Statement]) -> str:
    """Whether code admits one pair of the sides' sentences on some checkable words, or
    the reason it rejects the most proposals otherwise."""
    reasons: Counter[str] = Counter()
    for a, b in itertools.product(first, second):
        group = [ShownStatement("S1", a), ShownStatement("S2", b)]
        shown = dataclasses.replace(analysis, subjects=Subjects([group]))
        found, review = reckless.admitted(shown)
        if found:
            return ADMITTED
        reasons.update(review.rejected)
        if not review.proposed:
            reasons["no words code could check"] += 1
    return reasons.most_common(1)[0][0] if reasons else NO_STATEMENT


def perfect_proposer(corpus: Path, gold: RealGold, half: Half) -> Counter[str]:
    """Every gold dispute of a half's annotated events: found by code, admitted from a
    perfect proposer, or the reason code would reject it."""
    verdicts: Counter[str] = Counter()
    for name, event, articles, today in annotated(corpus, gold, half):
        analysis = analysed(articles, today)
        shown = [sides_of(c) for c in analysis.candidates]
        for dispute in event.disputes:
            texts = [[span_text(corpus, name, s) for s in side] for side in dispute.sides]
            if any(matches(pair, texts) for pair in shown):
                verdicts[FOUND] += 1
                continue
            first, second = (_statements(analysis, side) for side in texts)
            verdicts[_verdict(analysis, first, second)] += 1
    return verdicts
