"""Roles the sources give actors, found in code, and rows that name no actor.

A role is the sources' own words: a title written before the name ("Interim President
Delcy Rodriguez", "Cuban Foreign Minister Bruno Rodríguez Padilla") or an apposition
after it ("Frank Mora, who served as US ambassador to the Organization of American
States,"; "Ines Halloran, the environment minister,"). Either must hold an office word
(``OFFICES``), so "Mr." or "the late" alone is not a role. Of those the sources give, the
fullest title is kept with its source (the first of equals, in source order), else the
fullest apposition.

A row names no actor when every word of its name's head is one the sources also write in
lower case ("Staff", "She", "Cafes" of "Cafes on Anchor Row") and it never speaks or
acts: no sentence has the name followed, within a few words, by a verb of saying or
acting ("the harbour authority said" keeps "Harbour Authority").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from briefing.analysis.actors.kinds import BODY_WORDS, PLACE_SUFFIXES
from briefing.analysis.actors.lower_titles import lower_title_of, set_off_title_of
from briefing.analysis.actors.offices import OFFICES, TITLE_ABBREVIATIONS
from briefing.analysis.text import in_closed_quotation
from briefing.articles import DAYS_AND_MONTHS, Entities, fold
from briefing.merge import TITLE_MODIFIERS, TITLES, Actor

if TYPE_CHECKING:  # the dispute detectors read roles: no import at run time
    from briefing.analysis.disputes.context import Context

# Lower-case last words that make a name an event, not someone who acts.
EVENTS = frozenset(
    """strike strikes crisis raid war election elections protest protests summit talks
    deal meeting hearing flood floods spill collapse attack attacks operation shutdown
    storm fire""".split()
)
# Words that say when, before a day or month opening a sentence ("Late Friday").
_WHEN = frozenset("last late early since during next this until".split())
# Words a title run may open with that belong to the sentence, not the title.
_OPENERS = frozenset(
    "the a an and but as after before when while according said says by with from of to for "
    "in on at like unlike".split()
)
_TITLE_WORD = r"[A-Z][\w’'.-]*"
_ABBREVIATIONS = (*TITLE_ABBREVIATIONS, "[A-Z]")
# An apposition opens with an article, a possessive or "who is/was/served as" ("Frank
# Mora, who served as US ambassador", "Ines Halloran, the environment minister,"); a list
# ("Maduro, Cuban President Miguel Díaz-Canel, and ...") does not, and is no role.
_APPOSITION = (
    r",\s+(?:who\s+(?:is|was|served\s+as|serves\s+as|had\s+been|has\s+been)\s+"
    r"(?:(?:the|a|an|[A-Z][\w.]*['’]s)\s+)?|(?:the|a|an|[A-Z][\w.]*['’]s)\s+)"
    # A period ends the role unless it ends an abbreviation ("spokesman for Mr. Vos").
    r"(?P<role>(?:\b(?:" + "|".join(_ABBREVIATIONS) + r")\.|[^,.;:()“”\"])"
    # The role ends at a comma, a bracket ("for Rep. Ivo Marsh (R-Utah)") or a
    # period that ends no abbreviation: the shortest run would stop inside "Rep.".
    r"{3,90}?)\s*(?:[,;(]|" + "".join(f"(?<!\\b{a})" for a in _ABBREVIATIONS) + r"\.)"
)
ACTS = (
    r"(?:said|says|say|told|tells|announced|announces|ordered|orders|warned|warns|denied|"
    r"denies|admitted|admits|confirmed|confirms|signed|signs|issued|issues|decided|decides|"
    r"asked|asks|called|calls|urged|urges|wrote|writes|posted|added|agreed|refused|"
    r"rejected|accused|claimed|claims|reported|reports|launched|filed|voted|sued)"
)
# Last words that make a name of several words a text, not someone who acts: a law, a
# bill, a treaty ("Affordable Care Act", "Kelby Harbour Bill", "Second Amendment").
DOCUMENTS = frozenset("act bill law amendment treaty accord constitution resolution".split())
# Words between a name and its verb ("the Harbour Authority has said").
_GAP = 3


def spellings(actor: Actor) -> list[str]:
    """The actor's name and aliases, longest first."""
    return sorted({actor.name, *actor.aliases}, key=len, reverse=True)


def _office(words: Iterable[str]) -> bool:
    return any(w.casefold().strip(".,") in OFFICES for w in words)


_JOINERS = ("of", "for")
# A word ending in a period ends a sentence unless it is an abbreviation ("Sen.", "U.S.").
_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,3}|(?:[A-Z]\.)+[A-Z]?)\.$")


def _title(words: list[str]) -> str | None:
    """The title in a run of capitalised words before a name, or None."""
    ends = [n for n, w in enumerate(words) if w.endswith(".") and not _ABBREVIATION.match(w)]
    words = words[ends[-1] + 1 :] if ends else words  # "Friday. Rep." is "Rep."
    # "On Friday Special Counsel Ivo Lind", "Last Friday …": the day is the sentence's,
    # not the title's.
    sentence_words = _OPENERS | DAYS_AND_MONTHS | _WHEN
    while words and (words[0].casefold().strip(",") in sentence_words or words[0][:1].islower()):
        words = words[1:]
    if not words or words[-1] in _JOINERS or any(re.search(r"['’]s$", w) for w in words):
        return None  # "Senator Ida Moss of" Veloria; "President Vos’s" authority
    joined = any(
        words[n + 1] in _JOINERS and _office([w]) for n, w in enumerate(words[:-1])
    )  # "Secretary of State", "Director of National Intelligence"
    return " ".join(words) if _office(words[-1:]) or joined else None


def title_of(text: str, name: str) -> str | None:
    """The capitalised title run written right before the name, sentence words left out;
    "of" and "for" may join its words ("Secretary of State", "National Organization for
    Women President"), so a run does not start inside a longer title."""
    run = rf"(?:{_TITLE_WORD}\s+(?:(?:of|for)\s+(?=[A-Z]))?)"
    for match in re.finditer(rf"({run}{{1,5}}){re.escape(name)}\b", text):
        title = _title(match.group(1).split())
        # "in the sights of a President Lind": who she might be, not who she is.
        if title and not _INDEFINITE.search(text[: match.start()]):
            # "former House Speaker Ivo Marsh", "acting Port Director Ida Moss": the
            # lower-case words are his role's; without them it says he holds the post.
            said = _QUALIFIER.search(text[: match.start()])
            words = said.group(1).split() if said else []
            lead = title.split()[0].casefold()
            kept = [w for w in words if w.casefold().rstrip("-") != lead.rstrip("-")]
            if not kept:
                return title
            return re.sub(r"-\s+", "-", f"{' '.join(kept)} {title}")
    return None


# Words before a title that change what it says of its holder (not holding the post, or
# not for good), one or several ("then-acting", "former acting"). Set on the real corpus
# (docs/calibration.md, roles from titles).
_QUALIFIER = re.compile(
    r"(?<![\w-])((?:(?:then-|ex-)\s*|(?:former|acting|interim|outgoing|incoming|retired)\s+)+)$",
    re.IGNORECASE,
)


def _own_words(words: list[str]) -> list[str]:
    """The words of an apposition before someone else's name in the possessive: "charged
    in Special Counsel Ivo Lind's inquiry" holds his title, not the actor's."""
    owner = next((n for n, w in enumerate(words) if re.search(r"['’]s$", w)), len(words))
    if owner == len(words) or not words[owner][:1].isupper():
        return words  # "the president's top adviser": his adviser is the actor's role
    start = owner
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return words[:start]


def apposition_of(text: str, name: str) -> str | None:
    """The role an apposition after the name gives, when it holds an office word of its
    own."""
    for match in re.finditer(rf"\b{re.escape(name)}{_APPOSITION}", text):
        role = match.group("role").strip()
        words = role.split()
        listed = re.search(r"\b(?:said|and)\b", role)
        if 0 < len(words) <= 12 and _office(_own_words(words)) and not listed:
            return role
    return None


def _name_left(title: str | None, names: Iterable[str]) -> str | None:
    """The title without the actor's given names a shorter spelling leaves after it
    ("Director of Port Security Ivo" before "Lind")."""
    words = title.split() if title else []
    # A spelling holding an office word is the name with its title ("Secretary of State
    # Ivo Lind"): its words are the title's, not the name's.
    own = {w for name in names if not _office(name.split()) for w in name.split()}

    def named(word: str) -> bool:  # a given name, or an initial ("Ivo K." before "Marsh")
        return (word in own or re.fullmatch(r"[A-Z]\.", word) is not None) and not _office([word])

    while words and (words[-1] in _JOINERS or named(words[-1])):
        words.pop()
    return " ".join(words) if words and _office(words) else None


def role_in_sources(actor: Actor, context: Context) -> tuple[str, str] | None:
    """A role the sources give the actor in their own words, and its source."""
    if actor.kind not in ("person", ""):
        return None
    titles: list[tuple[int, str, str]] = []
    lower: list[tuple[int, str, str]] = []
    appositions: list[tuple[int, str, str]] = []
    names = spellings(actor)
    for item in context.all():
        for name in names:
            rank = -len(name.split())
            if name in item.text:
                title = _name_left(title_of(item.text, name), names)
                written = lower_title_of(item.text, name)
                apposition = apposition_of(item.text, name) or set_off_title_of(item.text, name)
                titles += [(rank, title, item.article_id)] if title else []
                lower += [(rank, written, item.article_id)] if written else []
                appositions += [(rank, apposition, item.article_id)] if apposition else []
    # A title says what the actor is now; an apposition may say what they once were, and
    # so may a job written in lower case before the name ("former state senator Ivo
    # Lind"), so the two are weighed together, an apposition first among equals. The
    # spellings of most words first: before a short one ("Lind") the run may hold the
    # rest of the name ("Secretary of State Ana Maria"). Then the fullest role:
    # "Interim President" says more than "President"; of equals, the first source's.
    found = titles or appositions + lower
    if not found:
        return None
    _, role, source = min(found, key=lambda r: (r[0], -len(r[1].split())))
    return role, source


_BEFORE = re.compile(r"([\w’'.-]+)\s+$")
# Capitalised words before a name that say whose side it is on, not part of the name:
# "Democrat Elizabeth Warren", "Republican Ted Cruz".
AFFILIATIONS = frozenset(
    "democrat democrats democratic republican republicans independent gop labour conservative"
    " liberal".split()
)


# Words that end a place's or an institution's name, never a person's: after a title they
# are still part of the name ("Justice Center", "Lincoln Memorial School").
_INSTITUTIONS = frozenset(
    "center centre building plaza museum library school college university institute "
    "stadium arena airport station courthouse prison jail hospital".split()
)


def an_institution(name: str) -> bool:
    """Whether a name is a building's or an institution's ("Justice Center", "Orsa
    Community College–Kelby Valley")."""
    return any(fold(w) in _INSTITUTIONS for w in re.split(r"[\s–—-]+", name))


# How an institution speaks, by its people or its findings: "a Kelby Medical Center
# spokesman said", "according to the Orsa Policy Center", "the Orsa Policy Center found".
_VOICES = (
    r"spokes(?:man|woman|person)|officials?|representatives?|researchers?|report|study"
    r"|said|says|found|finds|announced|reported|warned|estimated|estimates"
)


def speaks_through(actor: Actor, texts: Iterable[str]) -> bool:
    """Whether the texts give the actor a voice through its people or its findings."""
    names = "|".join(re.escape(n) for n in spellings(actor))
    voiced = re.compile(
        rf"\b(?:{names})(?:[’']s)?\s+(?:{_VOICES})\b|\baccording to (?:the |an? )?(?:{names})\b"
    )
    return any(voiced.search(t) for t in texts)


def tail_of_name(text: str, start: int, *, body: bool = False) -> bool:
    """Whether the name at ``start`` ends a longer one: after a capitalised word that does
    not open a sentence, or after "of" ("the Board of Works confirmed" is the board
    acting, not "Staff"). A title before a person's name is not part of it; before a
    body's name (``body``) it is ("Foreign" of "the Coastal Foreign Trade Committee")."""
    before = _BEFORE.search(text[max(0, start - 40) : start])
    if before is None:
        return False
    word = before.group(1)
    if word == "of":
        return True
    folded = word.casefold().strip(".")
    # A title names a person only: "Justice" of "the Justice Center" is part of its name.
    after = re.match(r"\s*([\w’'-]+)", text[start:])
    building = after is not None and fold(after.group(1)) in _INSTITUTIONS
    titles = frozenset() if body or building else (OFFICES | TITLES) - TITLE_MODIFIERS
    if not word[:1].isupper() or folded in _OPENERS | titles | AFFILIATIONS:
        return False  # "President Trump announced": a title, not a longer name
    opens = re.search(r"(^|[.!?:]\s*[\"“‘]?)\s*$", text[: start - len(before.group(0))])
    return opens is None  # a capitalised word opening the sentence ("Lawyer Ida Moss")


def _acts(actor: Actor, context: Context) -> bool:
    patterns = [
        re.compile(rf"\b{re.escape(name)}\b(?:\s+[\w’'-]+){{0,{_GAP}}}?\s+{ACTS}\b", re.I)
        for name in spellings(actor)
    ]
    return any(
        not tail_of_name(item.text, m.start())
        for item in context.all()
        for p in patterns
        for m in p.finditer(item.text)
    )


def _heading_at(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a heading in title case, where every word is
    capitalised and capitals say nothing of names ("Mayor Appoints Old Friend to ...")."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    long = [w for w in words if len(w) > 3]
    return len(words) >= 3 and not line.endswith(".") and all(w[:1].isupper() for w in long)


def _head_of_name(text: str, end: int, *, titles: bool = True) -> bool:
    """Whether a capitalised word follows in the same sentence ("George" of "George W.
    Bush"); a day or month does not ("Trump Friday declared"), nor, unless ``titles``, a
    title, office or party word ("Veloria CEO", "Kelby Republicans")."""
    after = re.match(r"[ \t]+([A-Z][\w’'-]*)", text[end:])
    if after is None or fold(after.group(1)) in DAYS_AND_MONTHS:
        return False
    word = fold(after.group(1).strip("."))
    named = word in TITLES or word in OFFICES or word in AFFILIATIONS or after.group(1).isupper()
    return titles or not named


# What may stand right before a name without making it part of a longer one: "of" ("the
# husband of Vera Ostrova"), a line's start, a weekday or month ("On Monday Ida Moss"),
# a possessive ("Harbour Trust's Ida Moss").
_OPENS_NAME = re.compile(rf"(?:\bof|\n|[’']s|\b(?i:{'|'.join(sorted(DAYS_AND_MONTHS))}))\s*$")


# A word ending a sentence before the name ("... Watch Hall. WHO warned"): two lower-case
# letters before the stop tell it from an abbreviation ("Mr.", "U.S.").
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"”’]?\s+$")


# A capitalised word and "of" before a name make it the end of a longer one ("Our Lady of
# Serena", "Board of Works"), unless the word is a title ("the President of Maravia").
_CAPITAL_OF = re.compile(r"\b([A-Z][\w’'-]*)\s+of\s+$")


def _name_of(before: str) -> bool:
    """Whether a one-word name follows "<Capitalised word> of" that opens no sentence
    ("Critics of Moss say" is about Moss) and is no title."""
    found = _CAPITAL_OF.search(before)
    if found is None or found.group(1).casefold() in OFFICES | TITLES:
        return False
    opening = before[: found.start(1)].rstrip()
    return bool(opening) and opening[-1] not in ".!?\n“\"‘'(:—"


def _piece(text: str, match: re.Match[str], one_word: bool) -> bool:
    """Whether this mention of a name is a piece of a longer name or a heading's words."""
    at = match.start()
    if _heading_at(text, at):
        return True
    before = text[max(0, at - 12) : at]
    if one_word and _name_of(text[max(0, at - 40) : at]):
        return True  # "Serena" of "Our Lady of Serena"
    if _OPENS_NAME.search(before) or _SENTENCE_END.search(before):
        # "Richard" of "Richard M. Nixon" opening a sentence; not "Senate" of "Senate
        # Republicans", nor "Veloria" of "Veloria CEO Ada Moss".
        body = fold(match.group()) in BODY_WORDS
        return one_word and not body and _head_of_name(text, match.end(), titles=False)
    body = fold(match.group().split()[-1]) in BODY_WORDS
    return tail_of_name(text, at, body=body) or (one_word and _head_of_name(text, match.end()))


def written_as_no_actor(actor: Actor, texts: Iterable[str], entities: Entities) -> bool:
    """Whether every place the texts write the row's name shows it is no actor, its
    mentions read once for all three readings:

    - a piece of another name or a heading's capitals: only the tail of a longer name
      ("Old Friend" of "Mayor Appoints Old Friend"), a one-word name only the head of one
      ("George" of "George W. Bush"), or in headings in title case;
    - only inside closed quotations (a party nickname in a post a report quotes):
      someone's words about it, not a report of what it did or said;
    - a one-word name only after "a" or "an" ("Lind, who is a Quaker"), or any name only
      after "a" or "an" and a word, before a comma ("A former Marine in the Gulf, Lind
      ..."): what someone is.

    A country or nation is a name and an actor wherever written."""
    if _a_nation(actor, entities):
        return False
    mentions = _mentions(actor, texts)
    if not mentions:
        return False
    one_word = len(actor.name.split()) == 1 and not actor.aliases
    return (
        all(_piece(t, m, one_word) for t, m in mentions)
        or all(in_closed_quotation(t, m.start()) for t, m in mentions)
        or (one_word and all(_INDEFINITE.search(t[: m.start()]) for t, m in mentions))
        or all(_described(t, m) for t, m in mentions)
    )


# Where a name stands when it names a place: after a move to it ("a trip to Veloria",
# "flew to Veloria") or before the trip it names ("the governor's Veloria trip"), or after
# "in", "on" or "at" when its last word names a place ("aides on Kessel Hill"):
# "called on Kelby Moss" and "shares in Veloria" are no places.
_MOVED_TO = re.compile(
    r"\b(?:trips?|travel\w*|flew|flight|visits?|visited|returned|went|headed|tour)"
    r" to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AT = re.compile(r"\b(?:in|on|at)\s+(?:the\s+)?$", re.IGNORECASE)
_TRIP = re.compile(r"\s+(?:trip|visit|tour|journey|swing)\b")
_PLACE_WORDS = PLACE_SUFFIXES | {"hill", "heights", "avenue", "plaza"}


def written_as_place(actor: Actor, texts: Iterable[str]) -> bool:
    """Whether the texts write the row's name only where a place stands (``_MOVED_TO``,
    ``_TRIP``, ``_AT``): for a row of no kind, a place."""
    words = actor.name.split()
    if not words or any(fold(w) in BODY_WORDS for w in words):
        return False  # "appeared on Fox News Channel": a body
    named_place = fold(words[-1]) in _PLACE_WORDS
    mentions = _mentions(actor, texts)

    def placed(text: str, found: re.Match[str]) -> bool:
        before = text[max(0, found.start() - 30) : found.start()]
        at = named_place and _AT.search(before)
        return bool(_MOVED_TO.search(before) or _TRIP.match(text, found.end()) or at)

    return bool(mentions) and all(placed(t, m) for t, m in mentions)


def written_in_lower_case(actor: Actor, texts: Sequence[str]) -> bool:
    """Whether the texts write none of the row's spellings as capitalised, only in lower
    case: a model's "New York Developer" for "the New York developer", "Republican
    Presidential Primary" for "the Republican presidential primary", is a phrase."""
    if _mentions(actor, texts):
        return False
    patterns = [rf"(?<![\w’'-]){re.escape(n)}(?![\w-])" for n in spellings(actor)]
    return any(re.search(p, t, re.IGNORECASE) for t in texts for p in patterns)


def _mentions(actor: Actor, texts: Iterable[str]) -> list[tuple[str, re.Match[str]]]:
    """Each place the texts write one of the row's spellings."""
    # A possessive is a mention too ("Hamas's leaders").
    patterns = [rf"(?<![\w’'-]){re.escape(n)}(?![\w-]|[’'](?!s\b))" for n in spellings(actor)]
    return [(t, m) for t in texts for p in patterns for m in re.finditer(p, t)]


def _a_nation(actor: Actor, entities: Entities) -> bool:
    """A country, capital or nation: a name wherever written."""
    nation = (entities.names_country, entities.is_capital, entities.names_nation)
    return any(known(s) for s in spellings(actor) for known in nation)


# The indefinite article before a one-word name: what someone is, not who acts.
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# The same with a word between ("a former Marine"), before a name a comma ends, a fronted
# description: "A former Marine in the Gulf, Lind ..."; "a Harbour Authority spokesman"
# names the authority, and "handed victory to a jubilant Ivo Lind." names Lind.
_DESCRIBING = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_PHRASE_END = re.compile(r"\s*,")


def _described(text: str, mention: re.Match[str]) -> bool:
    return bool(_DESCRIBING.search(text[: mention.start()])) and bool(
        _PHRASE_END.match(text, mention.end())
    )


def _generic_plural(actor: Actor, context: Context) -> bool:
    """One common word in the plural ("People", "Officials"): whoever it stands for, it
    names no one, even when the sentence has it speak ("People said ...")."""
    words = actor.name.split()
    if len(words) != 1 or not context.entities.is_common_word(words[0]):
        return False
    folded = fold(words[0])
    plural = folded == "people" or (folded.endswith("s") and not folded.endswith("ss"))
    return plural and folded not in BODY_WORDS


# Abbreviated titles written before a name.
_CUT_TITLES = frozenset("Gov Sen Rep Gen Lt Col Sgt Capt Adm Cmdr Maj Gens Sens Reps".split())


# A name after the row's words: not a day, a month or a generational suffix ("Tom Bishop
# Sunday urged", "Tom Bishop Jr. said").
_NAME_AFTER = re.compile(rf"[ \t]+(?!(?i:{'|'.join(sorted(DAYS_AND_MONTHS))}|Jr|Sr)\b)[A-Z][a-z]")


def _only_before_names(actor: Actor, context: Context) -> bool:
    """Whether every place the sources write the row's name, a capitalised word follows."""
    mentions = _mentions(actor, context.texts.values())
    return bool(mentions) and all(_NAME_AFTER.match(t, m.end()) for t, m in mentions)


def _an_event(actor: Actor, last: str, context: Context) -> bool:
    """Whether the row's last word is an event's ("rail strike"); capitalised only where
    the sources write the name after "the" ("the Vietnam War"), as no one's name is:
    "Ida Storm, a lawyer" and "according to Cal Fire" stay."""
    if last in EVENTS:
        return True
    if fold(last) not in EVENTS:
        return False
    return any(
        re.search(r"\bthe\s+$", t[max(0, m.start() - 5) : m.start()], re.IGNORECASE)
        for t, m in _mentions(actor, context.texts.values())
    )


def names_no_actor(actor: Actor, context: Context) -> bool:
    """Whether the row's name is common words, or an event ("Maravia rail strike"), that
    never speaks or acts, or a text (``DOCUMENTS``)."""
    entities = context.entities
    if any(entities.names_country(s) or entities.is_capital(s) for s in spellings(actor)):
        return False
    last = actor.name.split()[-1] if actor.name.split() else ""
    if (_an_event(actor, last, context) and not _acts(actor, context)) or _generic_plural(
        actor, context
    ):
        return True
    # A text says nothing itself: those who wrote or passed it do. A person ("Ida Law")
    # or a firm that speaks ("Kelby Law said") is another matter.
    document = len(actor.name.split()) > 1 and fold(last) in DOCUMENTS
    if document and actor.kind != "person" and not _acts(actor, context):
        return True
    # "Kelby Gov" is what a reader left of "Former Kelby Gov. Ivo Lind": a title cut
    # from the name it stood before.
    if len(actor.name.split()) > 1 and last.rstrip(".") in _CUT_TITLES:
        return True
    # "Orsa Gazette Editor" of "Orsa Gazette Editor Ida Moss": an office ending a row
    # written only right before a name is that person's title.
    if len(actor.name.split()) > 1 and fold(last) in OFFICES and _only_before_names(actor, context):
        return True
    # The head of "Cafes on Anchor Row" is "Cafes": a place after it does not name anyone.
    head = re.split(r"\s+(?:in|on|of|at|from|for)\s+", actor.name, maxsplit=1)[0]
    words = [w for w in re.findall(r"[^\W\d_]+", head) if fold(w) not in _OPENERS]
    common = bool(words) and all(entities.is_common_word(w) for w in words)
    return common and not _acts(actor, context)
