"""Defaults that settings offer and that stages also use when called without settings
(tests, scripts, the evaluation): one home each. ``briefing.settings`` reads them here."""

from __future__ import annotations

__all__ = ["MAX_ARTICLE_BYTES", "REWRITE_SHARE", "STALE_AFTER_DAYS"]

# Share of an article's own words, outside quotations, copied in runs of eight words or
# more from another, that makes it a rewrite (docs/calibration.md).
REWRITE_SHARE = 0.15
# Days before the newest reported event after which a source is stale.
STALE_AFTER_DAYS = 7
# Larger article files are skipped with a warning.
MAX_ARTICLE_BYTES = 20_000_000
