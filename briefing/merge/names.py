"""Name keys for matching actors: accents, titles, punctuation and case removed."""

from __future__ import annotations

import re

from briefing.articles import strip_accents

TITLES = frozenset(
    [
        "president",
        "vice",
        "interim",
        "acting",
        "former",
        "late",
        "deposed",
        "minister",
        "defense",
        "defence",
        "interior",
        "justice",
        "foreign",
        "secretary",
        "general",
        "gen",
        "mr",
        "mrs",
        "ms",
        "dr",
        "senator",
        "ambassador",
        "leader",
        "hard-line",
        "hardline",
        "commander",
        "chief",
        "prime",
        "deputy",
        "the",
        "captain",
        "capt",
        "admiral",
        "rear",
        "lieutenant",
        "lt",
        "colonel",
        "col",
        "major",
        "sergeant",
        "sgt",
        "brigadier",
        "marshal",
        "commodore",
        "mayor",
        "governor",
        "gov",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "judge",
        "professor",
        "prof",
        "rev",
        "reverend",
        "bishop",
        "pope",
        # Clergy, as reports write them before a name ("said Father Tom Reese").
        "father",
        "archbishop",
        "monsignor",
        "pastor",
        "rabbi",
        "imam",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        # "Senate President Pro Tem Ida Moss": "Pro Tem" is her title's, not her name's
        "pro",
        "tem",
        "tempore",
        "director",
        "harbour",
        "harbor",
        "master",
        "fire",
        "police",
        "inspector",
        "superintendent",
        "sheriff",
        "councillor",
        "councilor",
        "opposition",
        "chief",
        # US legislators, as American reporting writes them before a name.
        "rep",
        "sen",
        # "Sens. Ida Moss and Ivo Lind": the plural before the first of two names.
        "reps",
        "sens",
        "representative",
        "congressman",
        "congresswoman",
        "speaker",
        "attorney",
        # Offices American reporting writes as a title before a name ("Special Counsel
        # Ivo Lind", "House Majority Whip Ida Moss", "County Prosecutor Kessel"): what
        # stands before the last of them is the title's too. (Those of WEAK_TITLES only
        # before a full name.)
        "counsel",
        "prosecutor",
        "whip",
        "chair",
        "officer",
        "agent",
        "adviser",
        "advisor",
        "commissioner",
        "councilman",
        "councilwoman",
        "treasurer",
        "auditor",
        "comptroller",
        "trooper",
        "detective",
    ]
)
# Words before a name that say nothing of what its bearer holds ("Mr. Lind").
COURTESIES = frozenset({"mr", "mrs", "ms", "miss", "dr", "the"})
# Title words that only qualify another ("Foreign Minister", "Vice President"): before a
# name on their own they are part of a body's name ("the Kelby Foreign Affairs panel"),
# never someone's title.
TITLE_MODIFIERS = frozenset(
    "vice interim acting former late deposed defense defence interior foreign hard-line "
    "hardline prime rear".split()
)
# Title words that are also common words in the names of things ("Agent Orange",
# "Detective Comics", "Whip Inflation Now"): a title only before a name of two words or
# more ("FBI Agent Ivo Lind").
WEAK_TITLES = frozenset(
    "agent officer detective chair whip trooper counsel adviser advisor auditor comptroller "
    "treasurer commissioner".split()
)
# A generational suffix is no one's name or surname: "Jr" is what a title run would leave
# of "Martin Luther King Jr", and it links Jesse Jackson Jr. to nobody.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A legislature named as such: "Congress", "the U.S. Senate", "the House" (not "Indian
# National Congress", a party, nor "Congress of Racial Equality", nor "White House").
LEGISLATURE = re.compile(
    r"(?:the\s+)?(?:(?:u\.?\s?s\.?|us|united states|state)\s+)?"
    r"(?:congress|senate|legislature|house(?:\s+of\s+representatives)?)"
)


def not_the_chamber(word: str, longer: str) -> bool:
    """Whether "House" alone and a longer name ending in it name two bodies: the chamber
    and "the White House" (or "Random House"), not "the U.S. House". Other chambers'
    longer names are the chamber ("Texas Senate", "European Parliament")."""
    return word == "house" and LEGISLATURE.fullmatch(longer.casefold()) is None


# A title run ("Transport Minister", "Rear Admiral") is at most this many words long.
_TITLE_REACH = 4


# Words that end an organisation's name: "Kelby General Hospital" keeps its "General".
ORGANISATION_WORDS = frozenset(
    "authority ministry agency hospital association company corporation group council party "
    "bank committee commission institute foundation university maritime shipping service "
    "services office department court police army navy forces guard press news times post "
    "herald review weekly daily".split()
)
_BREAKERS = frozenset({"of", "for", "to", "in", "on", "at", "from"})


def _strip_titles(words: list[str], folded: list[str], *, cased: bool = True) -> list[str]:
    """Drop a leading article and title run: up to the last title word among the first
    few capitalised words ("Transport Minister Lukas Brenner", "Cuban Foreign Minister
    Bruno ..."), when a name is left after it (not a bare "Jr": "Martin Luther King Jr");
    "Ministry of the Interior" and "Kelby General Hospital" have none."""
    plain = [w.strip(".") for w in folded]
    start = 1 if len(words) > 1 and plain[0] == "the" else 0
    last = None
    for n in range(start, min(len(words) - 1, start + _TITLE_REACH)):
        lower = not words[n][:1].isupper() and plain[n] not in TITLES | {"and"}
        if plain[n] in _BREAKERS or (cased and lower):
            break
        if plain[n] in TITLES and plain[n] != "the":
            last = n
    keeps = last is not None and plain[-1] not in ORGANISATION_WORDS
    if keeps and last is not None and plain[last + 1] not in _BREAKERS | SUFFIXES:
        left = plain[last + 1 :]
        # "Kelby Auditor General" is an office, with no name left after its title words;
        # "Agent Orange" is a thing.
        weak = plain[last] in WEAK_TITLES and len(left) < 2
        if not weak and not all(w in TITLES for w in left):
            start = last + 1
    return words[start:]


def _fold(text: str) -> str:
    return strip_accents(text).casefold().replace("-", " ")


# A tag in brackets after a name: a state or party ("Lind (Ohio)", "Moss (D-Ore.)"), an
# acronym ("Harbour Trust (HT)"). It is no part of the name: "Lind (Ohio)" is Lind. A
# word in brackets may be: "Janata Dal (United)" and "(Secular)" are two parties.
_TAG = re.compile(
    r"\s*\((?:[RDI](?:-[A-Z][\w. ]*)?"  # a party, and a state: "(R)", "(D-Ore.)"
    r"|[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?|(?:[A-Z]\.){2,3}"  # "(Calif.)", "(N.J.)"
    r"|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah"  # states written in full
    r"|[A-Z]{2,6})\)\s*$"  # an acronym: "(HT)"
)


# An age after a name, as reports write it: "Ivo Lind, 66," is Ivo Lind.
_AGE = re.compile(r",\s*\d{1,3}\s*,?\s*$")


def without_age(name: str) -> str:
    """The name as written, without an age after it ("Ivo Lind, 66," is Ivo Lind)."""
    return _AGE.sub("", name) or name


def _untagged(name: str) -> str:
    """The name without a bracketed tag or an age after it (all of it when it is all
    tag)."""
    return _TAG.sub("", without_age(name)) or name


def name_key(name: str) -> str:
    """Accent-free, case-folded, punctuation-free name without leading titles or a
    bracketed tag after it."""
    words = re.sub(r"[^\w\s]", " ", _fold(_untagged(name))).split()
    return " ".join(_strip_titles(words, words, cased=False))


def only_titles(name: str) -> bool:
    """Whether the name is title words only ("Interim President", "Attorney General"): an
    office, no one's name."""
    words = re.sub(r"[^\w\s]", " ", _fold(_untagged(name))).split()
    return bool(words) and all(w in TITLES for w in words)


def display_name(name: str) -> str:
    """The name as written, minus leading titles and a bracketed tag after it: 'President
    Rodrigues' -> 'Rodrigues', 'Lind (Ohio)' -> 'Lind'."""
    words = _untagged(name).split()
    return " ".join(_strip_titles(words, [w.casefold() for w in words]))


def is_proper_name(name: str, text: str) -> bool:
    """Whether the source writes the name (accents aside) as a name: capitalised inside a
    sentence, or opening one with more capitalised words, or with a first word the text
    also capitalises inside a sentence. "elite units", "Agent cells" and "Birds" opening a
    sentence or a line are phrases; "Cuban advisers" is a name when the text writes
    "Cuban" elsewhere."""
    key = display_name(name)
    pattern = r"(?<!\w)" + re.escape(strip_accents(key)).replace(r"\ ", r"\s+") + r"(?!\w)"
    plain = strip_accents(text)
    for match in re.finditer(pattern, plain, flags=re.IGNORECASE):
        written = match.group()
        if not any(c.isupper() for c in written):
            continue
        rest = written.split()[1:]
        opens = re.search(
            r"(^|[.!?:\n•·*–—-][\"“‘’”]?\s*)$", plain[max(0, match.start() - 4) : match.start()]
        )
        if written.isupper() or not opens:
            return True
        if rest and not all(w[:1].islower() for w in rest):
            return True
        first = re.escape(written.split()[0])
        inside = re.finditer(rf"(?<=[\w,;] ){first}\b", plain)
        if any(m.group()[:1].isupper() for m in inside):
            return True
    return False


def fold_text(text: str) -> str:
    """``text`` folded as name_key folds names (titles kept), padded for word matching."""
    words = re.sub(r"[^\w\s]", " ", _fold(text)).split()
    return f" {' '.join(words)} "


def appears_in(name: str, folded: str) -> bool:
    """Whether the name (accents, case, titles aside) is written in the folded text."""
    key = name_key(name)
    return bool(key) and f" {key} " in folded
