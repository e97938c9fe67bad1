"""Small articles and claims for unit tests, written inline."""

from __future__ import annotations

import datetime as dt
import itertools

from briefing.analysis.disputes import Context
from briefing.analysis.text import entities_for, statements
from briefing.articles import Article, near_duplicate_groups
from briefing.brief.model import Quote
from briefing.merge import Evidence
from briefing.sources import profile_sources

# Cycled: consecutive articles of one test never share a filler, however many tests run.
_FILLERS = itertools.cycle(
    [
        " Voters in Ohio were polled on it. Turnout there fell.",
        " A Texas survey found opinion split. Its margin of error was wide.",
        " Editorials in Maine disagreed sharply. Few readers wrote in.",
        " Utah officials declined to comment further. Their office closed early.",
        " Analysts expect little change before spring. Markets barely moved.",
        " Critics in Iowa called the timing odd. Supporters shrugged.",
        " Kansas newspapers ran the story inside. It drew modest attention.",
        " Nevada lawmakers were not consulted beforehand. They objected loudly.",
    ]
)


def filler() -> str:
    """Sentences of its own for each article: shared filler would be copied words, and
    make the articles a rewrite of each other."""
    return next(_FILLERS)


def context(*articles: Article, day: dt.date = dt.date(2019, 2, 15)) -> Context:
    """What the dispute detectors read of these articles, as the analysis builds it on
    ``day``."""
    groups = near_duplicate_groups(articles)
    entities = entities_for(articles)
    sources = {s.id: s for s in profile_sources(articles, groups, day)}
    texts = {a.id: a.text for a in articles}
    return Context(statements(articles, entities), sources, groups, entities, texts)


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
