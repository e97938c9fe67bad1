"""Intervals: a seeded percentile bootstrap for paired differences, Wilson for rates."""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Sequence

from pydantic import BaseModel

Z95 = 1.959963984540054


class Interval(BaseModel):
    """A point estimate and its 95% interval."""

    estimate: float
    low: float
    high: float

    @property
    def covers_zero(self) -> bool:
        """True when the interval includes 0 (no significant difference)."""
        return self.low <= 0.0 <= self.high


def bootstrap_mean(values: Sequence[float], *, resamples: int = 2000, seed: int = 7) -> Interval:
    """Mean of ``values`` with a 95% percentile-bootstrap interval (seeded, reproducible)."""
    if not values:
        return Interval(estimate=0.0, low=0.0, high=0.0)
    rng = random.Random(seed)
    n = len(values)
    means = sorted(statistics.fmean(rng.choices(values, k=n)) for _ in range(resamples))
    low = means[math.floor(0.025 * (resamples - 1))]
    high = means[math.ceil(0.975 * (resamples - 1))]
    return Interval(
        estimate=round(statistics.fmean(values), 6), low=round(low, 6), high=round(high, 6)
    )


def wilson(successes: int, total: int, z: float = Z95) -> Interval:
    """Share ``successes/total`` with its Wilson score interval."""
    if total == 0:
        return Interval(estimate=0.0, low=0.0, high=1.0)
    share = successes / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    spread = (
        z
        * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
        / (1 + z * z / total)
    )
    return Interval(
        estimate=round(share, 6),
        low=round(max(0.0, centre - spread), 6),
        high=round(min(1.0, centre + spread), 6),
    )
