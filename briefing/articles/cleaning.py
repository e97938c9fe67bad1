"""Cleaning by explicit rules: every dropped line is kept with the name of its rule.

A rule drops one line; an *end marker* (``Source link``, ``Related Articles`` ...) in the
last third of an article drops itself and everything after it, because what follows such a
marker on news sites is navigation, disclaimers and widgets, not the article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefing.articles.dates import is_date_only
from briefing.articles.model import RemovedLine


@dataclass(frozen=True)
class Rule:
    """A named boilerplate pattern, matched against one stripped line."""

    name: str
    pattern: re.Pattern[str]
    ends_article: bool = False


def _rule(name: str, pattern: str, *, ends_article: bool = False) -> Rule:
    return Rule(name, re.compile(pattern, re.IGNORECASE), ends_article)


RULES: tuple[Rule, ...] = (
    _rule("share-prompt", r"^(share this\b|share on \w+|click to share|share (this )?article)"),
    _rule("source-link", r"^source link$", ends_article=True),
    _rule(
        "site-disclaimer",
        r"(views expressed .* do not necessarily|δεν απηχούν|market conditions may have changed"
        r"|financial market analysis from|not financial advice)",
    ),
    _rule(
        "related-articles",
        r"^(related articles|related posts|read more|more from \w+|ροή ειδήσεων)\s*:?$",
        ends_article=True,
    ),
    _rule("author-bio", r"^(author|about the author)$", ends_article=True),
    _rule("author-bio", r"(contact us for collaboration|sponsored article inquiries)"),
    _rule("stray-markup", r"^(<\?.*|.*\?>|<[^>]*>|\[/?\w+\])$"),
    _rule("reading-meta", r"^\d+\s+(min(ute)?s? read|views?)$"),
    _rule("wire-credit", r"^(with (post )?wires|with wire services)\.?$", ends_article=True),
    _rule("word-count-note", r"^\(word count:.*\)$", ends_article=True),
    _rule("bare-domain", r"^(https?://)?(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}/?$"),
)

_DOMAIN = re.compile(r"(?:@|www\.|https?://)?\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b", re.I)


@dataclass(frozen=True)
class Cleaned:
    """The cleaned text (paragraphs joined by blank lines) and what was removed."""

    text: str
    removed: tuple[RemovedLine, ...]


def normalise_line(line: str) -> str:
    """NFC, typographic dashes and quotes folded, whitespace collapsed: for comparisons."""
    line = unicodedata.normalize("NFC", line)
    line = re.sub(r"[\u2010-\u2015]", "-", line)
    line = re.sub(r"[\u2018\u2019\u201a\u201b]", "'", line)
    line = re.sub(r"[\u201c\u201d\u201e\u201f]", '"', line)
    return " ".join(line.split()).casefold()


def _match(line: str) -> Rule | None:
    if is_date_only(line):
        return Rule("dateline", re.compile(""))
    return next((rule for rule in RULES if rule.pattern.search(line)), None)


def clean(raw: str) -> Cleaned:
    """Apply the rules to ``raw`` line by line."""
    lines = raw.splitlines()
    tail_starts = len(lines) * 2 // 3
    kept: list[str] = []
    removed: list[RemovedLine] = []
    trailer: str | None = None
    for number, line in enumerate(lines, start=1):
        text = unicodedata.normalize("NFC", line).strip()
        if not text:
            continue
        rule = _match(text)
        if trailer is not None:
            removed.append(RemovedLine(line_no=number, text=text, rule=f"after-{trailer}"))
        elif rule is not None:
            removed.append(RemovedLine(line_no=number, text=text, rule=rule.name))
            trailer = rule.name if rule.ends_article and number > tail_starts else None
        elif kept and normalise_line(text) == normalise_line(kept[-1]):
            removed.append(RemovedLine(line_no=number, text=text, rule="repeated-line"))
        else:
            kept.append(text)
    return Cleaned(text="\n\n".join(kept), removed=tuple(removed))


def outlet_from(removed: tuple[RemovedLine, ...]) -> str | None:
    """The first web domain named in the removed boilerplate (share prompts, site names)."""
    for line in removed:
        match = _DOMAIN.search(line.text)
        if match:
            return match.group(1).lower()
    return None
