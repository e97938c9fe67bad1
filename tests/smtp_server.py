"""A real SMTP server (aiosmtpd) on 127.0.0.1 for the delivery tests."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Mailbox:
    """What the server received, and how it should answer."""

    messages: list[bytes] = field(default_factory=list)
    recipients: list[list[str]] = field(default_factory=list)
    data_reply: str = "250 OK"

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:  # noqa: N802
        if self.data_reply.startswith("250"):
            self.messages.append(envelope.original_content)
            self.recipients.append(list(envelope.rcpt_tos))
        return self.data_reply


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _authenticator(user: str, password: str) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            user.encode(),
            password.encode(),
        )
        return AuthResult(success=ok, handled=False)

    return check


@contextmanager
def smtp_server(user: str | None = None, password: str = "") -> Iterator[tuple[int, Mailbox]]:
    """Run the server; yields its port and mailbox. With ``user``, AUTH is required."""
    mailbox = Mailbox()
    port = _free_port()
    options: dict[str, Any] = {}
    if user:
        options = {
            "authenticator": _authenticator(user, password),
            "auth_required": True,
            "auth_require_tls": False,
        }
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield port, mailbox
    finally:
        controller.stop()
