"""Send a message through SMTP.

``smtp://host:port`` upgrades with STARTTLS when the server offers it; ``smtps://`` uses
implicit TLS. Credentials come from the URL (``user:password@``) or BRIEFING_SMTP_PASSWORD
and never appear in messages, logs or the manifest: errors name only scheme, host and
port. A password is never sent over a connection that is neither TLS nor loopback.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefing.errors import DeliveryError, InputError
from briefing.settings import Settings

_LOOPBACK = ("127.0.0.1", "localhost", "::1")
_DEFAULT_PORTS = {"smtp": 587, "smtps": 465}
_CONFIGURE = "set BRIEFING_SMTP_URL=smtp://host:587 (or smtps://host:465) and BRIEFING_EMAIL_FROM"


@dataclass(frozen=True)
class SmtpTarget:
    """Where and how to send; ``label`` is safe to print."""

    scheme: str
    host: str
    port: int
    user: str | None
    password: str | None
    timeout_s: float

    @property
    def label(self) -> str:
        """scheme://host:port, without credentials."""
        return f"{self.scheme}://{self.host}:{self.port}"

    @classmethod
    def from_settings(cls, settings: Settings) -> SmtpTarget:
        """The target configured by BRIEFING_SMTP_URL (and BRIEFING_SMTP_PASSWORD)."""
        if settings.smtp_url is None:
            raise DeliveryError("SMTP is not configured", _CONFIGURE)
        parts = urlsplit(settings.smtp_url.get_secret_value())
        try:
            port = parts.port
        except ValueError:
            port, parts = None, parts._replace(scheme="")
        if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
            raise DeliveryError(
                "BRIEFING_SMTP_URL is not an smtp:// or smtps:// URL",
                _CONFIGURE + "; percent-encode # / @ : in the user or password",
            )
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        return cls(
            scheme=parts.scheme,
            host=parts.hostname,
            port=port or _DEFAULT_PORTS[parts.scheme],
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else password,
            timeout_s=settings.smtp_timeout_s,
        )


def _connect(target: SmtpTarget) -> smtplib.SMTP:
    context = ssl.create_default_context()
    if target.scheme == "smtps":
        return smtplib.SMTP_SSL(target.host, target.port, timeout=target.timeout_s, context=context)
    client = smtplib.SMTP(target.host, target.port, timeout=target.timeout_s)
    client.ehlo()
    if client.has_extn("starttls"):
        client.starttls(context=context)
        client.ehlo()
    elif target.user and target.host not in _LOOPBACK:
        client.close()
        raise DeliveryError(
            f"{target.label} offers no STARTTLS, so the password would travel in clear",
            "use smtps:// or a server that offers STARTTLS",
        )
    return client


def _cause(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"authentication failed ({exc.smtp_code})"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = sorted({code for code, _ in exc.recipients.values()})
        return f"recipients refused ({', '.join(map(str, codes))})"
    if isinstance(exc, smtplib.SMTPResponseException):
        error = exc.smtp_error
        text = error.decode(errors="replace") if isinstance(error, bytes) else str(error)
        return f"server answered {exc.smtp_code} {text}"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    return type(exc).__name__ + (f": {exc.strerror}" if isinstance(exc, OSError) else "")


def send_message(message: EmailMessage, target: SmtpTarget, to: Sequence[str]) -> None:
    """Send ``message`` to ``to``; DeliveryError names the server and the cause."""
    try:
        with _connect(target) as client:
            if target.user:
                client.login(target.user, target.password or "")
            client.send_message(message, to_addrs=list(to))
    except DeliveryError:
        raise
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(
            f"cannot send the brief through {target.label}: {_cause(exc)}",
            "check BRIEFING_SMTP_URL, the credentials and the server; the files are written",
        ) from None


def read_message(path: Path) -> EmailMessage:
    """A written brief.eml."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror})", "pass a brief.eml") from exc
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage) or message["Subject"] is None:
        raise InputError(str(path), "not an email message", "pass a brief.eml briefing wrote")
    return message


def send_file(path: Path, settings: Settings, to: Sequence[str]) -> None:
    """Send a written brief.eml to ``to`` (its To header is replaced when ``to`` is given)."""
    message = read_message(path)
    recipients = list(to) or [a.strip() for a in str(message["To"] or "").split(",") if "@" in a]
    if not recipients:
        raise DeliveryError(f"{path} has no recipients", "pass --to ADDR")
    if to:
        del message["To"]
        message["To"] = ", ".join(to)
    send_message(message, SmtpTarget.from_settings(settings), recipients)
