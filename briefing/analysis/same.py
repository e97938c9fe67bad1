"""When one statement states the fact of another: the test behind corroboration and
everything that counts the sources stating something.

A statement states the fact of a claim when both hedge or neither does ("it is unclear
whether the steering failed" states no fact about the steering), and

- the claim gives figures: the statement gives every one of them (same value, and the
  same measure when both name one: 32 killed is not 32 deployed) and no other figure
  counting the same unit (that would report a dispute), shares a named entity,
  and shares at least two other stems ("32 officers ... were killed during the
  operation" and "32 Cuban agents lost their lives ... during a clandestine night
  operation");
- the claim gives none: neither does the statement, every entity of the claim is in it
  (entities folded, so "Havana" is Cuba), and it has at least ``WORDING_SHARE`` of the
  claim's stems, two at least, the claim having ``MIN_STEMS`` or more.
"""

from __future__ import annotations

import math

from briefing.analysis.figures import COUNTED
from briefing.analysis.text import Statement

WORDING_SHARE = 0.6
MIN_STEMS = 4
SHARED_STEMS_WITH_FIGURES = 2


def _counts(s: Statement) -> dict[float, str | None]:
    return {f.value: f.measure for f in s.figures if f.kind in COUNTED}


def _rivals(a: Statement, b: Statement) -> bool:
    """``b`` also gives another figure for a quantity ``a`` counts: it reports a dispute
    ("600 tonnes, or 1,800 by another count"), it does not back one side."""
    units = {f.unit for f in a.figures if f.kind in COUNTED and f.unit}
    values = {f.value for f in a.figures}
    return any(f.unit in units and f.value not in values for f in b.figures if f.kind in COUNTED)


def same_fact(a: Statement, b: Statement) -> bool:
    """Whether statement ``b`` states the fact of claim ``a`` (see the module docstring)."""
    counts_a, counts_b = _counts(a), _counts(b)
    if bool(counts_a) != bool(counts_b) or a.hedged != b.hedged:
        return False
    if counts_a:
        given = all(
            v in counts_b and (None in (m, counts_b[v]) or m == counts_b[v])
            for v, m in counts_a.items()
        )
        if _rivals(a, b):
            return False
        other = len(a.stems & b.stems)
        return given and bool(a.entities & b.entities) and other >= SHARED_STEMS_WITH_FIGURES
    if not a.entities <= b.entities or len(a.stems) < MIN_STEMS:
        return False
    need = max(2, math.ceil(WORDING_SHARE * len(a.stems)))
    return len(a.stems & b.stems) >= need
