"""Fetched articles on disk: one Markdown file per article under the day's ``articles/``
folder, its metadata in front matter, so the brief can be made again offline."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefing.articles import Page, page_front_matter
from briefing.files import write_file
from briefing.redact import redact

ARTICLES = "articles"
_NAME_WORDS = 8


@dataclass(frozen=True)
class Fetched:
    """An article ready to store: the page, where it was found, and which date to trust."""

    page: Page
    url: str
    feed: str
    published: dt.date | None
    date_source: Literal["page metadata", "feed"]
    fetched: dt.datetime


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", plain)[:_NAME_WORDS])


def file_name(item: Fetched) -> str:
    """Outlet and title words, and a hash of the URL so that two pages never share one."""
    words = _slug(f"{item.page.outlet or ''} {item.page.title or ''}") or "article"
    return f"{words}-{hashlib.sha256(item.url.encode()).hexdigest()[:6]}.md"


def front_matter(item: Fetched) -> str:
    """The ``---`` block the loader reads, in its own schema (the page's fields as a local
    ``.html`` file would give them, and where the article came from); values as JSON
    strings, so quotes and colons in a title survive."""
    meta = page_front_matter(item.page).model_copy(
        update={
            "url": item.url,
            "published": item.published,
            "date_source": item.date_source if item.published else None,
            "feed": redact(item.feed),
            "fetched": item.fetched.replace(microsecond=0),
        }
    )
    fields = meta.model_dump(mode="json", exclude_none=True)
    lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


def store(folder: Path, item: Fetched) -> Path:
    """Write the article atomically under ``folder``; returns its path."""
    path = folder / file_name(item)
    write_file(path, front_matter(item) + item.page.text + "\n")
    return path
