"""A web page's article: main text and metadata, by trafilatura.

Navigation, cookie banners, "Related" asides, footers and comments are left out by
trafilatura's main-content extraction; the title, author, site name, canonical URL and
publication date come from the page's own metadata (JSON-LD, Open Graph, ``<meta>``,
``<link rel=canonical>``). Only the original publication date is taken, not the date the
page was last modified, and no date is guessed from the text here: the loader reads dates
printed in the text itself, and says so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import trafilatura

_SNIFF = re.compile(r"\A\s*(<!doctype html|<html[\s>])", re.IGNORECASE)
# htmldate: metadata only (no scan of the text for likely dates), original not updated.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


def looks_like_html(text: str) -> bool:
    """True for a document that starts as HTML."""
    return bool(_SNIFF.match(text))


@dataclass(frozen=True)
class Page:
    """What a page says about itself, and its main text (one paragraph per line)."""

    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    page_type: str | None = None

    @property
    def words(self) -> int:
        """Words of main text: a section front or a video page has few."""
        return len(self.text.split())


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _clean(value: str | None, limit: int) -> str | None:
    """One line, bounded: the value goes into front matter and every chunk's prompt."""
    text = " ".join((value or "").split())
    return text[:limit] or None


def read_page(html: str | bytes, url: str | None = None) -> Page:
    """The article a page carries; ``text`` is empty when it has no main text. Bytes are
    decoded as the page declares (trafilatura reads the charset)."""
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is None:
        return Page(text="")
    meta: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else document
    lines = (" ".join(line.split()) for line in (meta.get("text") or "").splitlines())
    return Page(
        text="\n".join(line for line in lines if line),
        title=_clean(meta.get("title"), 300),
        author=_clean(meta.get("author"), 200),
        outlet=_clean(meta.get("sitename"), 200),
        url=_clean(meta.get("url"), 2048),
        published=_date(meta.get("date")),
        page_type=_clean(meta.get("pagetype"), 40),
    )
