"""Credentials never leave in output: every URL shown (error lines, logs, warnings) has
its user and password replaced. The pattern reaches to the last ``@`` of a URL, so a
password holding an unencoded ``/`` or ``#`` is hidden too."""

from __future__ import annotations

import logging
import re

_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^\s@]*@")


def redact(text: str) -> str:
    """``text`` with the user and password of every URL in it replaced by ``***``."""
    return _CREDENTIALS.sub(r"\1***@", text)


class RedactingFilter(logging.Filter):
    """Redacts every record a handler emits, whichever library logged it."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the record's message by its redacted text."""
        record.msg = redact(record.getMessage())
        record.args = None
        return True
