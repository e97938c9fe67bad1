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


# Section labels outlets print above a headline; kept as a signal of the source's kind.
SECTION_LABEL = (
    r"^(opinion|analysis|comment|commentary|editorial|op-ed|column|press release|news release"
    r"|media release|statement|breaking|exclusive|live|update)$"
)
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
    _rule("section-label", SECTION_LABEL),
    _rule("publication-line", r"^(first |last )?(published|posted|updated)\b.{0,100}$"),
    _rule("reporting-credit", r"^\((additional )?reporting by .{0,200}\)$"),
)
# A byline names people, so its pattern is case-sensitive after "By".
BYLINE = re.compile(
    r"^(?i:by)\s+(?P<author>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da)){0,3})"
    r"(?:\s*[,|]\s*(?P<rest>[^\n]{0,60}))?$"
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


# Boilerplate is a short line (a share prompt, a byline, a footer); a longer line is never
# matched against the rules, so a megabyte-long line costs one length check.
BOILERPLATE_MAX_CHARS = 1000


def _match(line: str) -> Rule | None:
    if len(line) > BOILERPLATE_MAX_CHARS:
        return None
    if is_date_only(line):
        return Rule("dateline", re.compile(""))
    if len(line) <= 90 and BYLINE.match(line):
        return Rule("byline", BYLINE)
    return next((rule for rule in RULES if rule.pattern.search(line)), None)


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "de", "la", "del", "el"})
_MASTHEAD_MAX_WORDS = 6
_HEADLINE_MAX_WORDS = 25


def _masthead_like(line: str) -> bool:
    """A short name line: every word capitalised but function words, no digits, no
    sentence punctuation ("THE COASTAL HERALD", "Velmar Daily Post")."""
    words = line.split()
    if not 0 < len(words) <= _MASTHEAD_MAX_WORDS or re.search(r"[\d@|:.!?,;]", line):
        return False
    return all(w[0].isupper() or w == "&" or w in _FUNCTION_WORDS for w in words)


def _headline_like(line: str) -> bool:
    return len(line.split()) <= _HEADLINE_MAX_WORDS and not line.rstrip().endswith(
        (".", "!", "?", '"', "”", "’")
    )


def masthead_lines(lines: list[str]) -> set[int]:
    """Indexes of the name lines above a headline (an outlet's or an issuing body's):
    leading name lines, then only labels, dates and bylines, then a headline. A name line
    followed by a paragraph is the headline itself."""
    texts = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    found: list[int] = []
    header_seen = False
    for i, text in texts[:8]:
        if not header_seen and _masthead_like(text) and _match(text) is None:
            found.append(i)
        elif _match(text) is not None:
            header_seen = True
        else:
            return set(found) if found and _headline_like(text) else set()
    return set()


def clean(raw: str) -> Cleaned:
    """Apply the rules to ``raw`` line by line."""
    lines = raw.splitlines()
    tail_starts = len(lines) * 2 // 3
    kept: list[str] = []
    removed: list[RemovedLine] = []
    trailer: str | None = None
    mastheads = masthead_lines(lines)
    for number, line in enumerate(lines, start=1):
        text = unicodedata.normalize("NFC", line).strip()
        if not text:
            continue
        rule = Rule("masthead", re.compile("")) if number - 1 in mastheads else _match(text)
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
