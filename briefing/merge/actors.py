"""Merge actor mentions across chunks and articles into one actor per real-world entity.

Mentions are linked when their name keys (accents, titles and punctuation removed) are
equal, when two full names are close (rapidfuzz token_sort_ratio >= 85: "Delsey Rodriguez"
and "Delcy Rodríguez") or share a surname and first names of one person ("Dick Marsh"
and "Richard T. Marsh", by the nicknames dataset), or when a verified alias the model
proposed names another mention.
A one-word name ("President Rodrigues") joins the full name it resembles, preferring one
from the same article, and only when that choice is unambiguous, so that "Rodríguez"
never fuses Delcy Rodríguez with Bruno Rodríguez Padilla.

Then the sources themselves are scanned for other spellings of each person (the model
lists only some actors of each chunk): a capitalised name close to a person's full name,
or a surname after a title ("President Rodrigues") that fits exactly one person of that
article, is added to that person's spellings and sources.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from nicknames import NickNamer
from pydantic import BaseModel
from rapidfuzz import fuzz

from briefing.articles import Entities, strip_accents
from briefing.extract import ActorMention
from briefing.merge.names import (
    COURTESIES,
    SUFFIXES,
    TITLE_MODIFIERS,
    TITLES,
    display_name,
    name_key,
    not_the_chamber,
    without_age,
)

FULL_NAME_SIMILARITY = 85
SURNAME_SIMILARITY = 85


@dataclass(frozen=True)
class Mention:
    """An actor mention whose name was found in its chunk."""

    actor: ActorMention
    article_id: str
    aliases: tuple[str, ...]

    @property
    def key(self) -> str:
        """The mention's name key."""
        return name_key(self.actor.name)


class Actor(BaseModel):
    """One actor merged across chunks and sources, with every spelling the sources used.

    ``kind``, ``role`` and ``stance`` are shown only with evidence: the kind with the cue
    in the sources that shows it (``kind_evidence``), the role and stance with the source
    whose sentence naming the actor backs them (``role_source``, ``stance_source``)."""

    id: str
    name: str
    aliases: list[str]
    kind: str
    role: str
    stance: str
    source_ids: list[str]
    mentions: int
    kind_evidence: str = ""
    role_source: str | None = None
    stance_source: str | None = None


class _Clusters:
    """Union-find over name keys."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {key: key for key in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        root_a, root_b = sorted((self.find(a), self.find(b)))
        self.parent[root_b] = root_a


@functools.cache
def _nicknames() -> NickNamer:
    return NickNamer()


def is_given_name(word: str) -> bool:
    """Whether the nicknames dataset knows the (folded) word as a given name or a
    nickname of one."""
    names = _nicknames()
    return bool(names.nicknames_of(word) or names.canonicals_of(word))


def nicknamed(a: str, b: str) -> bool:
    """Two full-name keys of one person, one written with a nickname: the same surname,
    nothing between but initials, and one first name a nickname of the other ("dick
    marsh" and "richard t marsh"; the nicknames dataset). Equal first names are left to
    the fuzzy match: "house ethics committee" is no "house armed services committee"."""
    first, second = a.split(), b.split()
    if len(first) < 2 or len(second) < 2 or first[-1] != second[-1] or first[0] == second[0]:
        return False
    if any(len(w) > 1 for w in (*first[1:-1], *second[1:-1])):
        return False
    names = _nicknames()
    return any(
        short in names.nicknames_of(long) and long in names.canonicals_of(short)
        for short, long in ((first[0], second[0]), (second[0], first[0]))
    )


# Given names this alike (rapidfuzz ratio) are one name misspelt: "Delsey" / "Delcy" (73).
GIVEN_NAME_SIMILARITY = 70


def another_given_name(a: str, b: str) -> bool:
    """Two full-name keys of one surname whose given names differ, both given names of the
    nicknames dataset, neither an initial, a nickname, a misspelling of the other nor of
    its initial ("bill clinton" and "hillary rodham clinton"): two people of one family,
    whatever a model lists as one's alias."""
    first = [w for w in a.split() if w not in SUFFIXES]
    second = [w for w in b.split() if w not in SUFFIXES]
    if len(first) < 2 or len(second) < 2 or first[-1] != second[-1]:
        return False
    one, other = first[0], second[0]
    if one == other or len(one) == 1 or len(other) == 1:
        return False
    # Only two given names tell two people apart: "Coach Lind", "Beto Lind" may be his.
    if not (is_given_name(one) and is_given_name(other)):
        return False
    names = _nicknames()
    related = other in names.nicknames_of(one) or other in names.canonicals_of(one)
    # A misspelt given name is the same person's ("Delsey" for "Delcy"); one of the same
    # initial may be a nickname the dataset lacks ("Bibi" for Benjamin).
    alike = fuzz.ratio(one, other) >= GIVEN_NAME_SIMILARITY or one[0] == other[0]
    return not (related or alike) and one not in second and other not in first


def _only_nicknamed(a: str, full: list[str], clusters: _Clusters) -> str | None:
    """The one person (cluster of full names) ``a`` is a nickname spelling of (or the
    reverse), if one: "Bob Moss" beside "Robert Moss" and "Robert T. Moss", already one
    man, is him."""
    matches = [b for b in full if b != a and nicknamed(a, b)]
    return matches[0] if len({clusters.find(b) for b in matches}) == 1 else None


def _unsuffixed(key: str) -> str:
    return " ".join(w for w in key.split() if w not in SUFFIXES)


# The suffixes that tell a younger holder of a name from an elder: "Sr." is often left
# out, so "Ivo Lind Sr." and "Ivo Lind" are one man.
_YOUNGER = SUFFIXES - {"sr"}


def _generations(a: str, b: str) -> bool:
    """Two name keys with different generational suffixes ("ivo lind" and "ivo lind jr",
    "lind" and "lind jr"): a father and a son, however alike the rest. A surname alone
    ("lind" beside "tomas k lind jr") may be either's."""
    plain = _unsuffixed(a), _unsuffixed(b)
    full = all(" " in p for p in plain) or plain[0] == plain[1]
    return full and set(a.split()) & _YOUNGER != set(b.split()) & _YOUNGER


def _with_middle(short: str, longer: str) -> bool:
    """A name of two words is the longer one without its middle names ("sarah sanders" /
    "sarah huckabee sanders"); a generational suffix is a last word, so it never is."""
    a, b = short.split(), longer.split()
    middle = b[1:-1]
    # "Ivo and Ada Lind", "Ivo Lind, Ada Lind": two people, not one with middle names.
    couple = any(w in ("and", "&", a[0], a[-1]) for w in middle)
    return len(a) == 2 and 0 < len(middle) <= 2 and not couple and (a[0], a[-1]) == (b[0], b[-1])


# Kinds that say a name is a body, never a person.
_BODIES = frozenset({"government", "organisation", "armed force", "country"})


def _people(mentions: Sequence[Mention]) -> frozenset[str]:
    """Name keys typed a person and never a body (a model may also type a person
    "other")."""
    kinds: dict[str, set[str]] = {}
    for mention in mentions:
        kinds.setdefault(mention.key, set()).add(mention.actor.kind)
    return frozenset(k for k, found in kinds.items() if "person" in found and not found & _BODIES)


def _close(a: str, b: str) -> bool:
    """Two full-name keys spelt alike (``FULL_NAME_SIMILARITY``: "delsey rodriguez" and
    "delcy rodriguez"), not two generations, and not one short word put for another of
    its length: "abc news" is no spelling of "nbc news", nor "jon lind" of "joe lind"
    ("ida mos" may be "ida moss")."""
    if fuzz.token_sort_ratio(a, b) < FULL_NAME_SIMILARITY or _generations(a, b):
        return False
    one, other = set(a.split()) - set(b.split()), set(b.split()) - set(a.split())
    if len(one) != 1 or len(other) != 1:
        return True
    x, y = one.pop(), other.pop()
    return not (len(x) == len(y) <= 4)


def _link_full_names(clusters: _Clusters, full: list[str], people: frozenset[str]) -> None:
    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            if _close(a, b):
                clusters.union(a, b)
    # A person's first and last name joins the one person written with middle names too,
    # when that person is one ("Ida Moss" beside "Ida Kessel Moss" and "Ida K. Moss",
    # already joined), never when two are ("Ida Kessel Moss" and "Ida Lind Moss"); a
    # body's name never does ("Harbour Committee", "Harbour Safety Committee").
    for name in full:
        if name not in people:
            continue
        longer = {clusters.find(b) for b in full if b in people and _with_middle(name, b)}
        if len(longer) == 1:
            clusters.union(name, longer.pop())
    # A nickname joins the one full name it can stand for, and only when that name has no
    # other: "Bill Moss" beside William and Robert Moss is either, so joins neither.
    for name in full:
        other = _only_nicknamed(name, full, clusters)
        back = None if other is None else _only_nicknamed(other, full, clusters)
        if other is not None and back is not None and clusters.find(back) == clusters.find(name):
            clusters.union(name, other)


# Words before a name that say nothing of what its bearer holds.
_COURTESY = COURTESIES | TITLE_MODIFIERS


def _offices_written(mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Each name key's titles as the mentions write them before it ("President Lind")."""
    found: dict[str, set[str]] = {}
    for mention in mentions:
        for name in (mention.actor.name, *mention.aliases):
            words = name.split()
            lead = words[: len(words) - len(display_name(name).split())]
            titles = {w.casefold().strip(".") for w in lead} & TITLES
            found.setdefault(name_key(name), set()).update(titles - _COURTESY)
    return found


def _son_titled_apart(key: str, candidate: str, offices: Mapping[str, set[str]]) -> bool:
    """Whether a surname written with an office ("President Lind") would join a younger
    man's full name no mention gives that office ("Ivo Lind Jr."): the father's title
    is no spelling of the son."""
    younger = bool(set(candidate.split()) & _YOUNGER)
    return younger and bool(offices.get(key, set()) - offices.get(candidate, set()))


def _alias_joins(
    alias: str, mention: Mention, clusters: _Clusters, offices: Mapping[str, set[str]]
) -> bool:
    """Whether a model's alias is another spelling of the mention's name: not a slip of a
    suffix ("Martin Luther King Jr" for Jesse Jackson Jr.), not another generation, and
    for a younger man not his father's surname, where the father is named or the surname
    carries an office the son is never given ("President Lind" for Ivo Lind Jr.)."""
    key = name_key(alias)
    if _suffix_only(alias, mention.actor.name) or _generations(key, mention.key):
        return False
    if another_given_name(key, mention.key):
        return False
    if " " in key:
        return True
    elder = _unsuffixed(mention.key)
    named = elder != mention.key and elder in clusters.parent
    return not named and not _son_titled_apart(key, mention.key, offices)


def _link_aliases(
    clusters: _Clusters, mentions: Sequence[Mention], offices: Mapping[str, set[str]]
) -> None:
    for mention in mentions:
        for alias in mention.aliases:
            key = name_key(alias)
            if key in clusters.parent and _alias_joins(alias, mention, clusters, offices):
                clusters.union(mention.key, key)


def _surname_target(
    key: str,
    articles: set[str],
    full: list[str],
    clusters: _Clusters,
    seen: dict[str, set[str]],
    *,
    offices: Mapping[str, set[str]],
) -> str | None:
    def fits(candidate: str) -> bool:
        parts = (p for p in candidate.split() if p not in SUFFIXES)
        return any(fuzz.ratio(key, part) >= SURNAME_SIMILARITY for part in parts)

    # News writes a son's surname with his suffix ("Lind Jr."), so in a report naming Ivo
    # Lind, "Lind" alone is the father, never Ivo Lind Jr.
    def elder_beside(candidate: str) -> bool:
        elder = _unsuffixed(candidate)
        return elder != candidate and bool(seen.get(elder, set()) & articles)

    full = [c for c in full if not elder_beside(c) and not _son_titled_apart(key, c, offices)]

    def matches(candidates: Iterable[str]) -> set[str]:
        return {clusters.find(c) for c in candidates if fits(c)}

    local = matches(c for c in full if seen[c] & articles)
    if len(local) == 1:
        return local.pop()
    anywhere = matches(full)
    return anywhere.pop() if len(anywhere) == 1 and not local else None


def _link_surnames(
    clusters: _Clusters, mentions: Sequence[Mention], offices: Mapping[str, set[str]]
) -> None:
    seen: dict[str, set[str]] = {}
    for mention in mentions:
        seen.setdefault(mention.key, set()).add(mention.article_id)
    full = sorted(k for k in seen if " " in k)
    entities = Entities()
    # A country's name is no one's surname ("Cuba" is not "Cuban experts"), nor an
    # initial, and "House" is not short for "White House".
    singles = (k for k in seen if " " not in k and len(k) > 1 and k not in SUFFIXES)
    for key in sorted(k for k in singles if not entities.is_country(entities.key(k))):
        target = _surname_target(key, seen[key], full, clusters, seen, offices=offices)
        if target and not not_the_chamber(key, target):
            clusters.union(target, key)


# Values small models put in role and stance when they have nothing to say.
PLACEHOLDERS = frozenset(
    {
        "",
        "the article",
        "person",
        "country",
        "government",
        "organisation",
        "organization",
        "armed force",
        "other",
        "none",
        "n/a",
        "unknown",
    }
)


# What a small model writes about the text instead of the actor: "The article credits
# Brendan Buck as a spokesman", "not mentioned".
_META = re.compile(
    r"\b(?:the (?:article|text|source|report)|credits?|not (?:mentioned|stated|specified|given))\b",
    re.IGNORECASE,
)


def _most_common(values: Iterable[str], skip: frozenset[str] = frozenset({""})) -> str:
    counted = Counter(v for v in values if v.strip().casefold() not in skip and not _META.search(v))
    if not counted:
        return ""
    return min(counted.items(), key=lambda item: (-item[1], item[0]))[0]


def _canonical(members: Sequence[Mention]) -> str:
    spellings: dict[str, set[str]] = {}
    for mention in members:
        spellings.setdefault(display_name(mention.actor.name), set()).add(mention.article_id)
    groups: dict[str, set[str]] = {}
    for spelling, articles in spellings.items():
        groups.setdefault(strip_accents(spelling).casefold(), set()).update(articles)
    best = max(groups, key=lambda g: (" " in g, len(groups[g]), len(g), g))
    variants = [s for s in spellings if strip_accents(s).casefold() == best]
    return max(variants, key=lambda s: (sum(not c.isascii() for c in s), s))


def _suffix_only(alias: str, name: str) -> bool:
    """Two names whose only shared word is a generational suffix ("Martin Luther King Jr"
    and "Jesse Jackson Jr."): a model's slip, not another name of the same person. A
    nickname sharing nothing ("Number Two") may still be an alias."""
    words = set(name_key(alias).split()), set(name_key(name).split())
    shared = words[0] & words[1]
    return bool(shared) and shared <= SUFFIXES


def _may_spell(alias: str, name: str) -> bool:
    """A full name shares a word with the name it spells ("Jesse L. Jackson Jr." with
    "Jesse Jackson Jr."); "Martin Luther King Jr" does not spell Jesse Jackson Jr. One
    word may ("US" for the United States)."""
    words = name_key(alias).split()
    if another_given_name(name_key(alias), name_key(name)):
        return False
    return len(words) < 2 or bool((set(words) - SUFFIXES) & set(name_key(name).split()))


_COURTESY_TITLE = re.compile(r"^(?P<title>Mrs|Ms|Miss|Mr)\.?\s")


def _one_courtesy(written: set[str]) -> set[str]:
    """Spellings with "Mr." and with "Mrs." or "Ms." name two people (a model gives a
    wife her husband's "Mr. Moss"): neither is shown, the row cannot tell whose it is."""
    titles = {m["title"] for w in written if (m := _COURTESY_TITLE.match(w))}
    if "Mr" in titles and titles - {"Mr"}:
        return {w for w in written if not _COURTESY_TITLE.match(w)}
    return written


def _merged(members: Sequence[Mention], root_of: Mapping[str, str]) -> Actor:
    """One actor of a cluster's mentions; ``root_of``: each name key's cluster, so that a
    spelling another cluster holds is left to it."""
    name = _canonical(members)
    key = name_key(name)
    written = {without_age(m.actor.name) for m in members} | {a for m in members for a in m.aliases}
    # A spelling is a name: not a description ("well-liked agent who runs the harbour
    # office") or a bare suffix ("Jr").
    written = {w for w in written if w[:1].isupper() and name_key(w) not in SUFFIXES}
    root = root_of[members[0].key]
    written = {w for w in written if root_of.get(name_key(w), root) == root}
    # "Ivo Lind" is no spelling of Ivo Lind Jr.: it names his father.
    written = {w for w in written if _may_spell(w, name) and not _generations(name_key(w), key)}
    written = _one_courtesy(written)
    return Actor(
        id=name_key(name).replace(" ", "-"),
        name=name,
        aliases=sorted(w for w in written if w != name),
        kind=_most_common(m.actor.kind for m in members),
        role=_most_common((m.actor.role for m in members), PLACEHOLDERS),
        stance=_most_common((m.actor.stance for m in members), PLACEHOLDERS),
        source_ids=sorted({m.article_id for m in members}),
        mentions=len(members),
    )


def merge_actors(mentions: Sequence[Mention]) -> list[Actor]:
    """One Actor per cluster, most mentioned first."""
    clusters = _Clusters(m.key for m in mentions)
    people = _people(mentions)
    _link_full_names(clusters, sorted(k for k in clusters.parent if " " in k), people)
    offices = _offices_written(mentions)
    _link_aliases(clusters, mentions, offices)
    _link_surnames(clusters, mentions, offices)
    root_of = {key: clusters.find(key) for key in clusters.parent}
    grouped: dict[str, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(root_of[mention.key], []).append(mention)
    actors = [_merged(members, root_of) for members in grouped.values()]
    return sorted(actors, key=lambda a: (-len(a.source_ids), -a.mentions, a.name))


# Capitalised words in a row on one line: a heading's last words and the next line's
# first ones are not one name.
_CAPITALISED = re.compile(r"[A-ZÀ-Þ][\w’'-]*(?:[ \t]+[A-ZÀ-Þ][\w’'-]*)*")
_SENTENCE_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "at",
        "after",
        "before",
        "but",
        "by",
        "for",
        "from",
        "if",
        "in",
        "into",
        "like",
        "of",
        "on",
        "or",
        "since",
        "so",
        "that",
        "the",
        "their",
        "these",
        "this",
        "those",
        "to",
        "unlike",
        "when",
        "while",
        "with",
        "without",
        "yesterday",
    }
)


def _capitalised(text: str) -> list[str]:
    found = []
    for match in _CAPITALISED.finditer(text):
        words = re.sub(r"[’']s$", "", match.group()).split()
        while words and words[0].casefold() in _SENTENCE_WORDS:
            words.pop(0)
        if words:
            found.append(" ".join(words))
    return found


class _Spellings:
    def __init__(self, people: Sequence[Actor]) -> None:
        self.keys = {a.id: name_key(a.name) for a in people}
        self.names = {a.id: {a.name, *a.aliases} for a in people}
        self.sources = {a.id: set(a.source_ids) for a in people}

    def _full_match(self, key: str) -> list[str]:
        def fits(actor_key: str) -> bool:
            if " " not in actor_key:  # a surname-only actor: "Cavajo" in "Diosdado Cavajo"
                return key.rsplit(maxsplit=1)[-1] == actor_key
            return _close(key, actor_key)

        return [i for i, k in self.keys.items() if fits(k)]

    def _surname_match(self, key: str, titled: bool, article: str) -> list[str]:
        def fits(part: str) -> bool:
            return fuzz.ratio(key, part) >= SURNAME_SIMILARITY if titled else key == part

        local = [i for i, k in self.keys.items() if article in self.sources[i]]
        return [i for i in local if any(fits(part) for part in self.keys[i].split())]

    def scan(self, article: str, text: str) -> None:
        found = _capitalised(text)
        by_length = sorted(found, key=lambda s: -len(name_key(s).split()))
        for written in by_length:
            key = name_key(written)
            if key in SUFFIXES:  # "Jr" is no one's surname: it links to nobody
                continue
            titled = len(display_name(written).split()) < len(written.split())
            if " " in key:
                matches = self._full_match(key)
                spelling = display_name(written)
            else:
                matches = self._surname_match(key, titled, article)
                spelling = written
            if len(matches) == 1 and key:
                self.names[matches[0]].add(spelling)
                self.sources[matches[0]].add(article)


def add_spellings(actors: Sequence[Actor], texts: Mapping[str, str]) -> list[Actor]:
    """The actors, with every spelling of each person found in the source texts."""
    people = [a for a in actors if a.kind == "person"]
    spellings = _Spellings(people)
    for article, text in texts.items():
        spellings.scan(article, text)
    return [_respelled(a, spellings) if a.id in spellings.keys else a for a in actors]


def _respelled(actor: Actor, spellings: _Spellings) -> Actor:
    """Add the spellings found; a surname-only actor takes the longest full name found."""
    names = spellings.names[actor.id]
    name = actor.name
    if " " not in name_key(name):
        full = [n for n in names if " " in name_key(n) and n == display_name(n)]
        name = max(full, key=lambda n: (len(n), n), default=name)
    return actor.model_copy(
        update={
            "name": name,
            "aliases": sorted(names - {name}),
            "source_ids": sorted(spellings.sources[actor.id]),
        }
    )
