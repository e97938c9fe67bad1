"""Near-duplicate articles: rewrites of one story, found in code before any model call.

Two articles are near-duplicates when the Jaccard similarity of their content-word sets
(briefing.articles.words) reaches the threshold (``duplicate_threshold``, 0.2 by default).
Paraphrase defeats shingles: the seeds' 001 and 004, two rewrites of one wire story, share
3% of their word 3-shingles but 22% of their content words, while the seeds' independent
reports on the same events share at most 13%; verbatim syndicated copies share most of
them. Groups are the connected components of the near-duplicate pairs; the member with
the most content words represents the group. It is mapped whole and the other members
only for what it does not cover (briefing.chunks.plan), so a rewrite's added names,
figures or wrong attributions still reach the brief and a wrong grouping costs tokens,
not facts. Every member stays a source; a group counts as one independent source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.articles.model import Article
from briefing.articles.words import content_words

DEFAULT_THRESHOLD = 0.2


@dataclass(frozen=True)
class DuplicateGroup:
    """Articles that tell one story; ``representative`` is mapped whole."""

    representative: str
    members: tuple[str, ...]
    similarity: dict[str, float]

    def rewrites(self) -> tuple[str, ...]:
        """The members other than the representative."""
        return tuple(m for m in self.members if m != self.representative)


def rewrites_of(groups: Sequence[DuplicateGroup]) -> dict[str, DuplicateGroup]:
    """Each rewrite's id (a member other than the representative) -> its group."""
    return {member: group for group in groups for member in group.rewrites()}


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _similar_pairs(
    words: Sequence[frozenset[str]], threshold: float
) -> list[tuple[int, int, float]]:
    """Index pairs at or above ``threshold``; a size ratio below it rules a pair out
    unseen, since Jaccard is at most the smaller set over the larger."""
    order = sorted(range(len(words)), key=lambda i: len(words[i]))
    pairs = []
    for n, i in enumerate(order):
        for j in order[n + 1 :]:
            if len(words[i]) < threshold * len(words[j]):
                break
            value = jaccard(words[i], words[j])
            if value >= threshold:
                pairs.append((min(i, j), max(i, j), value))
    return pairs


def _components(size: int, pairs: Sequence[tuple[int, int, float]]) -> list[list[int]]:
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _ in pairs:
        parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(size):
        groups.setdefault(root(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def near_duplicate_groups(
    articles: Sequence[Article], threshold: float = DEFAULT_THRESHOLD
) -> list[DuplicateGroup]:
    """Groups of two or more near-duplicate articles, in article order."""
    words = [content_words(a.text) for a in articles]
    pairs = _similar_pairs(words, threshold)
    groups = []
    for members in _components(len(articles), pairs):
        lead = max(members, key=lambda i: (len(words[i]), -i))
        similarity = {
            articles[i].id: round(jaccard(words[lead], words[i]), 3) for i in members if i != lead
        }
        groups.append(
            DuplicateGroup(
                representative=articles[lead].id,
                members=tuple(articles[i].id for i in members),
                similarity=similarity,
            )
        )
    return groups
