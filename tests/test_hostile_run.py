"""`fetch` and `daily --feeds` run as a user runs them (the installed CLI, in processes of
their own) against a hostile web server on 127.0.0.1: no request reaches a refused
address, no run outlasts its deadlines, memory stays under 500 MiB, the day's brief is
written, and two fetches on one folder at once lose and duplicate nothing.

The server is the feed list's own host, so 127.0.0.1 is allowed; every other spelling of
this machine (localhost, decimal, hex, octal, short, IPv6, a redirect) points back at the
same server under an /admin path, so any request that got through would show in its log.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.openai_server import serve as serve_model
from tests.fakes.schema_answers import answer

DAY = "2026-04-20"
PAGES = Path(__file__).resolve().parent / "site" / "pages" / "herald"
GOOD = ("flood-orlen-evacuations.html", "port-strike-talks.html")  # dated the day
MEMORY_MIB = 500


@functools.cache
def _bomb() -> bytes:
    """256 MiB of zeros, gzipped to 250 KiB (made on first request, not at collection)."""
    return gzip.compress(bytes(256 << 20), compresslevel=9)


def _hostile_links(port: int) -> list[str]:
    return [
        f"http://localhost:{port}/admin-localhost",
        f"http://2130706433:{port}/admin-decimal",
        f"http://0x7f000001:{port}/admin-hex",
        f"http://0177.0.0.1:{port}/admin-octal",
        f"http://127.1:{port}/admin-short",
        f"http://[::ffff:127.0.0.1]:{port}/admin-mapped",
        f"http://[::1]:{port}/admin-six",
        "http://169.254.169.254/latest/meta-data",
        "http://10.0.0.7/intranet",
        "http://0.0.0.0/unspecified",
    ]


def _feed(port: int) -> str:
    base = f"http://127.0.0.1:{port}"
    links = [
        *(f"{base}/news/{name}" for name in GOOD),
        *_hostile_links(port),
        f"{base}/redirect",
        f"{base}/trickle.html",
        f"{base}/bomb.html",
        f"{base}/huge.html",
        f"{base}/nested.html",
    ]
    items = "".join(
        f"<item><title>Item {n}</title><link>{link}</link>"
        "<pubDate>Mon, 20 Apr 2026 07:00:00 GMT</pubDate></item>"
        for n, link in enumerate(links)
    )
    channel = f"<channel><title>H</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


class _Hostile(ThreadingHTTPServer):
    daemon_threads = True
    paths: list[str]

    def handle_error(self, request: Any, client_address: Any) -> None:  # noqa: ARG002
        return  # clients hang up on the trickle and the bomb on purpose


class _Handler(BaseHTTPRequestHandler):
    server: _Hostile

    def log_message(self, format: str, *args: Any) -> None:  # noqa: ARG002 - quiet tests
        return

    def _send(self, body: bytes, kind: str = "text/html", **headers: str) -> None:
        self.send_response(200)
        self.send_header("content-type", kind)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.server.paths.append(self.path)
        port = self.server.server_address[1]
        if self.path == "/robots.txt":
            self._send(b"User-agent: *\nAllow: /\n", "text/plain")
        elif self.path == "/feed.xml":
            self._send(_feed(port).encode(), "application/rss+xml")
        elif self.path.startswith("/news/"):
            self._send((PAGES / self.path.removeprefix("/news/")).read_bytes())
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("location", f"http://localhost:{port}/admin-redirect")
            self.end_headers()
        elif self.path == "/trickle.html":
            self._trickle()
        elif self.path == "/bomb.html":
            self._send(_bomb(), content_encoding="gzip")
        elif self.path == "/huge.html":
            self._send(b"<html><body>" + b"<p>filler words here</p>" * 2_500_000)
        elif self.path == "/nested.html":
            self._send(b"<html><body>" + b"<div>" * 40_000 + b"deep" + b"</div>" * 40_000)
        else:
            self.send_response(404)
            self.end_headers()

    def _trickle(self) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.end_headers()
        try:
            for _ in range(600):  # a byte every 0.1 s for a minute: a slow-loris page
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            return


@pytest.fixture(scope="module")
def hostile() -> Iterator[tuple[str, list[str]]]:
    server = _Hostile(("127.0.0.1", 0), _Handler)
    server.paths = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.paths
    finally:
        server.shutdown()
        server.server_close()


# Runs the CLI as a child and prints the child's peak resident memory (KiB) last.
_MEASURED = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)
_BRIEFING = [sys.executable, "-c", "from briefing.cli import main; main()"]


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _MEASURED, *_BRIEFING, *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, str, float]:
    """Exit code, what the run printed, and its peak memory in MiB."""
    out, err = process.communicate(timeout=180)
    *lines, peak = err.strip().splitlines()
    return process.returncode, out + "\n".join(lines), int(peak) / 1024


FAST = {
    "BRIEFING_FETCH_TIMEOUT_S": "2",
    "BRIEFING_FETCH_DEADLINE_S": "3",
    "BRIEFING_FETCH_ATTEMPTS": "1",
    "BRIEFING_FETCH_MAX_BYTES": "2000000",
}


def _feeds(tmp_path: Path, base: str) -> Path:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{base}/feed.xml\n")
    return feeds


def test_two_fetches_at_once_reach_nothing_refused_and_lose_nothing(
    hostile: tuple[str, list[str]], tmp_path: Path
) -> None:
    base, paths = hostile
    feeds, out = _feeds(tmp_path, base), tmp_path / "out"
    started = time.monotonic()
    runs = [_start(["fetch", str(feeds), "--date", DAY, "--out", str(out)], FAST) for _ in "ab"]
    results = [_finish(run) for run in runs]
    took = time.monotonic() - started
    assert [code for code, _, _ in results] == [0, 0], results
    assert max(peak for _, _, peak in results) < MEMORY_MIB
    assert took < 60, "each run keeps its deadlines; the second waited for the first"
    assert not [p for p in paths if p.startswith("/admin")], "a refused address was reached"
    stored = sorted(p.name for p in (out / DAY / "articles").iterdir())
    assert len(stored) == len(GOOD), stored  # each page once, none lost, none twice
    report = json.loads((out / DAY / "fetch.json").read_text())
    assert json.dumps(report).count("refused:") >= len(_hostile_links(0)) + 1


def test_daily_from_hostile_feeds_writes_the_brief_within_bounds(
    hostile: tuple[str, list[str]], tmp_path: Path
) -> None:
    base, paths = hostile
    feeds, out = _feeds(tmp_path, base), tmp_path / "out"
    with serve_model(answer) as (url, _):
        args = ["daily", "--feeds", str(feeds), "--date", DAY, "--out", str(out)]
        env = {**FAST, "BRIEFING_MODE": "live", "OPENAI_BASE_URL": url, "BRIEFING_NO_CACHE": "1"}
        started = time.monotonic()
        code, printed, peak = _finish(_start(args, env))
    assert code in (0, 3), printed  # 3: a page failed (the trickle), and the brief says so
    assert time.monotonic() - started < 90
    assert peak < MEMORY_MIB
    assert (out / DAY / "brief.md").exists(), printed
    assert not [p for p in paths if p.startswith("/admin")]
    report = json.loads((out / DAY / "fetch.json").read_text())
    text = json.dumps(report)
    assert text.count("refused:") >= len(_hostile_links(0)) + 1
    assert "not complete within 3" in text  # the trickle, cut at its deadline
