"""Candidate disputes, found in code: pairs of claims from different sources on one topic.

A small model cannot reliably find disagreements in a long list of claims, and a large one
is not needed for it: claims from two sources that share rare content words (weighted by
inverse document frequency over the sentences of the day's articles, so "Venezuela"
counts for little in a brief about Venezuela), or that both state numbers, are paired
here; the model only classifies each pair (agreement, or which kind of dispute) and
phrases its sides. Each claim joins at most one pair. Reports paraphrase each other, so
related claims share only a few rare words: the threshold is low and the model's
"agreement" label is the filter.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.articles.words import content_words, numbers
from briefing.merge import Evidence

MIN_SCORE = 0.15
NUMBER_BONUS = 0.2
CORROBORATION = 0.5


def _terms(item: Evidence) -> frozenset[str]:
    return content_words(f"{item.statement} {item.quote}")


def _numbers(item: Evidence) -> frozenset[str]:
    return numbers(item.quote)


@dataclass(frozen=True)
class CandidatePair:
    """Two claims from different sources, each with claims from other sources backing it."""

    first: Evidence
    second: Evidence
    first_support: tuple[Evidence, ...]
    second_support: tuple[Evidence, ...]


def idf(texts: Sequence[str]) -> dict[str, float]:
    """Inverse document frequency of each content word over the sentences of ``texts``."""
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?])\s+|\n\n", text) if s]
    counts = Counter(term for sentence in sentences for term in content_words(sentence))
    return {term: math.log((1 + len(sentences)) / count) for term, count in counts.items()}


def score(a: Evidence, b: Evidence, weights: Mapping[str, float]) -> float:
    """IDF-weighted overlap coefficient of two claims' content words, plus a bonus when
    both state numbers that differ."""
    terms_a, terms_b = _terms(a), _terms(b)
    mass_a = sum(weights.get(t, 0.0) for t in terms_a)
    mass_b = sum(weights.get(t, 0.0) for t in terms_b)
    if not mass_a or not mass_b:
        return 0.0
    overlap = sum(weights.get(t, 0.0) for t in terms_a & terms_b) / min(mass_a, mass_b)
    numbers_a, numbers_b = _numbers(a), _numbers(b)
    differ = bool(numbers_a and numbers_b and numbers_a != numbers_b)
    return round(overlap + (NUMBER_BONUS if differ else 0.0), 6)


def _support(
    claim: Evidence,
    pair: tuple[Evidence, Evidence],
    claims: Sequence[Evidence],
    weights: Mapping[str, float],
) -> tuple[Evidence, ...]:
    others = [c for c in claims if c.article_id not in {p.article_id for p in pair}]
    close = [c for c in others if score(claim, c, weights) >= CORROBORATION]
    return tuple(close[:2])


def dispute_candidates(
    claims: Sequence[Evidence], texts: Sequence[str], limit: int = 6
) -> list[CandidatePair]:
    """Up to ``limit`` cross-source claim pairs, most related first, with support;
    ``texts`` are the articles, for word weights."""
    weights = idf(texts)
    return [
        CandidatePair(
            a, b, _support(a, (a, b), claims, weights), _support(b, (a, b), claims, weights)
        )
        for a, b in _pairs(claims, weights, limit)
    ]


def _pairs(
    claims: Sequence[Evidence], weights: Mapping[str, float], limit: int
) -> list[tuple[Evidence, Evidence]]:
    scored = [
        (score(a, b, weights), a, b)
        for a, b in itertools.combinations(claims, 2)
        if a.article_id != b.article_id
    ]
    scored.sort(key=lambda item: (-item[0], item[1].id, item[2].id))
    pairs: list[tuple[Evidence, Evidence]] = []
    used: set[str] = set()
    for value, a, b in scored:
        if value < MIN_SCORE or len(pairs) == limit:
            break
        if a.id not in used and b.id not in used:
            pairs.append((a, b))
            used.update((a.id, b.id))
    return pairs
