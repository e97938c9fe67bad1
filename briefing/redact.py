"""Credentials never leave in output: every URL shown or written (error lines, logs,
warnings, fetch.json, manifest.json, a stored article's ``feed:``) has its user and
password replaced, through the last ``@`` of its authority, so a password holding an
unencoded ``@``, ``/`` or ``#`` is hidden whole. An ``@`` in the path of a URL whose
authority is a plain host ("https://medium.com/@writer") is no credential."""

from __future__ import annotations

import logging
import re

_URL = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^\s\"'<>]*)")
_HOST = re.compile(r"[\w.-]+(?::\d+)?|\[[0-9a-f:.]+\](?::\d+)?", re.IGNORECASE)


def _masked(match: re.Match[str]) -> str:
    scheme, rest = match.group(1), match.group(2)
    first = rest.find("@")
    if first < 0:
        return match.group()
    head = rest.split("/", 1)[0]
    if "@" not in head and _HOST.fullmatch(head):
        return match.group()
    slash = rest.find("/", first)
    last = rest.rfind("@", 0, len(rest) if slash < 0 else slash)
    return f"{scheme}***@{rest[last + 1 :]}"


def redact(text: str) -> str:
    """``text`` with the user and password of every URL in it replaced by ``***``."""
    return _URL.sub(_masked, text)


class RedactingFilter(logging.Filter):
    """Redacts every record a handler emits, whichever library logged it."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the record's message by its redacted text."""
        record.msg = redact(record.getMessage())
        record.args = None
        return True
