"""Lines a site prints under every article ("Our Standards: The Trust Principles.",
"Reporting by ...; editing by ...", "Sign up for our newsletter"): found across the set,
not in one article. A short paragraph that opens or closes two articles of the same
outlet, when those two are not versions of one article, is the site's, not the story's;
left in, it makes every story from that outlet look alike to the story grouping.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from itertools import combinations

from briefing.articles.cleaning import normalise_line

# A site's boilerplate is a line or two; a reused background paragraph is longer and is
# the story's own (kept). Versions of one article share most paragraphs (kept too).
MAX_WORDS = 15
VERSION_SHARE = 0.5
# Where a template puts its lines: above the text or below it.
EDGE_FIRST, EDGE_LAST = 1, 2


def _paragraphs(text: str) -> list[str]:
    return [normalise_line(p) for p in text.split("\n\n") if p.strip()]


def _edges(paragraphs: list[str]) -> set[str]:
    return {*paragraphs[:EDGE_FIRST], *paragraphs[-EDGE_LAST:]}


def sitewide_lines(
    texts: Mapping[Hashable, tuple[str | None, str]],
) -> dict[Hashable, set[str]]:
    """For each article key (given its outlet and cleaned text), the normalised paragraphs
    that are its site's boilerplate; articles without an outlet are left alone."""
    by_outlet: dict[str, list[Hashable]] = {}
    for key, (outlet, _) in texts.items():
        if outlet:
            by_outlet.setdefault(outlet.casefold(), []).append(key)
    found: dict[Hashable, set[str]] = {}
    for keys in by_outlet.values():
        _pairs(keys, {k: _paragraphs(texts[k][1]) for k in keys}, found)
    return found


def _pairs(
    keys: Sequence[Hashable],
    paragraphs: Mapping[Hashable, list[str]],
    found: dict[Hashable, set[str]],
) -> None:
    for a, b in combinations(keys, 2):
        shared = set(paragraphs[a]) & set(paragraphs[b])
        smaller = min(len(set(paragraphs[a])), len(set(paragraphs[b]))) or 1
        if not shared or len(shared) / smaller > VERSION_SHARE:
            continue
        edges = _edges(paragraphs[a]) & _edges(paragraphs[b])
        short = {p for p in shared & edges if len(p.split()) <= MAX_WORDS}
        for key in (a, b):
            found.setdefault(key, set()).update(short)
