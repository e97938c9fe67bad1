"""A gold annotation (actors per article, disputes with quotes) and how output is scored
against it.

Actor matching: a predicted actor matches a gold actor when any of its spellings (name or
alias) and any gold spelling have the same name key, or a rapidfuzz token_sort_ratio of
at least 85 (accents, titles and punctuation aside). Limits: two gold actors never share
a spelling, so one prediction matches at most one gold actor; a prediction that merges
two real actors counts once.

Dispute matching: a gold dispute is recalled when some predicted dispute has a side quote
sharing at least 6 consecutive words with one of the gold quotes, or when the topics
match fuzzily (token_set_ratio >= 70). Limits: the quote test cannot tell which side a
quote is on, and the topic test can match a different dispute on the same subject.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz

from briefing.articles.words import strip_accents
from briefing.brief import Brief
from briefing.brief.model import DisputedFact
from briefing.errors import InputError
from briefing.merge import Actor
from briefing.merge.names import name_key

ACTOR_SIMILARITY = 85
TOPIC_SIMILARITY = 70
SHARED_WORDS = 6


class GoldActor(BaseModel):
    """A real actor and the articles that name it."""

    name: str
    aliases: list[str]
    articles: list[str]

    def spellings(self) -> set[str]:
        """Name keys of every spelling."""
        return {name_key(s) for s in (self.name, *self.aliases)}


class GoldDispute(BaseModel):
    """A real disagreement between sources."""

    topic: str
    kind: str
    quotes: list[str]


class Gold(BaseModel):
    """A gold annotation file."""

    description: str = ""
    actors: list[GoldActor]
    disputes: list[GoldDispute]


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


def actor_scores(predicted: Sequence[Actor], gold: Sequence[GoldActor]) -> tuple[float, float]:
    """Precision and recall of ``predicted`` against ``gold`` (1.0 when there is nothing)."""
    keys = [{name_key(s) for s in (a.name, *a.aliases)} for a in predicted]
    hit_predictions = sum(any(_matches(k, g) for g in gold) for k in keys)
    hit_gold = sum(any(_matches(k, g) for k in keys) for g in gold)
    precision = hit_predictions / len(predicted) if predicted else 1.0
    recall = hit_gold / len(gold) if gold else 1.0
    return round(precision, 6), round(recall, 6)


def gold_actors_of(gold: Gold, article_ids: Iterable[str]) -> list[GoldActor]:
    """The gold actors named in any of the articles."""
    wanted = set(article_ids)
    return [a for a in gold.actors if wanted & set(a.articles)]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", strip_accents(text).casefold())


def _share_run(a: str, b: str, n: int = SHARED_WORDS) -> bool:
    grams_a = {tuple(w) for w in _ngrams(_words(a), n)}
    return any(tuple(g) in grams_a for g in _ngrams(_words(b), n))


def _ngrams(words: list[str], n: int) -> list[list[str]]:
    return [words[i : i + n] for i in range(len(words) - n + 1)]


def _recalled(gold: GoldDispute, facts: Sequence[DisputedFact]) -> bool:
    for fact in facts:
        quotes = [q.text for side in fact.sides for q in side.quotes]
        if any(_share_run(q, g) for q in quotes for g in gold.quotes):
            return True
        if fuzz.token_set_ratio(fact.topic, gold.topic) >= TOPIC_SIMILARITY:
            return True
    return False


def dispute_recall(brief: Brief, gold: Sequence[GoldDispute]) -> float:
    """Share of gold disputes the brief's disputed facts recall."""
    if not gold:
        return 1.0
    return round(sum(_recalled(g, brief.disputed_facts) for g in gold) / len(gold), 6)
