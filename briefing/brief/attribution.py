"""Who did what: a sentence of model prose must give an act to whoever its quotes give it.

Every word of "Venezuela Announces Oil Deal" may be in its quote ("President Trump
announced tonight that Venezuela will divert oil shipments") and the sentence still
misattributes: the quote's announcer is Trump. For the acts headlines and summaries most
often give to someone (``ACTS``: announce, admit, deny, order ...), the words before the
act in the sentence's clause (its subject) must be among the words before the same act in
a clause of the evidence, or after "by" following it; otherwise the sentence stands on
no quote that says so. An act the evidence does not name is left to the other checks.

Whose a thing is goes the same way: "Venezuela's Intelligence System Struck" has every
word in a quote that says "Cuba's intelligence system ... suffered a heavy blow". When
the quotes give a thing an owner in a possessive ("X's N"), a possessive of the sentence
must name that owner, or one the quotes write right before the thing ("Cuban
intelligence") or after "of" following it.

Nor may a sentence that copies a quote swap its name. "Mr. Orsa, who is charged with
leaking secrets, expects to be cleared" has every word in the evidence when one quote
says so of Mr. Halden and another names Orsa. When ``COPIED`` of a sentence's words
follow one quote in order, a name put where that quote has another name (not a spelling
of it) fails.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator, Sequence

from rapidfuzz import fuzz

from briefing.analysis import PRONOUNS, title_case
from briefing.articles import (
    ABBREVIATION,
    DAYS_AND_MONTHS,
    MONTH_ABBREVIATIONS,
    STOP_WORDS,
    fold,
    stem,
)
from briefing.merge import TITLES

ACTS = frozenset(
    stem(w)
    for w in (
        "announce",
        "admit",
        "deny",
        "order",
        "approve",
        "reject",
        "accuse",
        "threaten",
        "sign",
        "launch",
        "vow",
        "pledge",
        "propose",
        "demand",
        "urge",
        "warn",
        "confirm",
        "claim",
        "blame",
        "veto",
        # Acts between two parties a headline may invent ("Clinton and Sanders Clash Over
        # Trump" over quotes in which one vows to work with the other).
        # (Not "criticize" or "oppose": their stems are also those of "critical",
        # "critics"; "opposition" and "opponent" stem apart from them.)
        "clash",
        "feud",
        "slam",
        "rebuke",
        "condemn",
        "endorse",
    )
)
# "Lind's Harbour Plan vs. Moss's" sets two parties against each other (running mates
# too): a headline may say so when a quote does, in any of these words or with a score.
_VERSUS = re.compile(r"\b(?:vs\.?|versus|v\.)(?=\s)", re.IGNORECASE)
_OPPOSED = re.compile(
    r"\b(?:vs\.?|versus|v\.|against|beat|beats|defeated|defeats)\b|\d+-\d+",
    re.IGNORECASE,
)
# Words after an act following a quotation that may name its doer.
_INVERTED_WORDS = 3
# Where a clause ends: its subject is after the last of these before the act.
_BOUNDARY = re.compile(
    r"[;:—–]|\s-\s|\b(?:that|and|but|while|which|who|after|before|as|when|because)\b",
    re.IGNORECASE,
)
# In the model's sentence a comma ends a clause too ("..., Venezuela Announces Oil Deal");
# in a source's sentence it may open an aside ("The ministry, in a statement, denied").
_PROSE_BOUNDARY = re.compile(rf"{_BOUNDARY.pattern}|[,(]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _subject(text: str, at: int, boundary: re.Pattern[str] = _BOUNDARY) -> set[str]:
    """Stems of the content words of the clause before position ``at``."""
    before = text[:at]
    cut = max((m.end() for m in boundary.finditer(before)), default=0)
    words = [w.casefold() for w in _WORD.findall(before[cut:])]
    return {stem(w) for w in words if w not in STOP_WORDS and w not in PRONOUNS and len(w) > 1}


_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _after_by(text: str, start: int, end: int) -> set[str]:
    """Stems of the words after "by" that follows a passive act ("was announced by X")."""
    if not _PASSIVE.search(text[:start]):
        return set()
    match = re.match(r"\s+(?:\w+\s+){0,2}?by\s+((?:[\w’'.-]+\s*){1,4})", text[end:])
    if match is None:
        return set()
    return {stem(w.casefold()) for w in _WORD.findall(match.group(1))}


def _inverted(text: str, start: int, end: int) -> set[str]:
    """Stems of the words right after an act that follows a quotation ('…," warned
    Maduro'): there the doer comes after the verb."""
    if not re.search(r"[,\"”’]\s*$", text[:start]):
        return set()
    return {stem(w.casefold()) for w in _WORD.findall(text[end:])[:_INVERTED_WORDS]}


def _acts(text: str) -> list[tuple[str, int, int]]:
    """Each word of an act in ``text``: its stem and where it stands."""
    found = []
    for match in _WORD.finditer(text):
        root = stem(match.group().casefold())
        if root in ACTS:
            found.append((root, match.start(), match.end()))
    return found


# A possessive and the two words after it, what is owned: "Cuba’s intelligence system".
_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*)['’]s\s+([^\W\d_]+)\s+([^\W\d_]+)")
# Words before the thing (or after it, past "of") where its owner may be written another
# way: "Cuban intelligence system", "the intelligence system of Cuba".
_OWNER_REACH = 3
# The shortest beginning two spellings of one owner share ("Cuba" / "Cuban").
_OWNER_ROOT = 4


def _same_owner(a: str, b: str) -> bool:
    """One owner in two spellings: the same word ("FBI"), or a name and its adjective
    sharing their beginning ("Cuba" / "Cuban")."""
    a, b = fold(a), fold(b)
    shorter, longer = sorted((a, b), key=len)
    return a == b or (len(shorter) >= _OWNER_ROOT and longer.startswith(shorter))


def _thing(first: str, second: str) -> str:
    """What is owned, as a key: its first two words, plural or not ("intelligence
    system"; "former lawyer" is not "former chief")."""
    return f"{first.casefold()} {second.casefold().removesuffix('s')}"


def _owner(word: str) -> bool:
    """A word that can name an owner: not a title ("the President's") or a common word,
    which may stand for the named owner."""
    key = word.casefold()
    return not {key} & (STOP_WORDS | PRONOUNS | TITLES | DAYS_AND_MONTHS | MONTH_ABBREVIATIONS)


def _possessives(text: str) -> Iterator[tuple[str, str, str]]:
    """Each possessive whose owner may be a name: owner, thing key, the thing's first
    word."""
    for match in _POSSESSIVE.finditer(text):
        owner = match.group(1)
        if _owner(owner):
            yield owner, _thing(match.group(2), match.group(3)), match.group(2)


def _written_near(owner: str, first: str, evidence: Sequence[str]) -> bool:
    """The evidence writes the owner right before the thing ("the Cuban intelligence
    system") or after "of" following it ("the intelligence system of Cuba")."""
    for text in evidence:
        words = _TOKEN.findall(text)
        for at, word in enumerate(words):
            if fold(word) != fold(first):
                continue
            before = words[at - 1 : at] if at else []
            after = words[at + 1 : at + _OWNER_REACH + 2]
            of = [w.casefold() for w in after].index("of") if "of" in after else None
            near = before + (after[of + 1 : of + 2] if of is not None else [])
            if any(_same_owner(owner, w) for w in near if w[:1].isupper()):
                return True
    return False


def misowned(sentence: str, evidence: Sequence[str]) -> str | None:
    """A thing the sentence gives an owner its quotes do not (they give it to another, in
    so many words: "Cuba’s intelligence system"), or None. Only names the evidence writes
    as names are owners; an owner written another way near the thing stands."""
    return _misowned(sentence, evidence, _proper(evidence))


def _misowned(sentence: str, evidence: Sequence[str], names: frozenset[str]) -> str | None:
    given: dict[str, set[str]] = {}
    for text in evidence:
        for owner, thing, _ in _possessives(text):
            given.setdefault(thing, set()).add(owner)
    for owner, thing, first in _possessives(sentence):
        if fold(owner) not in names:
            continue  # not a name the quotes write ("Here's the deal"): other checks
        others = given.get(thing, set())
        foreign = others and not any(_same_owner(owner, o) for o in others)
        if foreign and not _written_near(owner, first, evidence):
            return f"gives '{thing}' to {owner}; its quotes give it to another"
    return None


# A sentence this share of whose words follow one quote in order copies it.
COPIED = 0.6
# Two names this alike (rapidfuzz ratio) are one name spelled two ways ("Delsey" /
# "Delcy"), not a swap.
SPELLING = 70
_TOKEN = re.compile(r"[^\W_][\w.’'-]*")
_OPENS = re.compile(r"[.!?:;\"“”]\s*$")
# Characters before a word read to tell whether it opens a sentence.
_LOOK_BACK = 12
# A text with this many lower-case content words is a sentence, not a heading.
_HEADING_LOWER = 2


def _heading(text: str) -> bool:
    """A title-case heading ("Cuba Admits to Deployment"), whose case says nothing of
    names: not a sentence with many names, which has lower-case words too."""
    lower = [w for w in re.findall(r"[^\W\d_]{4,}", text) if w.islower() and w not in STOP_WORDS]
    return title_case(text) and len(lower) < _HEADING_LOWER


def _proper(evidence: Sequence[str]) -> frozenset[str]:
    """Words the evidence writes capitalised inside a sentence: its names (a title-case
    headline capitalises every word, so the sentence's own case says nothing)."""
    found = set()
    for text in (t for t in evidence if not _heading(t)):
        for match in _TOKEN.finditer(text):
            if not match.group()[:1].isupper():
                continue
            before = text[max(0, match.start() - _LOOK_BACK) : match.start()]
            # A period after a title or an initial ends no sentence: "Mr. Orsa".
            ends = _OPENS.search(before) and not ABBREVIATION.search(before.rstrip())
            if match.start() > 0 and not ends:
                found.add(fold(match.group()))
    return frozenset(w for w in found if _owner(w))


def _name_run(words: Sequence[str], names: frozenset[str]) -> str:
    """A run of words that is a name, as written ("" when it is anything else: a name
    among other words is not a name put for a name)."""
    found = [w.rstrip(".") for w in words if fold(w) in names]
    rest = [w for w in words if fold(w) not in names and _owner(fold(w))]
    return " ".join(found) if found and not rest else ""


def _one_name(a: str, b: str) -> bool:
    """Two spellings of one name: alike ("Delsey" / "Delcy") or one shortening the other
    ("Ark." / "Arkansas")."""
    a, b = fold(a), fold(b)
    return fuzz.ratio(a, b) >= SPELLING or a.startswith(b) or b.startswith(a)


def _swap(words: Sequence[str], other: Sequence[str], names: frozenset[str]) -> str | None:
    """The name the words put where the copied quote has another; "" when they copy it
    with its names (every name of the words in a run the quote has too); None when they
    do not copy it, or copy it around a name it does not have."""
    matcher = difflib.SequenceMatcher(
        a=[fold(w) for w in words], b=[fold(w) for w in other], autojunk=False
    )
    copied = sum(block.size for block in matcher.get_matching_blocks())
    if not words or copied < COPIED * len(words):
        return None
    kept: set[int] = set()
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        put, there = _name_run(words[i1:i2], names), _name_run(other[j1:j2], names)
        if op == "replace" and put and there and not _one_name(put, there):
            return f"puts {put} where its quote has {there}"
        if op == "equal":
            kept.update(range(i1, i2))
    named = {i for i, w in enumerate(words) if fold(w) in names}
    return "" if named <= kept else None


def swapped_name(sentence: str, evidence: Sequence[str]) -> str | None:
    """A name the sentence puts where the quote it copies has another, or None; a quote
    it copies with the same names clears it (one quote says a wife pleaded not guilty,
    another says so of her husband: copying either is no swap)."""
    return _swapped(sentence, evidence, _proper(evidence))


def _swapped(sentence: str, evidence: Sequence[str], names: frozenset[str]) -> str | None:
    words = _TOKEN.findall(sentence)
    found = [_swap(words, _TOKEN.findall(text), names) for text in evidence]
    copied = [f for f in found if f is not None]
    return None if "" in copied or not copied else copied[0]


def misattributed(sentence: str, evidence: Sequence[str]) -> str | None:
    """What the sentence gives to someone its evidence does not (an act, a thing it
    owns, or a quote's words under another name), or None."""
    # The names the quotes write, read once for both checks (every model sentence passes
    # here).
    names = _proper(evidence)
    owned = _misowned(sentence, evidence, names) or _swapped(sentence, evidence, names)
    if owned:
        return owned
    doers: dict[str, set[str]] = {}
    for text in evidence:
        for root, start, end in _acts(text):
            found = (
                _subject(text, start) | _after_by(text, start, end) | _inverted(text, start, end)
            )
            doers.setdefault(root, set()).update(found)
    for root, start, end in _acts(sentence):
        subject = _after_by(sentence, start, end) or _subject(sentence, start, _PROSE_BOUNDARY)
        # A pronoun or nothing before the act in the quotes ("He denied ..."): who it is
        # cannot be read there, so the sentence is not faulted.
        if root in doers and doers[root] and subject and not subject & doers[root]:
            act = sentence[start:end]
            return f"gives '{act}' to {' '.join(sorted(subject))}; its quotes give it to another"
    return None


# Words that join names rather than belong to one, in title case too ("Kessel And Moss").
_JOINING = frozenset("and or to the of in on at by for with from as vs".split())


def _pairs_written(evidence: Sequence[str]) -> frozenset[tuple[str, str]]:
    """Each pair of words the quotes write one after the other, folded."""
    found: set[tuple[str, str]] = set()
    for text in evidence:
        words = [fold(m.group()) for m in _TOKEN.finditer(text)]
        found.update(itertools.pairwise(words))
    return frozenset(found)


def _name_runs(
    sentence: str, names: frozenset[str], written: frozenset[tuple[str, str]]
) -> list[frozenset[str]]:
    """The names of each run of capitalised words in the sentence that the quotes write
    together as one name ("Valdra Port Workers"): a run breaks at a word in lower case, a
    joining word however written ("Kessel And Moss"), two capitalised words the quotes
    never write one after the other (title case: "Kessel Meets Moss"), a figure or
    punctuation other than a hyphen. A hyphenated word that is no name of the quotes is
    read as its parts ("Kessel-Moss")."""
    runs: list[set[str]] = [set()]
    last, previous = 0, ""
    for match in _TOKEN.finditer(sentence):
        word, between = match.group(), sentence[last : match.start()]
        last = match.end()
        parts = [word] if fold(word) in names else word.split("-")
        for n, part in enumerate(parts):
            folded = fold(part)
            capitalised = part[:1].isupper() and part.casefold() not in _JOINING
            joined = n == 0 and not between.strip(" -'’") and (previous, folded) in written
            if not (capitalised and joined):
                runs.append(set())
            if capitalised and folded in names:
                runs[-1].add(folded)
            previous = folded if capitalised else ""
    return [frozenset(run) for run in runs if run]


def names_apart(sentence: str, evidence: Sequence[str]) -> str | None:
    """Names the sentence puts together that none of its quotes writes together: "Kessel
    and Moss to tour the harbour" over "she and Lind will tour the harbour" and another
    quote naming Moss. A headline's who-did-what (and where) must stand in one quote:
    one quote names someone of each run of names."""
    # A word the quotes also write in lower case ("port" of "Valdra Port") is no name.
    lower = frozenset(
        m.group() for text in evidence for m in _TOKEN.finditer(text) if m.group().islower()
    )
    runs = _name_runs(sentence, _proper(evidence) - lower, _pairs_written(evidence))
    if len(runs) < 2:
        return None
    for text in evidence:
        written = {fold(m.group()) for m in _TOKEN.finditer(text)}
        # A name written in the singular stands for its plural ("Every Republican" for
        # "Republicans").
        written |= {f"{w}s" for w in written}
        if all(run & written for run in runs):
            return None
    named = ", ".join(sorted({min(run) for run in runs}))
    return f"names {named} together; none of its quotes does"


def unstated_act(sentence: str, evidence: Sequence[str]) -> str | None:
    """An act (``ACTS``) the sentence states that none of its quotes states in any form:
    "Senate Democrats Threaten Nuclear Option" over quotes in which they vowed to
    filibuster; or two sides set "vs." each other over quotes setting no one against
    anyone (``_OPPOSED``). For a headline, the line an editor reads first; other prose may
    paraphrase ("vowed" for "pledged") under the word-support check."""
    stated = {root for text in evidence for root, _, _ in _acts(text)}
    for root, start, end in _acts(sentence):
        if root not in stated:
            return f"its quotes do not say '{sentence[start:end]}'"
    versus = _VERSUS.search(sentence)
    if versus and not any(_OPPOSED.search(text) for text in evidence):
        return f"its quotes do not say '{versus.group()}'"
    return None
