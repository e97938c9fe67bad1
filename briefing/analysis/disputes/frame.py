"""Same words, another figure: two independent reports write the same run of words and
then a different number ("Moss has chaired the board since 2011" / "Moss has chaired the
board since 2012").

The figure detectors (briefing.analysis.disputes.figures, when) compare figures they can
type: a count of people, an amount, a span of years. A figure after the same verbatim
words needs no type: the words say it is the same measure of the same subject, which
independent newsrooms write alike only when they report the same fact. A pair is taken
only when:

- the two sources are independent, and each sentence is the source's own (a rewrite's
  changed figure is rewrite drift's);
- at least ``FRAME_WORDS`` words before the figures are the same, in the same order, and
  hold at least ``FRAME_CONTENT`` content words (not "in the first of the");
- after the figures, the words to the end of the clause are the same (so "rose to 5
  percent in March" is not set against "rose to 6 percent in April");
- the figures are of one form (two years, or two numbers that are not years) and
  differ; neither source gives the other's figure after the same words.

Set on the real corpus's tune half (docs/calibration.md).
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.text import Statement
from briefing.articles import STOP_WORDS, stem

FRAME_WORDS = 4
FRAME_CONTENT = 2
_TOKEN = re.compile(r"\$?\d+(?:[.,]\d+)*%?|[^\W\d_][\w’'-]*")
_NUMBER = re.compile(r"\$?\d+(?:[.,]\d+)*%?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


class _Words(NamedTuple):
    """A sentence's words, folded, with where each stands."""

    folded: list[str]
    spans: list[tuple[int, int]]


def _words(text: str) -> _Words:
    found = list(_TOKEN.finditer(text))
    return _Words([m.group().casefold() for m in found], [m.span() for m in found])


def _rest_of_clause(text: str, end: int) -> list[str]:
    """The words after a figure up to the end of its clause, folded."""
    rest = re.split(r"[,;:!?()“”\"]|\.(?!\d)", text[end:], maxsplit=1)[0]
    return _words(rest).folded


def _value(number: str) -> float:
    return float(number.strip("$%").replace(",", ""))


class Changed(NamedTuple):
    """Two figures after the same words: the words and each figure as written."""

    frame: str
    first: str
    second: str


def _one_form(a: str, b: str) -> bool:
    """Two years, or two numbers that are not years, of different value."""
    years = bool(_YEAR.fullmatch(a)), bool(_YEAR.fullmatch(b))
    return years[0] == years[1] and _value(a) != _value(b)


def changed_figure(a: str, b: str) -> Changed | None:
    """The first figure two sentences write differently after the same words, or None."""
    wa, wb = _words(a), _words(b)
    blocks = difflib.SequenceMatcher(None, wa.folded, wb.folded, autojunk=False).get_opcodes()
    for n, (tag, i1, _, j1, _) in enumerate(blocks):
        if tag != "replace" or n == 0 or blocks[n - 1][0] != "equal":
            continue
        first, second = wa.folded[i1], wb.folded[j1]
        if not (_NUMBER.fullmatch(first) and _NUMBER.fullmatch(second)):
            continue
        before = blocks[n - 1]
        run = wa.folded[max(before[1], i1 - FRAME_WORDS * 3) : i1]
        content = [w for w in run if len(w) > 3 and w not in STOP_WORDS]
        if len(run) < FRAME_WORDS or len({stem(w) for w in content}) < FRAME_CONTENT:
            continue
        # The same words after the figures too, to the end of their clauses: "5 percent
        # in March" and "6 percent in April" are two months' rates.
        rest = _rest_of_clause(a, wa.spans[i1][1]) == _rest_of_clause(b, wb.spans[j1][1])
        if rest and _one_form(first, second):
            start = wa.spans[max(before[1], i1 - FRAME_WORDS * 3)][0]
            return Changed(
                a[start : wa.spans[i1][0]].strip(), a[slice(*wa.spans[i1])], b[slice(*wb.spans[j1])]
            )
    return None


def _writes(context: Context, source: str, frame: str, figure: str) -> bool:
    """Whether a source writes the figure after the same words too."""
    written = re.compile(re.escape(frame) + r"\s+" + re.escape(figure) + r"(?!\d)", re.IGNORECASE)
    return any(written.search(s.text) for s in context.statements[source])


def _numbered(x: Statement, y: Statement) -> bool:
    return bool(_NUMBER.search(x.text)) and bool(_NUMBER.search(y.text))


def _pairs(context: Context) -> Iterator[tuple[Statement, Statement, Changed]]:
    for a, b in itertools.combinations(context.statements, 2):
        if not context.independent(a, b):
            continue
        for x, y in itertools.product(context.statements[a], context.statements[b]):
            # Cheap tests first: a day's story can hold thousands of pairs of sentences.
            if len(x.stems & y.stems) < FRAME_CONTENT or not _numbered(x, y):
                continue
            found = changed_figure(x.text, y.text)
            if found and not (
                _writes(context, a, found.frame, found.second)
                or _writes(context, b, found.frame, found.first)
            ):
                yield x, y, found


def _candidate(context: Context, x: Statement, y: Statement, found: Changed) -> Candidate:
    labels = context.label(x.article_id), context.label(y.article_id)
    return Candidate(
        detector="changed figure",
        sides=((quote(x, found.first),), (quote(y, found.second),)),
        kinds=("contradiction", "scope difference"),
        evidence=f"{labels[0]} and {labels[1]} write the same words (“{found.frame}”), "
        f"then {found.first} against {found.second}",
        topic=f"“{found.frame} …”: {found.first} or {found.second}?",
        positions=(found.first, found.second),
        score=1.9,
        terms=(x.stems & y.stems) | (x.entities & y.entities),
    )


def changed_figures(context: Context) -> list[Candidate]:
    """One candidate per pair of independent sentences that write the same words and
    then different figures."""
    return [_candidate(context, x, y, found) for x, y, found in _pairs(context)]
