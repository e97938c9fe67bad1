"""Corroboration: which sources state each claim's fact, in their own words, and how many
independent stories that is.

Whether a sentence states a claim's fact is briefing.analysis.same.same_fact. Claims that
state one another's fact form one Fact. A rewrite and the article it rewrites count once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefing.analysis.index import StatementIndex
from briefing.analysis.same import same_fact
from briefing.analysis.text import Statement, statement
from briefing.articles import DuplicateGroup, Entities, Sentence
from briefing.merge import Evidence


@dataclass(frozen=True)
class Support:
    """Sources carrying each claim (claim id -> source ids, in article order) and the
    rewrite group of each source."""

    carried_by: Mapping[str, tuple[str, ...]]
    group_of: Mapping[str, str]

    def sources(self, claim_id: str) -> tuple[str, ...]:
        """The sources carrying the claim (none for an unknown id)."""
        return self.carried_by.get(claim_id, ())

    def independent(self, source_ids: Iterable[str]) -> int:
        """How many independent stories ``source_ids`` are."""
        return len({self.group_of.get(s, s) for s in source_ids})


@dataclass(frozen=True)
class Fact:
    """Claims from one or more sources that state the same fact."""

    id: str
    claim_ids: tuple[str, ...]
    sources: tuple[str, ...]
    independent: int


def claim_statement(claim: Evidence, entities: Entities) -> Statement:
    """The claim's quote as a statement of its source."""
    sentence = Sentence(claim.article_id, -1, claim.start, claim.end, claim.quote)
    return statement(sentence, entities)


def _carriers(probe: Statement, index: StatementIndex, order: Mapping[str, int]) -> tuple[str, ...]:
    found = {s.article_id for s in index.same_fact(probe)}
    return tuple(sorted(found | {probe.article_id}, key=order.__getitem__))


def _facts(
    claims: Sequence[Evidence], probes: Mapping[str, Statement], support: Support
) -> list[Fact]:
    parent = {c.id: c.id for c in claims}

    def root(i: str) -> str:
        while parent[i] != i:
            i = parent[i]
        return i

    owner = {id(probes[c.id]): c.id for c in claims}
    index = StatementIndex(probes[c.id] for c in claims)
    for claim in claims:
        for near in index.same_fact(probes[claim.id]):
            other = owner[id(near)]
            if other != claim.id and same_fact(near, probes[claim.id]):
                parent[root(other)] = root(claim.id)
    grouped: dict[str, list[Evidence]] = defaultdict(list)
    for claim in claims:
        grouped[root(claim.id)].append(claim)
    facts = []
    for n, members in enumerate(grouped.values(), start=1):
        sources = sorted({s for c in members for s in support.sources(c.id)})
        ids = tuple(c.id for c in members)
        facts.append(Fact(f"F{n}", ids, tuple(sources), support.independent(sources)))
    return facts


@dataclass(frozen=True)
class Corroboration:
    """Which sources carry each claim, and the claims grouped into facts."""

    support: Support
    facts: list[Fact]


def corroborate(
    claims: Sequence[Evidence],
    by_article: Mapping[str, Sequence[Statement]],
    groups: Sequence[DuplicateGroup],
    entities: Entities,
) -> Corroboration:
    """Carrying sources of every claim, and the facts the claims state."""
    order = {article_id: n for n, article_id in enumerate(by_article)}
    index = StatementIndex(s for found in by_article.values() for s in found)
    probes = {c.id: claim_statement(c, entities) for c in claims}
    carried = {c.id: _carriers(probes[c.id], index, order) for c in claims}
    group_of = {m: g.representative for g in groups for m in g.members}
    support = Support(carried, group_of)
    return Corroboration(support, _facts(claims, probes, support))
