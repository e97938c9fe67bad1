"""Stage 6 (merge, in code): verify quotes against the sources and merge actors."""

from briefing.merge.actors import Actor, is_given_name, merge_actors, nicknamed
from briefing.merge.claims import Dropped, Evidence, MergeResult, merge
from briefing.merge.names import (
    COURTESIES,
    LEGISLATURE,
    SUFFIXES,
    TITLE_MODIFIERS,
    TITLES,
    name_key,
    not_the_chamber,
)
from briefing.merge.quotes import Span, verify_quote

__all__ = [
    "COURTESIES",
    "LEGISLATURE",
    "SUFFIXES",
    "TITLES",
    "TITLE_MODIFIERS",
    "Actor",
    "Dropped",
    "Evidence",
    "MergeResult",
    "Span",
    "is_given_name",
    "merge",
    "merge_actors",
    "name_key",
    "nicknamed",
    "not_the_chamber",
    "verify_quote",
]
