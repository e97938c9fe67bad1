"""Where `fetch` may send a request: not to this machine or a private network.

A feed on a public host can list items at ``http://127.0.0.1:8080/admin``,
``http://2130706433/`` (decimal loopback) or ``http://169.254.169.254/`` (the cloud
metadata address), or redirect there; requesting them would store a private page and send
it to the model (server-side request forgery). Every request, redirects and robots.txt
included, is checked here: its host, written as an address in any form the resolver
accepts (dotted, decimal, octal, hex; IPv4 or IPv6, and the IPv4 address an IPv6 one
carries) or resolved by name, must be on the public internet: not loopback, private,
link-local, multicast, unspecified, reserved or shared (100.64.0.0/10, where cloud
metadata services and VPN peers live). A host the
user lists in the feed list is allowed whatever its address (a feed server on their own
network, the project's test site), and ``fetch_allow_hosts`` allows more.

The connection itself goes to an address checked here (briefing.fetch.connect): a
resolver that answers with a public address for the check and this machine for the
connection (DNS rebinding) gains nothing. Limits: a name this machine cannot resolve is
let through (the request then fails, unless a proxy resolves it), and behind a proxy
(``HTTPS_PROXY``) the proxy resolves names, so only the names are checked.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_SCHEMES = frozenset({"http", "https"})
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def literal(host: str) -> Address | None:
    """The address a host written as one stands for, in any form ("2130706433",
    "0x7f.1", "0177.0.0.1", "[::1]"), or None for a name."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    try:
        # inet_aton reads the forms browsers and resolvers accept: 127.1, 0x7f000001 ...
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def _embedded(address: Address) -> Address:
    """The IPv4 address an IPv6 one carries (mapped, NAT64, 6to4, Teredo), else itself."""
    if not isinstance(address, ipaddress.IPv6Address):
        return address
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    return address


def refused(address: Address) -> str | None:
    """Why a request may not go to this address (anything not on the public internet),
    or None."""
    address = _embedded(address)
    # The narrowest name first: 0.0.0.0 and 127.0.0.1 are "private" too.
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("non-public", not address.is_global),
    )
    return next((name for name, hit in checks if hit), None)


async def _resolve(host: str, port: int) -> list[Address]:
    try:
        found = await asyncio.get_running_loop().getaddrinfo(host, port)
    except (OSError, UnicodeError):
        return []  # the request itself then fails with the resolver's reason
    addresses: list[Address] = []
    for *_, sockaddr in found:
        try:
            addresses.append(ipaddress.ip_address(str(sockaddr[0]).split("%")[0]))
        except ValueError:
            continue
    return addresses


class RequestPolicy:
    """Refuses requests to this machine and private networks, except to listed hosts."""

    def __init__(self, allowed_hosts: Iterable[str] = ()) -> None:
        self.allowed = {h.strip("[]").casefold() for h in allowed_hosts if h}

    @classmethod
    def for_feeds(cls, feed_urls: Iterable[str], extra: Iterable[str] = ()) -> RequestPolicy:
        """The policy of a fetch: the feed list's hosts and ``extra`` are allowed."""
        hosts = [urlsplit(u).hostname or "" for u in feed_urls]
        return cls([*hosts, *extra])

    async def address(self, host: str, port: int) -> tuple[str, str | None]:
        """Where to connect for ``host``: (the address or name, why it is refused or
        None). A listed host and a name that does not resolve are connected to by name;
        otherwise every address the name resolves to is checked, and the connection goes
        to the first, so the address used is one that was checked."""
        host = host.strip("[]")
        if host.casefold() in self.allowed:
            return host, None
        found = literal(host)
        addresses = [found] if found else await _resolve(host, port)
        for address in addresses:
            reason = refused(address)
            if reason:
                article = "an" if reason[0] in "aeiou" else "a"
                return host, f"refused: {host} is {article} {reason} address ({address})"
        return (str(addresses[0]) if addresses else host), None

    async def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be requested, in a few words, or None."""
        parts = urlsplit(url)
        if parts.scheme not in _SCHEMES:
            return f"refused: not an http(s) address ({parts.scheme or 'no scheme'})"
        host = (parts.hostname or "").casefold()
        if not host:
            return None
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            return "refused: not a valid port"
        _, reason = await self.address(host, port)
        return reason
