"""Every pair of words code could check between two statements: two figures, two
dates, two opposed words, two ways one thing ended, the words two quotations of one
remark replace, an undecided or negated act and the same act done
(briefing.analysis.disputes.differences), each also with up to ``WIDER`` words before
it ("he denied" for "denied"). What a model may name as the words that differ;
briefing.eval.reckless proposes them all, to see what code lets through.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator

from briefing.analysis.disputes.differences import (
    ACT_WORDS,
    CHECKED_DATES,
    QUOTATION,
    act_stems,
    date_matches,
)
from briefing.analysis.disputes.ended import ways
from briefing.analysis.disputes.nearby import WORD
from briefing.analysis.lexicon import NEGATION, POLARITY
from briefing.analysis.text import PREDICTIVE_MARK, Statement
from briefing.articles import stem, stems

# Word pairs proposed per pair of statements at most: every figure of a sentence against
# every other, widened, bounded so a long sentence cannot run away.
PER_PAIR = 200
# Words before named words a model may take with them.
WIDER = 3

Spans = Iterator[tuple[tuple[int, int], tuple[int, int]]]


def _figures(a: Statement, b: Statement) -> Spans:
    for fa, fb in itertools.product(a.figures, b.figures):
        yield (fa.start, fa.start + len(fa.text)), (fb.start, fb.start + len(fb.text))


def _dates(a: Statement, b: Statement) -> Spans:
    def checked(text: str) -> list[re.Match[str]]:
        return [m for m in date_matches(text) if m.lastgroup in CHECKED_DATES]

    for ma, mb in itertools.product(checked(a.text), checked(b.text)):
        if ma.lastgroup == mb.lastgroup:
            yield ma.span(), mb.span()


def _opposed(a: Statement, b: Statement) -> Spans:
    """Words on the two sides of one axis of opposed words (denied / admitted)."""

    def marked(text: str, side: frozenset[str]) -> list[tuple[int, int]]:
        return [w.span() for w in WORD.finditer(text) if stem(w.group()) in side]

    for one, other in POLARITY.values():
        yield from itertools.product(marked(a.text, one), marked(b.text, other))
        yield from itertools.product(marked(a.text, other), marked(b.text, one))


def _ways(a: Statement, b: Statement) -> Spans:
    """Two ways one thing ended (fired / resigned), one in each."""
    for wa, wb in itertools.product(ways(a.text), ways(b.text)):
        if wa.axis == wb.axis and wa.side != wb.side:
            yield (wa.start, wa.end), (wb.start, wb.end)


def _quotations(a: Statement, b: Statement) -> Spans:
    """The runs of words two quotations replace, one for the other."""
    for x, y in itertools.product(QUOTATION.finditer(a.text), QUOTATION.finditer(b.text)):
        words_x, words_y = list(WORD.finditer(x.group(1))), list(WORD.finditer(y.group(1)))
        matcher = difflib.SequenceMatcher(
            a=[w.group().casefold() for w in words_x],
            b=[w.group().casefold() for w in words_y],
            autojunk=False,
        )
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "replace":
                start_x, start_y = x.start(1), y.start(1)
                yield (
                    (start_x + words_x[i1].start(), start_x + words_x[i2 - 1].end()),
                    (start_y + words_y[j1].start(), start_y + words_y[j2 - 1].end()),
                )


def _acts(a: Statement, b: Statement) -> Spans:
    """An undecided or negated act in one ("is expected to sign the") against each word
    of the other sentence that names the act."""
    for marker in (PREDICTIVE_MARK, NEGATION):
        for first, second, flip in ((a, b, False), (b, a, True)):
            for found in marker.finditer(first.text):
                after = list(re.finditer(r"\S+", first.text[found.end() :]))[:ACT_WORDS]
                end = found.end() + after[-1].end() if after else found.end()
                acts = act_stems(first.text[found.start() : end], marker)
                for word in WORD.finditer(second.text):
                    if stems(word.group()) & acts:
                        pair = ((found.start(), end), word.span())
                        yield (pair[1], pair[0]) if flip else pair


def _wider(text: str, span: tuple[int, int]) -> list[str]:
    """The named words, and the same with one to ``WIDER`` words before them."""
    before = [m.start() for m in re.finditer(r"\S+", text[: span[0]])][-WIDER:]
    return [text[span[0] : span[1]], *(text[start : span[1]] for start in reversed(before))]


def checkable_pairs(a: Statement, b: Statement) -> list[tuple[str, str]]:
    """Every pair of words code could check between two statements, each widened, at most
    ``PER_PAIR``."""
    spans = itertools.chain(
        _figures(a, b), _dates(a, b), _opposed(a, b), _ways(a, b), _quotations(a, b), _acts(a, b)
    )
    pairs = (
        (wa, wb)
        for sa, sb in spans
        for wa, wb in itertools.product(_wider(a.text, sa), _wider(b.text, sb))
    )
    kept: dict[tuple[str, str], None] = {}
    for pair in pairs:
        kept.setdefault(pair)
        if len(kept) == PER_PAIR:
            break
    return list(kept)
