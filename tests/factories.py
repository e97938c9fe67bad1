"""Small articles and claims for unit tests, written inline."""

from __future__ import annotations

import datetime as dt

from briefing.articles import Article
from briefing.brief.model import Quote
from briefing.merge import Evidence


def article(
    article_id: str = "t",
    text: str = "",
    published: dt.date | None = None,
    *,
    title: str | None = None,
    outlet: str | None = None,
) -> Article:
    """An article of ``text``, dated in its header when ``published`` is given (that date
    is then also the one event it reports)."""
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        title=title or article_id,
        outlet=outlet,
        url=None,
        published=published,
        date_source="header" if published else "unknown",
        event_dates=(published,) if published else (),
        text=text,
        removed=(),
    )


def claim(
    source: Article,
    quote: str,
    statement: str | None = None,
    *,
    claim_id: str = "C1",
    figures: tuple[str, ...] = (),
) -> Evidence:
    """A verified claim quoting ``quote`` from ``source`` (it must be in its text)."""
    start = source.text.index(quote)
    return Evidence(
        id=claim_id,
        article_id=source.id,
        chunk_id=f"{source.id}#1",
        statement=statement or quote,
        asserted_by="the article",
        quote=quote,
        start=start,
        end=start + len(quote),
        figures=list(figures),
    )


def quote(
    text: str, speaker: str | None = None, source: str = "a", claim_id: str | None = "C1"
) -> Quote:
    """A brief's quote of one whole source text, claim C1 (or ``claim_id``: None for a
    dispute side's quote), carried by that source alone."""
    return Quote(
        claim_id=claim_id,
        source_id=source,
        text=text,
        start=0,
        end=len(text),
        carried_by=[source],
        independent_sources=1,
        speaker=speaker,
    )
