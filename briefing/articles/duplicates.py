"""Rewrites: articles derived from another article, found in code before any model call.

Reports of one event share most of their vocabulary, so word overlap cannot tell a
rewrite from an independent report (the seeds' independent reports share up to 19% of
their content words, a paraphrasing rewrite 28%). A rewrite keeps its source's sentence
sequence and reuses its quotations. Article R rewrites article S when

- *close copy*: at least ``CLOSE`` of R's sentences have a counterpart in S, in S's
  order; or
- *paraphrase*: at least ``share`` of them do (setting ``rewrite_share``, 0.25) and R
  repeats at least one of S's quotations.

An article of fewer than ``MIN_SENTENCES`` sentences is never judged a rewrite. A
sentence's counterpart is the sentence of S sharing the most of its content words
(Snowball stems), at least ``SENTENCE_SHARE`` of the smaller sentence's; "in S's
order" is the longest chain of counterparts that never goes back in S. Calibrated on the
seeds and the harbour set (rewrites at 0.31-0.91 in order, independent reports up to 0.38,
and no independent pair shares a quotation), checked on the held-out bridge set
(docs/analysis.md): the quotation decides, the share keeps two reports that quote the same
press conference but little else apart.

Groups are the connected components of rewrite pairs; the member with the most content
words represents the group. It is mapped whole and the other members only for what it
does not cover (briefing.chunks.plan), so a rewrite's added names, figures or wrong
attributions still reach the brief. Every member stays a source; a group counts as one
independent source.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from briefing.articles.model import Article
from briefing.articles.sentences import split
from briefing.articles.words import stems

DEFAULT_SHARE = 0.25
CLOSE = 0.6
SENTENCE_SHARE = 0.4
MIN_SENTENCES = 3
# Pairs sharing fewer stemmed content words than this are not compared sentence by sentence.
PREFILTER = 0.1
_MIN_WORDS = 3
_QUOTATION = re.compile(r"“([^”]{8,600})”|\"([^\"\n]{8,600})\"|(?<!\w)‘([^’\n]{8,400})’(?!\w)")


@dataclass(frozen=True)
class DuplicateGroup:
    """Articles that tell one story; ``representative`` is mapped whole. ``similarity``
    is each other member's share of sentences found in order in the representative;
    ``quotations`` how many of its quotations the representative also has."""

    representative: str
    members: tuple[str, ...]
    similarity: dict[str, float]
    quotations: dict[str, int] = field(default_factory=dict)

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


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


@dataclass(frozen=True)
class _Profile:
    words: frozenset[str]
    sentences: tuple[frozenset[str], ...]
    quotations: tuple[frozenset[str], ...]

    @classmethod
    def of(cls, article: Article) -> _Profile:
        sentences = (stems(s.text) for s in split(article.id, article.text))
        quoted = (next(g for g in m.groups() if g) for m in _QUOTATION.finditer(article.text))
        return cls(
            stems(article.text),
            tuple(s for s in sentences if len(s) >= _MIN_WORDS),
            tuple(q for q in map(stems, quoted) if len(q) >= 2),
        )


def _in_order(rewrite: _Profile, source: _Profile) -> float:
    """Share of the rewrite's sentences with a counterpart in the source, in its order."""
    chain: list[int] = []
    for sentence in rewrite.sentences:
        scores = [_overlap(sentence, other) for other in source.sentences]
        best = max(range(len(scores)), key=scores.__getitem__, default=None)
        if best is not None and scores[best] >= SENTENCE_SHARE:
            at = bisect.bisect_right(chain, best)
            chain[at : at + 1] = [best]
    return len(chain) / len(rewrite.sentences) if rewrite.sentences else 0.0


def _shared_quotations(rewrite: _Profile, source: _Profile) -> int:
    return sum(
        any(len(q & other) >= 2 and _overlap(q, other) >= 0.5 for other in source.quotations)
        for q in rewrite.quotations
    )


@dataclass(frozen=True)
class RewriteEvidence:
    """Why one article was judged a rewrite of another."""

    in_order: float
    quotations: int


def _judge(rewrite: _Profile, source: _Profile, share: float) -> RewriteEvidence | None:
    if len(rewrite.sentences) < MIN_SENTENCES:
        return None  # a sentence or two shared says nothing of where an article came from
    order = _in_order(rewrite, source)
    quotes = _shared_quotations(rewrite, source)
    if order >= CLOSE or (order >= share and quotes >= 1):
        return RewriteEvidence(round(order, 3), quotes)
    return None


def _pairs(
    profiles: Mapping[int, _Profile], share: float, pairs: Iterable[tuple[int, int]]
) -> list[tuple[int, int, RewriteEvidence]]:
    """The ``pairs`` (indices into ``profiles``) in which one article rewrites the other."""
    found = []
    for i, j in pairs:
        a, b = profiles[i], profiles[j]
        if jaccard(a.words, b.words) < PREFILTER:
            continue
        evidence = _judge(a, b, share) or _judge(b, a, share)
        if evidence is not None:
            found.append((i, j, evidence))
    return found


def _components(size: int, pairs: Sequence[tuple[int, int, RewriteEvidence]]) -> list[list[int]]:
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
    articles: Sequence[Article], share: float = DEFAULT_SHARE
) -> list[DuplicateGroup]:
    """Groups of an article and its rewrites, in article order (none when ``share`` is 0:
    the setting that turns rewrite grouping off)."""
    if not share:
        return []
    profiles = dict(enumerate(_Profile.of(a) for a in articles))
    pairs = itertools.combinations(range(len(articles)), 2)
    groups = []
    for members in _components(len(articles), _pairs(profiles, share, pairs)):
        lead = max(members, key=lambda i: (len(profiles[i].words), -i))
        others = [i for i in members if i != lead]
        groups.append(
            DuplicateGroup(
                representative=articles[lead].id,
                members=tuple(articles[i].id for i in members),
                similarity={
                    articles[i].id: round(_in_order(profiles[i], profiles[lead]), 3) for i in others
                },
                quotations={
                    articles[i].id: _shared_quotations(profiles[i], profiles[lead]) for i in others
                },
            )
        )
    return groups


def rewrite_pairs(
    articles: Sequence[Article], candidates: Iterable[tuple[int, int]], share: float = DEFAULT_SHARE
) -> list[tuple[int, int]]:
    """Which of the ``candidates`` (index pairs) are a rewrite and the article it rewrites
    (none when ``share`` is 0): the day's story grouping checks only pairs that already
    look alike, so it stays linear in the pairs worth checking, not quadratic."""
    if not share:
        return []
    pairs = list(candidates)
    profiles = {i: _Profile.of(articles[i]) for i in sorted({i for pair in pairs for i in pair})}
    return [(i, j) for i, j, _ in _pairs(profiles, share, pairs)]
