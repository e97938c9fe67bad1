"""Actors the model did not list, found in the sources by what is written around them.

A small model lists only some actors of each chunk (with extract v5 it missed a third of
the seeds' gold actors). The sources name people with a title ("Cuban President Miguel
Diaz Canel", "Captain Anya Petrov"), let them speak ("said Frank Mora", "Kestrel
Maritime said", "the Pentagon understands") and introduce organisations ("the
environmental group Blue Coast Maravia"); each such name becomes a mention of its
article, merged with the model's mentions like any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from briefing.articles import DAYS_AND_MONTHS, WEEKDAYS
from briefing.extract import ActorMention
from briefing.merge.actors import Mention
from briefing.merge.names import ORGANISATION_WORDS, TITLES, display_name, name_key, only_titles

_NAME = r"[A-Z][\w’'.-]*[\w]"
_RUN = rf"{_NAME}(?:\s+(?:{_NAME}|&|de|van|von|da|del))*"
_TITLE_WORDS = "|".join(
    sorted((t.capitalize() for t in TITLES if len(t) > 3 and t != "the"), key=len, reverse=True)
)
_VERBS = (
    "said|says|told|warned|announced|declared|denied|admitted|confirmed|added|noted|stated"
    "|urged|accused|reacted|condemned|threatened|ordered|pledged|claimed|insisted|rejected"
    "|vowed|understands|believes|fears|called"
)
_PATTERNS = (
    re.compile(rf"\b(?:(?:{_TITLE_WORDS})\s+)+(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})"),
    re.compile(rf"(?P<name>{_RUN}),?\s+(?:{_VERBS})\b"),
    re.compile(rf"\b(?:said|according to)\s+(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}})"),
    re.compile(
        rf"\b(?:group|company|firm|organisation|charity|union|operator|agency)\s+(?P<name>{_RUN})"
    ),
)
_MAX_WORDS = 5


def _without_day(name: str, *, titled: bool) -> str:
    """The name without a weekday after it ("Chairman Ida Moss Sunday urged"), when two
    words or more are left, or one after a title ("President Lind Monday said"); "said
    Ida Friday" may name someone."""
    words = name.split()
    least = 1 if titled else 2
    day = words[-1][:1].isupper() and words[-1].casefold() in WEEKDAYS if words else False
    return " ".join(words[:-1]) if len(words) > least and day else name


def _opens_sentence(text: str, at: int) -> bool:
    return re.search(r"(^|[.!?:\n][\"“‘’”]?\s*)$", text[max(0, at - 4) : at]) is not None or at == 0


def _inside_words(text: str) -> set[str]:
    """Capitalised words the text uses inside sentences: names, not sentence openers."""
    return {
        m.group()
        for m in re.finditer(r"\b[A-Z][\w’'-]*", text)
        if not _opens_sentence(text, m.start())
    }


def _trimmed(name: str, text: str, at: int, inside: set[str]) -> tuple[str, bool]:
    """The name without a leading article, or a sentence-opening common noun ("Operator
    Kestrel Maritime said" -> "Kestrel Maritime"), and whether what is left opens the
    sentence."""
    words = name.split()
    opens = _opens_sentence(text, at)
    if words and words[0].casefold() in {"the", "a", "an"}:
        return " ".join(words[1:]), False
    if len(words) > 1 and opens and words[0] not in inside:
        return " ".join(words[1:]), False
    return name, opens


def _usable(name: str, opens: bool, known: set[str]) -> bool:
    words = name.split()
    key = name_key(name)
    if not key or only_titles(name) or not words or len(words) > _MAX_WORDS:
        return False
    if words[0].casefold() in DAYS_AND_MONTHS | {"but", "and", "in", "on", "it", "if", "as"}:
        return False
    if words[-1].casefold() in ORGANISATION_WORDS and len(words) == 1:
        return False  # "General Hospital" cut after its title word
    # A single word opening a sentence may be capitalised only for that ("Officials said").
    return len(words) > 1 or not opens or key in known


def names_written(text: str, known: set[str]) -> Iterator[str]:
    """Names the text writes as titled, speaking or introduced as an organisation."""
    inside = _inside_words(text)
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            raw = re.sub(r"[’']s$", "", match["name"]).strip(" .")
            raw = _without_day(raw, titled=pattern is _PATTERNS[0])
            name, opens = _trimmed(raw, text, match.start("name"), inside)
            if _usable(name, opens, known):
                yield display_name(name)


def discovered_mentions(texts: Mapping[str, str], known: set[str]) -> list[Mention]:
    """One mention per name per article; ``known`` are the name keys the model listed."""
    mentions = []
    for article, text in texts.items():
        for name in dict.fromkeys(names_written(text, known)):
            actor = ActorMention(name=name, aliases=[], kind="other", role="", stance="")
            mentions.append(Mention(actor=actor, article_id=article, aliases=()))
    return mentions
