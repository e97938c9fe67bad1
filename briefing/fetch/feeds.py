"""The feed list (a text file of URLs, or OPML) and the items of one feed (RSS or Atom,
read by feedparser)."""

from __future__ import annotations

import calendar
import datetime as dt
import io
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser

from briefing.errors import ConfigError, FetchError

_MAX_LIST_BYTES = 1_000_000


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: where its page is, and what the feed says of it."""

    feed: str
    link: str
    title: str
    published: dt.date | None


def _web_address(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _opml(path: Path, text: str) -> list[str]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise ConfigError(
            f"{path}: not readable OPML ({exc})", "export the feed list again, or list URLs"
        ) from exc
    return [o.attrib["xmlUrl"].strip() for o in root.iter("outline") if o.attrib.get("xmlUrl")]


def read_feed_list(path: Path) -> list[str]:
    """The feed URLs in ``path``: one per line (``#`` starts a comment), or an OPML
    export's ``xmlUrl`` attributes. Raises ConfigError naming the file and line."""
    try:
        text = path.read_bytes()[:_MAX_LIST_BYTES].decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path}: cannot read the feed list ({exc})", "pass a UTF-8 text file of feed URLs"
        ) from exc
    if text.lstrip().startswith("<"):
        urls, where = _opml(path, text), "an outline"
    else:
        urls = [line.split("#", 1)[0].strip() for line in text.splitlines()]
        where = "line"
    # A dict keeps the first order and finds a repeat at once (45,000 lines: no wait).
    listed: dict[str, None] = {}
    for number, url in enumerate(urls, 1):
        if url and not _web_address(url):
            place = f"line {number}" if where == "line" else where
            raise ConfigError(
                f"{path}, {place}: {url[:80]!r} is not an http(s) URL",
                "list one feed URL per line, e.g. https://example.org/rss.xml",
            )
        if url:
            listed.setdefault(url)
    if not listed:
        raise ConfigError(f"{path}: no feed URLs", "list one feed URL per line")
    return list(listed)


def _date(entry: feedparser.FeedParserDict) -> dt.date | None:
    stamp: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp is None:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(stamp), tz=dt.UTC).date()


def feed_items(url: str, body: bytes) -> list[FeedItem]:
    """The entries of an RSS or Atom document that link to a web page. A document
    feedparser found broken (``bozo``) and took no such entry from raises FetchError."""
    # A stream, never a string: feedparser would fetch a string that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(body), sanitize_html=False, resolve_relative_uris=False)
    items = []
    for entry in parsed.get("entries", []):
        # A relative link is the feed's own address's neighbour.
        given = str(entry.get("link") or "").strip()
        link = urljoin(url, given) if given else ""
        if _web_address(link):
            title = " ".join(str(entry.get("title") or "").split())
            items.append(FeedItem(url, link, title, _date(entry)))
    if not items and parsed.get("bozo"):
        problem = str(parsed.get("bozo_exception", "unreadable")).splitlines()[0][:120]
        raise FetchError(url, f"not a readable RSS or Atom feed ({problem})", "check the feed URL")
    return items
