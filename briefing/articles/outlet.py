"""Who published an article and who wrote it, as the article itself says.

In order of trust: the front matter; a wire dateline ("LONDON, March 3, 2026 (Reuters) -",
"VELMAR, Ardania (AP) —"); a masthead or issuing body above the headline ("THE DAILY
HERALD", "CITY OF VELMAR"); the part of a byline after a bar ("By Ana Ruiz | The Post");
a web address in the page's boilerplate ("Share this @internewscast.com").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.articles.cleaning import BYLINE, outlet_from
from briefing.articles.model import RemovedLine

# A dateline: a place in capitals, optionally a region and a date, the credited outlet
# in brackets, then a dash. Bounded repeats keep it linear on any input.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}),[^()\n]{0,80}?"
    r"\((?P<outlet>[A-Z][^()\n]{0,40})\)\s{0,3}[-–—]",
    re.MULTILINE,
)
# A dateline opens one of the first paragraphs (after the headline and standfirst).
_DATELINE_REACH = 1500
_ROLE_WORDS = re.compile(
    r"\b(correspondent|reporter|editor|writer|staff|contributor|columnist|journalist|"
    r"analyst|in [A-Z]\w+)\b",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "de", "la"})
# What follows a byline's bar that is no outlet: a reading time, a date, a count.
_NOT_AN_OUTLET = re.compile(
    r"\b\d+\s*min(ute)?s?\b|\b(read|updated|published|views?)\b|\d{1,4}[/.]\d{1,2}[/.]\d{2,4}"
    r"|\b(19|20)\d\d\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attribution:
    """The outlet (and how it was found) and the author, each None when not stated."""

    outlet: str | None
    how: str
    author: str | None


def _title_case(name: str) -> str:
    """'THE COASTAL HERALD' -> 'The Coastal Herald' (names in capitals only)."""
    if not name.isupper():
        return name
    words = name.casefold().split()
    return " ".join(
        w if n and w in _SMALL_WORDS else w[:1].upper() + w[1:] for n, w in enumerate(words)
    )


def find_dateline(text: str) -> re.Match[str] | None:
    """A wire dateline opening one of the article's first paragraphs."""
    return DATELINE.search(text, 0, _DATELINE_REACH)


def without_dateline(text: str) -> str:
    """The text without its wire dateline ("LORANO, Celdora, April 21 (Meridian Wire) -"):
    place, date and agency say who filed the story and when, not what it reports."""
    dateline = find_dateline(text)
    return text if dateline is None else text[: dateline.start()] + text[dateline.end() :]


def dateline_outlet(text: str) -> str | None:
    """The outlet a wire dateline credits, if any."""
    match = find_dateline(text)
    return match["outlet"].strip() if match else None


def _byline(removed: Sequence[RemovedLine]) -> tuple[str | None, str | None]:
    """The author, and an outlet named after the byline's bar or comma (not a role)."""
    for line in removed:
        match = BYLINE.match(line.text) if line.rule == "byline" else None
        if match:
            rest = (match["rest"] or "").strip()
            named = rest and not _ROLE_WORDS.search(rest) and not _NOT_AN_OUTLET.search(rest)
            outlet = rest if named else None
            return match["author"], outlet
    return None, None


def attribution(
    front_matter: str | None,
    text: str,
    removed: Sequence[RemovedLine],
    stated_in: str = "front matter",
) -> Attribution:
    """Outlet and author of an article from its front matter (or the page metadata it was
    fetched with: ``stated_in``), text and removed lines."""
    author, byline_outlet = _byline(removed)
    masthead = next((r.text for r in removed if r.rule == "masthead"), None)
    found = [
        (front_matter, stated_in),
        (dateline_outlet(text), "dateline"),
        (_title_case(masthead) if masthead else None, "masthead"),
        (byline_outlet, "byline"),
        (outlet_from(tuple(removed)), "web address"),
    ]
    for outlet, how in found:
        if outlet:
            return Attribution(outlet, how, author)
    return Attribution(None, "not stated", author)
