"""Articles into stories: average-linkage agglomerative clustering (SciPy) over the
weighted similarity of briefing.stories.features, offline and deterministic, in two steps.

1. *Events.* Articles are clustered at ``core_distance``: reports of one event that share
   their news.
2. *Lone articles join.* An article that step 1 left alone (an opinion piece, a stale
   piece, an explainer, a second outlet's short take) joins the story it is most like on
   average when that is within ``distance``, one at a time, nearest first. Two groups of
   reports are never joined at that looser distance: on real reporting, two events with
   the same people in the same week (a demand for the intelligence committee chairman's
   resignation, a demand to release the report he was criticised over) are each reported
   by several outlets, and at the looser distance they merged.

Two constraints shape the distances before clustering:

- *Rewrites stay together.* Pairs that already look alike are checked with the rewrite
  test the brief uses (briefing.articles.duplicates); a rewrite and its source are put at
  distance 0, so they merge first and are never split.
- *A time window.* Two dated articles further apart than ``window_days`` must be that much
  more alike: their similarity is scaled by window / gap. A follow-up two days later
  stays in its story; a piece from months before joins only if it is about the same thing
  in the same words (the stale piece a brief should show as overtaken), and two floods in
  one valley a year apart are two stories.
- *A shorter window for events.* Step 1 scales by ``core_window_days`` (a week) instead:
  the reports of one event come out within days of each other, and on real reporting two
  events a month apart with the same people and words (a senator's remarks on an e-mail
  account, a committee's request weeks later to interview its owner about it) merged as
  one event under the month's window. A lone piece still joins in step 2 under the
  longer window.

Settings (``story_core_distance``, ``story_distance``, ``story_window_days``,
``story_core_window_days``, the lead's weight) were set on the tune halves of
eval/stories/ and of the real corpus, and checked on the report halves (docs/stories.md,
docs/calibration.md says where the report half was read first).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.cluster import hierarchy
from scipy.spatial.distance import squareform

from briefing.articles import Article, rewrite_pairs
from briefing.defaults import REWRITE_SHARE
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


def _distances(
    sim: npt.NDArray[np.float64], rewrites: list[tuple[int, int]]
) -> npt.NDArray[np.float64]:
    """Cosine distances, a rewrite and its source at 0 (they merge first, never split)."""
    dist = np.clip(1.0 - sim, 0.0, None)
    for i, j in rewrites:
        dist[i, j] = dist[j, i] = 0.0
    np.fill_diagonal(dist, 0.0)
    return dist


@dataclass(frozen=True)
class Clustering:
    """A story label per article (arbitrary integers) and the windowed similarities."""

    labels: list[int]
    similarity: npt.NDArray[np.float64]


def _attach(dist: npt.NDArray[np.float64], labels: list[int], distance: float) -> list[int]:
    """Lone articles joined, nearest first, to the story (or lone article) they are most
    like on average, while that is within ``distance``. Returns a label per article."""
    index: dict[int, int] = {}
    members: list[list[int]] = []
    for article, label in enumerate(labels):
        if label not in index:
            index[label] = len(members)
            members.append([])
        members[index[label]].append(article)
    sums = np.stack([dist[:, m].sum(axis=1) for m in members], axis=1)
    sizes = np.array([len(m) for m in members], dtype=np.float64)
    while (alone := np.flatnonzero(sizes == 1)).size:
        rows = np.array([members[k][0] for k in alone])
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = sums[rows] / sizes
        mean[np.arange(len(alone)), alone] = np.inf  # not itself
        mean[:, sizes == 0] = np.inf  # nor a story already merged away
        row, target = np.unravel_index(int(np.argmin(mean)), mean.shape)
        if mean[row, target] >= distance:
            break
        source = int(alone[row])
        members[int(target)] += members[source]
        members[source] = []
        sums[:, target] += sums[:, source]
        sizes[target], sizes[source] = sizes[target] + 1, 0
    found = [0] * len(labels)
    for label, articles in enumerate(members):
        for article in articles:
            found[article] = label
    return found


def cluster(
    articles: Sequence[Article],
    *,
    distance: float,
    window_days: int,
    core_window_days: int | None = None,
    core_distance: float | None = None,
    rewrite_share: float = REWRITE_SHARE,
    weights: Weights | None = None,
) -> Clustering:
    """Group ``articles`` into stories: events at ``core_distance`` (default: ``distance``)
    under ``core_window_days`` (default: ``window_days``), then lone articles within
    ``distance`` under ``window_days``."""
    if len(articles) < 2:
        return Clustering([0] * len(articles), np.ones((len(articles), len(articles))))
    raw = similarity(articles, weights or Weights())
    sim = _windowed(raw, articles, window_days)
    rewrites = _rewrite_units(sim, articles, rewrite_share)
    dist = _distances(sim, rewrites)
    core_window = min(core_window_days or window_days, window_days)
    core_dist = _distances(_windowed(raw, articles, core_window), rewrites)
    core = min(core_distance or distance, distance)
    tree = hierarchy.linkage(squareform(core_dist, checks=False), method="average")
    # Clusters closer than ``core`` merge (scikit-learn's distance_threshold); fcluster
    # keeps merges at or below t, hence the next float down.
    flat = hierarchy.fcluster(tree, t=np.nextafter(core, -np.inf), criterion="distance")
    labels = [int(label) for label in flat]
    return Clustering(_attach(dist, labels, distance), sim)
