"""Another person named: two independent sources give one deed to two people of one
surname ("Representative Ida Moss defeated Tomas Lind to become vice chair" / "Rep. Vera
Moss won the vote, defeating Tomas Lind"). One of them names the wrong person.

A pair is taken only when:

- each source writes the surname with one given name only, the two given names differ,
  neither is a nickname of the other ("Joe" / "Joseph": the nicknames dataset), a
  spelling of it ("Delcy" / "Delsey", the office-holder detector's ``SPELLING``) or a
  transliteration ("Aleksandr" / "Alexander": one consonant skeleton); a name is a
  person's after a title, with a middle initial, or when that dataset knows
  its given name (so "California Democrat" is no name);
- no source of the day writes both names: a story of two relatives names both;
- a sentence of each, naming its person, tells the same deed within ``DEED_WORDS``
  after the name, one that one person does at a time (``EXCLUSIVE``: win, defeat, be
  elected or appointed ...; a verb's past, or its "-ing" after a comma: "defeated" /
  ", defeating"), shares another name or ``SHARED`` stems besides it, and neither names
  someone or somewhere the other does not: one deed, told of two people;
- neither name stands beside a kinship word ("Vera Moss, her daughter,"): relatives.

Accents are folded ("Sánchez" is "Sanchez"). Set on the real corpus's tune half (one
event: two outlets named two congresswomen of one surname as the winner of one
election), checked on its report half (docs/calibration.md).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from nicknames import NickNamer
from rapidfuzz import fuzz

from briefing.analysis.actors.roles import AFFILIATIONS
from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.drift import SPELLING
from briefing.analysis.text import Statement
from briefing.articles import past_lemma, strip_accents, verb_lemma
from briefing.merge import TITLES

# Stems the two sentences share besides the names and the act, when they share no other
# name.
SHARED = 3
# In a lookahead, so that "Representative Ida Moss" is read as "Ida Moss" too.
_PERSON = re.compile(
    r"\b(?=(?P<name>(?P<given>[A-Z][a-zà-ÿ]+)\s+(?:[A-Z]\.\s+)?"
    r"(?P<surname>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)\b))"
)
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class _Named:
    item: Statement
    given: str
    surname: str
    written: str
    end: int = 0  # where the name ends in its sentence


def _fold(word: str) -> str:
    """Accents and case removed, marks kept ("Linda T. Sánchez" -> "linda t. sanchez")."""
    return strip_accents(word).casefold()


@functools.cache
def _namer() -> NickNamer:
    return NickNamer()


def _given_name(word: str) -> bool:
    names = _namer()
    return bool(names.nicknames_of(word) or names.canonicals_of(word))


def _skeleton(name: str) -> str:
    """A name's consonants as a transliteration keeps them: "Aleksandr" and "Alexander",
    "Mohammed" and "Muhammad", "Volodymyr" and "Vladimir" are one name."""
    plain = name.replace("ks", "x").replace("ph", "f").replace("y", "i")
    consonants = re.sub(r"[aeiou]", "", plain)
    return re.sub(r"(.)\1+", r"\1", consonants)


def _one_person(a: str, b: str) -> bool:
    """One given name: the same, a nickname of the other, a spelling ("Delcy" /
    "Delsey") or a transliteration (``_skeleton``)."""
    names = _namer()
    nickname = b in names.nicknames_of(a) or a in names.nicknames_of(b)
    spelling = fuzz.ratio(a, b) >= SPELLING or _skeleton(a) == _skeleton(b)
    return a == b or nickname or spelling


_BEFORE = re.compile(r"(?P<word>[A-Z][\w.’'-]*)\s+$")


def _word_before(text: str, at: int) -> str | None:
    """The capitalised word right before ``at``, folded, if one."""
    before = _BEFORE.search(text, 0, at)
    return before["word"].rstrip(".").casefold() if before else None


# A relative named beside the name ("Vera Moss, her daughter,"; "his wife, Ida Moss"):
# relatives of one surname are two people, not one named twice.
_KIN = re.compile(
    r"\b(?:wife|husband|son|daughter|brother|sister|father|mother|niece|nephew|cousin"
    r"|uncle|aunt|spouse|widow|widower|grandson|granddaughter|twin)\b",
    re.IGNORECASE,
)
_KIN_CHARS = 30


def _kin(text: str, start: int, end: int) -> bool:
    return bool(_KIN.search(text[max(0, start - _KIN_CHARS) : end + _KIN_CHARS]))


def _people(item: Statement) -> Iterator[_Named]:
    """Names of people: a given name and a surname after a title ("Rep. Ida Moss"), or
    with a middle initial, or whose given name the nicknames dataset knows. A capitalised
    word that is no title right before makes it part of a longer name ("John Trump" of
    "Donald John Trump")."""
    for match in _PERSON.finditer(item.text):
        given = _fold(match["given"])
        before = _word_before(item.text, match.start())
        if before is not None and before not in TITLES:
            continue
        initial = re.search(r"\s[A-Z]\.\s", match["name"]) is not None
        if _kin(item.text, match.start(), match.start() + len(match["name"])):
            continue
        if before is not None or initial or _given_name(given):
            end = match.start() + len(match["name"])
            yield _Named(item, given, _fold(match["surname"]), match["name"], end)


# Deeds one person does at a time, by kind: one wins a race, one is elected or named to
# a post, one succeeds another. Many vote, sign, attend or score together, so those tell
# nothing of a wrong name.
_KINDS = {
    "win": "win defeat beat unseat oust",
    "choose": "elect appoint name nominate choose select pick hire",
    "succeed": "replace succeed",
}
EXCLUSIVE = {lemma: kind for kind, lemmas in _KINDS.items() for lemma in lemmas.split()}


def _acts(text: str) -> frozenset[str]:
    """Lemmas of the one-person deeds told in the past or, after a comma, as "-ing"
    ("defeated"; ", defeating": not "the shooting")."""
    found = set()
    for match in _WORD.finditer(text.casefold()):
        word = match.group()
        lemma = past_lemma(word)
        if lemma is None and word.endswith("ing") and text[: match.start()].rstrip().endswith(","):
            lemma = verb_lemma(word)
        if lemma in EXCLUSIVE:
            found.add(EXCLUSIVE[lemma])
    return frozenset(found)


# Words after a name its deed is looked for in: the person's own act ("Ida Moss of
# Kelby defeated ..."), not another's in the sentence ("Kelby beat Orsa").
DEED_WORDS = 8


def _after(text: str, end: int) -> str:
    return " ".join(text[end:].split()[:DEED_WORDS])


def _capitalised(text: str) -> set[str]:
    """The folded capitalised words of a text, titles and party words aside."""
    words = {_fold(w.rstrip(".")) for w in re.findall(r"\b[A-Z][\w.’'-]*", text)}
    return words - TITLES - AFFILIATIONS


def _one_deed(a: _Named, b: _Named) -> bool:
    """The two sentences tell one kind of deed right after the names, and neither deed
    names someone or somewhere the other sentence does not: "won the Kelby primary,
    defeating Tomas Lind" and "won the Orsa primary, defeating Anna Kessel" are two."""
    x, y = a.item, b.item
    deeds = _after(x.text, a.end), _after(y.text, b.end)
    if not _acts(deeds[0]) & _acts(deeds[1]):
        return False
    if _capitalised(deeds[0]) - _capitalised(y.text) and _capitalised(deeds[1]) - _capitalised(
        x.text
    ):
        return False
    names = {a.surname, b.surname, a.given, b.given}
    others = {e for e in x.entities & y.entities if _fold(e) not in names}
    return bool(others) or len(x.stems & y.stems - names) >= SHARED


def _by_source(context: Context) -> dict[str, dict[str, list[_Named]]]:
    """Each source's people, by surname."""
    found: dict[str, dict[str, list[_Named]]] = defaultdict(lambda: defaultdict(list))
    for article, items in context.statements.items():
        for item in items:
            for person in _people(item):
                found[article][person.surname].append(person)
    return found


def _given(named: list[_Named]) -> str | None:
    """The one given name a source writes a surname with, nicknames aside."""
    first = named[0].given
    return first if all(_one_person(first, n.given) for n in named) else None


# A given name before a surname, a middle initial or a second given name ("ida and
# vera moss") between; in a lookahead, so every word starts a reading.
_WRITTEN = re.compile(
    r"\b(?=(?P<given>[a-z]+)\s+(?:[a-z]\.\s+)?(?:and\s+(?P<also>[a-z]+)\s+)?"
    r"(?P<surname>[a-z][a-z-]+)\b)"
)


def _written(folded: str) -> frozenset[tuple[str, str]]:
    """The (given name, surname) pairs a folded text writes, read once per text."""
    found = set()
    for match in _WRITTEN.finditer(folded):
        found.add((match["given"], match["surname"]))
        if match["also"]:
            found.add((match["also"], match["surname"]))
    return frozenset(found)


def _pairs(context: Context) -> Iterator[tuple[_Named, _Named]]:
    people = _by_source(context)
    sources = sorted(people)
    written = [_written(_fold(text)) for text in context.texts.values()]
    for one, other in itertools.combinations(sources, 2):
        if not context.independent(one, other):
            continue
        for surname in people[one].keys() & people[other].keys():
            first, second = _given(people[one][surname]), _given(people[other][surname])
            if first is None or second is None or _one_person(first, second):
                continue
            if any({(first, surname), (second, surname)} <= names for names in written):
                continue
            pair = next(
                (
                    (a, b)
                    for a in people[one][surname]
                    for b in people[other][surname]
                    if _one_deed(a, b)
                ),
                None,
            )
            if pair is not None:
                yield pair


def _candidate(a: _Named, b: _Named) -> Candidate:
    surname = a.written.split()[-1]
    return Candidate(
        detector="another name",
        sides=((quote(a.item, a.written),), (quote(b.item, b.written),)),
        kinds=("contradiction",),
        settled="contradiction",
        evidence=f"“{a.written}” against “{b.written}”: one deed told of two people of one "
        "surname, and no source names both",
        topic=f"Which {surname}: {a.written} or {b.written}?",
        positions=(a.written, b.written),
        score=2.5,
        terms=frozenset({a.surname}) | (a.item.entities & b.item.entities),
    )


def another_name(context: Context) -> list[Candidate]:
    """One candidate per surname that two independent sources give two given names in
    the telling of one deed."""
    return [_candidate(a, b) for a, b in _pairs(context)]
