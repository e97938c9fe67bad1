"""Which articles already say a sentence: the test behind rewrites and claim support.

A sentence is covered by a sentence of another text when at least half of its content
words are there, and so is every number and every name it has. The test is strict on
purpose: a rewrite that changes a figure or an attribution ("the Biden administration"
for "the Trump administration") is not covered, so it is read by the model, and a claim
counts as carried by a source only when that source states it in so many words. It
misses paraphrase that shares few words; counts of carrying sources are lower bounds.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from briefing.articles.words import SENTENCE_END, content_words, names, numbers

COVERED_SHARE = 0.5


def sentences(text: str) -> Iterator[str]:
    """The text's sentences (and lines), stripped, without empty ones."""
    for line in text.split("\n"):
        for part in SENTENCE_END.split(line):
            if part.strip():
                yield part.strip()


@dataclass(frozen=True)
class _Terms:
    words: frozenset[str]
    numbers: frozenset[str]
    names: frozenset[str]

    @classmethod
    def of(cls, sentence: str) -> _Terms:
        named = frozenset(n.rstrip("s") for n in names(sentence) if len(n) >= 4)
        return cls(content_words(sentence), numbers(sentence), named)

    def covered_by(self, other: _Terms) -> bool:
        shared = len(self.words & other.words)
        return (
            shared >= math.ceil(COVERED_SHARE * len(self.words))
            and self.numbers <= other.numbers
            and self.names <= other.words
        )


class SentenceIndex:
    """The sentences of some texts, indexed by content word."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self._owners: list[str] = []
        self._terms: list[_Terms] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        for owner, text in texts.items():
            for sentence in sentences(text):
                self._add(owner, _Terms.of(sentence))

    def _add(self, owner: str, terms: _Terms) -> None:
        for word in terms.words:
            self._postings[word].append(len(self._terms))
        self._owners.append(owner)
        self._terms.append(terms)

    def _candidates(self, terms: _Terms) -> set[int]:
        """Sentences holding one of the rarest words a covering sentence must share: with
        ``need`` of n words required, any n - need + 1 of them include a shared one."""
        need = math.ceil(COVERED_SHARE * len(terms.words))
        rarest = sorted(terms.words, key=lambda w: len(self._postings.get(w, ())))
        return {i for w in rarest[: len(terms.words) - need + 1] for i in self._postings.get(w, ())}

    def covering(self, sentence: str) -> set[str]:
        """Owners of the texts with a sentence covering ``sentence`` (none for a sentence
        without content words)."""
        terms = _Terms.of(sentence)
        if not terms.words:
            return set()
        return {
            self._owners[i] for i in self._candidates(terms) if terms.covered_by(self._terms[i])
        }
