"""brief.eml: an RFC 5322 message, multipart/alternative, UTF-8 throughout.

The text/plain part is the Markdown brief; the text/html part is brief.html with its CSS
inlined into style attributes (mail clients drop <style> blocks), keeping the @media rules
in a <style> block for the clients that do read it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import css_inline

from briefing.brief import Day

_INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


def inline_css(html: str) -> str:
    """``html`` with its stylesheet moved into style attributes."""
    return str(_INLINER.inline(html))


def subject(day: Day) -> str:
    """'Brief 2026-01-07: <headline>' on one line; '(+N more stories)' on a busier day."""
    more = max(len(day.stories) - 1, 0)
    extra = f" (+{more} more {'story' if more == 1 else 'stories'})" if more else ""
    headline = day.lead.headline if day.stories else "nothing new"
    line = f"Brief {day.date.isoformat()}: {headline}{extra}"
    # No control or format characters (line breaks, escapes, bidi overrides) in a header.
    return " ".join("".join(c if unicodedata.category(c)[0] != "C" else " " for c in line).split())


def build_message(
    day: Day,
    *,
    markdown: str,
    html: str,
    sender: str,
    to: Sequence[str],
    reply_to: str | None = None,
) -> EmailMessage:
    """The brief as an email message."""
    message = EmailMessage()
    message["Subject"] = subject(day)
    message["From"] = sender
    message["To"] = ", ".join(to) if to else "undisclosed-recipients:;"
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    if reply_to:
        message["Reply-To"] = reply_to
    message.set_content(markdown, subtype="plain", charset="utf-8")
    message.add_alternative(inline_css(html), subtype="html", charset="utf-8")
    return message
