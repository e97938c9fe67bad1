"""A small news web on 127.0.0.1 for the fetch tests and for trying `briefing daily --feeds`
without the internet: three outlets' feeds (RSS 2.0, Atom, RSS with an ETag), one broken
feed, and pages in the shapes real sites use (tests/site/pages/), plus the failures a
fetcher meets: a 404, a page slower than the timeout, a page over the size limit, a PDF,
a redirect loop, a section front, a path robots.txt forbids, an item from last week, a
tracked link to a page already listed, and another site's copy of a wire story.

Day 1 is 2026-04-20, day 2 is 2026-04-21; the feeds change between them as real feeds do
(new items on top, yesterday's still listed). Run it by hand:

    .venv/bin/python -m tests.site.server --day 1 --port 8765 --feeds feeds.txt
"""

from __future__ import annotations

import argparse
import datetime as dt
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

PAGES = Path(__file__).resolve().parent / "pages"
DAYS = {1: dt.date(2026, 4, 20), 2: dt.date(2026, 4, 21)}
SLOW_S = 1.5
ROBOTS = "User-agent: *\nDisallow: /wire/private/\n"
FEEDS = ("/herald/rss.xml", "/wire/atom.xml", "/gazette/feed.xml", "/broken/feed.xml")


@dataclass(frozen=True)
class Item:
    """A feed entry: the page path, its title, and the day and hour it was published."""

    path: str
    title: str
    day: dt.date | None
    hour: int = 7


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


D1, D2 = DAYS[1], DAYS[2]
HERALD = {
    1: [
        Item(
            "/herald/flood-orlen-evacuations.html", "Serra river floods force 1,200 from homes", D1
        ),
        Item("/herald/port-strike-talks.html", "Dockworkers at Valdra port start strike", D1, 6),
        Item("/herald/annual-report.pdf", "Orlen Herald annual report (PDF)", D1, 5),
        Item("/herald/deleted-story.html", "Council meeting moved (story removed)", D1, 5),
        Item("/herald/news/", "All the news", None),
        Item("/herald/old-feature.html", "Ten years of the Kestel bridge", dt.date(2026, 4, 10)),
        Item("/herald/flood-orlen-evacuations.html?utm_source=rss", "Floods (tracked link)", D1),
    ],
    2: [
        Item("/herald/flood-orlen-toll-rises.html", "Evacuations rise to 3,400", D2, 8),
        Item("/herald/central-bank-cuts-rate.html", "Central bank cuts rate", D2, 9),
        Item(
            "/herald/flood-orlen-evacuations.html", "Serra river floods force 1,200 from homes", D1
        ),
        Item("/herald/port-strike-talks.html", "Dockworkers at Valdra port start strike", D1, 6),
        Item("/herald/news/", "All the news", None),
    ],
}
WIRE = {
    1: [
        Item("/wire/flood-serra-river.html", "Serra river bursts its banks", D1, 9),
        Item("/wire/port-strike.html", "Valdra port halted as dockworkers strike", D1, 10),
        Item("/wire/slow.html", "Markets: slow page", D1, 11),
        Item("/wire/huge.html", "Live blog: every minute of the day", D1, 11),
        Item("/wire/loop", "Redirecting story", D1, 11),
        Item("/wire/private/memo.html", "Internal memo", D1, 11),
        Item("/syndicated/serra-river.html", "Serra river bursts its banks (syndicated)", D1, 12),
    ],
    2: [
        Item("/wire/flood-aid-orlen.html", "Celdora sends army engineers to Orlen", D2, 9),
        Item("/wire/rate-cut.html", "Bank of Celdora lowers rate", D2, 10),
        Item("/wire/flood-serra-river.html", "Serra river bursts its banks", D1, 9),
    ],
}
GAZETTE = [Item("/gazette/strike-explained.html", "Valdra strike: what the dockworkers want", D1)]


def _rss(base: str, title: str, items: list[Item]) -> str:
    entries = "".join(
        f"<item><title>{escape(i.title)}</title><link>{base}{i.path}</link>"
        f"<guid>{base}{i.path}</guid>"
        + (f"<pubDate>{format_datetime(_at(i.day, i.hour))}</pubDate>" if i.day else "")
        + "</item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{base}/</link><description>{title}</description>"
        f"{entries}</channel></rss>"
    )


def _atom(base: str, items: list[Item]) -> str:
    entries = "".join(
        f'<entry><title>{escape(i.title)}</title><link href="{base}{i.path}"/>'
        f"<id>{base}{i.path}</id><updated>{_at(i.day or D1, i.hour).isoformat()}</updated>"
        f"<published>{_at(i.day or D1, i.hour).isoformat()}</published></entry>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Meridian Wire: Celdora</title><id>{base}/wire/</id>"
        f"<updated>{_at(D1, 12).isoformat()}</updated>{entries}</feed>"
    )


# Truncated mid-tag and not XML after it: no entry can be read.
BROKEN = '<?xml version="1.0"?><rss version="2.0"><channel><title>Amsel Post</title><item><titl'


@dataclass
class Site:
    """What the site serves today, and every request it got (path, User-Agent, and the
    conditional headers), so tests can check what the fetcher asked for."""

    day: int = 1
    base: str = ""
    requests: list[tuple[str, str, str]] = field(default_factory=list)

    def feeds_file(self, path: Path, feeds: tuple[str, ...] = FEEDS) -> Path:
        """A feed list naming this site's feeds."""
        path.write_text("".join(f"{self.base}{f}\n" for f in feeds), encoding="utf-8")
        return path

    def paths(self) -> list[str]:
        """The paths requested, in order."""
        return [p for p, _, _ in self.requests]


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read ``Site.requests``."""

    def _send(
        self,
        status: int,
        body: bytes,
        kind: str = "text/html; charset=utf-8",
        *,
        sized: bool = True,
        **headers: str,
    ) -> None:
        """Answer; ``sized=False`` sends no Content-Length (read until the connection ends)."""
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if sized:
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _tagged(self, body: str, tag: str, kind: str) -> None:
        """Answer 304 when the client already has this version."""
        if self.headers.get("If-None-Match") == tag:
            self.send_response(304)
            self.send_header("ETag", tag)
            self.end_headers()
            return
        self._send(200, body.encode(), kind, ETag=tag)

    def _page(self, path: str) -> None:
        file = PAGES / path.lstrip("/")
        if file.is_dir():
            file /= "index.html"
        if not file.is_file():
            self._send(404, b"<html><body><h1>Not found</h1></body></html>")
            return
        html = file.read_text(encoding="utf-8").replace("{{BASE}}", self.site.base)
        if path == "/herald/news/":
            self._tagged(html, '"front-1"', "text/html; charset=utf-8")
        else:
            self._send(200, html.encode())

    def do_GET(self) -> None:
        site = self.site
        path = self.path.split("?", 1)[0]
        conditional = self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")
        site.requests.append((path, self.headers.get("User-Agent", ""), conditional or ""))
        base = site.base
        try:
            if path == "/robots.txt":
                self._send(200, ROBOTS.encode(), "text/plain")
            elif path == "/herald/rss.xml":
                self._send(
                    200,
                    _rss(base, "Orlen Herald", HERALD[site.day]).encode(),
                    "application/rss+xml",
                )
            elif path == "/wire/atom.xml":
                self._send(200, _atom(base, WIRE[site.day]).encode(), "application/atom+xml")
            elif path == "/gazette/feed.xml":
                self._tagged(
                    _rss(base, "Valdra Gazette", GAZETTE), '"gazette-1"', "application/rss+xml"
                )
            elif path == "/broken/feed.xml":
                self._send(200, BROKEN.encode(), "application/rss+xml")
            elif path == "/herald/annual-report.pdf":
                self._send(
                    200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "application/pdf"
                )
            elif path == "/wire/slow.html":
                time.sleep(SLOW_S)
                self._page("/wire/port-strike.html")
            elif path == "/wire/huge.html":
                # A page bloated by its inline app state, as single-page sites are.
                state = '{"quotes": [' + ",".join(['{"s": "CELD", "p": 1.0}'] * 12_000) + "]}"
                body = f"<html><body><script>window.__STATE__ = {state}</script></body></html>"
                self._send(200, body.encode(), sized=False)
            elif path == "/syndicated/serra-river.html":
                # The wire's story under another address and canonical URL: same text.
                page = (PAGES / "wire/flood-serra-river.html").read_text(encoding="utf-8")
                page = page.replace("{{BASE}}/wire/flood-serra-river.html", base + path)
                self._send(200, page.replace("{{BASE}}", base).encode())
            elif path in ("/wire/loop", "/wire/loop-2"):
                self._send(
                    302, b"", Location=f"{base}/wire/{'loop-2' if path == '/wire/loop' else 'loop'}"
                )
            else:
                self._page(path)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client gave up (the slow page): nothing to answer


@contextmanager
def serve(day: int = 1, port: int = 0) -> Iterator[Site]:
    """Run the site on 127.0.0.1 (``port``, 0: a free one) in a thread; yields its state."""
    site = Site(day=day)
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    """Serve the site until interrupted, after writing the feed list."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--day", type=int, choices=sorted(DAYS), default=1)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--feeds", type=Path, default=Path("feeds.txt"))
    args = parser.parse_args()
    with serve(args.day, args.port) as site:
        site.feeds_file(args.feeds, FEEDS[:3])
        print(f"serving day {args.day} ({DAYS[args.day]}) at {site.base}; feeds in {args.feeds}")
        print(f"try: briefing daily --feeds {args.feeds} --date {DAYS[args.day]}")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return


if __name__ == "__main__":
    main()
