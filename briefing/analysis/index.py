"""An index of the day's statements, so that comparing one statement with all the others
costs what the matches cost, not the size of the day.

For ``same_fact`` a candidate must share every figure of the probe (so the postings of
one of its figures suffice), or, without figures, at least ``need`` of its n stems (so
it holds one of the probe's n - need + 1 rarest stems: the pigeonhole bound), or, for
one event told in other words, at least ``EVENT_STEMS`` of them (one of the probe's
n - EVENT_STEMS + 1 rarest). Nothing that could match is left out.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator

from briefing.analysis.same import EVENT_STEMS, MIN_STEMS, WORDING_SHARE, same_fact
from briefing.analysis.text import Statement


class StatementIndex:
    """Statements by stem and by figure value."""

    def __init__(self, items: Iterable[Statement]) -> None:
        self.items: list[Statement] = list(items)
        self.by_stem: dict[str, list[int]] = defaultdict(list)
        self.by_value: dict[float, list[int]] = defaultdict(list)
        for n, item in enumerate(self.items):
            for word in item.stems:
                self.by_stem[word].append(n)
            for value in item.counted:
                self.by_value[value].append(n)

    def _rarest(self, words: Iterable[str], keep: int) -> list[str]:
        return sorted(words, key=lambda w: len(self.by_stem.get(w, ())))[: max(1, keep)]

    def _hits(self, positions: Iterable[int]) -> Iterator[Statement]:
        return (self.items[n] for n in sorted(set(positions)))

    def sharing(self, probe: Statement, words: int = 1) -> Iterator[Statement]:
        """Statements holding one of the probe's ``words`` rarest stems."""
        rarest = self._rarest(probe.stems, words)
        return self._hits(n for w in rarest for n in self.by_stem.get(w, ()))

    def same_fact(self, probe: Statement) -> Iterator[Statement]:
        """Statements stating the probe's fact (briefing.analysis.same.same_fact)."""
        if probe.counted:
            rarest = min(probe.counted, key=lambda v: len(self.by_value.get(v, ())))
            near: Iterable[Statement] = self._hits(self.by_value.get(rarest, ()))
        else:
            n = len(probe.stems)
            need = max(2, math.ceil(WORDING_SHARE * n))
            # The wording path needs ``need`` shared stems, one event in other words
            # EVENT_STEMS: the laxer bound of those that apply decides the postings read.
            keep = max(
                n - need + 1 if n >= MIN_STEMS else 0,
                n - EVENT_STEMS + 1 if n >= EVENT_STEMS else 0,
            )
            near = self.sharing(probe, keep) if keep else ()
        return (item for item in near if same_fact(probe, item))
