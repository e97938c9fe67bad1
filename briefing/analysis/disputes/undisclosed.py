"""Not said, and said: one report says someone did not say where, when or how much ("The
campaign would not say where the spot will air"), an independent report states it ("The spot airs statewide in Kelby"). The first report's reader takes it as unknown; it is an
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
from briefing.analysis.lexicon import DETERMINERS, OTHER_OF_KIND
from briefing.analysis.text import Statement, in_quotation
from briefing.articles import MONTHS, STOP_WORDS, WEEKDAYS, stem

ANSWER_WORDS = 8
UNSAID = re.compile(
    r"\b(?:did not|didn[’']t|would not|wouldn[’']t|declined to|refused to|has not|hasn[’']t"
    r"|have not|haven[’']t)\s+(?:yet\s+|immediately\s+)?(?:say|said|disclose|disclosed|reveal"
    r"|revealed|specify|specified)\s+"
    r"(?P<wh>where|when|how much|how many)\s+(?P<clause>[^,;.:]+)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_ANOTHER = re.compile(
    rf"\b(?:{'|'.join(sorted(OTHER_OF_KIND | {'first', 'last'}))})\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w’'.-]+")
_WHEN = re.compile(r"\b(?:" + "|".join(w.title() for w in (*WEEKDAYS, *MONTHS)) + r")\b")


def _thing(clause: str) -> str | None:
    """What was not said of: the clause's first content word."""
    words = (w.casefold() for w in _WORD.findall(clause))
    return next((w for w in words if w not in STOP_WORDS and w not in DETERMINERS), None)


def _answer_at(wh: str, item: Statement, after: str) -> int | None:
    """Where in the words after the thing the answer stands, if they give one."""
    if wh == "where":
        found = _PLACE.search(after)
        return found.start() if found else None
    if wh == "when":
        found = _WHEN.search(after)
        return found.start() if found else None
    money = wh == "how much"
    counts = [f for f in item.figures if (f.unit == "money") == money and f.kind == "count"]
    return 0 if counts else None


def _stated(item: Statement, thing: str, wh: str) -> int | None:
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
        at = _answer_at(wh, item, item.text[word.end() : end])
        if at is not None and (best is None or at < best):
            best = at
    return best


def _pairs(context: Context) -> Iterator[tuple[Statement, re.Match[str], Statement]]:
    for item in context.all():
        for match in UNSAID.finditer(item.text):
            thing = _thing(match["clause"])
            if thing is None or in_quotation(item.text, match.start()):
                continue
            wh = match["wh"].casefold()
            answers = [
                (at, other)
                for other in context.all()
                if context.independent(other.article_id, item.article_id) and not other.hedged
                for at in (_stated(other, thing, wh),)
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
