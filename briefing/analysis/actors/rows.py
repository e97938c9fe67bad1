"""Which of the model's actor rows name one actor, and which spellings are whose.

A small model lists what it read as names: a possessive phrase ("Barack Obama's
Thanksgiving"), two people at once ("Tova and Vera"), a phrase whose head is a common
noun ("Very Serious public events"), a group described by someone else's name ("Obama
Girls"); and it gives one person another's spellings ("President Obama" as an alias of
his daughter, whose role then reads "President"). Code keeps rows that name one actor and
gives each shared spelling to one row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from briefing.analysis.actors.kinds import ARMED_WORDS, GOVERNMENT_WORDS, ORGANISATION_WORDS
from briefing.analysis.actors.lower_titles import lower_title_of
from briefing.analysis.actors.offices import OFFICES
from briefing.analysis.actors.roles import AFFILIATIONS
from briefing.articles import (
    DAYS_AND_MONTHS,
    MONTH_ABBREVIATIONS,
    STOP_WORDS,
    Entities,
    fold,
    strip_accents,
)
from briefing.merge import (
    SUFFIXES,
    TITLES,
    Actor,
    is_given_name,
    name_key,
    nicknamed,
    not_the_chamber,
)

# Lower-case words a name may hold ("Ministry of the Interior", "Bank of Celdora").
PARTICLES = frozenset(
    "of the de del della da do dos das di du van von der den la le al el bin ibn y e for on"
    " and".split()
)
_BODIES = ARMED_WORDS | GOVERNMENT_WORDS | ORGANISATION_WORDS
_INNER_POSSESSIVE = re.compile(r"[’']s\s+\S")
_PAIR = re.compile(r"\s+(?:and|&)\s+")
# A legislator's party and state as American reporting tags them: "R-Texas", "D-Ill.".
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*")
_HEAD = re.compile(r"\s+(?:in|on|of|at|from|for)\s+")


def _keys(actor: Actor) -> set[str]:
    return {name_key(s) for s in (actor.name, *actor.aliases)}


def _ends(name: str) -> tuple[str, ...]:
    """The first and last words of a name's key (none when nothing is left of it)."""
    words = name_key(name).split()
    return (words[0], words[-1]) if words else ()


def _fuller(actor: Actor, actors: Sequence[Actor]) -> list[Actor]:
    """The rows of two words or more (not two names joined) whose name begins or ends
    with the one word of ``actor``'s name."""
    word = name_key(actor.name)
    return [
        other
        for other in actors
        if other.id != actor.id
        and len(other.name.split()) > 1
        and not _PAIR.search(other.name)
        and word in _ends(other.name)
    ]


def _nation(name: str, entities: Entities) -> bool:
    """A country's name, or one the articles form a people's word from ("Maravia")."""
    return entities.names_country(name) or entities.names_nation(name) is not None


def _given_names(actors: Sequence[Actor], entities: Entities) -> dict[str, str]:
    """A one-word row ("Vera") -> the one row whose name begins or ends with that word
    ("Vera Lind"), and a row of a longer surname -> the one person whose name ends with
    it ("Wasserman Lind"); none when several do ("Lind": Ada, Tova and Vera Lind), none for a
    nation's name ("Maravia" is no spelling of the group "Blue Coast Maravia") or a
    chamber's ("House" is not "White House")."""
    found: dict[str, str] = {}
    written = {name_key(s) for a in actors for s in a.aliases}
    for actor in actors:
        word = name_key(actor.name)
        if word in written or _nation(actor.name, entities):
            continue  # a spelling some row already has (the merge joins them), or a nation
        if len(word.split()) > 1:
            owners = _surnamed(actor, actors)
        elif len(actor.name.split()) == 1:
            owners = _fuller(actor, actors)
        else:
            continue  # "President Lind": a title and a surname, not a given name
        if len(owners) == 1 and not not_the_chamber(word, owners[0].name):
            found[actor.id] = owners[0].id
    return found


def _surnamed(actor: Actor, actors: Sequence[Actor]) -> list[Actor]:
    """The people whose longer name ends with the whole of ``actor``'s, itself written as
    a person's name: "Wasserman Lind" of "Ada Wasserman Lind", unless another row calls
    that person by first name and surname."""
    key = name_key(actor.name)
    if not person_shaped(actor.name) or len(key.split()) < 2:
        return []
    # Where another row calls that person by first name and surname ("Ivo Lind" of "Ivo
    # Oren Lind"), as its name or a spelling, the ending's first word is a given name:
    # "Oren Lind" is his father.
    called = {name_key(n) for a in actors if a.id != actor.id for n in (a.name, *a.aliases)}
    return [
        other
        for other in actors
        if other.id != actor.id
        and person_shaped(other.name)
        and name_key(other.name).endswith(f" {key}")
        and _first_and_last(name_key(other.name)) not in called
    ]


def _first_and_last(key: str) -> str:
    """A longer name's key as "<first> <last>" ("ivo oren lind" -> "ivo lind"); a
    two-word key as it is, which no longer name's shortening equals."""
    words = key.split()
    return f"{words[0]} {words[-1]}" if len(words) > 2 else ""


def settle_spellings(actors: Sequence[Actor], entities: Entities) -> list[Actor]:
    """Each spelling several rows claim stays with the row mentioned most, and a one-word
    row becomes a spelling of the one fuller name it begins or ends (``_given_names``),
    so the merge joins them; a nation's name never does."""
    claims: dict[str, list[Actor]] = {}
    for actor in actors:
        for spelling in actor.aliases:
            claims.setdefault(name_key(spelling), []).append(actor)
    owner = {
        key: max(rows, key=lambda a: (a.mentions, -len(a.name))).id
        for key, rows in claims.items()
        if len(rows) > 1
    }
    given = _given_names(actors, entities)
    added: dict[str, list[str]] = {}
    for row, into in given.items():
        added.setdefault(into, []).append(next(a.name for a in actors if a.id == row))
    settled = []
    for actor in actors:
        kept = [s for s in actor.aliases if owner.get(name_key(s), actor.id) == actor.id]
        settled.append(actor.model_copy(update={"aliases": kept + added.get(actor.id, [])}))
    return settled


def _pair(actor: Actor, others: Sequence[Actor]) -> bool:
    """Two names joined: each another row's spelling or first name ("Tova and Vera"),
    or each of two capitalised words or more."""
    parts = _PAIR.split(actor.name)
    if len(parts) < 2:
        return False
    known = set().union(*(_keys(o) for o in others if o.id != actor.id))
    known |= {_ends(o.name)[0] for o in others if o.id != actor.id and _ends(o.name)}
    if all(name_key(p) in known for p in parts):
        return True
    # Two names of two words or more each: "Northern Aid League and Coastal Relief Fund".
    return all(len(p.split()) >= 2 and all(w[:1].isupper() for w in p.split()) for p in parts)


def _phrase(actor: Actor) -> bool:
    """A phrase, not a name: its head (before a preposition) ends in a lower-case word
    that is no particle and no body ("Very Serious public events", "Local café owners",
    "Serra river"; not "Biden administration")."""
    head = _HEAD.split(actor.name, maxsplit=1)[0].split()
    if not head or not head[-1].islower():
        return False  # "Ansar al-Sharia": a capital inside makes it a name
    return fold(head[-1]) not in PARTICLES | _BODIES  # "Biden administration" is a body


def _described(actor: Actor, others: Sequence[Actor], entities: Entities) -> bool:
    """Someone else's name with common words ("Obama Girls", "Trump aides"): a group
    described by another actor, not a body ("Obama administration" is one)."""
    words = actor.name.split()
    for other in others:
        if other.id == actor.id:
            continue
        for spelling in (other.name, *other.aliases):
            size = len(spelling.split())
            if size >= len(words) or " ".join(words[:size]) != spelling:
                continue
            rest = words[size:]
            if all(entities.is_common_word(w) and fold(w) not in _BODIES for w in rest):
                return True
    return False


# Days and months, and months' abbreviations ("Feb" read off a dateline): no one. Not
# "May", a surname too; "Jan", "Jun" and "Mar" only as rows of their own (in a headline
# they may be given names).
_CALENDAR = DAYS_AND_MONTHS | MONTH_ABBREVIATIONS | {"jan", "jun", "mar"}
# Long day and month names a one-word row misspells ("Wednedsay" in a wire copy): one
# slip (a letter added, dropped, changed or two swapped) from a name of 7 letters or more,
# which no surname is so close to ("Augusta" is one from "August", too short to count).
_LONG_CALENDAR = frozenset(w for w in DAYS_AND_MONTHS if len(w) >= 7)


def _misspelt_date(key: str) -> bool:
    """Whether a one-word row is a day or month name misspelt."""
    return (
        len(key) >= 7
        and " " not in key
        and any(OSA.distance(key, word) <= 1 for word in _LONG_CALENDAR)
    )


def person_shaped(name: str) -> bool:
    """A name written as a person's: capitalised words, none a particle or a body's word
    ("Bank of Israel", "Senate Ethics Committee" are not)."""
    words = name.split()
    return all(w[:1].isupper() and fold(w) not in PARTICLES | _BODIES for w in words)


def _shared_given_name(actor: Actor, others: Sequence[Actor], entities: Entities) -> bool:
    """A one-word row, no nation's name, that begins or ends two or more people's names
    ("George": "George Lind" and "George Marsh"): it may be either, so it names neither."""
    if len(actor.name.split()) != 1 or _nation(actor.name, entities):
        return False
    return len([o for o in _fuller(actor, others) if person_shaped(o.name)]) >= 2


def initial(name: str, names: Sequence[str]) -> bool:
    """A one-letter name another row writes as an initial ("J" of "Tomas J. Lind"); the
    platform "X" is no one's initial."""
    return len(name_key(name)) == 1 and any(
        re.search(rf"\b{re.escape(name)}\.", other) for other in names
    )


def bare_given_name(alias: str, name: str, *, person: bool = False) -> bool:
    """A spelling that is one given name of a fuller name ("Thomas" of "Thomas J. Reese",
    "Joseph" of "Joe Biden"), not its surname: it tells the reader nothing and may be
    someone else's. Of a ``person``, any given name but the surname's ("Heidi" of "Ted
    Cruz" is his wife's); of others, only their own first word's ("Washington" of the
    United States is its capital)."""
    key = name_key(alias)
    # Suffixes aside ("King Charles III" has no surname after "Charles").
    words = [w for w in name_key(name).split() if w not in SUFFIXES]
    if len(words) < 2 or " " in key or key == words[-1] or not is_given_name(key):
        return False
    return person or key == words[0] or nicknamed(f"{key} {words[-1]}", " ".join(words))


def no_single_actor(actor: Actor, others: Sequence[Actor], entities: Entities) -> bool:
    """Whether the row names no single actor: a possessive phrase, a party tag, a suffix,
    an initial or a date word, a first or last name several fuller rows share, two names joined, a
    phrase with a common noun as its head, or a group described by another's name."""
    if _INNER_POSSESSIVE.search(actor.name) or _PARTY_TAG.fullmatch(actor.name):
        return True
    key = name_key(actor.name)
    if key in SUFFIXES | _CALENDAR or _misspelt_date(key):
        return True  # "Jr", "Feb", "Wednedsay"
    if _shared_given_name(actor, others, entities):
        return True
    if initial(actor.name, [o.name for o in others]):
        return True
    return _pair(actor, others) or _phrase(actor) or _described(actor, others, entities)


# A given name, and a middle initial, written right before a surname: "Ida Moss",
# "Tomas K. Lind"; not inside a longer word or name ("Kessel-Lind", "Ivo Lind
# Avenue"), nor a possessive ("Kelby's Lind"). A son's name ("Ivo Lind Jr.") is marked.
_GIVEN_BEFORE = (
    r"(?<![\w’'.-])(?P<before>[A-Z][\w’'.-]*\s+)?(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?:\s+[A-Z]\.)?\s+{surname}(?![\w-]|[’']\w\w|\s+(?!(?:Jr|Sr)\b)[A-Z][a-z])"
    r"(?P<son>,?\s+(?:Jr|Sr|II|III|IV)\b)?"
)
# Words that open a sentence before a surname and name no one ("But Lind left"), and
# titles the office lists leave out ("Rabbi Lind").
_OPENING_WORDS = frozenset(
    "but and yet so then when while after before as if though although because since "
    "meanwhile however still also now later earlier instead only even today here asked "
    "like despite yesterday tonight tomorrow said says told dear".split()
)
_MORE_TITLES = frozenset(
    "lord lady sir dame rabbi imam father sister brother corporal private councilmember "
    "assemblyman assemblywoman madam elder saint pastor".split()
)


# Words before a surname that are no part of a name: titles, offices, parties, months,
# openers; and, as a given name, no body's word either.
_NOT_NAME_WORDS = (
    TITLES | OFFICES | AFFILIATIONS | _CALENDAR | STOP_WORDS | _OPENING_WORDS | _MORE_TITLES
)
_NOT_GIVEN_NAMES = _NOT_NAME_WORDS | _BODIES


def _a_given_name(word: str, entities: Entities) -> bool:
    """Whether a capitalised word before a surname can be a given name: no title, office,
    party, month or body word, nothing the articles write in lower case ("But", "Will"),
    no country or nation, no word that opens a sentence ("But Lind left")."""
    nation = entities.names_country(word) or entities.names_nation(word)
    return not (fold(word) in _NOT_GIVEN_NAMES or nation or entities.is_common_word(word))


def full_name(actor: Actor, texts: Sequence[str], entities: Entities) -> str | None:
    """The one full name the sources write a surname-only person's row with ("Moss":
    "harbour press secretary Ida Moss"), its fullest spelling ("Tomas K. Lind" over
    "Tomas Lind"); none when they give the surname two given names
    ("Linda Moss" and "Vera Moss": either may be meant)."""
    words = actor.name.split()
    if len(words) != 1 or not person_shaped(actor.name) or fold(words[0]) in SUFFIXES:
        return None
    surname = re.escape(words[0])
    # Accents aside, so "Vera Lind" and "Ana Lînd" are two given names of one surname.
    plain = re.compile(_GIVEN_BEFORE.format(surname=re.escape(strip_accents(words[0]))))
    given = {
        fold(m["given"])
        for folded in (strip_accents(text) for text in texts)
        for m in plain.finditer(folded)
        if _a_given_name(m["given"], entities)
        and not _inside(m)
        and not _ARTICLE_BEFORE.search(folded, 0, m.start("given"))
    }
    written = {
        re.sub(r"\s+", " ", m.group()[len(m["before"] or "") :]).strip()
        for text in texts
        for m in re.finditer(_GIVEN_BEFORE.format(surname=surname), text)
        if fold(m["given"]) in given and not m["son"]
    }
    if len(given) != 1 or not written:
        return None
    return max(written, key=lambda n: (len(n), n))


# An article before the two words makes them a modifier, not a name: "the Kelby Lind
# ferry".
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+$")


def _inside(match: re.Match[str]) -> bool:
    """Whether the given name follows another capitalised name word, so that it is a
    middle name of a longer name ("Martin Luther King": "Luther" is not King's given
    name); a title before it ("Rep. Ida Lind") is no name word."""
    before = match["before"]
    if not before or before.strip().endswith("."):
        return False  # none, an abbreviated title ("Gen."), or the sentence before's end
    return fold(before.strip()) not in _NOT_NAME_WORDS


def without_lower_role(actor: Actor) -> Actor:
    """A row named with a job written in lower case before the name ("Democratic
    presidential nominee Hillary Clinton", the model's copy of a sentence's words): the
    row is the name after the job (two capitalised words at least), and no word of the
    job is one of its spellings; the job stays the sources' to give as its role."""
    words = actor.name.split()
    for n in range(1, len(words) - 1):
        tail = " ".join(words[n:])
        if not all(w[:1].isupper() for w in words[n:]):
            continue
        if lower_title_of(actor.name, tail) == " ".join(words[:n]):
            job = {fold(w) for w in words[:n]}
            aliases = [a for a in actor.aliases if fold(a) not in job and a != tail]
            return actor.model_copy(update={"name": tail, "aliases": aliases})
    return actor
