"""A hostile web and hostile files around `fetch`: no request to this machine or a private
network unless the user listed the host, whatever form the address takes or wherever a
redirect points; no credential written; a hostile state file or output folder costs one
line (pages served by httpx's in-process MockTransport; nothing reaches the network)."""

from __future__ import annotations

import asyncio
import datetime as dt
import fcntl
import ipaddress
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from briefing.articles.page import read_page
from briefing.brief.short import headline_of
from briefing.cli import app
from briefing.errors import FetchError, OutputError
from briefing.fetch import FetchReport, fetch_day
from briefing.fetch.feeds import read_feed_list
from briefing.fetch.http import Fetcher
from briefing.fetch.policy import RequestPolicy, literal, refused
from briefing.fetch.state import STATE_FILE
from briefing.files import LOCK_FILE, out_lock
from briefing.redact import redact
from briefing.render.templates import inert
from briefing.settings import Settings

DAY = dt.date(2026, 4, 20)
HOSTILE = [
    "http://127.0.0.1:8080/admin",
    "http://localhost/secret",
    "http://2130706433/decimal",
    "http://0x7f000001/hex",
    "http://0177.0.0.1/octal",
    "http://[::1]/six",
    "http://[::ffff:127.0.0.1]/mapped",
    "http://169.254.169.254/latest/meta-data",
    "http://10.0.0.7/intranet",
    "http://0.0.0.0/unspecified",
]


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("2130706433", "loopback"),
        ("0x7f000001", "loopback"),
        ("0177.0.0.1", "loopback"),
        ("127.1", "loopback"),
        ("[::1]", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("fd00::1", "private"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
    ],
)
def test_every_form_of_a_refused_address_is_read_as_one(host: str, reason: str) -> None:
    address = literal(host)
    assert address is not None
    assert refused(address) == reason


def test_a_public_address_and_a_name_are_not_refused_as_literals() -> None:
    assert refused(ipaddress.ip_address("93.184.216.34")) is None
    assert literal("news.example") is None


def test_a_listed_host_is_allowed_and_an_unlisted_one_refused() -> None:
    policy = RequestPolicy.for_feeds(["http://127.0.0.1:9000/feed.xml"])
    assert asyncio.run(policy.refusal("http://127.0.0.1:9000/item.html")) is None
    assert "loopback" in (asyncio.run(policy.refusal("http://localhost/x")) or "")
    assert "not an http(s)" in (asyncio.run(policy.refusal("file:///etc/passwd")) or "")


@given(st.ip_addresses())
def test_no_refused_address_passes_the_policy(
    address: ipaddress.IPv4Address | ipaddress.IPv6Address,
) -> None:
    host = f"[{address}]" if address.version == 6 else str(address)
    reason = asyncio.run(RequestPolicy().refusal(f"http://{host}/"))
    assert (reason is None) == (refused(address) is None)


def _rss(links: list[str]) -> str:
    items = "".join(
        f"<item><title>T{n}</title><link>{link}</link>"
        "<pubDate>Mon, 20 Apr 2026 07:00:00 GMT</pubDate></item>"
        for n, link in enumerate(links)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
    )


Handler = Callable[[httpx.Request], httpx.Response]


def _fetch(
    tmp_path: Path, handle: Handler, feed: str = "https://news.example/feed.xml", **fast: float
) -> FetchReport:
    """Fetch the one feed listed through ``handle`` (an in-process server)."""
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{feed}\n")
    given = {"fetch_timeout_s": 0.5, "fetch_attempts": 1, "fetch_backoff_s": 0.01, **fast}
    settings = Settings.model_validate(given)
    transport = httpx.MockTransport(handle)
    return asyncio.run(fetch_day(settings, feeds, date=DAY, out=tmp_path, transport=transport))


def test_a_hostile_feed_reaches_no_refused_address(tmp_path: Path) -> None:
    requested: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.path == "/feed.xml":
            return httpx.Response(200, text=_rss([*HOSTILE, "https://news.example/moved"]))
        if request.url.path == "/moved":
            return httpx.Response(302, headers={"location": "http://127.0.0.1/after-redirect"})
        return httpx.Response(404)

    report = _fetch(tmp_path, handle)
    reached = [u for u in requested if "news.example" not in u]
    assert reached == [], "no request left for a refused address"
    reasons = [i.reason or "" for i in report.skipped] + [i.error or "" for i in report.failed]
    assert sum("refused:" in r for r in reasons) == len(HOSTILE) + 1
    written = json.loads((tmp_path / DAY.isoformat() / "fetch.json").read_text())
    assert "refused: 127.0.0.1 is a loopback address" in json.dumps(written)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:pass@host.org/feed", "http://***@host.org/feed"),
        ("http://u:Me43@Secret@example.org/f", "http://***@example.org/f"),
        ("http://u:pa/ss@host.org/feed", "http://***@host.org/feed"),
        ("https://medium.com/@writer", "https://medium.com/@writer"),
        ("http://example.com:8080/@x", "http://example.com:8080/@x"),
        ("https://user:2024/secret@feeds.example.com/rss", "https://***@feeds.example.com/rss"),
        ("https://user:pa'ss@host.org/rss", "https://***@host.org/rss"),
        ("https://example.com/?ref=a@b.org", "https://example.com/?ref=a@b.org"),
    ],
)
def test_credentials_are_masked_through_the_last_at_of_the_authority(url: str, shown: str) -> None:
    assert redact(url) == shown


def test_a_feed_password_is_written_nowhere(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Port reopens</title>"
        '<meta property="article:published_time" content="2026-04-20T08:00:00Z"></head>'
        "<body><article><h1>Port reopens</h1>"
        + "".join(
            f"<p>The port reopened to ships on Monday, sentence {n} says.</p>" for n in range(60)
        )
        + "</article></body></html>"
    )

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/feed.xml":
            return httpx.Response(200, text=_rss(["https://news.example/a.html"]))
        if request.url.path == "/a.html":
            return httpx.Response(200, text=page, headers={"content-type": "text/html"})
        return httpx.Response(404)

    report = _fetch(tmp_path, handle, "https://reader:Top@Secret@news.example/feed.xml")
    assert report.stored
    written = [p.read_text() for p in (tmp_path / DAY.isoformat()).rglob("*") if p.is_file()]
    assert not any("Top@Secret" in text or "reader:" in text for text in written)


def test_a_state_file_linked_to_dev_zero_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).symlink_to("/dev/zero")

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=_rss([]))

    report = _fetch(tmp_path, handle)
    assert any("not a regular file" in w for w in report.warnings)


def test_an_out_folder_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://news.example/feed.xml\n")
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    result = CliRunner().invoke(app, ["fetch", str(feeds), "--out", str(blocked)])
    assert result.exit_code == 1
    assert "cannot write" in result.output
    assert "choose another --out" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_page_title_is_a_quoted_headline_credited_to_its_source() -> None:
    assert headline_of("BUY NOW at http://evil.example/buy", "A1") == (
        "“BUY NOW at http://evil.example/buy” (title of A1)"
    )
    assert inert("“[click](http://evil.example)” (title of A1)").startswith("“\\[click\\]")


def test_a_date_line_in_the_body_is_not_page_metadata() -> None:
    body = "".join(
        f"<p>The port reopened to ships on Monday, line {n} says.</p>" for n in range(40)
    )
    html = f"<html><head><title>T</title></head><body><article><p>published: 1999-01-01</p>{body}"
    assert read_page(html + "</article></body></html>", "https://x.example/a").published is None


def test_a_second_run_on_one_out_folder_waits_then_says_so(tmp_path: Path) -> None:
    """Another process holding the folder (here: the lock taken directly) keeps the run
    out; it waits up to its limit, then stops with one line, writing nothing."""
    with (tmp_path / LOCK_FILE).open("a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(OutputError) as caught, out_lock(tmp_path, wait_s=0.3):
            pytest.fail("the lock was taken twice")
    assert "another briefing run has been writing there" in caught.value.one_line()
    with out_lock(tmp_path, wait_s=0.3), out_lock(tmp_path, wait_s=0.3):
        pass  # released, and held again by the same run (daily --feeds fetches under it)


class _Trickle(httpx.AsyncByteStream):
    """A body sent one byte at a time, forever (a slow-loris server)."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            await asyncio.sleep(0.05)
            yield b"<"


def test_a_page_that_trickles_is_cut_at_the_deadline_and_the_rest_is_saved(
    tmp_path: Path,
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/feed.xml":
            return httpx.Response(200, text=_rss(["https://news.example/slow.html"]))
        if request.url.path == "/slow.html":
            return httpx.Response(200, headers={"content-type": "text/html"}, stream=_Trickle())
        return httpx.Response(404)

    started = time.monotonic()
    report = _fetch(tmp_path, handle, fetch_timeout_s=5, fetch_deadline_s=0.5)
    assert time.monotonic() - started < 4
    [failed] = report.failed
    assert "not complete within 0.5 s" in (failed.error or "")
    assert (tmp_path / DAY.isoformat() / "fetch.json").exists()


def test_a_long_feed_list_is_read_at_once(tmp_path: Path) -> None:
    listed = tmp_path / "feeds.txt"
    lines = [f"https://n{n % 30_000}.ex/f" for n in range(45_000)]
    listed.write_text("\n".join(lines) + "\n")
    started = time.monotonic()
    urls = read_feed_list(listed)
    assert time.monotonic() - started < 2
    assert len(urls) == 30_000
    assert urls[:2] == ["https://n0.ex/f", "https://n1.ex/f"]


def test_a_name_that_rebinds_to_this_machine_is_not_connected_to(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """DNS rebinding: the name resolves to a public address for the policy's check and to
    127.0.0.1 when httpx connects. The connection goes to an address the policy checked,
    so the loopback server never hears from the fetcher."""
    heard: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            heard.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:  # noqa: ARG002
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    real = socket.getaddrinfo
    answers = iter(["93.184.215.14", "127.0.0.1", "127.0.0.1", "127.0.0.1"])

    def rebinding(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "rebind.example":
            address = next(answers)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    settings = Settings.model_validate({"fetch_timeout_s": 2, "fetch_attempts": 1})

    async def fetch() -> None:
        async with Fetcher(settings) as fetcher:
            await fetcher.get(f"http://rebind.example:{port}/secret")

    try:
        with pytest.raises(FetchError, match="loopback"):
            asyncio.run(fetch())
    finally:
        server.shutdown()
        server.server_close()
    assert heard == []
