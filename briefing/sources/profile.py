"""Each source's weight, shown in the sources table with its reason.

Staleness is measured against the newest event the day's sources report (a date stated
in any article, or a publication date), not only against other publication dates: a
piece written before the events it is read beside is stale however many other undated
pieces surround it. Dates after the brief's date are left out of that measure (a warning
names them), so one mistyped date cannot make every other source look stale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefing.articles import Article, DuplicateGroup, rewrites_of, source_kind
from briefing.defaults import STALE_AFTER_DAYS
from briefing.sources.model import Source


def newest_event(articles: Sequence[Article], today: dt.date) -> tuple[dt.date, str] | None:
    """The newest date the sources report, not after ``today``, and the article giving it.
    An article's own dates count up to its publication date (later ones are plans)."""
    found: list[tuple[dt.date, str]] = []
    for article in articles:
        ceiling = min(article.published or today, today)
        dates = [d for d in article.event_dates if d <= ceiling]
        if article.published and article.published <= today:
            dates.append(article.published)
        found += [(d, article.id) for d in dates]
    return max(found) if found else None


def future_dated(articles: Sequence[Article], today: dt.date) -> list[str]:
    """Warnings for sources dated after the brief's date."""
    return [
        f"{a.path}: published {a.published.isoformat()}, after the brief's date "
        f"{today.isoformat()}; not used to judge which sources are stale"
        for a in articles
        if a.published and a.published > today
    ]


def _stale_days(article: Article, newest: dt.date | None) -> int | None:
    if newest is None or article.published is None or article.published > newest:
        return None
    return (newest - article.published).days


def profile_sources(
    articles: Sequence[Article],
    groups: Sequence[DuplicateGroup],
    today: dt.date,
    stale_after_days: int = STALE_AFTER_DAYS,
) -> list[Source]:
    """Sources with short labels (A1, A2 ...), kind, staleness and rewrite relation."""
    newest = newest_event(articles, today)
    lead = rewrites_of(groups)
    sources = []
    for n, article in enumerate(articles, start=1):
        days = _stale_days(article, newest[0] if newest else None)
        kind = source_kind(article)
        group = lead.get(article.id)
        sources.append(
            Source(
                id=article.id,
                label=f"A{n}",
                title=article.title,
                outlet=article.outlet,
                outlet_source=article.outlet_source,
                author=article.author,
                url=article.url,
                published=article.published,
                date_source=article.date_source,
                date_note=article.date_note,
                kind=kind.kind,
                kind_reasons=list(kind.reasons),
                stale=days is not None and days > stale_after_days,
                stale_days=days,
                newest_event=newest[0] if newest else None,
                newest_event_source=newest[1] if newest else None,
                rewrite_of=group.representative if group else None,
                similarity=group.similarity[article.id] if group else None,
                copied=group.copied.get(article.id) if group else None,
            )
        )
    return sources
