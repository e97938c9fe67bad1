"""Left the post since: one report names someone by a post ("Ida Moss, the port's
communications director,"), an independent report of the same day or later says they
left it ("Moss resigned on Monday").

The morning's report is overtaken by the afternoon's on who holds a post as it is on
what was done (briefing.analysis.disputes.settled). A pair is taken only when:

- the later sentence says, in the report's own words (not hedged, predicted, quoted or
  background), that the name nearest before the verb (within ``SUBJECT_REACH`` words, no
  pronoun or comma between) resigned, stepped down or aside, quit, or was fired, ousted or
  removed;
- the earlier report gives that person a post, as a title before the name or an
  apposition after it (briefing.analysis.actors.roles), not qualified as past or passing
  ("former", "then-", "outgoing"), and nowhere says they left;
- the post is the one left: an office word of the role ("director") is in the later
  sentence, so leaving a board is not leaving a senate seat.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from briefing.analysis.actors.roles import OFFICES, apposition_of, title_of
from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.overtaken import BACKGROUND
from briefing.analysis.disputes.settled import SUBJECT_REACH, Subject, subject
from briefing.analysis.lexicon import PRONOUNS
from briefing.analysis.text import Statement
from briefing.articles import QUOTED

LEFT = re.compile(
    r"\b(?:resigned|stepped (?:down|aside)|quit|(?:was|were|been) (?:fired|ousted|removed"
    r"|dismissed|forced out)|(?:announced|submitted|tendered|offered) (?:his|her|their) "
    r"resignation)\b",
    re.IGNORECASE,
)
# A role so qualified is not held now, or is being given up: it cannot be overtaken.
_PAST_ROLE = re.compile(r"^(?:former|ex-|then-|outgoing|retired|onetime|one-time)", re.I)


class _Left(NamedTuple):
    who: Subject
    words: str  # the words saying they left, as written


def _left(item: Statement, context: Context) -> _Left | None:
    """Who the report's own words say left a post, if anyone."""
    text = item.text
    if item.hedged or item.predictive or BACKGROUND.search(text):
        return None
    quoted = [m.span() for m in QUOTED.finditer(text)]
    for match in LEFT.finditer(text):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        who = subject(text, match.start(), context.entities, SUBJECT_REACH, PRONOUNS)
        # A comma after the name closes a clause it ends ("an agent who disparaged
        # President Vos, has been fired"): the name is not the subject.
        if who is not None and "," not in text[who.start : match.start()]:
            return _Left(who, match.group())
    return None


def _role(item: Statement, name: str) -> str | None:
    """The post the sentence gives the name, unless it is past or passing."""
    role = title_of(item.text, name) or apposition_of(item.text, name)
    if role is None or _PAST_ROLE.search(role):
        return None
    return role


def _the_post(role: str, later: Statement) -> bool:
    """An office word of the role is in the sentence saying the post was left."""
    words = {w.casefold().strip(".,") for w in role.split()} & OFFICES
    said = {w.casefold().strip(".,") for w in later.text.split()}
    return bool(words & said)


def _says_left(context: Context, source: str, who: str) -> bool:
    for item in context.statements[source]:
        found = _left(item, context)
        if found is not None and found.who.key == who:
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
                role = _role(item, left.who.word)
                if role and _the_post(role, later):
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
