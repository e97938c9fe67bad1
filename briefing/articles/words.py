"""Words of an article as code compares them: content words, numbers and names.

Shared by near-duplicate detection, sentence coverage, claim support and the dispute
candidates, so that every comparison in code agrees on what a word is.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable
from typing import cast

STOP_WORDS = frozenset(
    {
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "were",
        "will",
        "would",
        "their",
        "there",
        "they",
        "them",
        "than",
        "then",
        "into",
        "over",
        "also",
        "about",
        "after",
        "before",
        "said",
        "says",
        "such",
        "some",
        "more",
        "most",
        "very",
        "what",
        "when",
        "which",
        "while",
        "where",
        "being",
        "other",
        "these",
        "those",
        "only",
        "just",
        "even",
        "still",
        "under",
        "amid",
        "since",
    }
)
# Where a sentence ends: after . ! ? or …, and any closing quote or bracket.
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# A capitalised word not at the start of the text or after a sentence end.
_NAME = re.compile(r"(?<![.!?:\"“‘]\s)(?<!^)\b[A-Z][^\W\d_]+")


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| over the smaller set's size (0 when either is empty): how much of the
    shorter text the longer one says."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def strip_accents(text: str) -> str:
    """'Rodríguez' -> 'Rodriguez'."""
    if text.isascii():  # most text, and the check runs in C: analysis folds it thousands of times
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# A Snowball stemmer keeps state while it stems a word: one per thread (stories are
# analysed in worker threads side by side).
_LOCAL = threading.local()


def _stemmer() -> Callable[[str], str]:
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        import snowballstemmer  # noqa: PLC0415 - loaded on first use

        stemmer = cast(Callable[[str], str], snowballstemmer.stemmer("english").stemWord)
        _LOCAL.stemmer = stemmer
    return stemmer


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a folded word: 'killed', 'killing' -> 'kill'."""
    return _stemmer()(word.casefold())


def stems(text: str) -> frozenset[str]:
    """Stems of the text's content words: how code compares wording across sources."""
    return frozenset(stem(w) for w in content_words(text))


def content_words(text: str) -> frozenset[str]:
    """Words of four or more letters, accents and case folded, a plural ``s`` stripped,
    stop words left out."""
    words = re.findall(r"[^\W\d_]{4,}", strip_accents(text).casefold())
    return frozenset(w.rstrip("s") for w in words if w not in STOP_WORDS)


def numbers(text: str) -> frozenset[str]:
    """Numbers as written ("25,000", "3", "2026")."""
    return frozenset(_NUMBER.findall(text))


def names(text: str) -> frozenset[str]:
    """Capitalised words inside sentences, accents and case folded: the names a sentence
    mentions, as far as code can tell without a tagger."""
    return frozenset(strip_accents(w).casefold() for w in _NAME.findall(text.strip()))


# Initials and titles whose full stop does not end a sentence ("U.S. forces", "Gen. Lopez").
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St))\.$")


def first_sentences(text: str, count: int) -> str:
    """The first ``count`` sentences of ``text`` (all of it when it has no more)."""
    ends = (m for m in SENTENCE_END.finditer(text) if not _ABBREVIATION.search(text, 0, m.start()))
    kept = list(itertools.islice(ends, count))
    return text[: kept[-1].end()].rstrip() if len(kept) == count else text
