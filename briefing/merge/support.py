"""How many sources carry each claim, and how many of them are independent.

A source carries a claim when it is the claim's source or one of its sentences covers the
claim's quote (briefing.articles.coverage: same numbers and names, half the content words).
Near-duplicate rewrites of one story count as one independent source. Paraphrase that
shares few words is missed, so both counts are lower bounds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefing.articles import Article
from briefing.articles.coverage import SentenceIndex
from briefing.articles.duplicates import DuplicateGroup
from briefing.merge.claims import Evidence


@dataclass(frozen=True)
class Support:
    """Sources carrying each claim (claim id -> source ids, in article order) and the
    near-duplicate group of each source."""

    carried_by: Mapping[str, tuple[str, ...]]
    group_of: Mapping[str, str]

    def sources(self, claim_id: str) -> tuple[str, ...]:
        """The sources carrying the claim (none for an unknown id)."""
        return self.carried_by.get(claim_id, ())

    def independent(self, source_ids: Iterable[str]) -> int:
        """How many independent stories ``source_ids`` are."""
        return len({self.group_of.get(s, s) for s in source_ids})


def claim_support(
    claims: Sequence[Evidence], articles: Sequence[Article], groups: Sequence[DuplicateGroup]
) -> Support:
    """Each claim's carrying sources, found by one index over every article's sentences."""
    order = {a.id: n for n, a in enumerate(articles)}
    index = SentenceIndex({a.id: a.text for a in articles})
    carried = {
        c.id: tuple(sorted(index.covering(c.quote) | {c.article_id}, key=order.__getitem__))
        for c in claims
    }
    group_of = {m: g.representative for g in groups for m in g.members}
    return Support(carried, group_of)
