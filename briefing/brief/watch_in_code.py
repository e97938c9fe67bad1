"""What to watch from code's own forward-looking sentences alone, no model signals: what
the real corpus's What to watch labels are measured on (briefing.eval.watch)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from briefing.analysis import Analysis
from briefing.brief.build import stating
from briefing.brief.evidence import Quotes
from briefing.brief.model import WatchItem
from briefing.brief.outlook import watch_list
from briefing.reduce import ShownSignal


def code_watch(
    analysis: Analysis, published: Mapping[str, dt.date | None], today: dt.date
) -> list[WatchItem]:
    """What to watch as the brief lists it (briefing.brief.outlook.watch_list), from the
    analysis's own forward-looking sentences, briefed on ``today``."""
    quotes = Quotes(
        analysis.claims.claims, analysis.corroboration.support, stating(analysis.context)
    )
    signals = [ShownSignal(s.id, s) for s in analysis.signals]
    rewrites = {s.id for s in analysis.sources if s.rewrite_of}
    return watch_list(
        signals, quotes, rewrites, analysis.candidates, published=published, today=today
    )
