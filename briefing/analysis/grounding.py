"""Grounded prose: every name, figure and date in a sentence the model wrote must appear
in the evidence it cites (verbatim quotes), or the sentence does not stand.

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
from briefing.articles import MONTH_WORD, WEEKDAYS, Entities, fold, month_number

_COUNTED = ("count", "time", "duration")
# The brief's own references to its sources ("(A3)", "(A1, A4)") name no one.
_REFERENCE = re.compile(r"\s*\([A-Z]\d{1,3}(?:,\s*[A-Z]\d{1,3})*\)")
# A lone initial before a name ("U." in "U. Rep. Hunter", a broken "U.S."): it must stand
# alone in the evidence too, since names are compared word by word and "U.S." holds a
# "u". A letter ending a sentence ("World War I.", "Plan B.") is no initial.
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.(?=\s+[A-Z])")
# Dates the model may not add: a month and its day ("August 21", "21 August"), a weekday,
# a year. Figures leave them out (a date counts nothing), so they are checked here.
# A month is read in full or cut ("Jan.", "Sept."), as its number.
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{MONTH_WORD})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![\d,.]\d)",
    re.IGNORECASE,
)
# The day first only with a capitalised month other than May or March ("6 January"), so
# "40 may lose their jobs" and "50 March Against ..." date nothing.
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Apr(?:il)?|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
# In evidence, read leniently: May and March too ("on 3 March"), and a month and day in
# figures ("9/11", "8/21"): "September 11" stands on a quote's "9/11".
_DAY_ANY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_WORD})\b", re.IGNORECASE
)
_NUMERIC_DAY = re.compile(
    r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])(?![\d/])"
)
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d(?![\d,])")
_TITLE_CASE = 0.6
_TITLE_CASE_WORDS = 4


def title_case(text: str) -> bool:
    """Most longer words capitalised: "Cuba Admits to Military Deployment"."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= _TITLE_CASE_WORDS and capitalised >= _TITLE_CASE * len(words)


def _month_days(text: str, evidence: bool = False) -> dict[tuple[int, int], str]:
    """The month's days a text gives, by (month, day) number, as written (read leniently
    in evidence, where a reading too many only lets a date stand)."""
    found = {}
    day_first = _DAY_ANY_MONTH if evidence else _DAY_MONTH
    for match in [*_MONTH_DAY.finditer(text), *day_first.finditer(text)]:
        month = month_number(match["month"])
        if month is not None:
            found[(month, int(match["day"]))] = match.group()
    if evidence:
        for match in _NUMERIC_DAY.finditer(text):
            found[(int(match["month"]), int(match["day"]))] = match.group()
    return found


def _dates_absent(sentence: str, evidence: str, numbers: set[float]) -> list[str]:
    """The dates of ``sentence`` its evidence does not give: a month's day, a weekday or a
    year (the model writing "on August 21" for a quote's "Wednesday" dates it itself). A
    month may be cut ("Aug. 21") and a year be a count the evidence gives (``numbers``:
    "2,000")."""
    given = _month_days(evidence, evidence=True)
    absent = [text for key, text in _month_days(sentence).items() if key not in given]
    weekdays = {w.casefold() for w in _WEEKDAY.findall(evidence)}
    absent += [w for w in _WEEKDAY.findall(sentence) if w.casefold() not in weekdays]
    return absent + [y for y in _YEAR.findall(sentence) if float(y) not in numbers]


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
            # A plural of a name the evidence writes in the singular: "Republicans" of
            # "Every Republican on the committee".
            single = name[:-1] if name.endswith("s") and " " not in name else ""
            if single and self.entities.key(single) in keys:
                continue
            if self.entities.key(name) not in keys and not set(folded) <= words:
                absent.append(name)
        for figure in figures(sentence):
            if figure.kind in _COUNTED and figure.value not in values:
                absent.append(figure.text)
        initials = set(_INITIAL.findall(joined))
        absent += [i for i in _INITIAL.findall(sentence) if i not in initials]
        return absent + _dates_absent(sentence, joined, values)
