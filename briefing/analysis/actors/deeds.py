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

import functools
import re
from collections.abc import Sequence

from briefing.analysis.actors.roles import ACTS, spellings, tail_of_name
from briefing.analysis.disputes.context import Context
from briefing.analysis.lexicon import DETERMINERS
from briefing.analysis.text import PREPOSITIONS, Statement, in_quotation, object_of
from briefing.articles import nested, past_lemma, verb_form, verb_lemma
from briefing.merge import TITLES, Actor

MAX_WORDS = 16
# Acts of this many words or fewer, the verb's included, say nothing ("Cheney said."
# after a quotation); one of more than ``FULL_WORDS`` is preferred ("told reporters
# outside the station", after a quotation, says where, not what).
MIN_WORDS = 3
FULL_WORDS = 6
# The clause runs to a period, unless the period ends an abbreviation ("Mr. Reid", "on
# Oct. 28") or a comma follows it ("the flood in Kelby, Ore., a disaster").
_CLAUSE = (
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|[A-Z])\."
    r"|\d\.\d|\.(?=,)|[^.;:])*"
)
_AUXILIARIES = r"(?:(?:has|had|have|also|later|then|again|publicly|reportedly|officially)\s+)*"
# An aside may hold an abbreviation's period: "John Moss, R-Ariz., said".
_ABBREVIATED = r"(?<=[A-Z])\.|(?<=[A-Z][a-z])\.|(?<=[A-Z][a-z]{2})\.|(?<=[A-Z][a-z]{3})\."
_ASIDE = rf"(?:,(?:[^,;.]|{_ABBREVIATED}){{3,90}},)?"


def _subject(text: str, match: re.Match[str]) -> bool:
    """The name is the verb's subject, neither the end of a longer name nor the object of
    a preposition (in "a letter to Tova and Vera read out at the dinner" it is the note
    that was read), nor inside a quotation: "Mayor Moss wants me on the pier," the aide
    said, is the aide's account, not an act the report gives the mayor."""
    at = match.start()
    first = _OBJECT_FIRST.search(text[:at])
    if first and (first["before"] or "").casefold() not in PREPOSITIONS | {"in"}:
        return False
    if _REPORTED_THAT.search(text[:at]):
        return False
    return not (in_quotation(text, at) or tail_of_name(text, at) or object_of(text, at))


# A relative clause whose object stands before its subject: in "Nunes, whom Democrats have
# accused of the same abuses" the act taken alone ("accused of the same abuses") reads as
# done to the Democrats. After a preposition the object follows as usual: "an exchange in
# which Cohen accused Carpenter".
# Another's report of the act: "The Kelby Star first reported Friday that the union had
# decided to accept cuts" is the Star's account, which the union may deny.
_REPORTED_THAT = re.compile(r"\breported\b[^.;:]{0,40}\bthat\s+(?:the\s+)?$", re.IGNORECASE)
_OBJECT_FIRST = re.compile(
    r"(?:\b(?P<before>\w+)\s+)?\b(?:whom|which)\s+(?:the\s+)?$", re.IGNORECASE
)


# A quotation its speaker is named after: "“We will not wait,” said Mayor Ida Moss" or
# "“...,” Senator Ida Moss, Democrat of Ohio, said". Title words before the name are
# capitalised or a qualifier, and the name ends the speaker's phrase ("said Moss
# spokesman Tom Reed" is Reed's).
_SAID = r"(?:said|says|added|noted|wrote|warned)"
_TITLE_RUN = r"(?:(?:[A-Z][\w.’'-]*|former|acting|interim)\s+){0,4}"
# Before the speaker's name after a quotation: capitalised words, "the", or titles and
# jobs as written ("spokeswoman Ida Moss said", "the Kelby Union said").
_SPEAKER_RUN = (
    rf"(?:(?:[A-Z][\w.’'-]*|former|acting|interim|(?i:{'|'.join(sorted(TITLES))}))\s+){{0,4}}"
)
_QUOTED = r"[“\"](?P<quote>[^“”\"]{10,}?[?!]?)[,.]?[”\"]\s*,?\s*"
_NAME_ENDS = r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:of|who|in|at|on|from)\b)"


_QUOTED_TITLE = r"(?-i:[A-Z][\w’']*(?:\s+(?:[A-Z][\w’']*|and|of|the)){0,4})[.,]?(?:[”\"]|$)"
# A saying that tells where, when or of what, not what: "said before the vote", "wrote in
# a letter", "said, referring to the polls", "said of the address". What was said is then
# the quotation the speaker is named after, if there is one. Not when a clause follows
# ("said on Monday she would veto it", "said in remarks the levy was unlawful"). A title
# in quotation marks ("on the program “Fox and Friends.”") is no quotation.
_BARE_SAYING = re.compile(
    r"(?:said|says|wrote|writes|added|noted)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
    r"(?:,|\s+(?:in|at|before|after|during|on|while|when|as|from|through|of|about(?=\s+(?:the|a|an|his|her|their|its)\s))\b)"
    rf"(?!.*(?:\bthat\b|[“\"](?!{_QUOTED_TITLE})|\b(?:he|she|they|it|we|i|is|was|were|are"
    r"|would|will|has|had|have|could|should|must|can|did|does)\b))"
    # An attribution between commas: "the levy, the Kelby Star reported, but the board
    # kept it quiet …": what follows is the sentence's subject's, not the reporter's.
    # "told the crowd Thursday night": to whom and when, not what.
    r"|told\s+(?:the\s+|a\s+|an\s+)?\w+(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
    r"(?:\s+(?:night|morning|afternoon|evening))?\W*$"
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


@functools.lru_cache(maxsize=4096)
def _patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The name before its act; the name after the quotation it said."""
    escaped = re.escape(name)
    act = rf"\b{escaped}\b(?![’']s){_ASIDE}\s+{_AUXILIARIES}(?P<act>{ACTS}\b{_CLAUSE})"
    said = (
        rf"{_QUOTED}(?:{_SAID}\s+{_TITLE_RUN}{escaped}\b(?![’']s){_NAME_ENDS}"
        rf"|{_SPEAKER_RUN}(?P<name>{escaped}){_ASIDE}\s+{_SAID}\b)"
    )
    return re.compile(act), re.compile(said)


# An act: its words, its source, and whether it is a quotation rather than an act.
_Act = tuple[list[str], str, bool]


# A sentence opening on a subordinate clause: "While the union claims its position is
# unchanged, others detected a shift": the act ends at the comma that closes the clause
# (not one inside a date or an abbreviated place: "on Oct. 28, 2025,", "Kelby, Ore.,").
# Under "If" or "Unless" it is no act at all: "If Moss had signed the levy, …".
_TITLE_WORDS = r"(?:(?:[A-Z][\w’'-]*\.?|former|acting)\s+){0,3}"
_SUBORDINATE = re.compile(
    r"^[\"“]?(?P<word>While|Although|Though|Because|Since|If|Unless|As|Even as|When|Whereas"
    rf"|After|Before|Once)\s+(?:the\s+)?{_TITLE_WORDS}$"
)
_CLAUSE_COMMA = re.compile(r",\s+(?!\d|[A-Z][a-z]{0,4}\.|that\b)")


def _own_clause(text: str, match: re.Match[str]) -> str:
    """The act, cut at the comma that ends an opening subordinate clause; none under a
    condition."""
    act = match.group("act")
    opening = _SUBORDINATE.match(text[: match.start()])
    if opening is None:
        return act
    if opening["word"] in ("If", "Unless"):
        return ""
    return _CLAUSE_COMMA.split(act, maxsplit=1)[0]


def _longer_name(text: str, at: int) -> bool:
    """Whether a capitalised word that is neither a title nor an initial stands right
    before the name at ``at``: "Ivo Moss" is another Moss; "Secretary Jacob J. Lew" is
    Lew."""
    before = text[:at].split()
    word = before[-1] if before else ""
    if re.fullmatch(r"[A-Z]\.", word) or word.endswith(("”", '"', "’", "'", ",")):
        return False  # an initial, or the quotation's last word
    return word[:1].isupper() and word.casefold().strip(".,") not in TITLES


def _found(item: Statement, patterns: list[tuple[re.Pattern[str], re.Pattern[str]]]) -> _Act | None:
    """The sentence's act of the actor under any spelling, else a quotation it said."""
    for act, _ in patterns:
        match = next((m for m in act.finditer(item.text) if _subject(item.text, m)), None)
        own = _own_clause(item.text, match) if match else ""
        if match and _BARE_SAYING.match(own):
            continue
        words = own.split()
        if len(words) > MIN_WORDS:
            return words, item.article_id, False
    for _, said in patterns:
        # "“…,” Ivo Moss said" is not Ida Moss's under her spelling "Moss".
        quoted = next(
            (
                m
                for m in said.finditer(item.text)
                if m.group("name") is None or not _longer_name(item.text, m.start("name"))
            ),
            None,
        )
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
    r"\b(?:last (?:year|month|week)|(?:years|months) ago|in (?:19|20)\d\d|previously|at the time"
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
    elif closed and not opened and len(re.findall(r'(?<!\d)"', body)) % 2:
        body += '"'  # straight marks: "said the remark was "wildly inaccurate."
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


# What ends the clause a name opens, so that a verb after it has another subject: "Barr is
# expected to release more, but Democrats are demanding the full report"; "the FBI found
# the emails as they investigated"; "the minds of Democrats, and the party is calling".
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:but|while|whereas|although|though|because|unless|until|whether|if|when"
    r"|once|since|he|she|they|it|we|you)\b|\bI\b|,\s+and\s+(?:the|a|an|his|her|their|its|[A-Z])"
)
# Words a stance may open on before its verb ("is expected to", "has not").
_AUXILIARY_WORDS = frozenset(
    "is are was were be been being has have had will would can could may might should must "
    "do does did to also not still".split()
)
# Saying verbs that may stand right before the speaker's titles and name: "said Mayor Moss".
_SAYING = frozenset(
    "say tell write add note ask warn argue insist claim explain concede reply declare".split()
)
_TITLE_WORD = re.compile(r"^(?:[A-Z][\w.’'-]*|former|acting|interim),?$")
_BE = frozenset("is are was were be been being".split())
# The actor's own saying, then the pronoun that stands for the actor: "Moss said she will
# appeal"; an aside right after the name ("Moss, chair since 2019, vetoed") is hers too.
_OWN_SAYING = re.compile(
    rf"^{_ASIDE}\s+(?:(?:has|had|also)\s+)?(?:said|says|told\s+\w+|added|announced|insisted"
    r"|argued|warned|vowed|promised)\s+(?:that\s+)?(?:he|she|they|it|we)\b"
)


def _lead_verb(stance: str) -> str | None:
    """The stance's first verb, auxiliaries and a subject's noun aside: "is calling on Moss
    to resign" -> calling; "the minister welcomed the decision" -> welcomed."""
    words = re.findall(r"\b[a-z]+\b", stance.casefold())
    after = ["", *words[:-1]]
    found = (
        w
        for w, before in zip(words, after, strict=True)
        if w not in _AUXILIARY_WORDS and before not in DETERMINERS and verb_form(w)
    )
    return next(found, None)


def _verb_before(text: str, at: int) -> tuple[str, bool]:
    """The word right before the name at ``at``, titles aside, and whether a comma or a
    quotation's end stands before that word (an attribution set after what was said)."""
    before = text[:at].split()
    while before and _TITLE_WORD.match(before[-1]):
        before.pop()
    word = before[-1] if before else ""
    return word, len(before) > 1 and before[-2].endswith((",", "”", '"', "’"))


def _said_before(text: str, at: int, lemma: str) -> bool:
    """Whether a saying verb of ``lemma`` stands right before the name at ``at``, titles
    aside, after a comma or a quotation's end: "…,” said Transport Minister Moss" ("Kessel
    told Moss" makes her the one told)."""
    word, attributed = _verb_before(text, at)
    return attributed and verb_lemma(word.casefold()) == lemma


def _object_of_verb(text: str, at: int) -> bool:
    """Whether a verb's past stands right before the name, titles aside: "Kessel, who beat
    Ida Moss in the primary, demanded a recount" gives Moss no act; "…, argued Governor
    Moss" is an attribution, not an object."""
    word, attributed = _verb_before(text, at)
    return word.islower() and past_lemma(word) is not None and not attributed


def _clause_after(text: str, end: int) -> str:
    """The words the name's own clause holds after it, up to a clause break."""
    clause = text[end:]
    own = _OWN_SAYING.match(clause)
    skip = own.end() if own else (aside.end() if (aside := re.match(_ASIDE, clause)) else 0)
    stop = _CLAUSE_BREAK.search(clause, skip)
    return clause[: stop.start()] if stop else clause


def _active(words: list[str], lemma: str, passive: bool) -> bool:
    """Whether a form of the verb stands among the words as the name's own act: not a
    participle after a form of be ("Moss was sued by the board"), unless the stance is
    passive too."""
    for n, word in enumerate(words):
        if verb_lemma(word) != lemma:
            continue
        if passive or n == 0 or words[n - 1] not in _BE:
            return True
    return False


def gives_act(text: str, names: Sequence[str], stance: str) -> bool:
    """Whether the sentence gives the stance's verb to one of the names as its subject: the
    verb, in any form ("calls", "called"), follows the name in the clause the name opens
    (no clause break or new subject between; a pronoun after the name's own saying is the
    name's: "Moss said she will appeal"), not as a passive, or a saying verb stands right
    before it after a comma or quotation ("…,” said Mayor Moss"). The model's "demanding
    the full report" for Barr is the Democrats' act in "Barr is expected to release more,
    but Democrats are demanding the full report"."""
    verb = _lead_verb(stance)
    if verb is None:
        return False
    lemma = verb_lemma(verb)
    folded = stance.casefold().split()
    passive = bool(_BE & set(folded[: folded.index(verb)] if verb in folded else []))
    for name in names:
        for match in re.finditer(rf"\b{re.escape(name)}\b(?![’']s)", text):
            if not _subject(text, match) or _object_of_verb(text, match.start()):
                continue
            if lemma in _SAYING and _said_before(text, match.start(), lemma):
                return True
            words = re.findall(r"\b[a-z]+\b", _clause_after(text, match.end()))
            if _active(words, lemma, passive):
                return True
    return False


def same_act(stance: str, shown: str) -> bool:
    """Whether a deed as shown (``deed``) opens on the stance's verb: the model's "calling
    the strike" is the sources' “called the strike “irresponsible” …”, which says it in
    full and verbatim."""
    verb = _lead_verb(stance)
    first = re.findall(r"[a-z]+", shown.removeprefix("said ").lstrip("“")[:40])
    return verb is not None and bool(first) and verb_lemma(first[0]) == verb_lemma(verb)
