"""What in a sentence looks ahead from the day it was written: the forward-looking words
of What to watch (``AHEAD``), less those the sentence puts in the past or uses for a
judgement, and whether they are only a speaker's own words. Set on the real corpus's
tune half against blind labels (eval/real/basil.watch.gold.json; docs/calibration.md).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from briefing.analysis import AHEAD_MARK, REPORTED_FUTURE, SAYING
from briefing.articles import DAYS_AND_MONTHS, QUOTED, STOP_WORDS, past_lemma, stem, strip_accents
from briefing.merge import COURTESIES, TITLES

# A "would" said in the past is the future as it was then (a "will" is still claimed
# now): "At the time, Moss told dockers she would …", "Lind had previously pledged that
# the ferry would …", "the port said at the time it would …", reached within the clause.
_PAST_SAID = re.compile(
    r"(?:\b(?:had\s+(?:\w+ly\s+)?|previously\s+|(?:at|back) the time,?\s+(?:\w+\s+){1,2})"
    r"(?:said|announced|stated|maintained|insisted|vowed|promised|pledged|argued|claimed"
    r"|indicated|told)\b|\b(?:said|announced|stated) at the time\b)[^.;:,—–]*$",
    re.IGNORECASE,
)
# "If the pilot had radioed, the tugs would …": what did not happen.
# Bounded, so that a long run of clauses does not make it search for seconds.
_COUNTERFACTUAL = re.compile(r"\bif\b[^.;:,—–]{0,200}\bhad\b[^.;:—–]{0,300}$", re.IGNORECASE)
# A judgement in the future tense, not an event: "it will be odd to watch the quay …",
# "it would be rash and unfair to read the figures …", "it would not cost Moss much to …".
_VERDICTS = (
    "interesting|hard|difficult|easy|wrong|right|good|bad|helpful|surprising|unfair|fair"
    "|inaccurate|oversimplified|premature|impossible|foolish|wise|unwise|rash|odd|strange"
    "|great|important|necessary|useful|naive|mistake|error|shame|pity|tough|nice|silly"
    "|irresponsible|inappropriate|remiss"
)
_JUDGEMENT = re.compile(
    r"(?:will|would)\s+(?:not\s+)?(?:be|seem)\s+(?:(?:a|an|very|too|so|quite|really|more"
    rf"|less)\s+)?(?:{_VERDICTS})\b(?:\s+and\s+\w+)?\s+(?:to|if|for)\b"
    r"|(?:will|would)\s+(?:not\s+)?cost\s+(?:\w+\s+)?(?:much|little|nothing|anything)\s+to\b",
    re.IGNORECASE,
)
# How long something to come will last, or by when: a quoted forecast bounded in time
# ("the water will stay high for at least two days") is no slogan.
_SPAN = re.compile(
    r"\b(?:for|within|in|over)\s+(?:at\s+least\s+|the\s+next\s+|another\s+|up\s+to\s+)?"
    r"(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several"
    r"|a\s+couple\s+of|couple\s+of)\s+(?:hours?|days?|weeks?|months?|years?)\b"
    r"|\b(?:later\s+)?this\s+(?:week|month|year|weekend)\b|\bthe\s+coming\s+(?:days|weeks|months)\b"
    r"|\bbefore\s+the\s+end\s+of\b",
    re.IGNORECASE,
)
_IT_BEFORE = re.compile(r"\bit\s+$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|would)\b", re.IGNORECASE)
_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
# The reported future of ``AHEAD``: a verb of saying, then "would" ("said he would").
_SAID_WOULD = re.compile(rf"(?:{REPORTED_FUTURE})\b[^.;:]*\bwould$", re.IGNORECASE)
# A quotation this long is someone's statement; a shorter one ("she “will veto” the
# bill") marks words the report itself states.
_STATEMENT_WORDS = 4


# A reported "would" that refuses or ends something ("said she would not run again",
# "announced that she would no longer appear"): a decision made, not an event to come.
_REFUSED = re.compile(r"\s+(?:not|never|no\s+longer)\b", re.IGNORECASE)
# A reported "would" under a condition ("said if elected he would …", "said the world
# would be safer if …"): a hypothetical. The clause runs to a stop, not a comma ("said
# if elected, he would …").
_CONDITION = re.compile(r"(?<!\beven\s)(?<!\bas\s)(?<!\basked\s)\b(?:if|unless)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:—–]")
_CLAUSE_REACH = 300
_WINDOW = 160


# What a fact already settles ("the vote ensured the bill will become law", "the
# appointment means there will be two senators"): a consequence, not an event to watch.
_SETTLES = re.compile(
    r"\b(?:ensur(?:e|es|ed|ing)|guarantee[sd]?|guaranteeing|means|meant)(?:\s+that)?"
    r"(?:\s+[^\s,.;:]+){0,4}\s+$",
    re.IGNORECASE,
)


# "would be a …" names what something would amount to ("a handshake would be a moment
# of cowardice", "would be an unconventional choice"): a judgement, not an event. "will
# be a" stays: "the address will be a destructive force" was a warning still to come.
_WOULD_BE_ONE = re.compile(r"would\s+(?:not\s+)?be\s+[\"“]?(?:a|an|the)\b", re.IGNORECASE)
# "there would be a recount" is an event, not what something amounts to.
_THERE = re.compile(r"\bthere\s+$", re.IGNORECASE)


# A chance judged in the past ("it was clear that Moss was not likely to win"), unless a
# verb of saying reports it ("said the bridge was likely to reopen on Friday").
_WAS_LIKELY = re.compile(r"\b(?:was|were)\s+(?:not\s+)?(?:un)?likely\s+to$", re.IGNORECASE)
_REPORTED = re.compile(rf"\b(?:{SAYING})\b[^.;:]*$", re.IGNORECASE)


def _judged_before(text: str, found: re.Match[str]) -> bool:
    head = text[: found.end()]
    return bool(_WAS_LIKELY.search(head)) and not _REPORTED.search(text[: found.start()])


def _hypothetical_or_refused(text: str, found: re.Match[str]) -> bool:
    """Whether a reported future (``AHEAD``'s "said … would") is a refusal or hangs on a
    condition with no date (set on the real corpus's tune half: of the labelled sentences
    only this marker makes forward-looking, those with either were never still to come;
    the day set's dated strike threat "in May unless …" is)."""
    if not _SAID_WOULD.match(found.group()):
        return False
    modal = found.start() + list(_WOULD.finditer(found.group()))[-1].end()
    # The clause after the modal, to its stop and at most ``_CLAUSE_REACH`` characters.
    stop = _CLAUSE_END.search(text, modal, modal + _CLAUSE_REACH)
    rest = text[modal : stop.start() if stop else modal + _CLAUSE_REACH]
    # Dated after the modal, a refusal or a threat on a condition is to watch ("would not
    # reopen until Monday", "would call a walkout in May unless …"); a date before it is
    # the saying's ("said on Monday that the Kelby ferry would no longer sail").
    if _dated(rest):
        return False
    return bool(_REFUSED.match(text, modal) or _CONDITION.search(found.group() + rest))


_NAMED = "|".join(sorted(w.capitalize() for w in DAYS_AND_MONTHS))
_DATE_WORD = re.compile(rf"\b(?:{_NAMED})\b|\bnext\s+(?:week|month|year)\b|\b(?:19|20)\d\d\b")


@functools.lru_cache(maxsize=256)
def _dated(text: str) -> bool:
    """Whether the words name a day, a month (capitalised: "may" and "march" are verbs),
    a year, "next week", or how long or by when (``time_bound``)."""
    return time_bound(text) or _DATE_WORD.search(text) is not None


def _still_ahead(text: str, found: re.Match[str]) -> bool:
    """Whether what ``found`` marks looks ahead from the sentence's day: not a "would"
    said or supposed in the past before it in its clause, nor a reported "would" that
    refuses or hangs on a condition, nor a consequence a fact settles ("ensured the bill
    will become law"), nor a judgement opened by "it"."""
    head = text[: found.end()]
    if _WOULD.search(found.group()) and (_PAST_SAID.search(head) or _COUNTERFACTUAL.search(head)):
        return False
    if _hypothetical_or_refused(text, found) or _judged_before(text, found):
        return False
    modals = list(_WILL.finditer(found.group()))
    if not modals:
        return True
    at = found.start() + modals[-1].start()
    # Both end at the modal within a few words: searched in a window before it.
    if _SETTLES.search(text, max(0, at - _WINDOW), at):
        return False
    if _WOULD_BE_ONE.match(text, at) and not _THERE.search(text, max(0, at - _WINDOW), at):
        return False
    return not (_IT_BEFORE.search(text[:at]) and _JUDGEMENT.match(text, at))


# A report speaks of others; a sentence whose subject is "I" or "we" outside quotation
# marks, naming no one saying it, is a quotation's next sentence, split from the words
# that said who spoke ("We will bring the yards back."). Not a numeral: "I-95", "Title I",
# "World War I"; nor a possessive, which a newsroom or a name may have ("our analysis",
# "Our Lady of Mercy").
# Not a name's first word either ("I Love Kelby", "We Are Orsa"), nor an initial ("Ida I.
# Moss").
_FIRST_PERSON = re.compile(r"\b(?:I(?![-\d.])|[Ww]e)\b(?!\s+[A-Z])")
# Before "I", a capitalised word past the sentence's first, or a word that numbers, makes
# it a numeral: "World War I", "Title I money", "a phase I trial".
_NUMERAL_BEFORE = re.compile(
    r"(?:\S\s+[A-Z][\w’'.-]*|\b(?i:phase|stage|type|class|grade|level|title|part|tier|war"
    r"|category|schedule|chapter|article|section))\s+$"
)
# A quotation in straight single marks ("the slogan 'We will not be moved'").
_SINGLE_QUOTED = re.compile(r"(?<!\w)'[^'\n]*'(?!\w)")
_SAYS = re.compile(
    rf"\b(?:{SAYING}|added|adds|wrote|writes|tweeted|declared|announced|warned|vowed"
    r"|insisted|noted|argued|promised|pledged|stated|explained|asked|recalled|shows?|showed"
    r"|obtained|reviewed)\b",
    re.IGNORECASE,
)


def only_quoted(text: str) -> bool:
    """Whether everything in the sentence that looks ahead is a speaker's own words: inside
    quotations of ``_STATEMENT_WORDS`` words or more ("“Kelby will build ships again”"),
    or a sentence whose subject is "I" or "we" naming no one who says it
    (``_FIRST_PERSON``).
    Undated, these were a vow or a slogan far more often than a plan on the real corpus
    (docs/calibration.md)."""
    found = [m for m in AHEAD_MARK.finditer(text) if _still_ahead(text, m)]
    if found and _unattributed_speech(text):
        return True
    return bool(found) and all(_in_statement(text, m.start()) for m in found)


def _unattributed_speech(text: str) -> bool:
    """Whether the sentence speaks in the first person outside quotation marks and no
    verb of saying in it names the speaker."""
    outside = _SINGLE_QUOTED.sub(" ", QUOTED.sub(" ", text))
    speaker = (
        m
        for m in _FIRST_PERSON.finditer(outside)
        if m.group() != "I" or not _NUMERAL_BEFORE.search(outside[: m.start()])
    )
    return next(speaker, None) is not None and not _SAYS.search(text)


# A quotation whose opening mark the sentence split cut off: its first mark closes it,
# right after its last word's punctuation ("I will sleep in the car," said a nurse.).
_UNOPENED = re.compile(r"^[^\"“”]*?(?:(?<!\d)”|[,.!?]\")")


def _in_statement(text: str, at: int) -> bool:
    """Whether the offset is inside a quotation of ``_STATEMENT_WORDS`` words or more, one
    whose opening mark was cut off included."""
    unopened = _UNOPENED.match(text)
    if unopened and at < unopened.end() and len(unopened.group().split()) >= _STATEMENT_WORDS:
        return True
    return any(
        q.start() <= at < q.end() and len(q.group().split()) >= _STATEMENT_WORDS
        for q in QUOTED.finditer(text)
    )


# A date beside an act in the past dates that act, not what is to come: "the levy will
# pass after voting 9-2 to approve it Wednesday", "on Wednesday she shrugged off ...".
# Not a participle after "be" ("is scheduled to return Tuesday"), nor a verb of saying
# (dated apart: briefing.brief.outlook).
_PAST_REACH = 4
# Before these a participle describes ("is scheduled", "the promised vote"), no act done.
_DESCRIBING = frozenset(
    "is are was were be been being am the a an his her its their our this that these those".split()
)
_NOT_PAST = frozenset(
    "said told added wrote announced declared warned vowed insisted noted argued promised "
    "pledged threatened urged predicted expected scheduled set planned slated due poised "
    "supposed needed would could should might must had did was were".split()
)
# A clause ends at a mark or a conjunction: "would return on Saturday morning but warned
# of a longer strike" (the warning is another act).
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:but|and|while|although|though|whereas)\b")
_WORDS = re.compile(r"[A-Za-z][\w’'-]*")


def dates_a_past_act(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` stands beside an act in the past: a verb
    in the past within ``_PAST_REACH`` words before or after it in its clause, or "after"
    and a verb in -ing before it."""
    head = _CLAUSE_BREAK.split(text[:start])[-1]
    tail = _CLAUSE_BREAK.split(text[end:])[0]
    head_words, tail_words = _WORDS.findall(head), _WORDS.findall(tail)
    before = head_words[-_PAST_REACH - 1 :]
    if any(
        w.casefold() == "after" and n.casefold().endswith("ing")
        for w, n in itertools.pairwise(before)
    ):
        return True
    # Each word with the one before it, so that "be" before the window still counts.
    after = itertools.pairwise([*head_words[-1:], *tail_words[:_PAST_REACH]])
    for previous, word in itertools.chain(itertools.pairwise(before), after):
        folded = word.casefold()
        if folded in _NOT_PAST or previous.casefold() in _DESCRIBING or word[0].isupper():
            continue
        lemma = past_lemma(folded)
        if lemma is not None and lemma != folded:  # not "set", "cut": base forms too
            return True
    return False


def looks_ahead(text: str) -> bool:
    """The sentence says something is still to come (``AHEAD``), not only as said in the
    past ("At the time, Moss told dockers she would …") or as a judgement ("it will be
    odd to watch …")."""
    return any(_still_ahead(text, found) for found in AHEAD_MARK.finditer(text))


def time_bound(text: str) -> bool:
    """Whether the sentence says how long something to come lasts or by when
    ("for at least two days", "later this week", "before the end of")."""
    return bool(_SPAN.search(text))


# Where a verb follows in a mark: a modal anywhere in it ("said he will not meet …,
# saying it would"), or its closing "to" ("expected to", "plans to").
_BEFORE_VERB = re.compile(r"\b(?:will|would|shall|won[’']t)\b|\bto$", re.IGNORECASE)
# Words between such a mark and its act that are no act: "expected to be indicted",
# "will make a decision"; a negation is kept with the act ("will not resign").
_NEGATIONS = frozenset({"not", "never"})
_NO_ACT = (
    _NEGATIONS
    | STOP_WORDS
    | frozenset(
        """a an the be been being have has also then soon again now still make take get
        give go come do try""".split()
    )
)
# Words after the mark within which the act is read.
_ACT_REACH = 3
# A capitalised word after the sentence's first and not opening a quotation: after "Rep."
# or an initial too.
_NAME = re.compile(r"(?<!^)(?<![\w’'“\"-])[A-Z][^\W\d_]+")
# Capitalised words that name no one in particular: titles, courtesies, pronouns.
_NO_NAMES = TITLES | COURTESIES | frozenset({"we", "they", "he", "she"})


class _Act(NamedTuple):
    """An act a sentence says is still to come, and the names written before it."""

    act: str  # its stem, "not " before it when negated
    names: frozenset[str]


def _names(text: str) -> frozenset[str]:
    """The capitalised words of a sentence but its first, folded: no day, month, title,
    courtesy or pronoun."""
    found = (strip_accents(w).casefold() for w in _NAME.findall(text.lstrip()))
    return frozenset(found) - DAYS_AND_MONTHS - _NO_NAMES


def _opening_name(text: str, other: str) -> frozenset[str]:
    """The sentence's first word when the other sentence writes it as a name ("Lind will
    meet Moss" beside "…, Lind said"): a capitalised first word may be any word."""
    first = re.match(r"\W*([A-Z][^\W\d_]+)", text)
    word = strip_accents(first.group(1)).casefold() if first else ""
    return frozenset({word}) & _names(other)


def _acts(text: str, other: str = "") -> Iterator[_Act]:
    opening = _opening_name(text, other)
    for mark in AHEAD_MARK.finditer(text):
        if not _still_ahead(text, mark):
            continue
        for verb in _BEFORE_VERB.finditer(mark.group()):
            at = mark.start() + verb.end()
            after = re.findall(r"[^\W\d_][\w’'-]*", text[at:])[:_ACT_REACH]
            index = next((n for n, w in enumerate(after) if w.casefold() not in _NO_ACT), None)
            if index is None:
                continue
            negated = verb.group().casefold().startswith("won") or any(
                w.casefold() in _NEGATIONS for w in after[:index]
            )
            act = ("not " if negated else "") + stem(after[index])
            yield _Act(act, _names(text[: mark.start() + verb.start()]) | opening)


def ahead_acts(text: str) -> frozenset[str]:
    """The stems of the acts the sentence says are still to come: after each modal or
    "to" of a mark, its first word that is neither an auxiliary, a light verb nor a stop
    word ("indict" of "is expected to be indicted", "decis" of "will make a decision"),
    "not " before it when negated ("will not resign", "won't resign")."""
    return frozenset(a.act for a in _acts(text))


def same_act_ahead(first: str, second: str) -> bool:
    """Whether two sentences say one act is still to come of one name: an act of each in
    common and a name both write before it ("Rep. Ivo Lind is expected to be indicted" and
    "Ivo T. Lind was expected to be indicted on fraud charges"). Whether their dates
    agree is the caller's (briefing.brief.outlook)."""
    theirs = list(_acts(second, first))
    return any(a.act == b.act and a.names & b.names for a in _acts(first, second) for b in theirs)
