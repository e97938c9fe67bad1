"""Stage 6 (merge, in code): verify quotes against the sources and merge actors."""

from briefing.merge.actors import Actor, merge_actors
from briefing.merge.claims import Dropped, Evidence, MergeResult, merge
from briefing.merge.names import CHAMBERS, SUFFIXES, TITLES, name_key
from briefing.merge.quotes import Span, verify_quote

__all__ = [
    "CHAMBERS",
    "SUFFIXES",
    "TITLES",
    "Actor",
    "Dropped",
    "Evidence",
    "MergeResult",
    "Span",
    "merge",
    "merge_actors",
    "name_key",
    "verify_quote",
]
