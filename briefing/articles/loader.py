"""Find article files, read them, take their metadata and clean them."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefing.articles.cleaning import Cleaned, clean, normalise_line
from briefing.articles.dates import StatedDate, settled_dates, stated_dates, years_around
from briefing.articles.files import (
    SUFFIXES,
    article_ids,
    find_files,
    read_bounded,
    shown,
)
from briefing.articles.model import Article, DateSource, RemovedLine
from briefing.articles.outlet import attribution, dateline_outlet, find_dateline
from briefing.articles.page import MIN_ARTICLE_WORDS, Page, looks_like_html, read_page
from briefing.articles.sitewide import sitewide_lines
from briefing.defaults import MAX_ARTICLE_BYTES
from briefing.errors import DuplicateArticle, InputError

# Horizontal space only around the fences, and the block must close within its first
# FRONT_MATTER_MAX_CHARS: "---" followed by a million blank lines is matched in linear time.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
FRONT_MATTER_MAX_CHARS = 4000
_TITLE_LIMIT = 120


class FrontMatter(BaseModel):
    """The optional ``---`` block at the top of an article file.

    ``briefing fetch`` writes all of it; a hand-written file needs none. ``date_source``
    says where a fetched article's date came from (the page's metadata or its feed item);
    without it a ``published`` date counts as the front matter's own."""

    model_config = ConfigDict(extra="forbid")

    # Limits keep one field from filling every chunk's prompt (the title is sent with each).
    title: str | None = Field(None, max_length=300)
    outlet: str | None = Field(None, max_length=200)
    author: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2048)
    published: dt.date | None = None
    date_source: Literal["page metadata", "feed"] | None = None
    feed: str | None = Field(None, max_length=2048)
    fetched: dt.datetime | None = None
    # Where the outlet name came from, when not the front matter's writer.
    outlet_source: Literal["page metadata", "web address"] | None = None


@dataclass
class LoadResult:
    """The usable articles; for every file skipped, why; for every file changed, how."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Text:
    text: str
    notes: tuple[str, ...]
    page: Page | None = None


# Lines removed as header matter whose dates are publication dates.
_HEADER_RULES = frozenset({"dateline", "publication-line", "masthead", "byline", "section-label"})
_HEADER_LINES = 12


@dataclass(frozen=True)
class _Parsed:
    """A file read and cleaned; its dates are resolved once the whole set is known."""

    path: Path
    id: str
    meta: FrontMatter
    cleaned: Cleaned

    def header_text(self) -> str:
        """Header lines the cleaning removed, and a wire dateline opening the text."""
        lines = [
            r.text
            for r in self.cleaned.removed
            if r.rule in _HEADER_RULES and r.line_no <= _HEADER_LINES
        ]
        dateline = find_dateline(self.cleaned.text)
        return "\n".join([*lines, dateline.group() if dateline else ""])

    @functools.cached_property
    def settled(self) -> tuple[dt.date, ...]:
        """Dates the article settles on its own (full, unambiguous); read twice (for the
        set's reference date, then the article's own), scanned once."""
        return tuple(settled_dates(stated_dates(f"{self.header_text()}\n{self.cleaned.text}")))


def _middle(dates: Iterable[dt.date]) -> dt.date | None:
    ordered = sorted(dates)
    return ordered[len(ordered) // 2] if ordered else None


def _value(raw: str) -> str:
    """A front matter value: a JSON string as ``briefing fetch`` writes it (so quotes and
    colons in a title survive), or the bare text, quotes around it dropped."""
    value = raw.strip()
    if value.startswith('"') and value.endswith('"'):
        try:
            decoded = json.loads(value)
        except ValueError:
            decoded = None
        if isinstance(decoded, str):
            return decoded
    return value.strip("\"'")


def _parse_front_matter(path: Path, raw: str) -> tuple[FrontMatter, str]:
    match = _FRONT_MATTER.match(raw[:FRONT_MATTER_MAX_CHARS])
    if not match:
        return FrontMatter(), raw
    pairs = {
        key.strip(): _value(value)
        for key, _, value in (line.partition(":") for line in match["body"].splitlines())
        if key.strip()
    }
    try:
        return FrontMatter.model_validate(pairs), raw[match.end() :]
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        raise InputError(
            str(path),
            f"front matter field {where!r}: {problem['msg']}",
            "use only title, outlet, author, url and published (YYYY-MM-DD) in the --- block",
        ) from exc


def _title(first_line: str) -> str:
    title = first_line.split(" • ", maxsplit=1)[0].strip()
    if len(title) <= _TITLE_LIMIT:
        return title
    return title[:_TITLE_LIMIT].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _decode(path: Path, data: bytes) -> _Text:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _Text(data.decode("utf-16"), ("UTF-16, read as such",))
        except UnicodeDecodeError as exc:
            raise InputError(str(path), "broken UTF-16", "save the file as UTF-8") from exc
    if b"\x00" in data:
        raise InputError(
            str(path), "binary file (NUL bytes)", "pass text articles (.txt, .md, .html)"
        )
    try:
        return _Text(data.decode("utf-8-sig"), ())
    except UnicodeDecodeError:
        # Not UTF-8: most such news files are Windows-1252; Latin-1 decodes any byte.
        for encoding in ("cp1252", "latin-1"):
            try:
                return _Text(data.decode(encoding), (f"not UTF-8, decoded as {encoding}",))
            except UnicodeDecodeError:
                continue
    raise InputError(str(path), "cannot be decoded", "save the file as UTF-8")


def _read(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> _Text:
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(str(path), "not a .txt, .md or .html file", "pass article files")
    data = read_bounded(path, max_bytes)
    if not data.strip():
        raise InputError(str(path), "empty file", "remove it or add the article text")
    decoded = _decode(path, data)
    text = decoded.text.replace("\r\n", "\n")
    if path.suffix.lower() in (".html", ".htm") or looks_like_html(text):
        page = read_page(text)
        if page.words < MIN_ARTICLE_WORDS:
            raise InputError(
                str(path),
                f"a web page without an article ({page.words} words of main text)",
                "save the article's page, not a section front or index",
            )
        return _Text(page.text, decoded.notes, page)
    return _Text(text, decoded.notes)


def page_front_matter(page: Page) -> FrontMatter:
    """What a web page says about itself, as the front matter a file would carry."""
    return FrontMatter(
        title=page.title,
        outlet=page.outlet,
        author=page.author,
        url=page.url,
        published=page.published,
        date_source="page metadata" if page.published else None,
        outlet_source=page.outlet_source if page.outlet else None,
    )


def load_article(path: Path) -> Article:
    """Read and clean one article file; raises InputError when it cannot be used."""
    parsed = _parse(path, _read(path), path.stem)
    return _article(parsed, _middle(parsed.settled))


def _parse(path: Path, read: _Text, article_id: str) -> _Parsed:
    if read.page is not None:
        meta, body = page_front_matter(read.page), read.text
    else:
        meta, body = _parse_front_matter(path, read.text)
    cleaned = clean(body)
    if not cleaned.text:
        raise InputError(str(path), "no article text after cleaning", "check the file's content")
    return _Parsed(path, article_id, meta, cleaned)


def _publication(
    parsed: _Parsed, header: list[StatedDate], text: list[StatedDate], reference: dt.date | None
) -> tuple[dt.date | None, DateSource, str]:
    """The publication date, where it came from, and the date as printed."""
    if parsed.meta.published:
        return parsed.meta.published, parsed.meta.date_source or "front matter", ""
    for stated in header:
        day = stated.writing_day(reference) or stated.resolve(reference)
        if day is not None:
            return day, "header", stated.text
    for stated in text:
        day = stated.writing_day(reference)
        if day is not None:
            return day, "text", stated.text
    return None, "unknown", ""


def _article(parsed: _Parsed, set_reference: dt.date | None) -> Article:
    """The Article, its year-less and ambiguous dates read near the reference: the
    article's own settled dates, else the set's."""
    reference = _middle(parsed.settled) or set_reference
    years = years_around(reference)
    header = stated_dates(parsed.header_text(), years)
    text = stated_dates(parsed.cleaned.text, years)
    published, source, note = _publication(parsed, header, text, reference)
    events = {d for s in (*header, *text) if (d := s.resolve(reference)) is not None}
    credit = attribution(
        parsed.meta.outlet,
        parsed.cleaned.text,
        parsed.cleaned.removed,
        stated_in=parsed.meta.outlet_source or "front matter",
    )
    return Article(
        id=parsed.id,
        path=shown(parsed.path),
        title=parsed.meta.title or _title(parsed.cleaned.text.split("\n", 1)[0]),
        outlet=credit.outlet,
        outlet_source=credit.how,
        author=parsed.meta.author or credit.author,
        url=parsed.meta.url,
        published=published,
        date_source=source,
        date_note=note,
        event_dates=tuple(sorted(events)),
        text=parsed.cleaned.text,
        removed=parsed.cleaned.removed,
    )


def load_articles(
    paths: Iterable[Path], *, follow_links: bool = False, max_bytes: int = MAX_ARTICLE_BYTES
) -> LoadResult:
    """Load every article under ``paths``; unusable files are skipped and reported.

    Dates are read with the whole set in view: a date printed without its year takes the
    year nearest the dates the other articles settle."""
    found = find_files(paths, follow_links=follow_links)
    result = LoadResult(skipped=list(found.skipped))
    ids = article_ids(found.files)
    seen: dict[str, str] = {}
    parsed: list[_Parsed] = []
    for path in found.files:
        try:
            read = _read(path, max_bytes)
            item = _parse(path, read, ids[path])
        except InputError as error:
            result.skipped.append(error)
            continue
        result.warnings += [f"{shown(path)}: {note}" for note in read.notes]
        digest = hashlib.sha256(item.cleaned.text.encode()).hexdigest()
        if digest in seen:
            result.skipped.append(
                DuplicateArticle(str(path), f"same text as {seen[digest]}", "remove one copy")
            )
            continue
        seen[digest] = shown(path)
        parsed.append(item)
    parsed = _without_sitewide(parsed)
    reference = _middle(d for item in parsed for d in item.settled)
    result.articles = [_article(item, reference) for item in parsed]
    return result


def _outlet_key(item: _Parsed) -> str | None:
    """Who published it, as far as can be told before attribution: front matter or page
    metadata, a wire dateline, or the web address."""
    return (
        item.meta.outlet
        or dateline_outlet(item.cleaned.text)
        or urlsplit(item.meta.url or "").hostname
    )


def _without_sitewide(parsed: list[_Parsed]) -> list[_Parsed]:
    """Each article without its site's boilerplate lines (``sitewide``); removed lines are
    listed with line number 0, as they are found across articles, not at one line."""
    lines = sitewide_lines({n: (_outlet_key(p), p.cleaned.text) for n, p in enumerate(parsed)})
    kept = []
    for n, item in enumerate(parsed):
        drop = lines.get(n, set())
        paragraphs = item.cleaned.text.split("\n\n")
        body = [p for p in paragraphs if normalise_line(p) not in drop]
        if not drop or not body:
            kept.append(item)
            continue
        gone = [
            RemovedLine(line_no=0, text=p, rule="sitewide") for p in paragraphs if p not in body
        ]
        cleaned = Cleaned("\n\n".join(body), (*item.cleaned.removed, *gone))
        kept.append(dataclasses.replace(item, cleaned=cleaned))
    return kept
