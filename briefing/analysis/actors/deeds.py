"""What an actor did or said, in the sources' own words.

A sentence where the actor's name, an apposition aside ("Frank Mora, a former envoy,"),
is followed by a verb of saying or acting ("said", "ordered", "announced") gives the
actor's act verbatim, from that verb to the end of its clause: "ordered an independent
inquiry into the grounding"; a bare "said" after a quotation gives nothing, but a
quotation its speaker is named after ("“We will not wait,” said Mayor Ida Moss") is what
the speaker said; an act as full goes first. A possessive
("Maduro's guards said") is someone else's act, so is a name after a preposition ("a
note to Tova and Vera read out"), and an opinion piece, content farm or
stale report is not where an act is taken from. The first strong source's wins, an act
dated in the past ("last year", "in 2016") only when there is no other, at most
``MAX_WORDS`` words.
"""

from __future__ import annotations

import re

from briefing.analysis.actors.roles import ACTS, spellings, tail_of_name
from briefing.analysis.disputes.context import Context
from briefing.analysis.text import Statement, in_quotation, object_of
from briefing.articles import nested
from briefing.merge import Actor

MAX_WORDS = 16
# Acts of this many words or fewer, the verb's included, say nothing ("Cheney said."
# after a quotation); one of more than ``FULL_WORDS`` is preferred ("told reporters
# outside the station", after a quotation, says where, not what).
MIN_WORDS = 3
FULL_WORDS = 6
# The clause runs to a period, unless the period ends an abbreviation ("Mr. Reid") or a
# comma follows it ("the flood in Kelby, Ore., a disaster").
_CLAUSE = r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|[A-Z])\.|\d\.\d|\.(?=,)|[^.;:])*"
_AUXILIARIES = r"(?:(?:has|had|have|also|later|then|again|publicly|reportedly|officially)\s+)*"
_ASIDE = r"(?:,[^,;.]{3,90},)?"


def _subject(text: str, match: re.Match[str]) -> bool:
    """The name is the verb's subject, neither the end of a longer name nor the object of
    a preposition (in "a letter to Tova and Vera read out at the dinner" it is the note
    that was read), nor inside a quotation: "Mayor Moss wants me on the pier," the aide
    said, is the aide's account, not an act the report gives the mayor."""
    at = match.start()
    return not (in_quotation(text, at) or tail_of_name(text, at) or object_of(text, at))


# A quotation its speaker is named after: "“We will not wait,” said Mayor Ida Moss" or
# "“...,” Ida Moss said". Title words before the name are capitalised or a qualifier, and
# the name ends the speaker's phrase ("said Moss spokesman Tom Reed" is Reed's).
_SAID = r"(?:said|says|added|noted|wrote|warned)"
_TITLE_RUN = r"(?:(?:[A-Z][\w.’'-]*|former|acting|interim)\s+){0,4}"
_QUOTED = r"[“\"](?P<quote>[^“”\"]{10,}?[?!]?)[,.]?[”\"]\s*,?\s*"
_NAME_ENDS = r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:of|who|in|at|on|from)\b)"


# A saying that tells where or when, not what: "said before the vote", "wrote in a
# letter", "said, referring to the polls". What was said is then the quotation the
# speaker is named after, if there is one. Not when a clause follows ("said on Monday she
# would veto it", "said in remarks the levy was unlawful").
_BARE_SAYING = re.compile(
    r"(?:said|says|wrote|writes|added|noted)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
    r"(?:,|\s+(?:in|at|before|after|during|on|while|when|as|from|through)\b)"
    r"(?!.*(?:\bthat\b|[“\"]|\b(?:he|she|they|it|we|i|is|was|were|are|would|will|has|had"
    r"|have|could|should|must|can|did|does)\b))"
    # An attribution between commas: "the levy, the Kelby Star reported, but the board
    # kept it quiet …": what follows is the sentence's subject's, not the reporter's.
    r"|(?:said|says|reported|reports|wrote|added|noted),\s+(?:and|but|which)\b"
    r"(?![^.]*,\s+that\b)",  # not "said, and the board agreed, that …": that is hers
    re.IGNORECASE,
)
# Role words that make a spelling a description of someone else ("Moss campaign aide",
# "Lind spokesman"), whose acts are not the named person's.
_ROLE_WORDS = frozenset(
    "aide aides spokesman spokeswoman spokesperson official officials campaign staffer "
    "staffers adviser advisers advisor lawyer lawyers attorney attorneys office team "
    "supporters allies family camp".split()
)


def _a_name(spelling: str) -> bool:
    return not any(w in _ROLE_WORDS for w in spelling.split() if w.islower())


def _patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The name before its act; the name after the quotation it said."""
    escaped = re.escape(name)
    act = rf"\b{escaped}\b(?![’']s){_ASIDE}\s+{_AUXILIARIES}(?P<act>{ACTS}\b{_CLAUSE})"
    said = (
        rf"{_QUOTED}(?:{_SAID}\s+{_TITLE_RUN}{escaped}\b(?![’']s){_NAME_ENDS}"
        rf"|{escaped}\s+{_SAID}\b)"
    )
    return re.compile(act), re.compile(said)


# An act: its words, its source, and whether it is a quotation rather than an act.
_Act = tuple[list[str], str, bool]


def _found(item: Statement, patterns: list[tuple[re.Pattern[str], re.Pattern[str]]]) -> _Act | None:
    """The sentence's act of the actor under any spelling, else a quotation it said."""
    for act, _ in patterns:
        match = next((m for m in act.finditer(item.text) if _subject(item.text, m)), None)
        if match and _BARE_SAYING.match(match.group("act")):
            continue
        words = match.group("act").split() if match else []
        if len(words) > MIN_WORDS:
            return words, item.article_id, False
    for _, said in patterns:
        quoted = said.search(item.text)
        words = quoted.group("quote").split() if quoted else []
        if len(words) > MIN_WORDS:
            return words, item.article_id, True
    return None


def _acts(actor: Actor, context: Context) -> list[_Act]:
    """Every act strong sources give the actor, in order."""
    # A description among a named actor's spellings ("Moss campaign aide" of Ida Moss)
    # is someone else.
    named = [s for s in spellings(actor) if s == actor.name or _a_name(s)]
    patterns = [_patterns(name) for name in named]
    found = (_found(i, patterns) for i in context.all() if not context.sources[i.article_id].weak)
    return [f for f in found if f is not None]


# An act dated in the past ("told a radio host last year that ...") is background, not
# what the actor did in this story: one without such a date is preferred.
_BACKGROUND = re.compile(
    r"\b(?:last (?:year|month|week)|(?:years|months) ago|in (?:19|20)\d\d|previously"
    r"|earlier this year)\b",
    re.IGNORECASE,
)


def _nested(body: str, *, closed: bool) -> str:
    """The act's own double marks as single ones, inside the deed's double marks
    (``briefing.articles.nested``). A quotation the act opens and its sentence ends ("the
    inquiry proved that “no harbour chief is above the law.”": the clause stops at the
    full stop inside the marks) is closed first."""
    opened = body.count("“") - body.count("”")
    if opened == 1 and closed and body.rfind("“") > body.rfind("”"):
        body += "”"
    return nested(body)


def deed(actor: Actor, context: Context) -> tuple[str, str] | None:
    """The act, verbatim, and its source, or None."""
    acts = _acts(actor, context)
    if not acts:
        return None
    # This story's acts first, then the fuller ones, then acts before quotations, then
    # the sources' order.
    words, source, quotation = min(
        acts,
        key=lambda a: (
            bool(_BACKGROUND.search(" ".join(a[0]))),
            len(a[0]) <= FULL_WORDS,
            a[2],
        ),
    )
    cut = " …" if len(words) > MAX_WORDS else ""
    body = " ".join(words[:MAX_WORDS]).rstrip(",")
    shown = f"“{_nested(body, closed=not cut)}{cut}”"
    # "said" is the report's word, not the speaker's: it stands outside the quotation.
    return (f"said {shown}" if quotation else shown), source
