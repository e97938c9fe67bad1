"""How well stories match labelled ones: BCubed precision, recall and F1 (per article: the
share of its predicted story that truly belongs with it, and of its true story that was
found with it) and the adjusted Rand index (scikit-learn)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ClusterScore:
    """Agreement of a predicted grouping with the labels."""

    articles: int
    stories: int
    predicted: int
    precision: float
    recall: float
    f1: float
    ari: float


def bcubed(predicted: Sequence[object], gold: Sequence[object]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 of ``predicted`` labels against ``gold`` ones."""
    pairs = Counter(zip(predicted, gold, strict=True))
    sizes_p, sizes_g = Counter(predicted), Counter(gold)
    n = len(gold)
    precision = sum(pairs[(p, g)] ** 2 / sizes_p[p] for p, g in pairs) / n
    recall = sum(pairs[(p, g)] ** 2 / sizes_g[g] for p, g in pairs) / n
    return precision, recall, 2 * precision * recall / (precision + recall)


def score(predicted: Sequence[object], gold: Sequence[object]) -> ClusterScore:
    """BCubed and ARI of one grouping."""
    from sklearn.metrics import adjusted_rand_score  # noqa: PLC0415 - only for scoring

    precision, recall, f1 = bcubed(predicted, gold)
    return ClusterScore(
        articles=len(gold),
        stories=len(set(gold)),
        predicted=len(set(predicted)),
        precision=round(precision, 3),
        recall=round(recall, 3),
        f1=round(f1, 3),
        ari=round(float(adjusted_rand_score(list(map(str, gold)), list(map(str, predicted)))), 3),
    )
