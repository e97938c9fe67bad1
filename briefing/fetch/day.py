"""Fetch a day's articles: every feed in the list, every new item's page, each article
stored under ``<out>/<date>/articles/`` with its metadata, and a report of what was
stored, skipped and why, and what failed.

An item is skipped, with its reason, when it was stored before (same link, same canonical
URL or same text), is dated outside the day's window (by the feed, then by the page), is
forbidden by robots.txt, is not a web page (a PDF, an image), has too little main text to
be an article (a section front, a video page), or has not changed since it was last
looked at (HTTP 304). A feed or page that fails is reported in one line; the rest go on.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import httpx

from briefing.articles import MIN_ARTICLE_WORDS, Page, read_page
from briefing.errors import FetchError, OutputError
from briefing.fetch.feeds import FeedItem, feed_items, read_feed_list
from briefing.fetch.http import Fetcher, Response
from briefing.fetch.policy import RequestPolicy
from briefing.fetch.report import FeedResult, FetchReport, ItemResult, write_report
from briefing.fetch.state import FetchState, Seen, load_state, save_state, text_key
from briefing.fetch.store import ARTICLES, Fetched, store
from briefing.files import out_lock
from briefing.settings import Settings

_PAGE_TYPES = ("text/html", "application/xhtml+xml")


class _Skip(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class _Day:
    """One fetch: its settings, client, state and report."""

    settings: Settings
    fetcher: Fetcher
    state: FetchState
    date: dt.date
    folder: Path
    report: FetchReport
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def known(self, url: str, what: str) -> None:
        """Skip an item stored before under this link or canonical URL."""
        seen = self.state.urls.get(url)
        if seen is not None:
            raise _Skip(f"{what} already fetched {self.when(seen)}")

    def when(self, seen: Seen) -> str:
        day = "today" if seen.date == self.date else f"on {seen.date.isoformat()}"
        return f"{day} ({seen.file})" if seen.file else day

    def window(self, published: dt.date | None, by: str) -> None:
        """Skip an item dated outside the day's window."""
        if published is None:
            return
        start = self.date - dt.timedelta(days=self.settings.fetch_window_days)
        if published > self.date:
            raise _Skip(f"dated {published} by the {by}, after the brief's day {self.date}")
        if published < start:
            raise _Skip(
                f"dated {published} by the {by}, before the window ({start} to {self.date})"
            )


async def _feed(day: _Day, url: str) -> list[FeedItem]:
    try:
        if not await day.fetcher.allowed(url):
            raise FetchError(url, "robots.txt forbids fetching this feed")
        answer = await day.fetcher.get(url, day.state.since(url))
        if answer.not_modified:
            day.report.feeds.append(FeedResult(url=url, status="not modified"))
            return []
        items = feed_items(url, answer.body)
    except FetchError as exc:
        day.report.feeds.append(FeedResult(url=url, status="failed", error=exc.one_line()))
        return []
    day.state.remember(url, answer.validators)
    day.report.feeds.append(FeedResult(url=url, status="read", items=len(items)))
    return items


async def _page(day: _Day, item: FeedItem) -> Response:
    day.known(item.link, "link")
    day.window(item.published, "feed")
    refusal = await day.fetcher.policy.refusal(item.link)
    if refusal:
        raise _Skip(refusal)
    if not await day.fetcher.allowed(item.link):
        raise _Skip("robots.txt forbids fetching it")
    answer = await day.fetcher.get(item.link, day.state.since(item.link))
    if answer.not_modified:
        raise _Skip("not modified since it was last looked at (HTTP 304)")
    day.state.remember(item.link, answer.validators)
    if answer.content_type not in _PAGE_TYPES:
        raise _Skip(f"not a web page ({answer.content_type or 'no content type'})")
    return answer


def _keep(day: _Day, item: FeedItem, answer: Response, page: Page) -> Path:
    """Store the page unless it duplicates one stored, or its own date is out of window."""
    if page.words < MIN_ARTICLE_WORDS:
        raise _Skip(f"not an article ({page.words} words of main text)")
    canonical = page.url or answer.url
    day.known(canonical, "canonical URL")
    published = page.published or item.published
    source: Literal["page metadata", "feed"] = "page metadata" if page.published else "feed"
    day.window(published, source)
    key = text_key(page.text)
    if (same := day.state.texts.get(key)) is not None:
        raise _Skip(f"same text as an article fetched {day.when(same)}")
    fetched = Fetched(page, canonical, item.feed, published, source, day.now)
    path = store(day.folder, fetched)
    seen = Seen(date=day.date, file=path.name)
    for url in (item.link, canonical, answer.url):
        day.state.urls[url] = seen
    day.state.texts[key] = seen
    return path


async def _item(day: _Day, item: FeedItem) -> None:
    result = ItemResult(url=item.link, title=item.title)
    try:
        answer = await _page(day, item)
        page = read_page(answer.body, answer.url)
        result.file = str(_keep(day, item, answer, page))
        day.report.stored.append(result)
    except _Skip as skip:
        result.reason = skip.reason
        day.report.skipped.append(result)
    except FetchError as exc:
        result.error = exc.one_line()
        day.report.failed.append(result)


def _unique(day: _Day, items: list[FeedItem]) -> list[FeedItem]:
    chosen: dict[str, FeedItem] = {}
    for item in items:
        if item.link in chosen:
            reason = f"also listed in {chosen[item.link].feed}"
            day.report.skipped.append(ItemResult(url=item.link, title=item.title, reason=reason))
        else:
            chosen[item.link] = item
    return list(chosen.values())


async def fetch_day(
    settings: Settings,
    feeds: Path,
    *,
    date: dt.date,
    out: Path,
    transport: httpx.AsyncBaseTransport | None = None,
) -> FetchReport:
    """Fetch every feed in the list ``feeds`` and store the day's new articles under
    ``<out>/<date>/articles/``; the report is also written there as ``fetch.json``. The
    run holds ``out`` (briefing.files.out_lock): a second one there stops in one line."""
    urls = read_feed_list(feeds)
    with out_lock(out):
        return await _fetch(settings, urls, date=date, out=out, transport=transport)


async def _fetch(
    settings: Settings,
    urls: list[str],
    *,
    date: dt.date,
    out: Path,
    transport: httpx.AsyncBaseTransport | None,
) -> FetchReport:
    state, warning = load_state(out)
    folder = out / date.isoformat() / ARTICLES
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot write {folder.parent}: {exc.strerror}", "choose another --out"
        ) from exc
    report = FetchReport(date=date, folder=str(folder), warnings=[warning] if warning else [])
    policy = RequestPolicy.for_feeds(urls, settings.fetch_allow_hosts)
    async with Fetcher(settings, transport, policy) as fetcher:
        day = _Day(settings, fetcher, state, date, folder, report)
        found = await asyncio.gather(*(_feed(day, url) for url in urls))
        items = _unique(day, [item for listed in found for item in listed])
        await asyncio.gather(*(_item(day, item) for item in items))
    _order(report, urls)
    save_state(out, state)
    write_report(out / date.isoformat(), report)
    return report


def _order(report: FetchReport, urls: list[str]) -> None:
    """The report in a stable order: feeds as listed, items by URL."""
    report.feeds.sort(key=lambda f: urls.index(f.url))
    for items in (report.stored, report.skipped, report.failed):
        items.sort(key=lambda i: (i.url, i.reason or ""))
