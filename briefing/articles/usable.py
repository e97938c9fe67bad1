"""The day's usable articles under the given paths, or one error saying why none is."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from briefing.articles.loader import LoadResult, load_articles
from briefing.errors import DuplicateArticle, NoArticlesError
from briefing.settings import Settings


def load_usable(paths: Sequence[Path], settings: Settings) -> LoadResult:
    """Articles under ``paths``: none when every path exists and holds no new article (a
    day with nothing new); NoArticlesError when files are there but none is usable."""
    loaded = load_articles(
        paths, follow_links=settings.follow_links, max_bytes=settings.max_article_bytes
    )
    unusable = [e for e in loaded.skipped if not isinstance(e, DuplicateArticle)]
    if not loaded.articles and unusable:
        reasons = "; ".join(e.one_line() for e in unusable[:3])
        raise NoArticlesError(
            f"no usable articles in {', '.join(map(str, paths))} ({reasons})",
            "pass files or folders holding .txt, .md or .html articles",
        )
    return loaded
