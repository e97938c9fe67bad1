"""Same words, another figure: two independent reports open a sentence with the same
words and then write a different number ("Moss has chaired the board since 2011" /
"Moss has chaired the board since 2012").

The figure detectors (briefing.analysis.disputes.figures, when) compare figures they can
type: a count of people, an amount, a span of years. Two sentences that are word for word
the same up to a figure need no type: who, what and when are written alike, and only the
figure differs. A pair is taken only when:

- the two sources are independent (a rewrite's changed figure is rewrite drift's);
- the sentences are the same from their first word up to the figures, at least
  ``FRAME_WORDS`` words of which ``FRAME_CONTENT`` are content words (so "In Ohio,
  Republicans have held the seat since 1994" is not set against "In Texas, Democrats
  ...");
- after the figures, the words to the end of the clause are the same ("5 percent in
  March" is not "6 percent in April");
- the figures are of one form (two years, two clock times or two other numbers) and
  differ; neither is inside quotation marks (a speaker's words), neither is a bound or a
  count that moves through the day ("at least", "rose to", "the toll", "so far"), and the
  figure reader does not find them compatible ("about 400" / "nearly 410");
- neither source writes the other's figure after the same words.

Sentences are grouped by their opening words first, so a story of many reports costs
little more than reading them. Set on the real corpus's tune half (docs/calibration.md).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import NamedTuple

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.figures import compatible
from briefing.analysis.text import Statement, in_quotation
from briefing.articles import STOP_WORDS, stem

FRAME_WORDS = 4
FRAME_CONTENT = 2
_TOKEN = re.compile(r"\$?\d+(?:[.,:]\d+)*%?|[^\W\d_][\w’'-]*")
_NUMBER = re.compile(r"\$?\d+(?:[.,:]\d+)*%?")
# Counts that move through a day, or are bounds: two reports giving two of them report
# two moments ("the toll rose to 31" / "to 40").
_MOVING = re.compile(
    r"\b(?:rose|risen|climbed|increased|grew|fell|dropped|reached|toll|so far|reporting"
    r"|at least|more than|at most|up to)\b",
    re.IGNORECASE,
)
# The words of the frame a topic shows at most.
_SHOWN_WORDS = 10
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


class _Words(NamedTuple):
    """A sentence's words, folded, with where each stands."""

    folded: list[str]
    spans: list[tuple[int, int]]


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> _Words:
    found = list(_TOKEN.finditer(text))
    return _Words([m.group().casefold() for m in found], [m.span() for m in found])


def _rest_of_clause(text: str, end: int) -> list[str]:
    """The words after a figure up to the end of its clause, folded."""
    rest = re.split(r"[,;:!?()“”\"]|\.(?!\d)", text[end:], maxsplit=1)[0]
    return _words(rest).folded


def _value(number: str) -> float | None:
    """A number's value; a clock time's in minutes ("10:30" is 630); None for what reads
    as neither ("2.4.1", "3:10:45")."""
    hours, _, minutes = number.strip("$%").replace(",", "").partition(":")
    try:
        return float(hours) * 60 + float(minutes) if minutes else float(hours)
    except ValueError:
        return None


class Changed(NamedTuple):
    """Two figures after the same words: the words and each figure as written."""

    frame: str  # as a topic shows it: its last words
    first: str
    second: str
    words: str  # every word before the figures
    at: tuple[int, int]  # where each figure starts in its sentence


def _one_form(a: str, b: str) -> bool:
    """Two years, two clock times, or two other numbers, of different value."""
    years = bool(_YEAR.fullmatch(a)), bool(_YEAR.fullmatch(b))
    times = ":" in a, ":" in b
    values = _value(a), _value(b)
    same_form = years[0] == years[1] and times[0] == times[1]
    return same_form and None not in values and values[0] != values[1]


def changed_figure(a: str, b: str) -> Changed | None:
    """The figure two sentences write differently after the same words from their start,
    or None."""
    wa, wb = _words(a), _words(b)
    at = next(
        (n for n, (x, y) in enumerate(zip(wa.folded, wb.folded, strict=False)) if x != y), None
    )
    if at is None or at < FRAME_WORDS or at >= min(len(wa.folded), len(wb.folded)):
        return None
    first, second = wa.folded[at], wb.folded[at]
    if not (_NUMBER.fullmatch(first) and _NUMBER.fullmatch(second)):
        return None
    content = {stem(w) for w in wa.folded[:at] if len(w) > 3 and w not in STOP_WORDS}
    if len(content) < FRAME_CONTENT or not _one_form(first, second):
        return None
    # The same words after the figures too, to the end of their clauses: "5 percent in
    # March" and "6 percent in April" are two months' rates.
    if _rest_of_clause(a, wa.spans[at][1]) != _rest_of_clause(b, wb.spans[at][1]):
        return None
    shown = wa.spans[max(0, at - _SHOWN_WORDS)][0]
    frame = ("… " if shown else "") + a[shown : wa.spans[at][0]].strip()
    words = a[: wa.spans[at][0]].strip()
    where = (wa.spans[at][0], wb.spans[at][0])
    return Changed(frame, a[slice(*wa.spans[at])], b[slice(*wb.spans[at])], words, where)


def _writes(context: Context, source: str, words: str, figure: str) -> bool:
    """Whether a source writes the figure after the same words too."""
    written = re.compile(
        re.escape(words) + r"\s+" + re.escape(figure) + r"(?![\d.,:]\d)", re.IGNORECASE
    )
    return any(written.search(s.text) for s in context.statements[source])


def _opening(item: Statement) -> tuple[str, ...]:
    return tuple(_words(item.text).folded[:FRAME_WORDS])


def _apart(x: Statement, y: Statement, found: Changed) -> bool:
    """Figures that need not conflict: quoted words (a speaker's), a count that moves
    through the day ("rose to", "at least", "so far"), or figures the figure reader finds
    compatible ("about 400" / "nearly 410")."""
    if in_quotation(x.text, found.at[0]) or in_quotation(y.text, found.at[1]):
        return True
    if _MOVING.search(found.words) or _MOVING.search(x.text[found.at[0] :]):
        return True
    fa = next((f for f in x.figures if found.first in f.text), None)
    fb = next((f for f in y.figures if found.second in f.text), None)
    return fa is not None and fb is not None and compatible(fa, fb)


def _pairs(context: Context) -> Iterator[tuple[Statement, Statement, Changed]]:
    # Only sentences opening on the same words can share a frame: grouped by their first
    # words, a story of many reports costs little more than reading them.
    by_opening: dict[tuple[str, ...], list[Statement]] = defaultdict(list)
    for item in context.all():
        if _NUMBER.search(item.text):
            by_opening[_opening(item)].append(item)
    for group in by_opening.values():
        for x, y in itertools.combinations(group, 2):
            a, b = x.article_id, y.article_id
            if a == b or not context.independent(a, b):
                continue
            found = changed_figure(x.text, y.text)
            if found is None or _apart(x, y, found):
                continue
            if not (
                _writes(context, a, found.words, found.second)
                or _writes(context, b, found.words, found.first)
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
