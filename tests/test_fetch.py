"""Fetching: feeds in, pages read politely and stored with their metadata, every item's
outcome with its reason; against the small news web in tests/site/ on 127.0.0.1, and a
few cases through httpx's in-process MockTransport."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from briefing.articles import load_articles
from briefing.articles.loader import load_article
from briefing.articles.page import MIN_ARTICLE_WORDS, read_page
from briefing.cli import app
from briefing.errors import ConfigError
from briefing.fetch import FetchReport, fetch_day
from briefing.fetch.feeds import read_feed_list
from briefing.fetch.state import STATE_FILE
from briefing.settings import Settings
from tests.site.server import DAYS, FEEDS, Site, serve

FAST = {
    "fetch_timeout_s": 0.5,
    "fetch_attempts": 2,
    "fetch_backoff_s": 0.01,
    "fetch_max_bytes": 100_000,
}


def _settings() -> Settings:
    return Settings(
        fetch_timeout_s=0.5, fetch_attempts=2, fetch_backoff_s=0.01, fetch_max_bytes=100_000
    )


@pytest.fixture
def site() -> Iterator[Site]:
    with serve(day=1) as running:
        yield running


def _fetch(site: Site, out: Path, day: int, feeds: tuple[str, ...] = FEEDS) -> FetchReport:
    site.day = day
    listed = site.feeds_file(out / "feeds.txt", feeds)
    return asyncio.run(fetch_day(_settings(), listed, date=DAYS[day], out=out))


def _by_path(site: Site, items: list[str]) -> list[str]:
    return sorted(u.removeprefix(site.base) for u in items)


def test_each_item_is_stored_skipped_or_failed_with_its_reason(site: Site, tmp_path: Path) -> None:
    report = _fetch(site, tmp_path, 1)
    assert [(f.url.removeprefix(site.base), f.status) for f in report.feeds] == [
        ("/herald/rss.xml", "read"),
        ("/wire/atom.xml", "read"),
        ("/gazette/feed.xml", "read"),
        ("/broken/feed.xml", "failed"),
    ]
    assert "not a readable RSS or Atom feed" in (report.feeds[3].error or "")
    stored = _by_path(site, [i.url for i in report.stored])
    assert [p.split("?")[0] for p in stored] == [
        "/gazette/strike-explained.html",
        "/herald/flood-orlen-evacuations.html",
        "/herald/port-strike-talks.html",
        "/wire/flood-serra-river.html",
        "/wire/port-strike.html",
    ]
    skipped = {i.url.removeprefix(site.base): i.reason or "" for i in report.skipped}
    assert skipped.pop("/herald/annual-report.pdf") == "not a web page (application/pdf)"
    assert skipped.pop("/herald/news/") == "not an article (2 words of main text)"
    assert skipped.pop("/herald/old-feature.html").startswith("dated 2026-04-10 by the feed")
    assert skipped.pop("/wire/private/memo.html") == "robots.txt forbids fetching it"
    assert skipped.pop("/syndicated/serra-river.html").startswith("same text as an article")
    [(tracked, reason)] = skipped.items()  # the tracked link and its page: one is stored
    assert tracked.startswith("/herald/flood-orlen-evacuations.html")
    assert reason.startswith("canonical URL already fetched today")
    failed = {i.url.removeprefix(site.base): i.error or "" for i in report.failed}
    assert failed["/herald/deleted-story.html"].endswith("HTTP 404 (fix: check the address)")
    assert failed["/wire/slow.html"].endswith("no answer within 0.5 s")
    assert failed["/wire/huge.html"].endswith("larger than 100,000 bytes")
    assert failed["/wire/loop"].endswith("more than 5 redirects (a redirect loop?)")
    assert len(failed) == 4
    assert "/wire/private/memo.html" not in site.paths()
    assert "/herald/old-feature.html" not in site.paths()
    assert {agent for _, agent, _ in site.requests} == {
        "briefing/0.1.0 (daily news brief; respects robots.txt)"
    }
    assert json.loads((tmp_path / "2026-04-20" / "fetch.json").read_text())["date"] == "2026-04-20"


def test_a_stored_article_carries_its_metadata_and_reads_back(site: Site, tmp_path: Path) -> None:
    report = _fetch(site, tmp_path, 1)
    [herald] = [i for i in report.stored if "/herald/flood" in i.url]
    article = load_article(Path(herald.file or ""))
    assert article.title == "Serra river floods force 1,200 from homes in Orlen"
    assert (article.outlet, article.outlet_source) == ("Orlen Herald", "page metadata")
    assert article.author == "Mira Vell"
    assert article.url == f"{site.base}/herald/flood-orlen-evacuations.html"
    assert (article.published, article.date_source) == (dt.date(2026, 4, 20), "page metadata")
    assert article.text.startswith("About 1,200 people were evacuated")
    assert "cookies" not in article.text
    assert "Related stories" not in article.text


def test_the_next_day_skips_what_was_fetched_and_asks_only_if_changed(
    site: Site, tmp_path: Path
) -> None:
    _fetch(site, tmp_path, 1)
    site.requests.clear()
    report = _fetch(site, tmp_path, 2)
    statuses = {f.url.removeprefix(site.base): f.status for f in report.feeds}
    assert statuses["/gazette/feed.xml"] == "not modified"
    assert ("/gazette/feed.xml", '"gazette-1"') in {(p, c) for p, _, c in site.requests}
    skipped = {i.url.removeprefix(site.base): i.reason or "" for i in report.skipped}
    assert skipped["/herald/news/"] == "not modified since it was last looked at (HTTP 304)"
    assert skipped["/wire/flood-serra-river.html"].startswith("link already fetched on 2026-04-20")
    assert _by_path(site, [i.url for i in report.stored]) == [
        "/herald/central-bank-cuts-rate.html",
        "/herald/flood-orlen-toll-rises.html",
        "/wire/flood-aid-orlen.html",
        "/wire/rate-cut.html",
    ]
    assert "/wire/flood-serra-river.html" not in site.paths()
    assert (tmp_path / STATE_FILE).exists()


def test_an_unreadable_state_file_is_a_warning_and_a_fresh_start(
    site: Site, tmp_path: Path
) -> None:
    (tmp_path / STATE_FILE).write_text("{not json")
    report = _fetch(site, tmp_path, 1, FEEDS[:1])
    [warning] = report.warnings
    assert "starting afresh" in warning
    assert len(report.stored) == 2


def test_feed_lists_are_read_as_text_or_opml_and_bad_lines_named(tmp_path: Path) -> None:
    text = tmp_path / "feeds.txt"
    text.write_text("# morning feeds\nhttps://a.example/rss\n\nhttps://b.example/atom  # wire\n")
    assert read_feed_list(text) == ["https://a.example/rss", "https://b.example/atom"]
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="News">'
        '<outline type="rss" xmlUrl="https://a.example/rss"/></outline></body></opml>'
    )
    assert read_feed_list(opml) == ["https://a.example/rss"]
    text.write_text("https://a.example/rss\nftp://b.example/feed\n")
    with pytest.raises(ConfigError) as caught:
        read_feed_list(text)
    assert (
        "feeds.txt, line 2: 'ftp://b.example/feed' is not an http(s) URL" in caught.value.one_line()
    )


def _mock(answers: dict[str, list[httpx.Response]]) -> httpx.MockTransport:
    """An in-process transport answering each host and path from its list, in order."""

    def handle(request: httpx.Request) -> httpx.Response:
        queue = answers.get(f"{request.url.host}{request.url.path}")
        return queue.pop(0) if queue else httpx.Response(404)

    return httpx.MockTransport(handle)


RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    "<item><title>A</title><link>/a.html</link>"
    "<pubDate>Mon, 20 Apr 2026 07:00:00 GMT</pubDate></item></channel></rss>"
)
PAGE = (
    "<html><head><title>Port reopens</title>"
    '<meta property="article:published_time" content="2026-04-20T08:00:00Z">'
    '<meta property="og:site_name" content="News Example"></head><body><article>'
    "<h1>Port reopens</h1>"
    + "".join(
        f"<p>Ship {n} left the port of Valdra on Monday after the strike.</p>" for n in range(6)
    )
    + "</article></body></html>"
)


def test_a_server_error_is_retried_relative_links_resolved_and_robots_unreachable_forbids(
    tmp_path: Path,
) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://news.example/rss.xml\nhttps://closed.example/rss.xml\n")
    transport = _mock(
        {
            "news.example/robots.txt": [httpx.Response(404)],
            "news.example/rss.xml": [httpx.Response(503), httpx.Response(200, text=RSS)],
            "news.example/a.html": [
                httpx.Response(200, text=PAGE, headers={"content-type": "text/html"})
            ],
            "closed.example/robots.txt": [httpx.Response(503), httpx.Response(503)],
        }
    )
    # closed.example: its robots.txt answers 503 twice (and retries end): nothing may be fetched.
    report = asyncio.run(
        fetch_day(_settings(), feeds, date=DAYS[1], out=tmp_path, transport=transport)
    )
    assert [(f.url, f.status) for f in report.feeds] == [
        ("https://news.example/rss.xml", "read"),
        ("https://closed.example/rss.xml", "failed"),
    ]
    assert "robots.txt forbids" in (report.feeds[1].error or "")
    [stored] = report.stored
    article = load_article(Path(stored.file or ""))
    assert (article.title, article.outlet) == ("Port reopens", "News Example")


def test_fetch_command_reports_failures_in_a_line_each(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in FAST.items():
        monkeypatch.setenv(f"BRIEFING_{name.upper()}", str(value))
    feeds = site.feeds_file(tmp_path / "feeds.txt")
    out = CliRunner().invoke(
        app, ["fetch", str(feeds), "--date", "2026-04-20", "--out", str(tmp_path)]
    )
    assert out.exit_code == 3, out.output
    lines = out.output.strip().splitlines()
    assert sum(line.startswith("warning: page failed:") for line in lines) == 4
    assert sum(line.startswith("warning: feed failed:") for line in lines) == 1
    assert "fetched 5 new articles" in out.output
    assert "Traceback" not in out.output
    missing = CliRunner().invoke(app, ["fetch", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2
    assert "nope.txt: cannot read the feed list" in missing.output


PAGES = Path(__file__).resolve().parent / "site" / "pages"
# Each handwritten page: what its metadata must give, the article's first and last
# paragraphs as written, and the site's furniture that must be gone.
EXTRACTION = {
    "herald/flood-orlen-evacuations.html": (
        (
            "Serra river floods force 1,200 from homes in Orlen",
            "2026-04-20",
            "Orlen Herald",
            "Mira Vell",
        ),
        ("About 1,200 people were evacuated", "according to the fire service."),
        (
            "cookies",
            "Accept all",
            "Subscribe",
            "Related stories",
            "Ten years of",
            "Privacy",
            "Politics",
        ),
    ),
    "wire/flood-serra-river.html": (
        (
            "Serra river bursts its banks, Orlen evacuates riverside districts",
            "2026-04-20",
            "Meridian Wire",
            "Ana Kovar",
        ),
        ("ORLEN, Celdora, April 20 (Meridian Wire) - Firefighters", "if the city asked for them."),
        ("Sign in", "Read more", "Celd steadies", "newsletter", "delayed", "editing by"),
    ),
    "gazette/strike-explained.html": (
        ("Valdra strike: what the dockworkers want", "2026-04-20", "Valdra Gazette", "Nell Arden"),
        ("The 24-hour strike at Valdra port", "willing to meet again this week."),
        (
            "harbourwatcher",
            "About time",
            "Most read",
            "ferry",
            "Share this",
            "WordPress",
            "Your city",
        ),
    ),
    "postal/amsel-sandbags.html": (
        ("Amsel braces for the Serra", None, None, None),
        ("Published April 20, 2026", "the regional education office said."),
        ("Share on", "Don't miss", "cookies", "digest"),
    ),
}


@pytest.mark.parametrize("name", sorted(EXTRACTION))
def test_extraction_keeps_the_article_and_drops_the_site(name: str) -> None:
    (title, date, outlet, author), (first, last), furniture = EXTRACTION[name]
    html = (PAGES / name).read_text(encoding="utf-8").replace("{{BASE}}", "https://site.example")
    page = read_page(html)
    assert (page.title, page.outlet, page.author) == (title, outlet, author)
    assert page.published == (dt.date.fromisoformat(date) if date else None)
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0].startswith(first)
    assert paragraphs[-1].endswith(last) or paragraphs[-2].endswith(last)
    assert [f for f in furniture if f.casefold() in page.text.casefold()] == []


def test_a_page_without_date_metadata_is_dated_from_its_text(tmp_path: Path) -> None:
    (tmp_path / "amsel.html").write_text((PAGES / "postal" / "amsel-sandbags.html").read_text())
    article = load_article(tmp_path / "amsel.html")
    assert (article.published, article.date_source) == (dt.date(2026, 4, 20), "header")
    assert article.date_note == "April 20, 2026"


def test_a_sites_template_line_is_dropped_across_its_articles() -> None:
    """trafilatura keeps the wire's "Our Standards" line (it is inside the article body);
    two of the wire's articles on different stories show it is the site's."""
    wire = [PAGES / "wire" / "flood-serra-river.html", PAGES / "wire" / "rate-cut.html"]
    loaded = load_articles(wire).articles
    assert all("Our Standards" not in a.text for a in loaded)
    assert all(r.rule == "sitewide" for a in loaded for r in a.removed if "Standards" in r.text)
    [alone] = load_articles(wire[:1]).articles
    assert alone.text.endswith("Our Standards: The Meridian Wire Trust Principles.")


def test_a_section_front_is_not_an_article() -> None:
    front = PAGES / "herald" / "news" / "index.html"
    assert read_page(front.read_text()).words < MIN_ARTICLE_WORDS
    loaded = load_articles([front])
    assert loaded.articles == []
    [skipped] = loaded.skipped
    assert "a web page without an article (2 words of main text)" in skipped.one_line()
