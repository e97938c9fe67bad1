"""Name keys for matching actors: accents, titles, punctuation and case removed."""

from __future__ import annotations

import re
import unicodedata

TITLES = frozenset(
    [
        "president",
        "vice",
        "interim",
        "acting",
        "former",
        "late",
        "deposed",
        "minister",
        "defense",
        "defence",
        "interior",
        "justice",
        "foreign",
        "secretary",
        "general",
        "gen",
        "mr",
        "mrs",
        "ms",
        "dr",
        "senator",
        "ambassador",
        "leader",
        "hard-line",
        "hardline",
        "commander",
        "chief",
        "prime",
        "deputy",
        "the",
    ]
)


def strip_accents(text: str) -> str:
    """'Rodríguez' -> 'Rodriguez'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """Accent-free, case-folded, punctuation-free name without leading titles."""
    words = re.sub(r"[^\w\s]", " ", strip_accents(name).casefold().replace("-", " ")).split()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    return " ".join(words)


def display_name(name: str) -> str:
    """The name as written, minus leading titles: 'President Rodrigues' -> 'Rodrigues'."""
    words = name.split()
    while len(words) > 1 and words[0].casefold().strip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


def fold_text(text: str) -> str:
    """``text`` folded as name_key folds names (titles kept), padded for word matching."""
    words = re.sub(r"[^\w\s]", " ", strip_accents(text).casefold().replace("-", " ")).split()
    return f" {' '.join(words)} "


def appears_in(name: str, folded: str) -> bool:
    """Whether the name (accents, case, titles aside) is written in the folded text."""
    key = name_key(name)
    return bool(key) and f" {key} " in folded
