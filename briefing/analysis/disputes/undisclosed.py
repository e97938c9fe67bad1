"""Not said, and said: one report says someone did not say where, when or how much ("The
campaign would not say where the spot will air"), an independent report states it ("The
spot airs statewide in Kelby"). The first report's reader takes it as unknown; it is an
open question between the two.

A pair is taken only when:

- the first sentence says, in the report's own words, that someone did not say,
  disclose, reveal or specify where, when, how much or how many, and names what of
  (the first content word of the clause after it: "the *spot* will air");
- a sentence of an independent source, in its own words and not hedged (a plan
  answers as a report does), names that thing and, within ``ANSWER_WORDS`` words after
  it, the answer of the kind asked: a place after "in" or "at" for where, a weekday or a month for
  when, an amount of money for how much, a count for how many.

Written for a report-half gold already read (an ad's market), so that half's figure is
no unseen check of it; it shows nothing else on the 91 events (docs/calibration.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.figures import Figure
from briefing.analysis.lexicon import DETERMINERS, NEGATION, OTHER_OF_KIND, PRONOUNS
from briefing.analysis.text import Statement, in_quotation
from briefing.articles import (
    MONTHS,
    STOP_WORDS,
    WEEKDAYS,
    past_lemma,
    stem,
    verb_form,
    verb_lemma,
)

ANSWER_WORDS = 8
UNSAID = re.compile(
    r"\b(?:did not|didn[’']t|would not|wouldn[’']t|will not|won[’']t|declined to|refused to"
    r"|has not|hasn[’']t|have not|haven[’']t)\s+(?:yet\s+|immediately\s+)?"
    r"(?:say|said|disclose|disclosed|reveal|revealed|specify|specified)\s+"
    r"(?P<wh>where|when|how much|how many)\s+(?P<clause>[^,;.:]+)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
# Verbs that tell no act of their own between a thing and its answer.
_NOT_ACTS = frozenset(
    "is are was were be been being has have had do does did will would can could shall "
    "should may might must".split()
)
# How a plan is dated: "is set for Thursday" dates the act asked about.
_SCHEDULED = frozenset("set scheduled slated planned expected due".split())
_HOPED = re.compile(r"\b(?:hope[sd]?|hoping|might|may|could|would)\b", re.IGNORECASE)
_ANOTHER = re.compile(
    rf"\b(?:{'|'.join(sorted(OTHER_OF_KIND | {'first', 'last'}))})\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w’'.-]+")
# A weekday or a month, written whole or as AP style shortens it ("Feb. 21").
_WHEN = re.compile(
    r"\b(?:" + "|".join(w.title() for w in (*WEEKDAYS, *MONTHS)) + r")\b"
    r"|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\."
)


def _thing(clause: str) -> tuple[str, str | None] | None:
    """What was not said of, and the act asked about: the clause's first content word,
    when it is a common noun (not a pronoun, a name or a verb's past: "how much *it
    lost*" asks of nothing a report can name), and the verb after it ("the spot will
    *air*")."""
    words = _WORD.findall(clause)
    for n, word in enumerate(words):
        folded = word.casefold()
        if folded in STOP_WORDS or folded in DETERMINERS:
            continue
        if folded in PRONOUNS or word[0].isupper() or past_lemma(folded) is not None:
            return None
        act = next((verb_lemma(w.casefold()) for w in words[n + 1 :] if _is_act(w)), None)
        return folded, act
    return None


def _is_act(word: str) -> bool:
    folded = word.casefold()
    return folded not in _NOT_ACTS and verb_form(folded)


def _answer_at(wh: str, after: str, figures: list[Figure], offset: int) -> int | None:
    """Where in the words after the thing the answer stands, if they give one: a place
    (no month, weekday or possessive), a weekday or month, or a figure among
    ``figures`` (those within ``ANSWER_WORDS`` words of the thing, before it too: "paid
    $4 million for the cranes")."""
    if wh == "where":
        found = next((m for m in _PLACE.finditer(after) if _a_place(m.group())), None)
        return found.start() if found else None
    if wh == "when":
        found = _WHEN.search(after)
        return found.start() if found else None
    money = wh == "how much"
    inside = [
        max(0, f.start - offset)
        for f in figures
        if (f.unit == "money") == money and f.kind == "count"
    ]
    return min(inside) if inside else None


def _a_place(found: str) -> bool:
    name = found.rsplit(maxsplit=1)[-1]
    return not (_WHEN.fullmatch(name) or re.search(r"[’']s$", name))


def _answered_by_another_act(between: str, act: str | None) -> bool:
    """A verb between the thing and its answer, not the act asked about, makes the
    answer another act's: "the bridge *closed* on Friday" does not say when it will
    reopen; "a spokesman *said* on Tuesday" dates the saying."""
    for word in _WORD.findall(between):
        folded = word.casefold()
        if folded in _NOT_ACTS or folded in _SCHEDULED or not verb_form(folded):
            continue
        told = past_lemma(folded) is not None or folded.endswith("ing")
        if told and act not in (verb_lemma(folded), past_lemma(folded)):
            return True
    return False


def _stated(item: Statement, thing: str, act: str | None, wh: str) -> int | None:
    """How many characters after the thing the sentence answers the question, if it
    does."""
    words = list(_WORD.finditer(item.text))
    best: int | None = None
    for n, word in enumerate(words):
        if stem(word.group().casefold()) != stem(thing) or in_quotation(item.text, word.start()):
            continue
        if _ANOTHER.search(item.text, 0, word.start()):
            continue  # "another spot in Kelby" is not the spot asked about
        end = words[min(len(words) - 1, n + ANSWER_WORDS)].end()
        begin = words[max(0, n - ANSWER_WORDS)].start()
        after = item.text[word.end() : end + 1]  # with a stop after its last word ("Feb.")
        near = [f for f in item.figures if begin <= f.start < end]
        at = _answer_at(wh, after, near, word.end())
        if at is None or _answered_by_another_act(after[:at], act):
            continue
        if best is None or at < best:
            best = at
    return best


def _answers(item: Statement) -> bool:
    """Whether a sentence can answer: it states, in its own words, without a negation,
    a hope or a question, and is not itself saying something was not said."""
    text = item.text
    if item.hedged or text.rstrip('"”’').endswith("?") or UNSAID.search(text):
        return False
    return not (NEGATION.search(text) or _HOPED.search(text))


def _pairs(context: Context) -> Iterator[tuple[Statement, re.Match[str], Statement]]:
    for item in context.all():
        for match in UNSAID.finditer(item.text):
            read = _thing(match["clause"])
            if read is None or in_quotation(item.text, match.start()):
                continue
            thing, act = read
            wh = match["wh"].casefold()
            answers = [
                (at, other)
                for other in context.all()
                if context.independent(other.article_id, item.article_id) and _answers(other)
                for at in (_stated(other, thing, act, wh),)
                if at is not None
            ]
            if answers:
                yield item, match, min(answers, key=lambda a: a[0])[1]


def undisclosed(context: Context) -> list[Candidate]:
    """One candidate per sentence saying something was not said that another source
    states."""
    found = []
    for item, match, stated in _pairs(context):
        question = f"{match['wh'].casefold()} {match['clause'].strip()}"
        found.append(
            Candidate(
                detector="open question",
                sides=((quote(item, match.group()),), (quote(stated),)),
                kinds=("open question",),
                settled="open question",
                evidence=f"{context.label(item.article_id)} says it was not said "
                f"{question}; {context.label(stated.article_id)} says it",
                topic=f"Is it known {question}?",
                positions=("not said", "stated"),
                score=1.6,
                why="Neither: one report says it was not said, another states it.",
                terms=frozenset(item.stems & stated.stems),
            )
        )
    return found
