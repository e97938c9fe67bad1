"""Corroboration: which sources state each claim's fact, in their own words, and how many
independent stories that is.

A statement states the fact of a claim when both hedge or neither does ("it is unclear
whether the steering failed" states no fact about the steering), and

- the claim gives figures: the statement gives every one of them (same value, and the
  same measure when both name one: 32 killed is not 32 deployed) and no other figure
  counting the same unit (that would report a dispute), shares a named entity,
  and shares at least two other stems ("32 officers ... were killed during the
  operation" and "32 Cuban agents lost their lives ... during a clandestine night
  operation");
- the claim gives none: neither does the statement, every entity of the claim is in it
  (entities folded, so "Havana" is Cuba), and it has at least ``WORDING_SHARE`` of the
  claim's stems, two at least, the claim having ``MIN_STEMS`` or more.

Claims that state the same fact form one Fact. A rewrite and the article it rewrites
count once.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefing.analysis.text import Statement, statement
from briefing.articles.duplicates import DuplicateGroup
from briefing.articles.entities import Entities
from briefing.articles.sentences import Sentence
from briefing.merge.claims import Evidence

WORDING_SHARE = 0.6
MIN_STEMS = 4
SHARED_STEMS_WITH_FIGURES = 2
_COUNTED = ("count", "time")


def _counts(s: Statement) -> dict[float, str | None]:
    return {f.value: f.measure for f in s.figures if f.kind in _COUNTED}


def _rivals(a: Statement, b: Statement) -> bool:
    """``b`` also gives another figure for a quantity ``a`` counts: it reports a dispute
    ("600 tonnes, or 1,800 by another count"), it does not back one side."""
    units = {f.unit for f in a.figures if f.kind in _COUNTED and f.unit}
    values = {f.value for f in a.figures}
    return any(f.unit in units and f.value not in values for f in b.figures if f.kind in _COUNTED)


def same_fact(a: Statement, b: Statement) -> bool:
    """Whether statement ``b`` states the fact of claim ``a`` (see the module docstring)."""
    counts_a, counts_b = _counts(a), _counts(b)
    if bool(counts_a) != bool(counts_b) or a.hedged != b.hedged:
        return False
    if counts_a:
        given = all(
            v in counts_b and (None in (m, counts_b[v]) or m == counts_b[v])
            for v, m in counts_a.items()
        )
        if _rivals(a, b):
            return False
        other = len(a.stems & b.stems)
        return given and bool(a.entities & b.entities) and other >= SHARED_STEMS_WITH_FIGURES
    if not a.entities <= b.entities or len(a.stems) < MIN_STEMS:
        return False
    need = max(2, math.ceil(WORDING_SHARE * len(a.stems)))
    return len(a.stems & b.stems) >= need


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


class _Index:
    """Statements by stem, to compare a claim only with statements sharing a stem."""

    def __init__(self, by_article: Mapping[str, Sequence[Statement]]) -> None:
        self.items = [s for found in by_article.values() for s in found]
        self.postings: dict[str, list[int]] = defaultdict(list)
        for n, item in enumerate(self.items):
            for word in item.stems:
                self.postings[word].append(n)

    def near(self, probe: Statement) -> Iterable[Statement]:
        """Statements sharing a stem with the probe (any statement of the same fact does)."""
        hits = sorted({n for w in probe.stems for n in self.postings.get(w, ())})
        return (self.items[n] for n in hits)


def claim_statement(claim: Evidence, entities: Entities) -> Statement:
    """The claim's quote as a statement of its source."""
    sentence = Sentence(claim.article_id, -1, claim.start, claim.end, claim.quote)
    return statement(sentence, entities)


def _carriers(probe: Statement, index: _Index, order: Mapping[str, int]) -> tuple[str, ...]:
    found = {s.article_id for s in index.near(probe) if same_fact(probe, s)}
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
    index = _Index({"claims": [probes[c.id] for c in claims]})
    for claim in claims:
        for near in index.near(probes[claim.id]):
            other = owner[id(near)]
            if (
                other != claim.id
                and same_fact(probes[claim.id], near)
                and same_fact(near, probes[claim.id])
            ):
                parent[root(other)] = root(claim.id)
    grouped: dict[str, list[Evidence]] = defaultdict(list)
    for claim in claims:
        grouped[root(claim.id)].append(claim)
    facts = []
    for n, members in enumerate(grouped.values(), start=1):
        sources = sorted({s for c in members for s in support.sources(c.id)})
        facts.append(
            Fact(
                f"F{n}", tuple(c.id for c in members), tuple(sources), support.independent(sources)
            )
        )
    return facts


@dataclass(frozen=True)
class Corroboration:
    """Which sources carry each claim, and the claims grouped into facts."""

    support: Support
    facts: list[Fact]

    def fact_of(self, claim_id: str) -> Fact | None:
        """The fact a claim states."""
        return next((f for f in self.facts if claim_id in f.claim_ids), None)


def corroborate(
    claims: Sequence[Evidence],
    by_article: Mapping[str, Sequence[Statement]],
    groups: Sequence[DuplicateGroup],
    entities: Entities,
) -> Corroboration:
    """Carrying sources of every claim, and the facts the claims state."""
    order = {article_id: n for n, article_id in enumerate(by_article)}
    index = _Index(by_article)
    probes = {c.id: claim_statement(c, entities) for c in claims}
    carried = {c.id: _carriers(probes[c.id], index, order) for c in claims}
    group_of = {m: g.representative for g in groups for m in g.members}
    support = Support(carried, group_of)
    return Corroboration(support, _facts(claims, probes, support))
