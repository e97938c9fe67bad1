"""Name keys for matching actors: accents, titles, punctuation and case removed."""

from __future__ import annotations

import re

from briefing.articles.words import strip_accents

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


NATIONALITIES = frozenset(
    {
        "american",
        "brazilian",
        "chinese",
        "colombian",
        "cuban",
        "russian",
        "us",
        "u.s.",
        "venezuelan",
    }
)


def _strip_titles(words: list[str], folded: list[str]) -> list[str]:
    """Drop leading titles, and a nationality that qualifies a title ("Cuban Foreign ...")."""
    start = 0
    while len(words) - start > 1:
        word = folded[start].strip(".")
        nationality_of_title = word in NATIONALITIES and folded[start + 1].strip(".") in TITLES
        if word not in TITLES and not nationality_of_title:
            break
        start += 1
    return words[start:]


def _fold(text: str) -> str:
    return strip_accents(text).casefold().replace("-", " ")


def name_key(name: str) -> str:
    """Accent-free, case-folded, punctuation-free name without leading titles."""
    words = re.sub(r"[^\w\s]", " ", _fold(name)).split()
    return " ".join(_strip_titles(words, words))


def display_name(name: str) -> str:
    """The name as written, minus leading titles: 'President Rodrigues' -> 'Rodrigues'."""
    words = name.split()
    return " ".join(_strip_titles(words, [w.casefold() for w in words]))


def is_proper_name(name: str, text: str) -> bool:
    """Whether the source writes the name (accents aside) with a capital letter: "elite
    units" in the text is a phrase, not an actor, whatever case the model gave it."""
    key = display_name(name)
    pattern = r"(?<!\w)" + re.escape(strip_accents(key)).replace(r"\ ", r"\s+") + r"(?!\w)"
    found = re.finditer(pattern, strip_accents(text), flags=re.IGNORECASE)
    return any(any(c.isupper() for c in match.group()) for match in found)


def fold_text(text: str) -> str:
    """``text`` folded as name_key folds names (titles kept), padded for word matching."""
    words = re.sub(r"[^\w\s]", " ", _fold(text)).split()
    return f" {' '.join(words)} "


def appears_in(name: str, folded: str) -> bool:
    """Whether the name (accents, case, titles aside) is written in the folded text."""
    key = name_key(name)
    return bool(key) and f" {key} " in folded
