"""Left the post since: one report names someone by a post ("Ida Moss, the port's
communications director,"), an independent report of the same day or later says they
left it ("Moss resigned on Monday").

The morning's report is overtaken by the afternoon's on who holds a post as it is on
what was done (briefing.analysis.disputes.settled). A pair is taken only when:

- the later sentence says, in the report's own words (not hedged, predicted, quoted or
  background), that the name nearest before the verb (within ``SUBJECT_REACH`` words;
  no pronoun, comma, negation or other verb between; not a possessor, nor the object of
  a preposition or a clause: "an aide to Lind resigned") resigned, stepped down or
  aside, quit, or was fired, ousted or removed;
- the earlier report gives that person a post, as a title before the name or an
  apposition after it (briefing.analysis.actors.roles), not qualified as past or passing
  ("former", "then-", "outgoing", "who served as", "until Monday"), and nowhere says, in
  any words, that they left;
- the post is the one left: the later sentence names the role's head as what was left,
  right after the verb ("resigned as press secretary"), so leaving a board is not leaving
  a senate seat, and a deputy's post is not the post.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from briefing.analysis.actors.offices import OFFICES
from briefing.analysis.actors.roles import apposition_of, title_of
from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.overtaken import BACKGROUND
from briefing.analysis.disputes.settled import SUBJECT_REACH, Subject, subject
from briefing.analysis.lexicon import NEGATION, PRONOUNS
from briefing.analysis.text import Statement
from briefing.articles import QUOTED

LEFT = re.compile(
    r"\b(?:resigned|stepped (?:down|aside)"
    # "quit" as leaving a post, not "quit smoking"
    r"|quit(?=\s+(?:as|from|the|his|her|their|its|on|after|over|amid|last|this)\b|\s*[,.;])"
    r"|(?:was|were|been) (?:fired|ousted|removed|dismissed|forced out)"
    r"|(?:announced|submitted|tendered) (?:his|her|their) resignation)\b",
    re.IGNORECASE,
)
# Any words saying someone left: what an earlier report says of the person in any form
# ("her resignation was announced", "agreed to step down", "left the job").
_ANY_LEAVING = re.compile(
    r"\b(?:resign\w*|step(?:s|ped|ping)? (?:down|aside)|quit(?:s|ting)?|fired|ousted|removed"
    r"|dismissed|forced out|left (?:the|his|her|their) (?:job|post|position|role))\b",
    re.IGNORECASE,
)
# Words between the name and the verb that say it was not done or not surely: "has not
# resigned", "hasn't", "refused to quit", "threatened to resign", "nearly resigned".
_NOT_DONE = re.compile(
    rf"{NEGATION.pattern}|\b(?:refused|refuses|declined|declines|threatened|threatens|would"
    r"|could|may|might|to|nearly|almost)\b",
    re.IGNORECASE,
)
# Words right before the name that make it another's object or part of a clause about
# someone else: "the aide who replaced Lind", "an aide to Lind", "a rival of Lind".
_NOT_SUBJECT = re.compile(
    r"\b(?:who|whom|that|which|[a-z]+ed|to|for|of|with|by|about|like|against|under)"
    r"\s+(?:\S+\s+){0,2}$"
)
# A verb in the past between the name and the verb: "the aide Lind hired resigned".
_VERB_BETWEEN = re.compile(r"\b[a-z]+ed\b")
# A role so qualified is not held now, or is being given up: it cannot be overtaken.
_PAST_ROLE = re.compile(
    r"(?<![\w-])(?:former|ex-|then-|outgoing|retired|onetime|one-time|erstwhile|departing"
    r"|leaving)",
    re.I,
)
# An apposition in the past or passing ("Ada Lind, who served as press secretary,"; "who
# is leaving as") is no post held; nor one held "until" a day.
_PAST_APPOSITION = r",\s+who\s+(?:served|was|had|is\s+leaving|is\s+stepping)\b"
_UNTIL = re.compile(r"^\W*(?:until|till|through)\b", re.IGNORECASE)
# The post left is named as the verb's "as" or "from" within this many words of it:
# "resigned on Monday as press secretary", "stepped down from her post as director".
POST_REACH = 3
_AS_POST = re.compile(
    rf"^(?:\s+[\w’'.-]+){{0,{POST_REACH}}}?\s+(?:as|from)\s+(?:(?:her|his|their|its|the)\s+"
    r"(?:post|job|position|role)\s+as\s+)?(?:(?:the|a|an|her|his|their)\s+)?",
    re.IGNORECASE,
)


class _Left(NamedTuple):
    who: Subject
    words: str  # the words saying they left, as written
    end: int  # where those words end in the sentence


def _left(item: Statement, context: Context) -> _Left | None:
    """Who the report's own words say left a post, if anyone: the name nearest before the
    verb, with no comma, pronoun, negation or other verb between, and not someone else's
    object or clause."""
    text = item.text
    if item.hedged or item.predictive or BACKGROUND.search(text):
        return None
    quoted = [m.span() for m in QUOTED.finditer(text)]
    for match in LEFT.finditer(text):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        who = subject(text, match.start(), context.entities, SUBJECT_REACH, PRONOUNS)
        if who is None or who.possessive:
            continue  # "Lind's deputy resigned" is not Lind
        between = text[who.start + len(who.word) : match.start()]
        # A comma after the name closes a clause it ends ("an agent who disparaged
        # President Vos, has been fired"): the name is not the subject.
        if "," in between or _NOT_DONE.search(between) or _VERB_BETWEEN.search(between):
            continue
        if _NOT_SUBJECT.search(text[: who.start]):
            continue
        return _Left(who, match.group(), match.end())
    return None


def _role(item: Statement, name: str) -> str | None:
    """The post the sentence gives the name, unless it is past or passing."""
    if re.search(rf"\b{re.escape(name)}{_PAST_APPOSITION}", item.text):
        return None
    role = title_of(item.text, name) or apposition_of(item.text, name)
    if role is None or _PAST_ROLE.search(role):
        return None
    at = item.text.find(role)
    if at >= 0 and _UNTIL.search(item.text[at + len(role) :]):
        return None  # "press secretary until Monday"
    return role


def _head(role: str) -> list[str]:
    """The words of a role's head: "press secretary" of "press secretary to the mayor"."""
    head = re.split(r"\s+(?:to|of|for|at|in|with)\s+", role, maxsplit=1)[0]
    return [w.casefold().strip(".,") for w in head.split()]


def _the_post(role: str, later: Statement, left: _Left) -> bool:
    """The later sentence names the role's head as what was left, right after the verb
    ("resigned as press secretary"; not "as deputy press secretary", not "as treasurer
    after the press secretary left")."""
    rest = later.text[left.end :]
    found = _AS_POST.match(rest)
    head = _head(role)
    if found is None or not set(head) & OFFICES:
        return False
    named = [w.casefold().strip(".,;:") for w in rest[found.end() :].split()[: len(head)]]
    return named == head


def _says_left(context: Context, source: str, who: str) -> bool:
    """Whether the source says, in any words, that the person left: a sentence naming
    them, or the one after it (a pronoun), with a word of leaving."""
    items = context.statements[source]
    for n, item in enumerate(items):
        named = who in item.entities or (n > 0 and who in items[n - 1].entities)
        if named and _ANY_LEAVING.search(item.text):
            return True
    return False


def _earlier_or_same_day(context: Context, first: str, second: str) -> bool:
    when = context.sources[first].published, context.sources[second].published
    return when[0] is None or when[1] is None or when[0] <= when[1]


def _pairs(context: Context) -> Iterator[tuple[Statement, str, Statement, _Left]]:
    for b, a in itertools.permutations(context.statements, 2):
        if not context.independent(a, b) or not _earlier_or_same_day(context, a, b):
            continue
        for later in context.statements[b]:
            left = _left(later, context)
            if left is None or _says_left(context, a, left.who.key):
                continue
            for item in context.statements[a]:
                if context.entities.key(left.who.word) not in item.entities:
                    continue
                if _ANY_LEAVING.search(item.text):
                    continue  # a sentence saying someone left names no post held
                role = _role(item, left.who.word)
                if role and _the_post(role, later, left):
                    yield item, role, later, left


def _candidate(
    context: Context, item: Statement, role: str, later: Statement, left: _Left
) -> Candidate:
    labels = context.label(item.article_id), context.label(later.article_id)
    name = left.who.word
    return Candidate(
        detector="overtaken by events",
        sides=((quote(item, role),), (quote(later, left.words),)),
        kinds=("contradiction",),
        settled="contradiction",
        evidence=f"{labels[0]} names {name} as {role}; {labels[1]} reports that {name} "
        f"left the role (“{left.words}”)",
        topic=f"Is {name} still {role}?",
        # "Post" would read as a social-media post in many a story: "role" cannot.
        positions=("named in the role", "reported as having left the role"),
        score=1.7,
        better=1,
        why=f"{labels[1]} reports {name} left the role; {labels[0]} does not.",
        terms=(item.stems & later.stems) | (item.entities & later.entities),
    )


def left_post(context: Context) -> list[Candidate]:
    """One candidate per person a report names in a post another says they left."""
    found: dict[tuple[str, str], Candidate] = {}
    for item, role, later, left in _pairs(context):
        key = (item.article_id, left.who.key)
        if key not in found:
            found[key] = _candidate(context, item, role, later, left)
    return list(found.values())
