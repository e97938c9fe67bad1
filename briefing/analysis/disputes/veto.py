"""The agreement veto: two statements whose figures and names agree state one fact, and
are never shown as a dispute, whatever the model calls them."""

from __future__ import annotations

from briefing.analysis.text import Statement

_COUNTED = ("count", "time")


def agree(a: Statement, b: Statement) -> bool:
    """Both give figures, the same ones, and neither names anyone the other does not."""
    values_a = {f.value for f in a.figures if f.kind in _COUNTED}
    values_b = {f.value for f in b.figures if f.kind in _COUNTED}
    return bool(values_a) and values_a == values_b and a.entities == b.entities
