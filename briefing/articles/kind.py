"""What kind of source an article is, from signals a reader would see, each kept as a
reason: a wire story, an official statement, a news report, an opinion piece, or a
content-farm rewrite.

Signals are counted outside quotation marks (a quoted "I" is the speaker's, not the
writer's). The kinds, in the order they are decided:

- official: a press-release label or contact line, or an issuing body's masthead;
- content farm: at least three farm signals, one of them addressing the reader (asides in
  the first person, questions to the reader, a headline written to be clicked, reading-time
  counters, word-count notes, sponsored-post lines, no outlet and no byline); checked on
  the real corpus, where no New York Times, Fox News or HuffPost report is one;
- opinion: an opinion label, or at least two signs of the writer's own voice ("I", "we
  must", "let us");
- wire: a dateline crediting an agency, or a reporting credit;
- news: none of these.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from briefing.articles.model import Article
from briefing.articles.outlet import dateline_outlet

SourceKind = Literal["wire", "official", "news", "opinion", "content farm"]
# Kinds that never carry a headline, bottom line or key development on their own.
WEAK_KINDS = frozenset({"content farm", "opinion"})
FARM_SIGNALS = 3
OPINION_SIGNALS = 2
_QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"\n]{0,2000}\"|‘[^’\n]{0,400}’(?!\w)")
_OFFICIAL_BODY = re.compile(
    r"\b(authority|ministry|minister|city of|office of|department|government|council|police"
    r"|embassy|commission|agency|municipality|prefecture|governor|presidency)\b",
    re.IGNORECASE,
)
_OFFICIAL_LINES = re.compile(
    r"^(for immediate release|###|-ends-|ends$|media contact|press contact|press office)",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class KindVerdict:
    """The kind of a source and the signals that decided it."""

    kind: SourceKind
    reasons: tuple[str, ...]


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _count(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text, re.IGNORECASE))


def _removed(article: Article, rule: str) -> list[str]:
    return [r.text for r in article.removed if r.rule == rule]


def _official(article: Article) -> list[str]:
    reasons = []
    labels = [t for t in _removed(article, "section-label") if "release" in t.casefold()]
    reasons += [f"labelled “{t}”" for t in labels]
    masthead = _removed(article, "masthead")
    if masthead and _OFFICIAL_BODY.search(" ".join(masthead)):
        reasons.append(f"issued by {article.outlet}")
    found = _OFFICIAL_LINES.search(article.text)
    if found:
        reasons.append(f"press-release line “{found.group().strip()}”")
    if re.match(r"statement (on|by|from)\b", article.title, re.IGNORECASE):
        reasons.append("headed as a statement")
    return reasons


@dataclass(frozen=True)
class _Check:
    pattern: re.Pattern[str]
    reason: str
    at_least: int = 1
    to_reader: bool = False


def _check(pattern: str, reason: str, at_least: int = 1, *, to_reader: bool = False) -> _Check:
    return _Check(re.compile(pattern, re.IGNORECASE), reason, at_least, to_reader)


# Counted in the writer's own words (quotations removed).
_FARM_CHECKS = (
    _check(
        r"\b(what do you think|have you ever|could your|would you)\b",
        "asks the reader",
        to_reader=True,
    ),
    _check(r"\b(imagine|picture this)\b", "asks the reader to imagine", to_reader=True),
    _check(r"\byou(r|’re|'re)?\b", "addresses the reader as “you”", 3, to_reader=True),
    _check(
        r"\b(i’ve always|i've always|honestly|in my (view|opinion)|i love)\b", "first-person asides"
    ),
)


# A headline written to be clicked: it speaks to the reader or sells an "update".
_BAIT_TITLE = re.compile(
    r"\b(everything you need to know|you won[’']t believe|here[’']s (why|what|how)"
    r"|what you need to know)\b|\(\s*(19|20)\d\d update\s*\)",
    re.IGNORECASE,
)
_READING_TIME = re.compile(r"\b\d+\s*min(ute)?s?\.? read\b", re.IGNORECASE)


def _farm(article: Article) -> tuple[list[str], bool]:
    own = _unquoted(article.text)
    hits = [c for c in _FARM_CHECKS if len(c.pattern.findall(own)) >= c.at_least]
    reasons = [c.reason for c in hits]
    bait = _BAIT_TITLE.search(article.title)
    if bait:
        reasons.append(f"headline written to be clicked (“{bait.group()}”)")
    rules = {r.rule for r in article.removed}
    removed_lines = [r.text for r in article.removed]
    if {"reading-meta", "word-count-note"} & rules or any(
        _READING_TIME.search(t) for t in removed_lines
    ):
        reasons.append("reading-time or word-count counters")
    removed = " ".join(r.text for r in article.removed)
    if re.search(r"sponsored|collaboration opportunities", removed, re.IGNORECASE):
        reasons.append("sponsored-post line")
    if article.outlet is None and article.author is None:
        reasons.append("no outlet or byline")
    return reasons, any(c.to_reader for c in hits) or bait is not None


def _opinion(article: Article) -> list[str]:
    reasons = [
        f"labelled “{t}”"
        for t in _removed(article, "section-label")
        if t.casefold() in {"opinion", "comment", "commentary", "editorial", "op-ed", "column"}
    ]
    own = _unquoted(article.text)
    singular = len(re.findall(r"\b(I|my|me|My)\b", own))
    if singular >= 3:
        reasons.append(f"the writer's “I” ({singular} times)")
    plural = _count(r"\b(we must|we should|we see|let us|let's|we were promised)\b", own)
    if plural >= 2:
        reasons.append(f"the writer's “we” ({plural} times)")
    questions = _count(r"[^.!?\n]{10,200}\?", own)
    if questions >= 3:
        reasons.append(f"rhetorical questions ({questions})")
    return reasons


def _wire(article: Article) -> list[str]:
    reasons = []
    # Also when the outlet came from elsewhere (page metadata) and the text opens with one.
    credited = dateline_outlet(article.text)
    if credited:
        reasons.append(f"dateline credits {credited}")
    if _removed(article, "reporting-credit"):
        reasons.append("reporting credit")
    return reasons


def source_kind(article: Article) -> KindVerdict:
    """The article's kind and the signals behind it."""
    official = _official(article)
    if official:
        return KindVerdict("official", tuple(official))
    farm, to_reader = _farm(article)
    if len(farm) >= FARM_SIGNALS and to_reader:
        return KindVerdict("content farm", tuple(farm))
    opinion = _opinion(article)
    labelled = any(r.startswith("labelled") for r in opinion)
    if labelled or len(opinion) >= OPINION_SIGNALS:
        return KindVerdict("opinion", tuple(opinion))
    checks: list[tuple[SourceKind, Callable[[Article], list[str]]]] = [("wire", _wire)]
    for kind, check in checks:
        reasons = check(article)
        if reasons:
            return KindVerdict(kind, tuple(reasons))
    return KindVerdict("news", ())
