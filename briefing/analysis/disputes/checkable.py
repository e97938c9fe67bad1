"""Every pair of words code could check between two statements: two figures, two
dates, two opposed words, two quotations, an undecided or negated act and the same act
done (briefing.analysis.disputes.differences). What a model may name as the words that
differ; briefing.eval.reckless proposes them all, to bound what code lets through.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from briefing.analysis.disputes.differences import (
    ACT_WORDS,
    CHECKED_DATES,
    NEGATION,
    QUOTATION,
    act_stems,
    date_matches,
)
from briefing.analysis.lexicon import POLARITY
from briefing.analysis.text import PREDICTIVE_MARK, Statement
from briefing.articles import stem, stems

# Word pairs proposed per pair of statements at most: enough for every figure of a
# sentence against every other, bounded so a long sentence cannot run away.
PER_PAIR = 40


def _figures(a: Statement, b: Statement) -> Iterator[tuple[str, str]]:
    for fa, fb in itertools.product(a.figures, b.figures):
        yield fa.text, fb.text


def _dates(a: Statement, b: Statement) -> Iterator[tuple[str, str]]:
    for ma, mb in itertools.product(date_matches(a.text), date_matches(b.text)):
        if ma.lastgroup == mb.lastgroup and ma.lastgroup in CHECKED_DATES:
            yield ma.group(), mb.group()


def _opposed(a: Statement, b: Statement) -> Iterator[tuple[str, str]]:
    def marked(text: str, side: frozenset[str]) -> list[str]:
        return [w for w in re.findall(r"[^\W\d_]+", text) if stem(w) in side]

    for one, other in POLARITY.values():
        words_a = marked(a.text, one | other)
        words_b = marked(b.text, one | other)
        yield from itertools.product(words_a, words_b)


def _quotations(a: Statement, b: Statement) -> Iterator[tuple[str, str]]:
    for x, y in itertools.product(QUOTATION.finditer(a.text), QUOTATION.finditer(b.text)):
        yield x.group(1), y.group(1)


def _acts(a: Statement, b: Statement) -> Iterator[tuple[str, str]]:
    """An undecided or negated act in one ("is expected to sign the") against each word
    of the other sentence."""
    for marker in (PREDICTIVE_MARK, NEGATION):
        for first, second, flip in ((a, b, False), (b, a, True)):
            for found in marker.finditer(first.text):
                after = re.findall(r"\S+", first.text[found.end() :])[:ACT_WORDS]
                open_words = " ".join([found.group(), *after])
                acts = act_stems(open_words, marker)
                for word in re.findall(r"[^\W\d_]{4,}", second.text):
                    if stems(word) & acts:
                        yield (word, open_words) if flip else (open_words, word)


def checkable_pairs(a: Statement, b: Statement) -> list[tuple[str, str]]:
    """Every pair of words code could check between two statements, at most ``PER_PAIR``."""
    found = itertools.chain(
        _figures(a, b), _dates(a, b), _opposed(a, b), _quotations(a, b), _acts(a, b)
    )
    return list(itertools.islice(found, PER_PAIR))
