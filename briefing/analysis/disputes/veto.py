"""The agreement veto: two statements whose figures and names agree state one fact, and
are never shown as a dispute, whatever the model calls them."""

from __future__ import annotations

from briefing.analysis.text import Statement


def agree(a: Statement, b: Statement) -> bool:
    """Both give figures, the same ones, and neither names anyone the other does not."""
    return bool(a.counted) and a.counted == b.counted and a.entities == b.entities
