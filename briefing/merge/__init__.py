"""Stage 6 (merge, in code): verify quotes against the sources and merge actors."""

from briefing.merge.actors import Actor, merge_actors
from briefing.merge.claims import Evidence, MergeResult, merge
from briefing.merge.quotes import Span, verify_quote

__all__ = [
    "Actor",
    "Evidence",
    "MergeResult",
    "Span",
    "merge",
    "merge_actors",
    "verify_quote",
]
