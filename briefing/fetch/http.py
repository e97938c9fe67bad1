"""Polite HTTP for feeds and pages: a user agent, timeouts, retries with backoff, a size
limit, a limit on redirects, a per-host and an overall concurrency limit, conditional GET
(ETag / Last-Modified), and robots.txt read once per host and obeyed.

The transport is injected (``httpx``'s ``transport=``) so tests can answer in-process; by
default requests go to the network.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt
from tenacity import wait_random_exponential as backoff

from briefing import __version__
from briefing.errors import FetchError, TransientFetchError
from briefing.fetch.connect import checked_transport
from briefing.fetch.policy import RequestPolicy
from briefing.settings import Settings

log = logging.getLogger("briefing.fetch")
MAX_REDIRECTS = 5
_RETRIED_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Validators:
    """What a server said to identify its last answer, sent back to ask "changed since?"."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """The conditional GET headers."""
        sent = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {k: v for k, v in sent.items() if v}


@dataclass(frozen=True)
class Response:
    """A 200 (body read, within the size limit) or a 304 (no body)."""

    url: str
    status: int
    content_type: str
    body: bytes
    validators: Validators

    @property
    def not_modified(self) -> bool:
        """The server answered 304: nothing changed since the validators sent."""
        return self.status == 304


def _validators(headers: httpx.Headers) -> Validators:
    modified = headers.get("last-modified")
    if modified:
        try:
            parsedate_to_datetime(modified)
        except (TypeError, ValueError):
            modified = None
    return Validators(headers.get("etag"), modified)


class Fetcher:
    """GET feeds and pages as the settings say; use as ``async with Fetcher(...)``."""

    def __init__(
        self,
        settings: Settings,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RequestPolicy | None = None,
    ):
        self._settings = settings
        self.user_agent = settings.user_agent.format(version=__version__)
        self.policy = policy or RequestPolicy(settings.fetch_allow_hosts)
        # Checked on every request the client sends: redirects and robots.txt too.
        self._client = httpx.AsyncClient(
            transport=transport or checked_transport(self.policy),
            timeout=settings.fetch_timeout_s,
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": self.user_agent},
            event_hooks={"request": [self._guard]},
        )
        self._all = asyncio.Semaphore(settings.fetch_concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._robots: dict[str, asyncio.Task[RobotFileParser]] = {}

    async def _guard(self, request: httpx.Request) -> None:
        reason = await self.policy.refusal(str(request.url))
        if reason:
            raise FetchError(str(request.url), reason, "list the host in the feed list to allow it")

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        await self._client.aclose()

    async def get(self, url: str, since: Validators | None = None) -> Response:
        """GET ``url`` (conditionally when ``since`` is given), retrying what is worth it;
        raises FetchError with the reason in a line."""
        host = urlsplit(url).netloc
        slot = self._hosts.setdefault(host, asyncio.Semaphore(self._settings.fetch_per_host))
        retrying = AsyncRetrying(
            retry=retry_if_exception_type(TransientFetchError),
            stop=stop_after_attempt(self._settings.fetch_attempts),
            wait=backoff(multiplier=self._settings.fetch_backoff_s, max=30),
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                async with self._all, slot:
                    return await self._once(url, since)
        raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover

    async def _once(self, url: str, since: Validators | None) -> Response:
        headers = since.headers() if since else {}
        started = time.monotonic()
        deadline = self._settings.fetch_deadline_s
        try:
            # The timeout bounds each read; this bounds the whole request, so a server
            # sending one byte a second cannot hold the run.
            async with (
                asyncio.timeout(deadline),
                self._client.stream("GET", url, headers=headers) as answer,
            ):
                got = await self._read(url, answer)
                seconds = time.monotonic() - started
                log.info("GET %s -> %d, %d bytes, %.2f s", url, got.status, len(got.body), seconds)
                return got
        except httpx.TooManyRedirects as exc:
            raise FetchError(
                url, f"more than {MAX_REDIRECTS} redirects (a redirect loop?)"
            ) from exc
        except httpx.TimeoutException as exc:
            seconds = self._settings.fetch_timeout_s
            raise TransientFetchError(url, f"no answer within {seconds:g} s") from exc
        except TimeoutError as exc:
            raise TransientFetchError(url, f"not complete within {deadline:g} s") from exc
        except httpx.TransportError as exc:
            raise TransientFetchError(url, f"connection failed ({type(exc).__name__})") from exc
        except httpx.InvalidURL as exc:
            raise FetchError(url, "not a valid URL", "check the address") from exc

    async def _read(self, url: str, answer: httpx.Response) -> Response:
        status = answer.status_code
        if status in _RETRIED_STATUS:
            raise TransientFetchError(url, f"HTTP {status}", "try again later", status)
        if status not in (200, 304):
            raise FetchError(url, f"HTTP {status}", "check the address", status)
        limit = self._settings.fetch_max_bytes
        declared = answer.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"larger than {limit:,} bytes ({int(declared):,})")
        body = bytearray()
        async for piece in answer.aiter_bytes():
            body += piece
            if len(body) > limit:
                raise FetchError(url, f"larger than {limit:,} bytes")
        kind = answer.headers.get("content-type", "").split(";")[0].strip().lower()
        return Response(str(answer.url), status, kind, bytes(body), _validators(answer.headers))

    async def allowed(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s host lets this user agent fetch it."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = asyncio.ensure_future(self._read_robots(origin))
        rules = await self._robots[origin]
        return rules.can_fetch(self.user_agent, url)

    async def _read_robots(self, origin: str) -> RobotFileParser:
        """RFC 9309: a 4xx means no rules; an unreachable robots.txt or a 5xx means
        nothing may be fetched."""
        rules = RobotFileParser()
        try:
            answer = await self.get(f"{origin}/robots.txt")
            lines = answer.body.decode("utf-8", "replace").splitlines()
        except FetchError as exc:
            missing = exc.status is not None and 400 <= exc.status < 500
            lines = [] if missing else ["User-agent: *", "Disallow: /"]
        rules.parse(lines)
        return rules
