"""Stage 1: read article files, take their metadata and clean their text."""

from briefing.articles.loader import LoadResult, load_articles
from briefing.articles.model import Article, RemovedLine
from briefing.articles.usable import load_usable

__all__ = ["Article", "LoadResult", "RemovedLine", "load_articles", "load_usable"]
