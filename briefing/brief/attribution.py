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

from briefing.articles.words import STOP_WORDS, stem

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
# Where a clause ends: its subject is after the last of these before the act.
_BOUNDARY = re.compile(
    r"[,;:—–(]|\s-\s|\b(?:that|and|but|while|which|who|after|before|as|when|because)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _subject(text: str, at: int) -> set[str]:
    """Stems of the content words of the clause before position ``at``."""
    before = text[:at]
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    words = [w.casefold() for w in _WORD.findall(before[cut:])]
    return {stem(w) for w in words if w not in STOP_WORDS and len(w) > 1}


def _after_by(text: str, end: int) -> set[str]:
    """Stems of the words after "by" that follows an act (the passive's doer)."""
    match = re.match(r"\s+(?:\w+\s+){0,2}?by\s+((?:[\w’'.-]+\s*){1,4})", text[end:])
    if match is None:
        return set()
    return {stem(w.casefold()) for w in _WORD.findall(match.group(1))}


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
            doers.setdefault(root, set()).update(_subject(text, start), _after_by(text, end))
    for root, start, end in _acts(sentence):
        subject = _after_by(sentence, end) or _subject(sentence, start)
        if root in doers and subject and not subject & doers[root]:
            act = sentence[start:end]
            return f"gives '{act}' to {' '.join(sorted(subject))}; its quotes give it to another"
    return None
