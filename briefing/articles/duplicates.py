"""Rewrites: articles derived from another article, found in code before any model call.

Independent newsrooms reporting one event share its vocabulary, its order of events and
its quotations: they quote the same press conference, tweet or statement word for word.
None of that shows copying. What independent reporting does not produce is the other
writer's own sentences: runs of words outside quotation marks that are the same word for
word. Article R rewrites article S when

- *copied*: at least ``share`` (setting ``rewrite_share``, 0.15) of R's own words (outside
  quotations), and at least ``MIN_COPIED`` words, lie in runs of at least ``RUN`` (8)
  words that S's own words also have (one stock phrase shared by two short reports is
  not copying); or
- *credited*: R names S's outlet as its source (a wire dateline, a line "Source: X" or
  "X contributed to this report") and at least ``CREDITED_ORDER`` of R's sentences have a
  counterpart in S, in S's order.

An article of fewer than ``MIN_SENTENCES`` sentences is never judged. A sentence's
counterpart is the sentence of S sharing the most of its content words (Snowball stems),
at least ``SENTENCE_SHARE`` of the smaller sentence's; "in S's order" is the longest chain
of counterparts that never goes back in S.

Set on the tune half of the real corpus and the project's sets, checked on the report half
(docs/calibration.md): independent newsrooms' own words overlap in 8-word runs by at most
8% of a report on the tune half (14% on the report half); wire copies and credited
rewrites in the project's sets by 18% to 63%. A rewrite that paraphrases every sentence
(the seeds' 004) leaves no such evidence and is not caught here: on real reporting, order
and vocabulary alone called half of the independent pairs rewrites. A name or figure it
changed is still found, sentence by sentence (briefing.analysis.disputes.drift).

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
from briefing.articles.outlet import dateline_outlet
from briefing.articles.sentences import split
from briefing.articles.words import overlap, stems
from briefing.defaults import REWRITE_SHARE

RUN = 8
MIN_COPIED = 20
# Above the 0.38 in order that independent reports of one event reach on the project's
# sets: "Reuters contributed to this report" alone does not make a rewrite.
CREDITED_ORDER = 0.5
SENTENCE_SHARE = 0.4
MIN_SENTENCES = 3
# Pairs sharing fewer stemmed content words than this are not compared sentence by sentence.
PREFILTER = 0.1
_MIN_WORDS = 3
# A quotation still open at a paragraph's end runs to it: news style continues a long
# quotation in the next paragraph with a fresh opening mark.
QUOTED = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|(?<!\w)‘[^’\n]*(?:’(?!\w)|$)", re.M)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A line naming where the story came from: "Source: Atlas Wire", "Reuters contributed to
# this report". A name in passing ("told Fox News") is not a credit.
_CREDIT = re.compile(
    r"^(?:source|via|courtesy of)\s*:?\s*(?P<named>[^\n]{2,60}?)\.?$"
    r"|^(?P<contributor>[^\n]{2,60}?) contributed to this (?:report|story)\.?$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class DuplicateGroup:
    """Articles that tell one story; ``representative`` is mapped whole. ``similarity``
    is each other member's share of sentences found in order in the representative;
    ``copied`` its share of own words (outside quotations) in runs copied from it."""

    representative: str
    members: tuple[str, ...]
    similarity: dict[str, float]
    copied: dict[str, float] = field(default_factory=dict)

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


def own_words(text: str) -> list[list[str]]:
    """The writer's own words, casefolded, in runs broken at every quotation."""
    return [[w.casefold() for w in _WORD.findall(piece)] for piece in QUOTED.split(text)]


def credits(article: Article) -> frozenset[str]:
    """Outlets the article names as where its story came from, casefolded."""
    lines = [article.text, *(r.text for r in article.removed)]
    named = {m["named"] or m["contributor"] for line in lines for m in _CREDIT.finditer(line)}
    dateline = dateline_outlet(article.text)
    return frozenset(n.strip().casefold() for n in (*named, dateline) if n)


@dataclass(frozen=True)
class _Profile:
    words: frozenset[str]
    sentences: tuple[frozenset[str], ...]
    runs: tuple[tuple[str, ...], ...]
    grams: frozenset[tuple[str, ...]]
    outlet: str | None
    credits: frozenset[str]

    @classmethod
    def of(cls, article: Article) -> _Profile:
        sentences = (stems(s.text) for s in split(article.id, article.text))
        runs = tuple(tuple(run) for run in own_words(article.text) if run)
        grams = frozenset(r[i : i + RUN] for r in runs for i in range(len(r) - RUN + 1))
        return cls(
            stems(article.text),
            tuple(s for s in sentences if len(s) >= _MIN_WORDS),
            runs,
            grams,
            article.outlet.casefold() if article.outlet else None,
            credits(article),
        )


def _in_order(rewrite: _Profile, source: _Profile) -> float:
    """Share of the rewrite's sentences with a counterpart in the source, in its order."""
    chain: list[int] = []
    for sentence in rewrite.sentences:
        scores = [overlap(sentence, other) for other in source.sentences]
        best = max(range(len(scores)), key=scores.__getitem__, default=None)
        if best is not None and scores[best] >= SENTENCE_SHARE:
            at = bisect.bisect_right(chain, best)
            chain[at : at + 1] = [best]
    return len(chain) / len(rewrite.sentences) if rewrite.sentences else 0.0


def _copied_words(rewrite: _Profile, source: _Profile) -> tuple[int, int]:
    """The rewrite's own words inside runs of ``RUN`` words the source has too, and all
    its own words."""
    covered = total = 0
    for run in rewrite.runs:
        marked = [False] * len(run)
        for i in range(len(run) - RUN + 1):
            if run[i : i + RUN] in source.grams:
                marked[i : i + RUN] = [True] * RUN
        covered += sum(marked)
        total += len(run)
    return covered, total


def _copied(rewrite: _Profile, source: _Profile) -> float:
    """Share of the rewrite's own words inside runs of ``RUN`` words the source has too."""
    covered, total = _copied_words(rewrite, source)
    return covered / total if total else 0.0


def copied_share(rewrite: Article, source: Article) -> float:
    """Share of the rewrite's own words (outside quotations) in runs of ``RUN`` words the
    source also has: what the rewrite test weighs."""
    return _copied(_Profile.of(rewrite), _Profile.of(source))


@dataclass(frozen=True)
class RewriteEvidence:
    """Why one article was judged a rewrite of another."""

    in_order: float
    copied: float
    credited: bool = False


def _judge(rewrite: _Profile, source: _Profile, share: float) -> RewriteEvidence | None:
    if len(rewrite.sentences) < MIN_SENTENCES:
        return None  # a sentence or two shared says nothing of where an article came from
    words, total = _copied_words(rewrite, source)
    copied = words / total if total else 0.0
    copying = copied >= share and words >= MIN_COPIED
    # An agency's own dateline credits itself: only a credit of another outlet counts.
    credited = source.outlet not in (None, rewrite.outlet) and source.outlet in rewrite.credits
    if not copying and not credited:
        return None
    order = _in_order(rewrite, source)
    if copying or order >= CREDITED_ORDER:
        return RewriteEvidence(round(order, 3), round(copied, 3), not copying)
    return None


def _pairs(
    profiles: Mapping[int, _Profile], share: float, pairs: Iterable[tuple[int, int]]
) -> list[tuple[int, int, RewriteEvidence]]:
    """The ``pairs`` (indices into ``profiles``) in which one article rewrites the other.
    An article crediting an outlet, and copying from none, rewrites that outlet's article
    it follows most closely, not every story the outlet filed that day."""
    copies: list[tuple[int, int, RewriteEvidence]] = []
    copiers: set[int] = set()
    credited: dict[int, tuple[int, int, RewriteEvidence]] = {}
    for i, j in pairs:
        if jaccard(profiles[i].words, profiles[j].words) < PREFILTER:
            continue
        for rewrite, source in ((i, j), (j, i)):
            evidence = _judge(profiles[rewrite], profiles[source], share)
            if evidence is not None and not evidence.credited:
                copies.append((i, j, evidence))
                copiers.add(rewrite)
                break
            best = credited.get(rewrite)
            if evidence is not None and (best is None or evidence.in_order > best[2].in_order):
                credited[rewrite] = (i, j, evidence)
    return copies + [c for rewrite, c in credited.items() if rewrite not in copiers]


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
    articles: Sequence[Article], share: float = REWRITE_SHARE
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
                copied={
                    articles[i].id: round(_copied(profiles[i], profiles[lead]), 3) for i in others
                },
            )
        )
    return groups


def rewrite_pairs(
    articles: Sequence[Article], candidates: Iterable[tuple[int, int]], share: float = REWRITE_SHARE
) -> list[tuple[int, int]]:
    """Which of the ``candidates`` (index pairs) are a rewrite and the article it rewrites
    (none when ``share`` is 0): the day's story grouping checks only pairs that already
    look alike, so it stays linear in the pairs worth checking, not quadratic."""
    if not share:
        return []
    pairs = list(candidates)
    profiles = {i: _Profile.of(articles[i]) for i in sorted({i for pair in pairs for i in pair})}
    return [(i, j) for i, j, _ in _pairs(profiles, share, pairs)]
