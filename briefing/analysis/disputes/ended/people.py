"""Who a way of the post axis is said of: the person fired or who resigned, the other
words of their name, and the post they left (briefing.analysis.disputes.ended)."""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.analysis.actors.offices import OFFICES
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.ended.ways import Way, content_stems
from briefing.analysis.lexicon import DETERMINERS
from briefing.analysis.text import PREPOSITIONS, object_of
from briefing.articles import DAYS_AND_MONTHS, STOP_WORDS, stem, stems

# Lower-case role words an active "fired" may have before the person's name.
ROLE_WORDS = 4
# Capitalised words read before a surname as the rest of a name or title.
NAME_WORDS = 4


_CALENDAR_STEMS = frozenset(stem(t) for t in DAYS_AND_MONTHS)
_WAY_STEMS = stems("fired sacked resigned stepped down aside quit resignation announced")


# After a name an active "fired" acts on, words that make it part of another phrase:
# "fired Moss up", "fired Moss a warning", "fired Moss's lawyer", "the aide Moss had".
_NAME_GOES_ON = re.compile(
    r"^\s+(?:up|down|out|off|back|a|an|the|some|his|her|their|its|our|my|had|has|have|was"
    r"|were|is|are|would|will|could)\b|^[’']s\b"
)


# Words that make what follows "fired" no role before a name: "fired the deputy of Moss",
# "fired questions at Moss", "fired two aides".
_NOT_ROLE = (
    STOP_WORDS
    | DETERMINERS
    | PREPOSITIONS
    | frozenset("as and or but two three four several many some all its".split())
)


_POST_AFTER = re.compile(
    r"^\s+(?:as|from)\s+(?:(?:the|his|her|their|its|a|an)\s+)?([^,.;:()]{2,60}?)"
    r"(?=\s+(?:on|in|after|over|amid|last|this|because|following|and|when)\b|[,.;:()]|$)",
    re.I,
)


# "resigned his seat on the board", "quit the chairmanship": the post as the object.
_POST_OBJECT = re.compile(
    r"^\s+(?:his|her|their|its|the)\s+([^,.;:()]{2,60}?)"
    r"(?=\s+(?:in|after|over|amid|last|this|because|following|and|when)\b|[,.;:()]|$)",
    re.I,
)


_APPOSITION = re.compile(r"^,\s+(?:the|his|her|their|its|a|an)\s+([^,.;:()]{2,60}?),", re.I)


_QUALIFIERS = stems("deputy assistant vice acting interim former associate senior")


_POST_WORDS = OFFICES | {"post", "job", "position", "role", "office", "seat"}


def _name_key(context: Context, word: str) -> str | None:
    if not word[:1].isupper() or word.casefold() in DAYS_AND_MONTHS:
        return None
    if re.search(r"[’']s$", word) or not context.entities.is_entity_word(word):
        return None
    return context.entities.key(word)


class Person(NamedTuple):
    """Who left as a sentence names them: the entity key, the other words of their name
    and title ("Ida", "Ms."), and the post it says they left, if any."""

    key: str
    name: str  # the surname as written
    given: frozenset[str]
    post: str | None


def _given(run: list[str]) -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in run[:-1])


def _titles(run: list[str]) -> list[str]:
    """The capitalised words of a title before a name: "Deputy Harbour Chief Moss"."""
    if not any(w.casefold() in _POST_WORDS | {"deputy"} for w in run[:-1]):
        return []
    return [w.casefold() for w in run[:-1]]


def _person_after(context: Context, text: str, way: Way) -> Person | None:
    """The person an active "fired" acts on: lower-case role words (the post), then a run
    of capitalised words, then a new phrase."""
    tokens = list(re.finditer(r"[\w’'.-]*\w", text[way.end :]))
    roles: list[str] = []
    for n, token in enumerate(tokens):
        word = token.group()
        between = text[way.end + (tokens[n - 1].end() if n else 0) : way.end + token.start()]
        if between.strip():
            return None  # punctuation before the name: "fired, Moss said"
        if word[:1].islower():
            if not word.isalpha() or word in _NOT_ROLE or len(roles) == ROLE_WORDS:
                return None
            roles.append(word)
            continue
        run = [token]
        for nxt in tokens[n + 1 :]:
            gap = text[way.end + run[-1].end() : way.end + nxt.start()]
            if gap.strip() or not nxt.group()[:1].isupper():
                break
            run.append(nxt)
        end = way.end + run[-1].end()
        key = _name_key(context, run[-1].group())
        if key is None or _NAME_GOES_ON.search(text[end:]):
            return None
        names = [t.group() for t in run]
        post = _post(text, end) or " ".join(roles + _titles(names)) or None
        return Person(key, names[-1], _given(names), post)
    return None


def _person_before(context: Context, text: str, at: int) -> Person | None:
    """The person written right before ``at``: their name, then only "has" or an "-ly"
    word; not a possessor, a preposition's object or a modifier ("the Orsa mayor"). Their
    post is what follows the verb, or the role words before the name."""
    found = re.search(r"([\w’'.-]*\w)\s+(?:has\s+)?(?:\w+ly\s+)?$", text[:at])
    if found is None or object_of(text, found.start(1)):
        return None
    key = _name_key(context, found.group(1))
    if key is None:
        return None
    words = re.findall(r"[\w’'.-]*\w", text[: found.start(1)])
    run: list[str] = []
    while words and words[-1][:1].isupper() and len(run) < NAME_WORDS:
        run.insert(0, words.pop())
    roles: list[str] = []
    while words and words[-1].isalpha() and words[-1].islower() and words[-1] not in _NOT_ROLE:
        roles.insert(0, words.pop())
    # Only an office right before the name is a post ("harbour chief Moss"; not
    # "officials said Moss").
    post = " ".join(roles[-ROLE_WORDS:]) if roles and roles[-1] in _POST_WORDS else None
    return Person(key, found.group(1), _given([*run, found.group(1)]), post)


def _post(text: str, at: int) -> str | None:
    """The post named right after ``at``: "as harbour chief", "from the board", or an
    apposition ", the harbour chief,"."""
    rest = text[at:]
    found = _POST_AFTER.search(rest) or _POST_OBJECT.search(rest) or _APPOSITION.search(rest)
    return found.group(1) if found else None


def _posts_agree(first: str | None, second: str | None) -> bool:
    """Both name one post (what one says of it the other says too, or more: "adviser" /
    "national security adviser"; not "Kessel Bank chairman" / "Kessel Bank chief
    executive"), or one names an office, or neither names a post."""
    if first is not None and second is not None:
        one, other = content_stems(first.split()), content_stems(second.split())
        if _QUALIFIERS & one != _QUALIFIERS & other:
            return False  # "deputy harbour chief" is not "harbour chief"
        return bool(one and other) and (one <= other or other <= one)
    named = first or second or ""
    return not named or bool({w.casefold() for w in re.findall(r"\w+", named)} & _POST_WORDS)


def person(context: Context, text: str, way: Way) -> Person | None:
    """The person who left, with the post the sentence says they left, if it names one."""
    if way.after:
        return _person_after(context, text, way)
    found = _person_before(context, text, way.start)
    if found is None:
        return None
    return found._replace(post=_post(text, way.end) or found.post)


def one_person(context: Context, a: str, wa: Way, b: str, wb: Way) -> bool:
    """One person: one key, no two different given names or titles ("Ida Moss" / "Tova
    Moss", "Mr. Moss" / "Ms. Moss"), one post, one occasion."""
    first, second = person(context, a, wa), person(context, b, wb)
    if first is None or second is None or first.key != second.key:
        return False
    if first.given and second.given and not first.given & second.given:
        return False
    names = stems(first.key) | stems(" ".join(first.given | second.given))
    return _posts_agree(first.post, second.post) and _one_occasion(a, b, names)


def _one_occasion(a: str, b: str, names: frozenset[str]) -> bool:
    """The two sentences tell one leaving: they share a word besides the person's names,
    the ways and the time ("after the audit", "for misleading the harbour board"): a man
    sacked by a football club is not the harbour chief who stepped down."""
    left_out = names | _WAY_STEMS | _CALENDAR_STEMS
    return bool((_content(a) & _content(b)) - left_out)


def _content(text: str) -> frozenset[str]:
    words = re.findall(r"[^\W\d_]+", text)
    return frozenset(s for w in words if w.casefold() not in _NOT_ROLE for s in stems(w))
