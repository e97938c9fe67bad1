"""Credentials never leave in output: every URL shown or written (error lines, logs,
warnings, fetch.json, manifest.json, a stored article's ``feed:``) has its user and
password replaced, through the last ``@`` before the query, so a password holding an
unencoded ``@``, ``/``, ``#`` or ``:`` is hidden whole. An ``@`` right after a ``/``
("https://medium.com/@writer") or in the query ("?ref=a@b.org") is no credential."""

from __future__ import annotations

import logging
import re

_URL = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^\s\"<>]*)")


def _masked(match: re.Match[str]) -> str:
    scheme, rest = match.group(1), match.group(2)
    # An "@" in the query is data; one right after a "/" opens a path segment
    # ("https://medium.com/@writer"); any other ends a user part, whatever it holds
    # ("/", "#", ":2024", "@", quotes): masking a fragment by mistake costs less than a
    # password shown.
    end = rest.find("?") if "?" in rest else len(rest)
    ats = [i for i, c in enumerate(rest[:end]) if c == "@" and (i == 0 or rest[i - 1] != "/")]
    if not ats:
        return match.group()
    return f"{scheme}***@{rest[ats[-1] + 1 :]}"


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
