"""A gold annotation (actors, disputes, corroborated facts, source weight) and how a brief
is scored against it.

Actor matching: a predicted actor matches a gold actor when any of its spellings (name or
alias) and any gold spelling have the same name key, or a rapidfuzz token_sort_ratio of
at least 85 (accents, titles and punctuation aside). Two gold actors never share a
spelling, so one prediction matches at most one gold actor.

Dispute matching: a predicted dispute matches a gold dispute when two of its sides each
carry a quote matching one of the gold sides' quotes, one side each (a quote matches when
one contains the other or they share 6 consecutive words, accents and case aside). Each
predicted dispute is paired with at most one gold dispute and the reverse (a maximum
matching), so one broad dispute cannot be counted for several gold ones. The topic the
model wrote plays no part.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz

from briefing.articles import strip_accents
from briefing.brief import Brief, DisputedFact
from briefing.errors import InputError
from briefing.merge import Actor, name_key

ACTOR_SIMILARITY = 85
SHARED_WORDS = 6


class GoldActor(BaseModel):
    """A real actor, what it is, and the articles that name it."""

    name: str
    aliases: list[str]
    articles: list[str]
    kind: str | None = None

    def spellings(self) -> set[str]:
        """Name keys of every spelling."""
        return {name_key(s) for s in (self.name, *self.aliases)}


class GoldDispute(BaseModel):
    """A real disagreement between sources: quotes that may stand for each side."""

    topic: str
    kind: str
    sides: list[list[str]]
    odd_one_out: str | None = None


class GoldFact(BaseModel):
    """A fact several sources report, and how many independent stories carry it."""

    fact: str
    quotes: list[str]
    independent: int


class GoldSource(BaseModel):
    """What a reader can tell of one source."""

    outlet: str | None
    published: dt.date | None
    kind: str
    stale: bool
    rewrite_of: str | None


class Gold(BaseModel):
    """A gold annotation file."""

    description: str = ""
    actors: list[GoldActor]
    disputes: list[GoldDispute]
    corroborated: list[GoldFact] = []
    sources: dict[str, GoldSource] = {}


def load_gold(path: Path) -> Gold:
    """Read and validate a gold file."""
    try:
        return Gold.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise InputError(
            str(path), f"not a valid gold file ({exc})", "see eval/seeds.gold.json"
        ) from exc


def _matches(spellings: set[str], gold: GoldActor) -> bool:
    targets = gold.spellings()
    return bool(spellings & targets) or any(
        fuzz.token_sort_ratio(a, b) >= ACTOR_SIMILARITY for a in spellings for b in targets
    )


def _keys(actor: Actor) -> set[str]:
    return {name_key(s) for s in (actor.name, *actor.aliases)}


def actor_scores(predicted: Sequence[Actor], gold: Sequence[GoldActor]) -> tuple[float, float]:
    """Precision and recall of ``predicted`` against ``gold`` (1.0 when there is nothing)."""
    keys = [_keys(a) for a in predicted]
    hit_predictions = sum(any(_matches(k, g) for g in gold) for k in keys)
    hit_gold = sum(any(_matches(k, g) for k in keys) for g in gold)
    precision = hit_predictions / len(predicted) if predicted else 1.0
    recall = hit_gold / len(gold) if gold else 1.0
    return round(precision, 6), round(recall, 6)


def actor_kind_accuracy(predicted: Sequence[Actor], gold: Sequence[GoldActor]) -> float | None:
    """Share of matched actors shown with a kind whose kind is the gold kind (None when no
    matched actor shows one). A blank kind is not counted against: it asserts nothing."""
    pairs = [
        (a.kind, g.kind)
        for a in predicted
        for g in gold
        if g.kind and a.kind and _matches(_keys(a), g)
    ]
    if not pairs:
        return None
    return round(sum(p == g for p, g in pairs) / len(pairs), 6)


def gold_actors_of(gold: Gold, article_ids: Iterable[str]) -> list[GoldActor]:
    """The gold actors named in any of the articles."""
    wanted = set(article_ids)
    return [a for a in gold.actors if wanted & set(a.articles)]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", strip_accents(text).casefold())


def quote_matches(predicted: str, gold: str, n: int = SHARED_WORDS) -> bool:
    """One quote contains the other, or they share ``n`` consecutive words."""
    a, b = _words(predicted), _words(gold)
    joined_a, joined_b = " ".join(a), " ".join(b)
    if joined_a and joined_b and (joined_a in joined_b or joined_b in joined_a):
        return True
    grams = {tuple(a[i : i + n]) for i in range(len(a) - n + 1)}
    return any(tuple(b[i : i + n]) in grams for i in range(len(b) - n + 1))


def _side_matches(quotes: Sequence[str], gold_side: Sequence[str]) -> bool:
    return any(quote_matches(q, g) for q in quotes for g in gold_side)


def dispute_matches(fact: DisputedFact, gold: GoldDispute) -> bool:
    """Two different sides of ``fact`` stand for the two gold sides."""
    sides = [[q.text for q in side.quotes] for side in fact.sides]
    first, second = gold.sides[0], gold.sides[1]
    return any(
        i != j and _side_matches(sides[i], first) and _side_matches(sides[j], second)
        for i in range(len(sides))
        for j in range(len(sides))
    )


def match_disputes(facts: Sequence[DisputedFact], gold: Sequence[GoldDispute]) -> dict[int, int]:
    """A maximum one-to-one matching: gold index -> predicted index."""
    edges = [[p for p, f in enumerate(facts) if dispute_matches(f, g)] for g in gold]
    owner: dict[int, int] = {}

    def assign(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p not in seen:
                seen.add(p)
                if p not in owner or assign(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in range(len(gold)):
        assign(g, set())
    return {g: p for p, g in owner.items()}


class DisputeScore(BaseModel):
    """How a brief's disputed facts compare with the gold disputes."""

    recall: float
    kind_recall: float
    by_kind: dict[str, float]
    odd_one_out: float | None
    from_proposals: int = 0


def dispute_score(brief: Brief, gold: Sequence[GoldDispute]) -> DisputeScore:
    """Recall, recall with the right kind, recall per gold kind, and the share of gold
    disputes with an odd one out where the brief names it."""
    if not gold:
        return DisputeScore(recall=1.0, kind_recall=1.0, by_kind={}, odd_one_out=None)
    matched = match_disputes(brief.disputed_facts, gold)
    facts = brief.disputed_facts
    right_kind = [g for g, p in matched.items() if facts[p].kind == gold[g].kind]
    kinds = sorted({g.kind for g in gold})
    by_kind = {
        k: round(
            sum(1 for g in matched if gold[g].kind == k) / sum(1 for g in gold if g.kind == k), 6
        )
        for k in kinds
    }
    odd = [n for n, g in enumerate(gold) if g.odd_one_out]
    named = [
        n for n in odd if n in matched and facts[matched[n]].odd_one_out == gold[n].odd_one_out
    ]
    return DisputeScore(
        recall=round(len(matched) / len(gold), 6),
        kind_recall=round(len(right_kind) / len(gold), 6),
        by_kind=by_kind,
        odd_one_out=round(len(named) / len(odd), 6) if odd else None,
        from_proposals=sum(1 for p in matched.values() if facts[p].detector == "model proposal"),
    )


def dispute_recall(brief: Brief, gold: Sequence[GoldDispute]) -> float:
    """Share of gold disputes the brief's disputed facts recall."""
    return dispute_score(brief, gold).recall
