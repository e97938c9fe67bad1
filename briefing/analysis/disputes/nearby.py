"""What the words near a figure say: what it counts and of whom, and whether two sentences
say the same thing. Shared by the figure and amount detectors."""

from __future__ import annotations

import re

from briefing.analysis.disputes.context import Context
from briefing.analysis.figures import Figure
from briefing.analysis.text import Statement
from briefing.articles import overlap, stem

# Sentences saying the same thing share this share of the smaller one's stems.
ALIGNED = 0.25
# Words each way of a figure that say what it counts.
WINDOW = 10
# Stems two figures' surroundings must share to count the same thing.
AROUND = 2
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "percent"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def words_near(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The ``WINDOW`` words before ``start`` and after ``end``."""
    words = list(_WORD.finditer(text))
    before = [w for w in words if w.end() <= start][-WINDOW:]
    after = [w for w in words if w.start() >= end][:WINDOW]
    return [*before, *after]


def _window(item: Statement, figure: Figure) -> list[re.Match[str]]:
    return words_near(item.text, figure.start, figure.start + 1)


def around(item: Statement, figure: Figure) -> frozenset[str]:
    """Stems of the words within ``WINDOW`` of the figure, scale words left out."""
    found = {stem(w.group().casefold()) for w in _window(item, figure)}
    return frozenset(found & item.stems) - _SCALE_WORDS


def countries(item: Statement, figure: Figure, context: Context) -> frozenset[str]:
    """Countries named within ``WINDOW`` words of the figure: whose figure it is."""
    words = _window(item, figure)
    keys = {context.entities.key(w.group()) for w in words if w.group()[0].isupper()}
    return frozenset(k for k in keys if context.entities.is_country(k))


def other_countries(context: Context, x: Statement, fx: Figure, y: Statement, fy: Figure) -> bool:
    """Each figure is said of a country and not of the same one: troops of two countries."""
    first, second = countries(x, fx, context), countries(y, fy, context)
    return bool(first and second) and not first & second


def aligned(a: Statement, b: Statement, share: float = ALIGNED) -> bool:
    """The sentences share ``share`` of the smaller one's stems."""
    return overlap(a.stems, b.stems) >= share
