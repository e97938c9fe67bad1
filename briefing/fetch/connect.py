"""Connections made to the address the request policy checked.

httpx resolves a host again when it connects, after the policy's check (an event hook)
resolved it once: a resolver can answer with a public address the first time and with
this machine the second (DNS rebinding). Here the connection is made by a network
backend that asks the policy where to connect, so the address checked is the address
used. TLS still verifies the certificate against the host's name (httpcore starts TLS
with the request's host, not with the address connected to).
"""

from __future__ import annotations

from collections.abc import Iterable

import httpcore
import httpx

from briefing.errors import FetchError
from briefing.fetch.policy import RequestPolicy


class _CheckedBackend(httpcore.AsyncNetworkBackend):
    """The default network backend, connecting to addresses the policy allows."""

    def __init__(self, policy: RequestPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        address, reason = await self._policy.address(host, port)
        if reason:
            raise FetchError(f"{host}:{port}", reason, "list the host in the feed list to allow it")
        return await self._inner.connect_tcp(
            address,
            port,
            timeout=timeout,
            local_address=local_address,
            socket_options=socket_options,
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ARG002 - the interface's
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,  # noqa: ARG002
    ) -> httpcore.AsyncNetworkStream:
        raise FetchError(path, "refused: not a network address", "fetch http(s) addresses")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def checked_transport(policy: RequestPolicy) -> httpx.AsyncHTTPTransport:
    """httpx's default transport, its connections made through the policy."""
    transport = httpx.AsyncHTTPTransport()
    limits = httpx.Limits()  # httpx's defaults, as its own transport uses
    # httpx takes no network backend; its pool is rebuilt with one, with the same
    # certificate checks as the default (tests/test_hostile_fetch.py would see a change).
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=_CheckedBackend(policy),
    )
    return transport
