"""Articles into stories: average-linkage agglomerative clustering (scikit-learn) over the
weighted similarity of briefing.stories.features, offline and deterministic.

Two constraints shape the distances before clustering:

- *Rewrites stay together.* Pairs that already look alike are checked with the rewrite
  test the brief uses (briefing.articles.duplicates); a rewrite and its source are put at
  distance 0, so they merge first and are never split.
- *A time window.* Two dated articles further apart than ``window_days`` must be that much
  more alike: their similarity is scaled by window / gap. A follow-up two days later
  stays in its story; a piece from months before joins only if it is about the same thing
  in the same words (the stale piece a brief should show as overtaken), and two floods in
  one valley a year apart are two stories.

Settings (``story_distance``, ``story_window_days``) were set on the tune half of the
labelled corpus in eval/stories/ and checked on the other half (docs/stories.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from briefing.articles.duplicates import DEFAULT_SHARE, rewrite_pairs
from briefing.articles.model import Article
from briefing.stories.features import Weights, similarity

# Pairs less alike than this are not worth the rewrite test (rewrites score far above it).
REWRITE_CANDIDATE = 0.3


def _windowed(
    sim: npt.NDArray[np.float64], articles: Sequence[Article], window_days: int
) -> npt.NDArray[np.float64]:
    """``sim`` scaled down for dated pairs further apart than the window."""
    days = np.array([a.published.toordinal() if a.published else np.nan for a in articles])
    gap = np.abs(days[:, None] - days[None, :])
    with np.errstate(invalid="ignore", divide="ignore"):
        scale = np.where(gap > window_days, window_days / gap, 1.0)
    scaled: npt.NDArray[np.float64] = sim * np.nan_to_num(scale, nan=1.0)
    return scaled


def _rewrite_units(
    sim: npt.NDArray[np.float64], articles: Sequence[Article], share: float
) -> list[tuple[int, int]]:
    rows, cols = np.nonzero(np.triu(sim >= REWRITE_CANDIDATE, k=1))
    candidates = list(zip(rows.tolist(), cols.tolist(), strict=True))
    return rewrite_pairs(articles, candidates, share)


@dataclass(frozen=True)
class Clustering:
    """A story label per article (arbitrary integers) and the windowed similarities."""

    labels: list[int]
    similarity: npt.NDArray[np.float64]


def cluster(
    articles: Sequence[Article],
    *,
    distance: float,
    window_days: int,
    rewrite_share: float = DEFAULT_SHARE,
    weights: Weights | None = None,
) -> Clustering:
    """Group ``articles`` into stories."""
    if len(articles) < 2:
        return Clustering([0] * len(articles), np.ones((len(articles), len(articles))))
    sim = _windowed(similarity(articles, weights or Weights()), articles, window_days)
    dist = np.clip(1.0 - sim, 0.0, None)
    for i, j in _rewrite_units(sim, articles, rewrite_share):
        dist[i, j] = dist[j, i] = 0.0
    np.fill_diagonal(dist, 0.0)
    from sklearn.cluster import AgglomerativeClustering  # noqa: PLC0415 - 1 s import

    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=distance
    )
    return Clustering([int(label) for label in model.fit(dist).labels_], sim)
