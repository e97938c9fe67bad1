"""What kind of actor a name is, from evidence in the sources: a cue written next to the
name, or the name itself. Without evidence the kind stays blank: the model's guess is
not shown ("a ship listed as an organisation, a district as a country").

The rules, first match wins: a country (the name is one); a government (a capital or a
seat of government used as an actor: "Washington", "the Pentagon"); a place (a US
state); a country (a name the sources form a demonym from: "Maravian"); a vessel ("the
tanker Aurora Bay", "MV Sea Star", "Aurora Bay (IMO 9412378)"); an organisation
introduced as one ("the environmental group Blue Coast Maravia"); an armed force, a
government body, an organisation or a place by the name's last word ("Forces",
"Ministry", "Authority", "Bay"; "Bank" is a place when written after "on", "off",
"near" ...); an organisation by acronym ("CIA"); a place ("the Kelby district", "port of
Port Ilsen", "the mayor of Orsa"); a person (a title before the name: "Captain",
"Minister", "Mayor", "Ms." ...; a name of two or three words that speaks: "said Frank
Mora"; a middle initial; "Jr." or "Sr." after the name); last, a place written
before a US state ("Newtown, Conn.", "Kelby, Ohio"), after the person cues so that
"Senator Ida Moss, Ind." stays a person; and when no cue is written, a name of two or
three words opening on a given name (the nicknames dataset: "Jeff Flake") with no word
of a place, a body or the articles' lower-case words is a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from briefing.analysis.actors.offices import TITLE_ABBREVIATIONS
from briefing.articles import Entities, fold
from briefing.merge import LEGISLATURE, TITLE_MODIFIERS, TITLES, is_given_name

Kind = tuple[str, str]
VESSEL_WORDS = (
    "tanker ship vessel freighter ferry frigate destroyer carrier boat yacht cruiser "
    "submarine trawler containership mv ms ss hms uss m/v"
).split()
ARMED_WORDS = frozenset(
    "forces army navy militia guard troops marines brigade personnel soldiers combatants".split()
)
GOVERNMENT_WORDS = frozenset(
    "government administration ministry pentagon kremlin cabinet parliament presidency "
    "assembly legislature".split()
)
ORGANISATION_WORDS = frozenset(
    "authority agency hospital association company corporation group council party "
    "committee commission institute foundation university maritime shipping service "
    "services office department court press news times post herald review weekly daily "
    "tribune journal gazette chronicle inquirer examiner courier archives "
    "reuters inc ltd corp cross union federation coalition alliance league network conference"
    " caucus".split()
)
# Words naming a kind of body: a role an organisation or government may have.
BODY_WORDS = (
    ARMED_WORDS
    | GOVERNMENT_WORDS
    | ORGANISATION_WORDS
    | frozenset(
        "operator regulator site outlet broadcaster newspaper paper insurer owner "
        "manufacturer carrier lender bank firm body watchdog charity publisher".split()
    )
)
PLACE_SUFFIXES = frozenset(
    "bay river strait coast island islands district province region county harbour harbor "
    "port marshes valley bridge square street road canal lake sea gulf garden park".split()
)
PLACE_NOUNS = "district|province|region|county|city|town|village|port|harbour|harbor|island|state"
# A US state as American reporting writes it after a town ("Newtown, Conn.", "Kelby,
# Ohio"): the name before it is a place. AP style abbreviates all but eight states.
US_STATES = (
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va"
    r"|Wash|W\.\s?Va|Wis|Wyo|D\.C)\."
    r"|(?:Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)\b"
)
SPEECH = "said|says|told|warned|announced|declared|denied|admitted|confirmed|added|noted"
# Words that introduce an organisation's name: "the environmental group Blue Coast Maravia".
APPOSITIVES = "group|company|firm|organisation|organization|charity|union|operator|agency|network"
# A title that only qualifies another types no one: "Foreign Affairs" is a committee's.
_HEADS = (t for t in TITLES - TITLE_MODIFIERS if len(t) > 2 and t != "the")
_TITLES = "|".join(sorted(_HEADS, key=len, reverse=True))
_QUALIFIERS = "|".join(sorted(TITLE_MODIFIERS, key=len, reverse=True))


def _cue(spelling: str) -> str:
    return re.escape(spelling).replace(r"\ ", r"\s+")


def _written(pattern: str, texts: Iterable[str]) -> str | None:
    for text in texts:
        found = re.search(pattern, text)
        if found:
            return " ".join(found.group().split())
    return None


def _country(names: Sequence[str], entities: Entities) -> Kind | None:
    country = next((s for s in names if entities.names_country(s)), None)
    return ("country", f"{country} is a country") if country else None


def _state_or_nation(names: Sequence[str], entities: Entities) -> Kind | None:
    """A row named after a state of the United States is a place; one named after what
    the sources form a demonym from ("Maravian") is a nation. The row's name only: a
    model gives "Maravian Railways" the spelling "Maravia" too."""
    name = names[0] if names else ""
    if entities.names_state(name):
        return "place", f"{name} is a US state"
    demonym = entities.names_nation(name)
    return ("country", f"the sources write “{demonym}”") if demonym else None


# What a capital's name may go before and still stand for its government.
_SEAT_WORDS = frozenset("officials authorities government administration regime".split())


def _shortens(spelling: str, name: str) -> bool:
    rest = name[len(spelling) :].split() if name.startswith(f"{spelling} ") else []
    return bool(rest) and not {w.casefold() for w in rest} <= _SEAT_WORDS


def _seat(names: Sequence[str], entities: Entities) -> Kind | None:
    """A row one of whose spellings is a capital ("Washington") stands for its country's
    government; not a spelling that only shortens the row's name ("Georgetown" of
    "Georgetown University")."""
    name = re.sub(r"^[Tt]he\s+", "", names[0]) if names else ""
    seats = (s for s in names if s == name or not _shortens(s, name))
    seat = next((s for s in seats if entities.is_country(entities.key(s))), None)
    return ("government", f"{seat} stands for {entities.key(seat).title()}") if seat else None


def _by_cue(
    kind: str, pattern: Callable[[str], str]
) -> Callable[[str, Sequence[str]], Kind | None]:
    def rule(name: str, texts: Sequence[str]) -> Kind | None:
        cue = _written(pattern(_cue(name)), texts)
        return (kind, f"“{cue}”") if cue else None

    return rule


def _by_name(name: str, texts: Sequence[str]) -> Kind | None:
    if LEGISLATURE.fullmatch(fold(name)):
        return "government", f"“{name}”"
    last = fold(name).split()[-1] if fold(name) else ""
    # A newspaper's joined name is read by its parts: "Union-Tribune", "Press-Enterprise".
    parts = {last, *fold(name.rsplit(maxsplit=1)[-1]).split()} if name.split() else {last}
    kind = next(
        (
            k
            for k, words in (
                ("armed force", ARMED_WORDS),
                ("government", GOVERNMENT_WORDS),
                ("organisation", ORGANISATION_WORDS),
                ("place", PLACE_SUFFIXES),
            )
            if parts & words
        ),
        None,
    )
    if kind:
        return kind, f"“{name}”"
    if last == "bank":
        on = _written(
            rf"(?i:\b(?:on|onto|off|near|at|outside|over|around)\s+the\s+){_cue(name)}\b", texts
        )
        return ("place", f"“{on}”") if on else ("organisation", f"“{name}”")
    acronym = re.fullmatch(r"[A-Z]{3,6}|(?:[A-Z]\.){3,6}", name)
    if acronym:
        return "organisation", f"{name} is an acronym"
    # A web address as a name ("MoveOn.org") is a site's or a group's, never a person's.
    web = _WEB_NAME.fullmatch(name)
    return ("organisation", f"{name} is a web address") if web else None


_WEB_NAME = re.compile(r"[A-Z][\w-]*\.(?:org|com|net)")
# The lower-case words a person's name may hold ("Kevin de León", "Ludwig van Dam").
_NAME_PARTICLES = frozenset(
    "de del della da do dos das di du van von der den ter ten zu la le al el bin ibn ben bint"
    " af".split()
)
# A particle joined to the name it opens ("al-Lind", "d'Orsa").
_JOINED_PARTICLE = re.compile(r"[a-z]{1,4}[-’'][A-Z]")


def _name_word(word: str) -> bool:
    """A word a person's name may hold: capitalised, a particle, or one joined to a name."""
    return word[:1].isupper() or word in _NAME_PARTICLES or bool(_JOINED_PARTICLE.match(word))


def _speaker(name: str, texts: Sequence[str]) -> Kind | None:
    words = name.split()
    # "said Democracy for America": a lower-case word that is no name particle makes it a
    # body's name.
    if not 2 <= len(words) <= 3 or not all(_name_word(w) for w in words):
        return None
    # "Senator Moss of North Vell said": the place is not who spoke; nor is "the Kelby
    # Archive Trust" in "a lawyer at the Kelby Archive Trust, told": no one is "the", nor
    # the firm in "a tax lawyer at Kessel Traurig, said".
    after_place = (
        r"(?<!\bof\s)(?<!\bfrom\s)(?<!\bin\s)(?<!\bthe\s)(?<!\bThe\s)(?<!\bat\s)"
        r"(?<!\bfor\s)(?<!\bwith\s)"
    )
    # "said Kelby Rights Campaign President Ida Moss": the body only qualifies her title.
    cue = _written(
        rf"\b(?:{SPEECH})\s+{_cue(name)}\b(?!\s+[A-Z])"
        rf"|{after_place}\b{_cue(name)},?\s+(?:{SPEECH})\b",
        texts,
    )
    return ("person", f"“{cue}”") if cue else None


def _by_surname(name: str, texts: Sequence[str]) -> Kind | None:
    """A name of two or three capitalised words whose last word the sources write after
    an honorific ("Mr. Cruz" for "Ted Cruz"): reporting that names someone in full once
    writes the honorific and surname after. Titles do not count ("Gen. Martin" says
    nothing of "Lockheed Martin"), nor the name itself, nor a body's last word."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    if fold(words[-1]) in BODY_WORDS:
        return None
    pattern = rf"\b(?:Mr|Mrs|Ms|Dr)\.\s+{_cue(words[-1])}\b"
    cue = _written(pattern, [re.sub(_cue(name), " ", t) for t in texts])
    return ("person", f"“{cue}”") if cue else None


# Words that end a group's or a force's name ("Alabama Republicans, who …", "the Kelby
# Highway Patrol, who …"): "who" is said of groups of people too.
_GROUPS = frozenset(
    "republicans democrats conservatives liberals independents members officials lawmakers"
    " leaders voters residents workers supporters critics patrol".split()
)


def _by_who(name: str, texts: Sequence[str]) -> Kind | None:
    """A name of two or three capitalised words with ", who" after it ("Ida Moss, who was
    14 then, said"): "who" is said of a person, "which" of a body. A body's last word or
    a group's plural types nothing here."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    if fold(words[-1]) in BODY_WORDS | _GROUPS:
        return None
    # Not a place or body the person is of ("Senator Lind of Kelby County, who"), nor
    # "the …" (a body: "the Kelby Harbour Patrol, who").
    after = r"(?<!\bof\s)(?<!\bfrom\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bthe\s)(?<!\bThe\s)"
    cue = _written(rf"{after}\b{_cue(name)},\s+who\b", texts)
    return ("person", f"“{cue}”") if cue else None


# A given name, a middle initial and a surname: "Tomas R. Lind", "Élodie V. Brandt", with
# a generation after it if any ("Tomas R. Lind III", "Ivo K. Brandt Jr.").
_MIDDLE_INITIAL = re.compile(
    r"[^\W\d_][\w’'-]+\s+[A-Z]\.\s+[^\W\d_][\w’'-]+(?:,?\s+(?:(?:Jr|Sr)\.?|II|III|IV|V)(?!\w))?"
)


def _by_initial(name: str, _texts: Sequence[str]) -> Kind | None:
    """A name written with a middle initial is a person's (a body's last word has typed it
    already: "Michael J. Fox Foundation")."""
    capitalised = all(w[:1].isupper() for w in name.split())
    if capitalised and _MIDDLE_INITIAL.fullmatch(name):
        return "person", f"“{name}”: a middle initial"
    return None


# A title's period is an abbreviation's ("Gov. Jan Brewer", "SEN.", "Capt."). After a whole
# word it ends a sentence: "she was the board's speaker. Tidewell, the cafe she ran, ..."
# names no speaker Tidewell, nor "thanked the King. The Orsa Trust" a king.
_ABBREVIATIONS = frozenset(a.casefold() for a in TITLE_ABBREVIATIONS)


def _by_title(name: str, texts: Sequence[str]) -> Kind | None:
    """A person: a title written before the name ("Minister", "Captain", "Gov.")."""
    pattern = re.compile(
        rf"(?i:\b(?:(?:{_QUALIFIERS})\s+)*(?P<title>(?:{_TITLES})\.?))\s+"
        rf"(?:[A-Z][\w’'-]+\s+){{0,2}}{_cue(name)}\b"
    )
    for text in texts:
        for found in pattern.finditer(text):
            title = found["title"]
            if not title.endswith(".") or fold(title[:-1]) in _ABBREVIATIONS:
                return "person", f"“{' '.join(found.group().split())}”"
    return None


# "Jr." and "Sr." end a person's name ("Donald Trump Jr."); a numeral also ends a war's,
# a fund's or a ship's ("World War III", "Kelby Capital Fund IV").
_SUFFIXED = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+(?:(?:de|da|del|di|van|von|al|bin|la|le)\s+)?)+[A-Z][\w’'-]+"
    r"(?:,\s+(?:Jr|Sr)\.?|\s+(?:Jr|Sr)\.)"
)


def _by_suffix(name: str, _texts: Sequence[str]) -> Kind | None:
    """A name of capitalised words ending in "Jr." or "Sr." is a person's."""
    if _SUFFIXED.fullmatch(name.strip()):
        return "person", f"“{name.strip()}”: a generational suffix"
    return None


_RULES: tuple[Callable[[str, Sequence[str]], Kind | None], ...] = (
    _by_cue(
        "vessel",
        lambda n: rf"(?i:\b(?:{'|'.join(VESSEL_WORDS)})\s+(?:the\s+)?){n}\b|{n}\s*\((?:IMO|MMSI)",
    ),
    _by_cue("organisation", lambda n: rf"(?i:\b(?:{APPOSITIVES})\s+){n}\b"),
    _by_name,
    # A capitalised "The" inside a sentence opens a publication's or a body's name
    # ("according to The Kessel Ledger", "told The Orsa"): no person is written so. The
    # whole name: "Port Orsa" of "The Port Orsa Ledger-Herald" is not it.
    _by_cue("organisation", lambda n: rf"(?<=[a-z,] )The\s+{n}(?![\w-]|\s+[A-Z])"),
    _by_cue(
        "place",
        lambda n: rf"(?i:\b(?:{PLACE_NOUNS}|mayor)\s+of\s+){n}\b|{n}\s+(?i:{PLACE_NOUNS})\b",
    ),
    _by_title,
    # An honorific with its period, as written ("Ms. Lauten"); without the period "MS"
    # opens a ship's name.
    _by_cue("person", lambda n: rf"\b(?:Mr|Mrs|Ms|Dr)\.\s+(?:[A-Z][\w’'-]+\s+){{0,2}}{n}\b"),
    # A party and state set after a name ("Ida Moss (D-Va.)", "Ivo Lind, R-Utah,"): only
    # a lawmaker or a candidate is written so.
    _by_cue(
        "person", lambda n: rf"\b{n}(?:\s+\(|,\s+)[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]*)?[),]"
    ),
    _speaker,
    _by_who,
    _by_surname,
    _by_initial,
    _by_suffix,
    # After the person cues: "Senator Ida Moss, Ind." names a person and her state.
    _by_cue("place", lambda n: rf"\b{n},\s+(?:{US_STATES})"),
)


# Words that make a name a body's, a place's or a thing's whatever its first word.
_NOT_PERSONAL = (
    ARMED_WORDS
    | GOVERNMENT_WORDS
    | ORGANISATION_WORDS
    | PLACE_SUFFIXES
    | frozenset(VESSEL_WORDS)
    | frozenset(
        """hill hills heights falls springs beach point hole hook house hall opera
        democrats republicans socialists conservatives liberals greens""".split()
    )
)


def _by_given_name(names: Sequence[str], entities: Entities) -> Kind | None:
    """A name of two or three capitalised words opening on a given name (the nicknames
    dataset: "Jeff Flake", "Kristen Lind"), none of them a place's, a body's or a word
    the articles write in lower case ("George Will", "Washington Metrorail"): a person.
    The last rule, for rows no cue in the sources types."""
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        if not is_given_name(words[0].casefold()):
            continue
        if any(
            fold(w) in _NOT_PERSONAL
            or entities.is_common_word(w)
            or entities.names_country(w)
            or entities.names_state(w)
            or entities.is_capital(w)
            for w in words
        ):
            continue
        return "person", f"“{name}”: a given name"
    return None


# A name's word as written: "Flake", "McCain", "O'Rourke", "Smith-Jones".
_NAME_WORD = re.compile(r"(?:[A-Z][a-z]*[’']?)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def kind_of(spellings: Sequence[str], texts: Sequence[str], entities: Entities) -> Kind:
    """The kind of the actor written ``spellings``, and the evidence ("" when none)."""
    names = [s for s in spellings if s.strip()]
    found = _country(names, entities) or _seat(names, entities) or _state_or_nation(names, entities)
    if found:
        return found
    # Every cue holds the name's words as written, so only texts holding them are searched.
    holding = {n: [t for t in texts if all(w in t for w in n.split())] for n in names}
    for rule in _RULES:
        for name in names:
            if len(fold(name).split()) > 4:
                continue
            found = rule(name, holding[name])
            if found:
                return found
    return _by_given_name(names, entities) or ("", "")
