"""One person written with a generational suffix in one report and without it in another:
"Ivo T. Lind Jr." in one newsroom's style, "Ivo Lind" in another's.

Merging keeps a suffixed name and the same name without it apart, since they may be a
father and a son (briefing.merge.actors). This joins the two rows afterwards, on the
source texts, only where nothing says there are two men:

- exactly one person row is the suffixed name's first and last name without it (middle
  names and initials aside), and it carries no suffix of its own;
- no report writes both: the suffixed name and the same name with no suffix after it
  ("his father, also named Ivo Lind"; "Ivo Lind Jr." beside "Ivo Lind" is two men);
- no report writing the suffixed name gives the surname an office title without the
  suffix ("President Lind" beside "Ivo Lind Jr." is the father), or speaks of a father,
  a grandfather, a grandson, an elder, a namesake or a "Sr.";
- no third row holds the name ("Ivo Lind Sr.", "Ivo Lind III"). "II" is left alone:
  a monarch's numeral as often as a family's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from briefing.articles import fold
from briefing.merge.actors import Actor, nicknamed
from briefing.merge.names import COURTESIES, SUFFIXES, TITLE_MODIFIERS, TITLES, name_key

# The suffixes that say a younger holder of a name ("Sr." is often left out; "II" is a
# monarch's or a pope's as often).
_YOUNGER = SUFFIXES - {"sr", "ii"}
# Words by which a report writing the suffixed name speaks of another of the family,
# within ``_KIN_REACH`` characters of the surname.
_KIN = r"(?:(?i:father|dad|grandfather|grandson|namesake|the elder)\b|\bSr\.)"
_KIN_REACH = 60
_SUFFIX_AFTER = r"(?!,?\s+(?:Jr|Sr|II|III|IV)\b)"
# Offices written as a title before a surname: a courtesy ("Mr.") says nothing of who.
_OFFICES = sorted(TITLES - TITLE_MODIFIERS - COURTESIES, key=len, reverse=True)
_TITLED = "|".join(re.escape(t) for t in _OFFICES)
# An office title and the space before the name it is written with.
_TITLE = rf"\b(?P<title>(?i:{_TITLED}))\.?\s+"
# Kinds of the row without the suffix: a model may type a person "other" (the kinds are
# set from evidence later: briefing.analysis.actors.kinds), never a body.
_MAYBE_PEOPLE = frozenset({"person", "other", ""})


def _last(name: str) -> str:
    """A name's last word as its key writes it ("jr" of "Ivo Lind Jr.")."""
    words = name_key(name).split()
    return words[-1] if words else ""


def _first_last(key: str) -> tuple[str, str] | None:
    """A name key's first and last words, a suffix left out."""
    words = [w for w in key.split() if w not in SUFFIXES]
    return (words[0], words[-1]) if len(words) >= 2 else None


def _same_name(actor: Actor, names: tuple[str, str] | None) -> bool:
    """Whether the row's first and last names are ``names``, or a nickname of its first."""
    own = _first_last(name_key(actor.name))
    if own is None or names is None:
        return False
    return own == names or nicknamed(" ".join(own), " ".join(names))


def _suffixed(actor: Actor) -> bool:
    """A row of a person (or of no kind yet) whose name ends in a younger suffix."""
    return actor.kind in _MAYBE_PEOPLE and _last(actor.name) in _YOUNGER


def _suffixes(actor: Actor) -> set[str]:
    return set(name_key(actor.name).split()) & SUFFIXES


def _spellings(actor: Actor) -> set[str]:
    return {actor.name, *actor.aliases}


def _writes(text: str, spelling: str, *, suffix: bool) -> bool:
    """Whether the text writes the spelling, with (``suffix``) or without a suffix
    after it."""
    pattern = rf"(?<!\w){re.escape(spelling)}(?!\w)" + ("" if suffix else _SUFFIX_AFTER)
    return re.search(pattern, text) is not None


def _apart(younger: Actor, elder: Actor, texts: Iterable[str]) -> bool:
    """Whether a report tells the two apart: it writes the suffixed name and the plain
    one, or an office title before the plain surname."""
    suffixed = [s for s in _spellings(younger) if _last(s) in _YOUNGER]
    plain = [s for s in _spellings(elder) if len(name_key(s).split()) >= 2]
    surname = _last(elder.name)
    titled = re.compile(
        rf"(?=\b[A-Z]){_TITLE}(?:[A-Z][\w.’'-]*\s+){{0,3}}"
        rf"(?i:{re.escape(surname)})\b{_SUFFIX_AFTER}"
    )
    near = rf".{{0,{_KIN_REACH}}}"
    kin = re.compile(
        rf"\b(?i:{re.escape(surname)})\b{near}\b{_KIN}|\b{_KIN}{near}\b(?i:{re.escape(surname)})\b",
        re.DOTALL,
    )
    for text in texts:
        if not any(_writes(text, s, suffix=True) for s in suffixed):
            continue
        # The office the report gives the suffixed name is his: "Vice President Ivo T.
        # Lind Jr." and "Vice President Lind" in one report are one man.
        own = {fold(t) for s in suffixed for t in _titles_before(text, s)}
        other_office = any(fold(m.group("title")) not in own for m in titled.finditer(text))
        if any(_writes(text, s, suffix=False) for s in plain) or other_office:
            return True
        if kin.search(text):
            return True  # "Lind took over the firm his father founded": the plain name may be his
    return False


def _titles_before(text: str, spelling: str) -> list[str]:
    """The office titles the text writes right before a spelling ("Vice President")."""
    pattern = rf"{_TITLE}{re.escape(spelling)}(?!\w)"
    return [m.group("title") for m in re.finditer(pattern, text)]


def _joined(elder: Actor, younger: Actor) -> Actor:
    """The elder row (the name most reports write) with the younger row's spellings and
    sources."""
    return elder.model_copy(
        update={
            "aliases": sorted((_spellings(elder) | _spellings(younger)) - {elder.name}),
            "role": elder.role or younger.role,
            "stance": elder.stance or younger.stance,
            "source_ids": sorted({*elder.source_ids, *younger.source_ids}),
            "mentions": elder.mentions + younger.mentions,
        }
    )


def join_generations(actors: Sequence[Actor], texts: Mapping[str, str]) -> list[Actor]:
    """The actors, each person written with a younger generational suffix in some
    reports and without it in others joined into one row where no report tells two men
    apart."""
    rows = list(actors)
    for younger in [a for a in rows if _suffixed(a)]:
        names = _first_last(name_key(younger.name))
        # Any other holder of the name ("Ivo Lind Sr.", "Ivo Lind III") makes it a family;
        # a nickname is the name ("Bob Lind" for "Robert T. Lind Jr.").
        family = [a for a in rows if a is not younger and _same_name(a, names)]
        # Rows of one spelling are one holder (a model's row and a found one): the person.
        one = len({name_key(a.name) for a in family}) == 1
        elder = min(family, key=lambda a: a.kind != "person") if one else None
        if elder is None or elder.kind not in _MAYBE_PEOPLE or _suffixes(elder):
            continue
        if not _apart(younger, elder, texts.values()):
            rows[rows.index(elder)] = _joined(elder, younger)
            rows.remove(younger)
    return rows
