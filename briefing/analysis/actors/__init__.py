"""Actors as the brief shows them: one row per entity, typed from evidence, with a role
and a stance only where a source sentence naming the actor backs them.

- Spellings that name one country, or its capital or seat of government used as an actor,
  are one row ("US", "United States", "Washington"; "Cuba", "Havana"), named as the
  country.
- The kind comes from a cue in the sources (briefing.analysis.actors.kinds), else blank.
- A role is the sources' own title or apposition for the actor when they give one
  (briefing.analysis.actors.roles); rows whose name is common words that never speak or
  act are left out.
- A model's role or stance stands when a sentence of a source (for a stance, one that is
  neither stale, opinion nor a content farm) names the actor (any spelling) with at
  least two thirds of its words (stems) within ``NEAR`` words of the name, and has every
  name and figure in it; the source is kept. Otherwise it is blank: small
  models fill these with guesses ("Trump: supporting Maduro"; "Kessel Bank: oil tanker").
- A place (its kind from the sources' cues: "off the Kessel Bank", "the port of X") is
  no actor unless a source says what it did or said.
- A nationality on its own or with common nouns ("Maravian", "Cuban experts") describes
  rather than names, and is left out; so is a row that names no single actor (a
  possessive phrase, two names joined, a common noun's phrase: briefing.analysis.actors.
  rows), and a spelling several rows claim stays with one.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterator, Sequence

from briefing.analysis.actors.deeds import deed, gives_act, same_act
from briefing.analysis.actors.kinds import BODY_WORDS, kind_of
from briefing.analysis.actors.offices import OFFICES
from briefing.analysis.actors.roles import (
    AFFILIATIONS,
    an_institution,
    names_no_actor,
    role_in_sources,
    speaks_through,
    spellings,
    written_as_no_actor,
    written_as_place,
    written_in_lower_case,
)
from briefing.analysis.actors.rows import (
    bare_given_name,
    full_name,
    initial,
    no_single_actor,
    person_shaped,
    settle_spellings,
    without_lower_role,
)
from briefing.analysis.disputes.context import Context
from briefing.analysis.grounding import Grounding
from briefing.analysis.lexicon import PRONOUNS
from briefing.analysis.text import PREPOSITIONS
from briefing.articles import (
    Entities,
    find_dateline,
    fold,
    past_lemma,
    stem,
    verb_form,
    without_dateline,
)
from briefing.merge import LEGISLATURE, SUFFIXES, TITLE_MODIFIERS, Actor, name_key

BACKING_SHARE = 2 / 3
_SMALL = frozenset({"the", "and", "for", "with", "from", "its", "his", "her", "their", "who"})
# How far from the actor's name the words of its role or stance may stand.
NEAR = 6


def _country_key(actor: Actor, context: Context) -> str | None:
    """The country an actor's name, code or capital names ("Pentagon" is not one)."""
    entities = context.entities
    for spelling in (actor.name, *actor.aliases):
        if entities.names_country(spelling) or entities.is_capital(spelling):
            return entities.key(spelling)
    return None


def _joined(group: Sequence[Actor], context: Context) -> Actor:
    # Of rows mentioned as often, the fuller name leads ("Malia Obama", not "Malia").
    # An acronym is a spelling of the name it abbreviates, not the row's name.
    lead = max(
        group,
        key=lambda a: (not _ACRONYM.fullmatch(a.name), a.mentions, len(a.name.split())),
    )
    # A bare suffix joined in ("Jr") is no spelling of anyone.
    spellings = {s for a in group for s in (a.name, *a.aliases) if name_key(s) not in SUFFIXES}
    country = [s for s in spellings if context.entities.names_country(s)]
    name = max(country, key=lambda s: (len(s), s)) if country else lead.name
    return lead.model_copy(
        update={
            "name": name,
            "aliases": sorted(spellings - {name}),
            "source_ids": sorted({s for a in group for s in a.source_ids}),
            "mentions": sum(a.mentions for a in group),
        }
    )


def _spelled_by(actors: Sequence[Actor]) -> dict[str, str]:
    """Each actor id -> the id of another actor that writes its name among its spellings
    ("Rodrigues" is one of Delcy Rodríguez's)."""
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for spelling in actor.aliases:
            owners.setdefault(name_key(spelling), set()).add(actor.id)
    found = {}
    for actor in actors:
        others = owners.get(name_key(actor.name), set()) - {actor.id}
        if len(others) == 1:
            found[actor.id] = others.pop()
    return found


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Associated Press": "AP"; "Department
    of Homeland Security": "DHS")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _acronyms(actors: Sequence[Actor]) -> dict[str, str]:
    """Each row named by an acronym -> the one row whose name it abbreviates ("AP" ->
    "Associated Press"), a body's, not a person's; none when several rows share the
    initials."""
    found = {}
    for actor in actors:
        if not _ACRONYM.fullmatch(actor.name):
            continue
        # A person's initials are no acronym the sources use: "AP" is not Alex Padilla.
        full = [
            other.id
            for other in actors
            if len(other.name.split()) > 1
            and _initials(other.name) == actor.name
            and not person_shaped(other.name)
        ]
        if len(full) == 1:
            found[actor.id] = full[0]
    return found


def merge_entities(actors: Sequence[Actor], context: Context) -> list[Actor]:
    """One actor per country (its name, codes and capital), and an actor whose name is a
    spelling of exactly one other, or its acronym, merged into it."""
    actors = settle_spellings(actors, context.entities)
    into = _spelled_by(actors) | _acronyms(actors)
    groups: dict[str, list[Actor]] = {}
    for actor in actors:
        target = into.get(actor.id, actor.id)
        key = _country_key(actor, context) or f"actor:{target}"
        groups.setdefault(key, []).append(actor)
    return [_joined(g, context) if len(g) > 1 else g[0] for g in groups.values()]


def _demonym(word: str, context: Context) -> bool:
    """A word formed from another name ("Cuban", "Maravian", "Liberian-flagged"), or its
    plural ("Americans": a people, not an actor)."""
    head = word.split("-", maxsplit=1)[0]
    entities = context.entities
    if entities.is_demonym(head):
        return True
    if not head.endswith("s") or entities.names_country(head):
        return False  # a country's name ending in "s" ("Laos") is no plural
    # A people the country table spells out ("Americans" for the United States).
    single = head[:-1]
    country = entities.key(single)
    people = entities.is_country(country) and country == entities.key(head)
    return entities.is_demonym(single) or people


# One member of a party, as reports describe someone ("Ida Moss, a Democrat"): no actor.
_PARTY_MEMBER = frozenset("democrat republican independent conservative liberal socialist".split())


# Party members a place or a chamber may go before: not "Independent" nor "Liberal",
# which end newspapers' names ("The Kelby Independent").
_MEMBER_OF = frozenset({"democrat", "republican"})


def is_description(actor: Actor, context: Context) -> bool:
    """A nationality alone or with common nouns ("Maravian", "Maravians", "Cuban experts",
    "Liberian-flagged vessel"), a party member in the singular ("Democrat"), a Democrat or
    Republican of a state, a country or a chamber ("the Utah Republican said", "House
    Republican leaders": someone named elsewhere, or a word of a phrase) or a pronoun
    ("We") describes or stands for someone; it does not name an actor."""
    words = actor.name.split()
    # A word in capitals is an acronym, not a pronoun ("WHO").
    if len(words) == 1 and not words[0].isupper() and fold(words[0]) in _PARTY_MEMBER | PRONOUNS:
        return True
    member = len(words) > 1 and fold(words[-1]) in _MEMBER_OF
    if member and _place_or_chamber(words[:-1], context):
        return True
    if not words or not _demonym(words[0], context):
        return False
    return all(w[:1].islower() for w in words[1:])


def _place_or_chamber(words: Sequence[str], context: Context) -> bool:
    """Whether the words name a state or a country ("Utah", "New Mexico", "Veloria"), or a
    chamber ("House", "Senate")."""
    name = " ".join(words)
    chamber = LEGISLATURE.fullmatch(fold(name)) is not None
    return chamber or context.entities.names_state(name) or context.entities.names_country(name)


def _group_name(name: str, entities: Entities) -> bool:
    """A party's members or a plural the articles also write in lower case ("Democrats",
    "Liberals", "Greens"): a group, no one's surname."""
    folded = fold(name)
    single = folded.removesuffix("s")
    plural = single != folded and (single in AFFILIATIONS or entities.is_common_word(single))
    return folded in AFFILIATIONS or plural


def _named_in(actor: Actor, folded_texts: Sequence[str]) -> bool:
    return any(name in f" {t} " for name in _names(actor) for t in folded_texts)


def _names(actor: Actor) -> list[str]:
    return [f" {fold(s)} " for s in (actor.name, *actor.aliases) if fold(s)]


def _tails_blanked(text: str, actor: Actor, longer: Sequence[str]) -> str:
    """The text with each spelling of the actor that ends another actor's longer name
    (``longer``) blanked there: the "Oren Lind" of "the gunman, Ivo Petar Oren Lind" is
    not his father named. Where the actor's own spelling holds that longer name, it
    stays."""
    names = spellings(actor)
    ends = [(name, long) for name in names for long in longer if long.endswith(f" {name}")]
    if not ends:  # most actors: no other name ends with theirs
        return text
    own = [m.span() for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text)]
    for name, long in ends:
        for match in re.finditer(rf"\b{re.escape(long)}\b", text):
            if any(a <= match.start() and match.end() <= b and b - a > len(long) for a, b in own):
                continue
            text = text[: match.end() - len(name)] + " " * len(name) + text[match.end() :]
    return text


def _near(text: str, name: str) -> str:
    """The words within ``NEAR`` words of each place the folded text names the actor."""
    words = text.split()
    size = len(name.split())
    found: list[str] = []
    for at in range(len(words) - size + 1):
        if " ".join(words[at : at + size]) == name:
            found += words[max(0, at - NEAR) : at + size + NEAR]
    return " ".join(found)


def _words(text: str) -> set[str]:
    """Stems of the words of a role or stance, short ones included ("oil tanker")."""
    return {stem(w) for w in re.findall(r"[^\W\d_]{3,}", text) if w.casefold() not in _SMALL}


# Names listed in brackets ("(Ida Moss and Ivo Lind)", "(Moss, Lind)"): examples of whom
# a sentence speaks. A bracket naming one actor ("the bill's sponsor (Ida Moss) vowed")
# or an acronym says who acts.
_BRACKETED = re.compile(r"\([^()]*(?:,|\band\b)[^()]*\)")


def _backing(
    phrase: str,
    actor: Actor,
    context: Context,
    grounding: Grounding,
    *,
    strong: bool = False,
    longer: Sequence[str] = (),
) -> str | None:
    """The source whose sentence names the actor with the phrase's words next to it (not
    as the end of another actor's ``longer`` name); with ``strong`` (a stance), only a
    source that is neither stale, opinion nor a content farm, not a name listed in
    brackets, and whose sentence gives the stance's verb to the actor (``gives_act``)."""
    words = _words(phrase)
    if not words:
        return None
    need = max(1, math.ceil(BACKING_SHARE * len(words)))
    names = [n.strip() for n in _names(actor)]
    for item in context.all():
        if strong and context.sources[item.article_id].weak:
            continue
        text = _tails_blanked(item.text, actor, longer)
        # Names listed in brackets are examples of whom a sentence speaks ("echo the views
        # of some conservatives (Ida Moss and Ivo Lind)"): they do not do what it says.
        folded = fold(_BRACKETED.sub(" ", text) if strong else text)
        near = " ".join(_near(folded, n) for n in names)
        if not near or len(words & _words(near)) < need:
            continue
        # A stance is an act: the sentence must give its verb to the actor, not to
        # whoever the next clause is about.
        if strong and not gives_act(text, spellings(actor), phrase):
            continue
        if not grounding.missing(phrase, [item.text]):
            return item.article_id
    return None


# A role, its source, and whether the sources wrote it beside the name (a title or an
# apposition holding an office word) rather than the model.
_Role = tuple[str, str | None, bool]


def _role(
    actor: Actor, context: Context, grounding: Grounding, longer: Sequence[str] = ()
) -> _Role:
    """The sources' own title or apposition for the actor, else the model's role where a
    sentence naming the actor backs it, else none. A country holds no office: what a
    model gives it as a role ("supports Venezuela") is what it does, its stance. A body
    (an organisation, a government ...) takes the model's role only when it names a kind
    of body ("operator", "terrorist group"), not a person's job ("negotiator" for
    Congress, "reporter" for a newspaper) or an act ("investigation")."""
    body = actor.kind not in ("person", "")
    if actor.kind == "country" or (body and not _a_body(actor.role)):
        return "", None, False
    found = role_in_sources(actor, context)  # people's titles only: None for a body
    if found is not None and not _a_clause(found[0]):
        return *found, True
    offered = actor.role if _names_a_role(actor.role, actor) else ""
    offices = _offices(offered)
    if (offices and _others_title(offices, actor, context)) or _serves(offered, actor, context):
        offered = ""
    source = _backing(offered, actor, context, grounding, longer=longer) if offered else None
    return (offered, source, False) if source else ("", None, False)


# A sentence's words as office and role words are read: "Sen.", "spokesman's", "U.S.".
_WORD = re.compile(r"[\w’'.-]+")


def _naming(
    names: Sequence[str], context: Context
) -> Iterator[tuple[str, list[re.Match[str]], list[int]]]:
    """Each sentence naming the actor: its text, its words and the indices of the words
    where a spelling starts. Most sentences do not name the actor, so only those are
    split into words."""
    patterns = [re.compile(rf"\b{re.escape(n)}\b") for n in names]
    for item in context.all():
        mentions = [m.start() for p in patterns for m in p.finditer(item.text)]
        if mentions:
            words = list(_WORD.finditer(item.text))
            starts = [w.start() for w in words]
            yield item.text, words, [bisect.bisect_left(starts, m) for m in mentions]


def _serves(role: str, actor: Actor, context: Context) -> bool:
    """Whether the role's head word stands beside the actor's name only as one serving
    them ("could have called my lawyer," Orsa said; "Orsa's spokesman"): the model took
    the actor for their own lawyer."""
    heads = list(itertools.takewhile(lambda w: w not in _HEAD_ENDS, role.casefold().split()))
    if not heads:
        return False
    head = re.compile(rf"\b{re.escape(heads[-1])}\b", re.IGNORECASE)
    names = [n for n in spellings(actor) if n]
    found = False
    for text, words, _ in _naming(names, context):
        for n, word in enumerate(words):
            if head.fullmatch(word.group().strip(".")):
                if not _owned(n, words, names, text):
                    return False
                found = True
    return found


def _offices(role: str) -> set[str]:
    """The office words of a model's role ("president", "leader")."""
    return {w.casefold().strip(".,") for w in role.split()} & OFFICES


def _others_title(offices: set[str], actor: Actor, context: Context) -> bool:
    """Whether the office words written near the actor's name are all another's title:
    each stands right before a capitalised name that is not the actor's ("faulted Mayor
    Ivo Brandt and Vera Lind" makes Lind no mayor), or is "the <office>" where another
    holds that title (``_the_titled``), or one serving someone ("my lawyer", "Lind's
    spokesman", ``_owned``). An office word standing alone ("Vera Lind, then the deputy
    mayor", "three senators") or before the actor's own name backs the model's role as
    before (but not after "a": "a President Moss" is a hypothetical)."""
    names = [n for n in spellings(actor) if n]
    found = False
    titled = _titles_of_others(offices, names, context)
    for text, words, at in _naming(names, context):
        for n, word in enumerate(words):
            if word.group().casefold().strip(".") not in offices:
                continue
            if not any(abs(n - a) <= NEAR for a in at):
                continue
            found = True
            following = words[n + 1].group() if n + 1 < len(words) else ""
            if not _another_name(following, context):
                if not (_the_titled(n, words, titled) or _owned(n, words, names, text)):
                    return False
                continue
            own = any(text.startswith(name, words[n + 1].start()) for name in names)
            # "a President Moss" is who Moss might become, not what Moss is.
            if own and not (n > 0 and words[n - 1].group().casefold() in ("a", "an")):
                return False
    return found


def _titles_of_others(offices: set[str], names: Sequence[str], context: Context) -> set[str]:
    """The office words the texts write as a bare title before another's name ("President
    Ada Moss"; not "Vice President", "former President", "Bank President" or "the
    firm's president", other offices)."""
    found = set()
    for item in context.all():
        text = item.text
        for match in re.finditer(r"\b([A-Za-z]+)\.?\s+(?=([A-Z][\w’'-]*))", text):
            office = match[1].casefold()
            if office not in offices or any(text.startswith(n, match.start(2)) for n in names):
                continue
            before = re.search(r"([\w’'-]+)\s+$", text[: match.start()])
            word = before.group(1) if before else ""
            qualified = word[:1].isupper() or re.search(r"[’']s$", word)
            if not qualified and word.casefold() not in TITLE_MODIFIERS:
                found.update([office] if _another_name(match[2], context) else [])
    return found


_OWNERS = frozenset("my his her their our your its whose".split())


def _owned(n: int, words: Sequence[re.Match[str]], names: Sequence[str], text: str) -> bool:
    """Whether the office or role word at ``n`` serves someone ("my lawyer", "Lind's
    spokesman" or "a lawyer for Lind", for Lind): its holder is not the owner. A place's
    or a body's is an apposition ("Lind, the city's mayor"), and so is one set beside
    the name ("Her lawyer, Ida Lind, said"; "Ida Lind, his lawyer, said")."""
    spelled = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    if not spelled:
        return False
    k = n - 1 if n > 1 and words[n - 1].group().casefold() == "own" else n
    before = words[k - 1].group() if k > 0 else ""
    owner = re.sub(r"[’']s$", "", before)
    owned = before.casefold() in _OWNERS or (
        owner != before and any(owner in name.split() for name in names)
    )
    served = re.match(rf"\s+(?:for|to)\s+(?:{spelled})\b", text[words[n].end() :])
    if not (owned or served):
        return False
    if before.casefold() == "whose":
        return True  # "Lind, whose lawyer said": a clause about Lind, not a second name
    start = words[k - 1].start() if k > 0 else words[n].start()
    beside = re.match(rf",\s*(?:{spelled})\b", text[words[n].end() :]) or re.search(
        rf"(?<![\w’'-])(?:{spelled}),\s*(?:[A-Z][\w’'.-]*\s+)*$", text[:start]
    )
    return beside is None


# Words before "the <office>" that make it what the actor is or became ("Lind, who
# became the president in January"), not a reference to its holder.
_PREDICATES = frozenset("is was be been became become becomes as named elected remains".split())


def _the_titled(n: int, words: Sequence[re.Match[str]], titled: set[str]) -> bool:
    """Whether the office word at ``n`` is "the <office>" where the texts title another
    with it: "the president" beside President Ada Moss is Moss, not whoever stands near
    ("the deputy mayor" is another office; "became the president" the actor's)."""
    office = words[n].group().casefold().strip(".")
    if n < 1 or words[n - 1].group().casefold() != "the" or office not in titled:
        return False
    return n < 2 or words[n - 2].group().casefold() not in _PREDICATES


def _another_name(word: str, context: Context) -> bool:
    """Whether a word after an office word starts a name the sources write: a capitalised
    word that is none ("became mayor Tuesday") does not."""
    bare = word.strip(".")
    return bare[:1].isupper() and context.entities.is_entity_word(bare)


# Words that end a role's head: prepositions, "in" too ("operator in the north").
_HEAD_ENDS = PREPOSITIONS | {"in"}


def _a_body(role: str) -> bool:
    """Whether the role's head, its last word before any preposition, names a kind of
    body ("rail operator", "agency for ..."; not "head of the press office")."""
    words = list(itertools.takewhile(lambda w: w not in _HEAD_ENDS, role.casefold().split()))
    return bool(words) and words[-1].strip(".,") in BODY_WORDS


# A model's sentence saying what the actor is ("Rahm Emanuel is a political figure and
# the mayor of Chicago.", "Senator Harry Reid is a Democratic leader."): a description, no
# role (a role is a noun phrase) and nothing the actor did or said.
_DESCRIBES = re.compile(
    r"^(?:\S+\s+){0,5}?(?:(?:is|was|are|were|has been)\s+(?:a|an|the|one)|serves as)\s",
    re.IGNORECASE,
)


def _a_clause(role: str) -> bool:
    """Whether a role holds a clause with its own subject, which says what the actor says
    or is, not a function: "insistent he personally is not a candidate"."""
    return any(w.casefold() in ("he", "she", "they", "we", "i") for w in role.split())


def _names_a_role(role: str, actor: Actor) -> bool:
    """Whether the model's role names a function: not an act ("indicted", "investigated
    additional charges", "attacking the board": what it did is its own column), not a
    sentence describing the actor (``_DESCRIBES``) and not the actor's own name again
    ("committee" for a committee, "speaker" for House Speaker Paul Ryan)."""
    words = role.split()
    if not words or _DESCRIBES.match(role):
        return False
    office = any(w.casefold().strip(".,") in OFFICES for w in words)
    if _an_act(role) or (words[0].casefold().endswith("ed") and not office):
        return False
    if _a_clause(role):
        return False
    return not _words(role) <= _words(actor.name)


# A role opening on a verb's "-ing" or past and its object is an act: "attacking the
# Justice Department", "met with the Obamas" (a "ruling party" or "acting director"
# names a function).
_DOING = re.compile(
    r"^(?P<verb>[a-z]+)\s+(?:the|a|an|his|her|its|their|on|to|for|with|against|into|over)\b"
)


def _an_act(role: str) -> bool:
    found = _DOING.match(role.casefold())
    verb = found["verb"] if found else ""
    return verb.endswith("ing") or past_lemma(verb) is not None


def _stance(
    actor: Actor, kind: str, context: Context, grounding: Grounding, longer: Sequence[str] = ()
) -> tuple[str, str | None]:
    """The model's stance where a sentence of a strong source naming the actor backs it
    (a stale opinion piece's "supports Venezuela" is no stance as of today); for a
    country, its "role" when that is backed instead (see _role)."""
    offered = [actor.stance, actor.role if kind == "country" else ""]
    # One word ("Indicted", "reported") is backed by any sentence using it near the name,
    # a lawyer's "rush to indict" included, and says less than the sources' own words.
    # A stance tells something done or said: "days after the election" tells neither.
    acts = (
        s for s in offered if len(s.split()) > 1 and _tells_an_act(s) and not _DESCRIBES.match(s)
    )
    done = deed(actor, context)
    for said in (s for s in acts if not _anothers_act(s, actor, context.entities)):
        source = _backing(said, actor, context, grounding, strong=True, longer=longer)
        if source:
            # The sources' own words for the same act say it in full, with its quote.
            return done if done and _says_it(said, done[0]) else (said, source)
    # Else what the sources say the actor did or said, in their words.
    return done or ("", None)


def _says_it(stance: str, shown: str) -> bool:
    """Whether code's act opens on the stance's verb and holds most of its words: the same
    act, not another saying of the same actor ("said she would not attend" for the model's
    "said the levy was unlawful")."""
    words = _words(stance)
    need = math.ceil(BACKING_SHARE * len(words))
    return same_act(stance, shown) and len(words & _words(shown)) >= need


# A named subject opening a sentence, and its verb: "The Kelby Star reported …".
_NAMED_SUBJECT = re.compile(
    r"^(?:[Tt]he\s+)?(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+(?P<verb>[a-z]+)\b"
)


def _anothers_act(stance: str, actor: Actor, entities: Entities) -> bool:
    """Whether the model's stance tells what someone else did: it opens on a name (no
    word the articles write in lower case: "The board voted", "Repeatedly denied" open on
    none) that is none of the actor's spellings, its words or its country's ("US" for the
    United States, "Velorian" for Veloria), then a verb ("The Kelby Star reported the
    leak", given as the Orsa Post's stance)."""
    found = _NAMED_SUBJECT.match(stance)
    if found is None or not verb_form(found["verb"]):
        return False
    name = found["name"]
    if name in ("The", "A", "An") or any(entities.is_common_word(w) for w in name.split()):
        return False
    # A part of its own name is its own: "Lind pleaded guilty" for Ivo Lind.
    own = {w for n in spellings(actor) for w in name_key(n).split()}
    countries = {entities.key(n) for n in spellings(actor)}
    return not set(name_key(name).split()) <= own and entities.key(name) not in countries


def _tells_an_act(text: str) -> bool:
    """Whether a lower-case word of the text is a verb's form."""
    return any(verb_form(w) for w in re.findall(r"\b[a-z]+\b", text))


def _own_outlet(actor: Actor, context: Context) -> bool:
    """The outlet of every article naming the actor: a report writing its own name ("in
    an email to HuffPost") names its newsroom, not an actor."""
    sources = [context.sources.get(sid) for sid in actor.source_ids]
    outlets = [s.outlet if s is not None else None for s in sources]
    return bool(outlets) and all(o and name_key(o) == name_key(actor.name) for o in outlets)


def _with(sources: Sequence[str], *more: str | None) -> list[str]:
    """The source ids, with any of ``more`` not among them, sorted."""
    return sorted({*sources, *(m for m in more if m)})


def _in_full(
    actor: Actor, texts: Sequence[str], context: Context, keys: dict[str, set[str]]
) -> Actor:
    """A surname-only person under the one full name the sources give it (``full_name``),
    unless another row (``keys``: each row's name keys) already has that name."""
    found = full_name(actor, texts, context.entities)
    if found is None or any(name_key(found) in k for i, k in keys.items() if i != actor.id):
        return actor
    aliases = sorted({actor.name, *actor.aliases} - {found})
    return actor.model_copy(update={"name": found, "aliases": aliases, "kind": "person"})


def refine_actors(
    actors: Sequence[Actor], context: Context, grounding: Grounding, texts: Sequence[str]
) -> list[Actor]:
    """The actors merged by entity, typed from evidence, role and stance backed or blank."""
    refined = []
    datelines = [fold(d.group()) for t in texts if (d := find_dateline(t))]
    # The agency a dateline credits filed the story; it is no actor unless the text names it.
    undated = [fold(without_dateline(t)) for t in texts]
    merged = merge_entities([without_lower_role(a) for a in actors], context)
    spelled = {a.id: spellings(a) for a in merged}
    keys = {i: {name_key(n) for n in names} for i, names in spelled.items()}
    for actor in merged:
        credit = _named_in(actor, datelines) and not _named_in(actor, undated)
        newsroom = credit or _own_outlet(actor, context)
        if is_description(actor, context) or newsroom or names_no_actor(actor, context):
            continue
        if no_single_actor(actor, merged, context.entities) or written_as_no_actor(
            actor, texts, context.entities
        ):
            continue
        kind, evidence = kind_of([actor.name, *actor.aliases], texts, context.entities)
        # Other actors' names: a spelling of this one may end one of them.
        longer = [n for other, names in spelled.items() if other != actor.id for n in names]
        role, role_source, written = _role(
            actor.model_copy(update={"kind": kind}), context, grounding, longer
        )
        if not kind and written:
            # The sources write an office beside the name ("Ivo Brandt, a spokesman for
            # ..."): its holder is a person. A model's role does not type ("negotiator"
            # for Congress).
            kind, evidence = "person", f"“{role}”"
        # A surname of no kind the sources also write after one given name ("Moss said",
        # "Ida Moss") is that person's (``full_name``); a party's members are no surname
        # ("House Democrats").
        surname = kind == "" and not _group_name(actor.name, context.entities)
        row = _in_full(actor, texts, context, keys) if kind == "person" or surname else actor
        if row != actor and not kind:
            kind, evidence = "person", f"“{row.name}”"
        if row != actor and not role:
            role, role_source, written = _role(row, context, grounding, longer)
        # A place no source has act or speak is where things happen, no actor; the
        # model's "stance" for it ("Amsel is a village") describes, it does not act. So is
        # a building or a school of no kind ("the Orsa Community College campus").
        voiced = speaks_through(row, texts)
        if not kind and not voiced and written_as_place(row, texts):
            continue  # only ever where things happen: "aides on Kessel Hill urged"
        if not kind and written_in_lower_case(row, texts):
            continue  # the model capitalised a phrase: "the Kelby developer"
        where = kind == "place" or (not kind and an_institution(row.name) and not voiced)
        acted = deed(row, context) if where else _stance(row, kind, context, grounding, longer)
        if where and acted is None:
            continue
        said, stance_source = acted or ("", None)
        refined.append(
            row.model_copy(
                update={
                    # An initial ("J" of "Tomas J. Lind") or a bare given name is no
                    # spelling of its name.
                    "aliases": [
                        a
                        for a in row.aliases
                        if not initial(a, [row.name, *row.aliases])
                        and not bare_given_name(a, row.name, person=kind == "person")
                    ],
                    "kind": kind,
                    "kind_evidence": evidence,
                    "role": role,
                    "role_source": role_source,
                    "stance": said,
                    "stance_source": stance_source,
                    # The sources that name it include those its role and deed quote.
                    "source_ids": _with(row.source_ids, role_source, stance_source),
                }
            )
        )
    rows = _one_row_per_name(refined)
    return sorted(rows, key=lambda a: (-len(a.source_ids), -a.mentions, a.name))


def _one_row_per_name(rows: Sequence[Actor]) -> list[Actor]:
    """Rows shown under one name are one row: a surname-only row given its full name
    (``_in_full``) can meet the model's own row of that name. The row with more sources
    and mentions stays, with the other's spellings and sources, and its role or deed
    where it has none."""
    kept: dict[str, Actor] = {}
    for row in sorted(rows, key=lambda a: (-len(a.source_ids), -a.mentions)):
        key = name_key(row.name)
        first = kept.get(key)
        if first is None:
            kept[key] = row
            continue
        role = (first.role, first.role_source) if first.role else (row.role, row.role_source)
        said = (
            (first.stance, first.stance_source) if first.stance else (row.stance, row.stance_source)
        )
        kept[key] = first.model_copy(
            update={
                "aliases": sorted({*first.aliases, *row.aliases} - {first.name}),
                "source_ids": _with(first.source_ids, *row.source_ids),
                "mentions": first.mentions + row.mentions,
                "role": role[0],
                "role_source": role[1],
                "stance": said[0],
                "stance_source": said[1],
            }
        )
    return list(kept.values())
