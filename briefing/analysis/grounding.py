"""Grounded prose: every name and every figure in a sentence the model wrote must appear in
the evidence it cites (verbatim quotes), or the sentence does not stand.

Names are compared as entities ("Cuban" and "Havana" are Cuba; "U.S." and "United States"
agree) and, failing that, as words of the evidence (accents and case aside). Figures are
compared by value ("25,000" and "25000"; "fourteen" and "14"); a lone initial ("L.")
must stand alone in the evidence too. A capitalised word opening
a sentence counts as a name unless the articles write it in lower case ("Officials said
..." is not a name; "Trump said ..." is, even when no article names him). In a headline
written in Title Case every word is capitalised, so there only names the articles use,
and countries, count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.figures import figures
from briefing.analysis.text import names_in
from briefing.articles import Entities, fold

_COUNTED = ("count", "time", "duration")
# The brief's own references to its sources ("(A3)", "(A1, A4)") name no one.
_REFERENCE = re.compile(r"\s*\([A-Z]\d{1,3}(?:,\s*[A-Z]\d{1,3})*\)")
# A lone initial before a name ("U." in "U. Rep. Hunter", a broken "U.S."): it must stand
# alone in the evidence too, since names are compared word by word and "U.S." holds a
# "u". A letter ending a sentence ("World War I.", "Plan B.") is no initial.
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.(?=\s+[A-Z])")
_TITLE_CASE = 0.6
_TITLE_CASE_WORDS = 4


def title_case(text: str) -> bool:
    """Most longer words capitalised: "Cuba Admits to Military Deployment"."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= _TITLE_CASE_WORDS and capitalised >= _TITLE_CASE * len(words)


@dataclass(frozen=True)
class Grounding:
    """Checks prose against the evidence it cites."""

    entities: Entities

    def _names(self, text: str) -> list[str]:
        titled = title_case(text)
        inside = set() if titled else set(names_in(text, openers=False))

        def is_name(word: str) -> bool:
            if word in inside or self.entities.is_known(self.entities.key(word)):
                return True
            return not titled and not self.entities.is_common_word(word)

        return [n for n in names_in(text) if self.entities.is_entity_word(n) and is_name(n)]

    def missing(self, sentence: str, evidence: Sequence[str]) -> list[str]:
        """The names, figures and lone initials of ``sentence`` that no evidence text has."""
        sentence = _REFERENCE.sub("", sentence)
        joined = " ".join(evidence)
        keys = {self.entities.key(n) for n in names_in(joined)}
        words = set(fold(joined).split())
        values = {f.value for f in figures(joined) if f.kind in _COUNTED}
        values |= {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", joined)}
        absent = []
        for name in self._names(sentence):
            folded = fold(name).split()
            if self.entities.key(name) not in keys and not set(folded) <= words:
                absent.append(name)
        for figure in figures(sentence):
            if figure.kind in _COUNTED and figure.value not in values:
                absent.append(figure.text)
        initials = set(_INITIAL.findall(joined))
        absent += [i for i in _INITIAL.findall(sentence) if i not in initials]
        return absent
