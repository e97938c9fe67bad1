"""Who did what: a sentence of model prose must give an act to whoever its quotes give it.

Every word of "Venezuela Announces Oil Deal" may be in its quote ("President Trump
announced tonight that Venezuela will divert oil shipments") and the sentence still
misattributes: the quote's announcer is Trump. For the acts headlines and summaries most
often give to someone (``ACTS``: announce, admit, deny, order ...), the words before the
act in the sentence's clause (its subject) must be among the words before the same act in
a clause of the evidence, or after "by" following it; otherwise the sentence stands on
no quote that says so. An act the evidence does not name is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis import PRONOUNS
from briefing.articles import STOP_WORDS, stem

ACTS = frozenset(
    stem(w)
    for w in (
        "announce",
        "admit",
        "deny",
        "order",
        "approve",
        "reject",
        "accuse",
        "threaten",
        "sign",
        "launch",
        "vow",
        "pledge",
        "propose",
        "demand",
        "urge",
        "warn",
        "confirm",
        "claim",
        "blame",
        "veto",
    )
)
# Words after an act following a quotation that may name its doer.
_INVERTED_WORDS = 3
# Where a clause ends: its subject is after the last of these before the act.
_BOUNDARY = re.compile(
    r"[;:—–]|\s-\s|\b(?:that|and|but|while|which|who|after|before|as|when|because)\b",
    re.IGNORECASE,
)
# In the model's sentence a comma ends a clause too ("..., Venezuela Announces Oil Deal");
# in a source's sentence it may open an aside ("The ministry, in a statement, denied").
_PROSE_BOUNDARY = re.compile(rf"{_BOUNDARY.pattern}|[,(]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _subject(text: str, at: int, boundary: re.Pattern[str] = _BOUNDARY) -> set[str]:
    """Stems of the content words of the clause before position ``at``."""
    before = text[:at]
    cut = max((m.end() for m in boundary.finditer(before)), default=0)
    words = [w.casefold() for w in _WORD.findall(before[cut:])]
    return {stem(w) for w in words if w not in STOP_WORDS and w not in PRONOUNS and len(w) > 1}


_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _after_by(text: str, start: int, end: int) -> set[str]:
    """Stems of the words after "by" that follows a passive act ("was announced by X")."""
    if not _PASSIVE.search(text[:start]):
        return set()
    match = re.match(r"\s+(?:\w+\s+){0,2}?by\s+((?:[\w’'.-]+\s*){1,4})", text[end:])
    if match is None:
        return set()
    return {stem(w.casefold()) for w in _WORD.findall(match.group(1))}


def _inverted(text: str, start: int, end: int) -> set[str]:
    """Stems of the words right after an act that follows a quotation ('…," warned
    Maduro'): there the doer comes after the verb."""
    if not re.search(r"[,\"”’]\s*$", text[:start]):
        return set()
    return {stem(w.casefold()) for w in _WORD.findall(text[end:])[:_INVERTED_WORDS]}


def _acts(text: str) -> list[tuple[str, int, int]]:
    """Each word of an act in ``text``: its stem and where it stands."""
    found = []
    for match in _WORD.finditer(text):
        root = stem(match.group().casefold())
        if root in ACTS:
            found.append((root, match.start(), match.end()))
    return found


def misattributed(sentence: str, evidence: Sequence[str]) -> str | None:
    """What the sentence gives to someone its evidence does not, or None."""
    doers: dict[str, set[str]] = {}
    for text in evidence:
        for root, start, end in _acts(text):
            found = (
                _subject(text, start) | _after_by(text, start, end) | _inverted(text, start, end)
            )
            doers.setdefault(root, set()).update(found)
    for root, start, end in _acts(sentence):
        subject = _after_by(sentence, start, end) or _subject(sentence, start, _PROSE_BOUNDARY)
        # A pronoun or nothing before the act in the quotes ("He denied ..."): who it is
        # cannot be read there, so the sentence is not faulted.
        if root in doers and doers[root] and subject and not subject & doers[root]:
            act = sentence[start:end]
            return f"gives '{act}' to {' '.join(sorted(subject))}; its quotes give it to another"
    return None
