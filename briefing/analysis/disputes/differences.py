"""Differences between two sentences that code can check: a figure, a date, a negation,
an undecided status against a decided one, opposed words (denied / admitted, continued /
ended: briefing.analysis.lexicon.POLARITY), two ways one thing ended (fired / resigned:
briefing.analysis.disputes.ended), or the words of one quotation.

``sentence_differences`` says which kinds two whole sentences may differ in (what the
proposal prompt is shown); ``checked_difference`` checks the words a model named in each
sentence: they are in it, they differ in one of these kinds, and they are said of one
thing (briefing.analysis.disputes.one_thing). The kind of dispute follows from the
difference, never from the model's label.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from briefing.analysis.disputes.candidate import DisputeKind
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.ended import ended_apart, ended_two_ways
from briefing.analysis.disputes.nearby import other_countries
from briefing.analysis.disputes.one_thing import (
    Named,
    alike_dates,
    one_quantity,
    one_remark,
    replaced,
    same_doer,
)
from briefing.analysis.figures import COUNTED, Figure, compatible
from briefing.analysis.lexicon import NEGATION, POLARITY
from briefing.analysis.text import PREDICTIVE_MARK, Statement, in_quotation, is_hedged, polarity
from briefing.articles import MONTHS, WEEKDAYS, stem, stems

# How much each difference adds to a pair's rank: figures, dates and quotations are
# exact; a status or a negation is often a different step of the story.
DIFFERENCES = {
    "figure": 0.3,
    "date": 0.3,
    "quotation": 0.3,
    "polarity": 0.3,
    "ended": 0.3,
    "status": 0.1,
    "negation": 0.1,
}
# What a checked difference of two ways one thing ended says (the brief keeps both out of
# the developments: briefing.brief.build).
ENDED_TWO_WAYS = "ended two ways"
# Words after "will", "expected to", "not" ... that name the act left open or denied.
ACT_WORDS = 4
# Words each way of a date that say what it dates.
EVENT_WORDS = 5
# Words two quotations of one remark share at least.
QUOTED_WORDS = 4
# Named words are a part of their sentence: at most this many words and this share of it.
MAX_WORDS = 12
MAX_SHARE = 0.6

_WEEKDAYS = "|".join(WEEKDAYS)
_MONTHS = "|".join(MONTHS)
_DATE = re.compile(
    rf"\b(?P<weekday>{_WEEKDAYS})\b|\b(?P<month>{_MONTHS})\b|\b(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?P<relative>(?:last|this|next|earlier this|later this) (?:week|month|year)"
    r"|yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)
QUOTATION = re.compile(r"[\"“]([^\"“”]{12,}?)[\"”]")
# "May" and "March" are months only with a day or year beside them, or after "in", "by",
# "since", "until", "mid-" or "mid "; otherwise the modal verb or the verb.
_VERB_MONTHS = frozenset({"may", "march"})
_MONTH_AS_DATE = (
    r"\b{m}\s+\d|\d\s+{m}\b|\b(?:in|by|since|until|early|late|last|next|this)\s+{m}\b"
    r"|\bmid[- ]{m}\b"
)


@dataclass(frozen=True)
class Difference:
    """What code found differing in the two named words, and the dispute kind it makes."""

    dispute: DisputeKind
    evidence: str
    figures: tuple[float, float] | None = None


def told_two_ways(detector: str, evidence: str) -> bool:
    """Whether a dispute is one ending told two ways, found by code's detector or a
    model's proposal code checked the same way: neither account is a development."""
    return detector == ENDED_TWO_WAYS or ENDED_TWO_WAYS in evidence


def date_matches(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Each date word of the text (between ``start`` and ``end``), its class the match's
    group name; the verbs "may" and "march" are no date ("that may change in June")."""
    kept = dates(text)
    for match in _DATE.finditer(text, start, len(text) if end is None else end):
        if match.group().casefold() in kept.get(match.lastgroup or "", ()):
            yield match


def dates(text: str) -> dict[str, frozenset[str]]:
    """Date words by class (weekday, month, year, relative)."""
    return dict(_dates(text))


# Sentences are compared in pairs: what each holds is read once per text.
@functools.lru_cache(maxsize=8192)
def _dates(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    found: dict[str, set[str]] = {}
    for match in _DATE.finditer(text):
        group = match.lastgroup or ""
        word = match.group().casefold()
        if group == "month" and word in _VERB_MONTHS:
            dated = re.search(_MONTH_AS_DATE.format(m=word), text, re.IGNORECASE)
            if dated is None:
                continue
        found.setdefault(group, set()).add(word)
    return tuple((k, frozenset(v)) for k, v in found.items())


# Weekdays and relative dates ("on Thursday", "next week") are left out: a story told
# over several days dates its several steps ("walked out on Thursday", "trains ran again
# on Saturday"), and on the real corpus's tune and report halves four of five weekday
# differences were two events (docs/calibration.md, date conflict).
CHECKED_DATES = ("month", "year")


def _dates_differ(a: str, b: str) -> bool:
    first, second = dates(a), dates(b)
    shared = first.keys() & second.keys() & set(CHECKED_DATES)
    return bool(shared) and all(not first[k] & second[k] for k in shared)


@functools.lru_cache(maxsize=8192)
def _undecided(text: str) -> bool:
    return bool(PREDICTIVE_MARK.search(text)) or is_hedged(text)


@functools.lru_cache(maxsize=8192)
def _negated(text: str) -> bool:
    return bool(NEGATION.search(text))


def _counts(item: Statement, start: int, end: int) -> list[Figure]:
    return [f for f in item.figures if f.kind in COUNTED and start <= f.start < end]


def _figures_differ(
    fa: list[Figure], fb: list[Figure], a_all: frozenset[float], b_all: frozenset[float]
) -> tuple[Figure, Figure] | None:
    """Two figures of one unit that cannot both be true, none of one side's values being
    among the other's, nor anywhere in the other's whole sentence (``a_all``, ``b_all``):
    a sentence that gives both figures does not dispute either."""
    values_a, values_b = {f.value for f in fa}, {f.value for f in fb}
    if not fa or not fb or values_a & (values_b | b_all) or values_b & a_all:
        return None
    for x in fa:
        for y in fb:
            same_unit = x.unit == y.unit or x.unit is None or y.unit is None
            if x.kind == y.kind and same_unit and not compatible(x, y):
                return x, y
    return None


@functools.lru_cache(maxsize=8192)
def _quotations(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(1), m.end(1), m.group(1)) for m in QUOTATION.finditer(text))


def _one_remark(a: str, b: str) -> bool:
    words_a = set(re.findall(r"\w+", a.casefold()))
    words_b = set(re.findall(r"\w+", b.casefold()))
    return len(words_a & words_b) >= QUOTED_WORDS and words_a != words_b


def _opposed(a: Mapping[str, int], b: Mapping[str, int]) -> str | None:
    """An axis of opposed words (deny/admit ...) on which the two stand on either side."""
    return next((axis for axis, side in a.items() if b.get(axis, side) != side), None)


def _polarity(text: str) -> dict[str, int]:
    return polarity(frozenset(stem(w) for w in re.findall(r"[^\W\d_]+", text)))


def sentence_differences(a: Statement, b: Statement) -> list[str]:
    """The kinds of checkable difference two whole sentences show."""
    found = []
    if _opposed(a.polarity, b.polarity):
        found.append("polarity")
    if _figures_differ(
        _counts(a, 0, len(a.text)), _counts(b, 0, len(b.text)), a.counted, b.counted
    ):
        found.append("figure")
    if _dates_differ(a.text, b.text):
        found.append("date")
    if any(_one_remark(x[2], y[2]) for x in _quotations(a.text) for y in _quotations(b.text)):
        found.append("quotation")
    if _undecided(a.text) != _undecided(b.text):
        found.append("status")
    if _negated(a.text) != _negated(b.text):
        found.append("negation")
    if ended_two_ways(a, b):
        found.append("ended")
    return found


def locate(words: str, item: Statement) -> tuple[int, int] | None:
    """Where the named words stand in the sentence (case and spacing aside)."""
    words = " ".join(words.split()).strip(" \"“”'‘’.,;:")
    count = len(words.split())
    if not words or count > min(MAX_WORDS, MAX_SHARE * len(item.text.split())):
        return None
    # Searched in the sentence as written: offsets of figures and quotations are its own.
    pattern = r"\s+".join(re.escape(w) for w in words.split())
    found = re.search(pattern, item.text, re.IGNORECASE)
    return None if found is None else found.span()


# Capitalised words joined by single spaces: a name of several words ("Orsa Harbour
# Festival", "The Kelby Star"), which names a thing or an event.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)+")
_WORDS = re.compile(r"[^\W\d_]+")


def _name_words(*texts: str) -> frozenset[str]:
    """Capitalised words that stand alone and that neither sentence writes in lower case:
    a person's or a company's name ("Kessel", "Lind"), which says who, not what
    happened. Words of a longer name, and an opener the other sentence writes in lower
    case ("Talks resumed" / "the talks"), are not names here."""
    lower = {w for t in texts for w in _WORDS.findall(t) if w.islower()}
    runs = {
        w.casefold() for t in texts for m in _CAPITALISED_RUN.finditer(t) for w in m.group().split()
    }
    return frozenset(
        w.casefold()
        for t in texts
        for w in _WORDS.findall(t)
        if w[:1].isupper() and w.casefold() not in lower and w.casefold() not in runs
    )


def _around(item: Statement, span: tuple[int, int], names: frozenset[str]) -> set[str]:
    """Stems of the words within ``EVENT_WORDS`` of a span, dates and single names left
    out: a name near two dates says who, not what happened ("told Kessel in January" /
    "fired Kessel in February"; "Lind Bank was robbed in 2013" / "her Lind card in
    2009")."""
    before = _WORDS.findall(item.text[: span[0]])[-EVENT_WORDS:]
    after = _WORDS.findall(item.text[span[1] :])[:EVENT_WORDS]
    words = [w for w in (*before, *after) if not _DATE.fullmatch(w) and w.casefold() not in names]
    return set(stems(" ".join(words)))


def _date_at(item: Statement, span: tuple[int, int]) -> tuple[int, int]:
    """The first date word inside the named span: the event is read around it, so naming
    more words ("a primary in April") does not move what the date is of."""
    found = next(date_matches(item.text, *span), None)
    return span if found is None else found.span()


# A date after an article or a possessive says which event a noun is ("the November
# election", "Moss's 2010 ticket", "his 2014 run"), not when one event happened.
_WHICH = re.compile(r"\b(?:the|a|an|his|her|their|its|our|\w+['’]s)\s+$", re.IGNORECASE)


def _names_which(item: Statement, span: tuple[int, int]) -> bool:
    """Whether the date at ``span`` tells events apart rather than dating one."""
    return bool(_WHICH.search(item.text[: span[0]]))


# Words between a figure and the year that gives its period at most (set on the tune
# half, where one amount's year stands seven words after it: "$12 million from fees
# and rents of the port in 2019").
PERIOD_WORDS = 8


def _period_of_figure(item: Statement, span: tuple[int, int]) -> bool:
    """The named year comes right after a figure of a unit ("earned $12 million in
    2019"): the year says what period the figure is of."""
    year = _DATE.search(item.text, span[0], span[1])
    if year is None or year.lastgroup != "year":
        return False
    return any(
        f.kind in COUNTED
        and f.unit
        and f.start < year.start()
        and len(item.text[f.start : year.start()].split()) <= PERIOD_WORDS
        for f in item.figures
    )


def _periods_of_figures(x: Named, y: Named, spans: tuple[tuple[int, int], ...]) -> bool:
    """Both named years give the periods of figures ("earned $12 million in 2019", "was
    paid $4.1 million in 2018"), not when one event happened."""
    return _period_of_figure(x.item, spans[0]) and _period_of_figure(y.item, spans[1])


def _one_event(
    a: Statement, span_a: tuple[int, int], b: Statement, span_b: tuple[int, int]
) -> bool:
    """Whether two dates are of one event: the words around them share a stem ("the
    council will vote on the budget in March" / "the budget vote is set for May"). "In
    June, the minister accepted a meeting" and "the last message came in July" date two
    events; so do "the last message" and "a message" (``_selected``)."""
    names = _name_words(a.text, b.text)
    if not _around(a, span_a, names) & _around(b, span_b, names):
        return False
    common = set(a.stems & b.stems)
    return _selected(a.text, common) == _selected(b.text, common)


# Words that pick one of several events of a kind: "the last message", "her first visit".
SELECTORS = frozenset("first last latest earliest final next previous".split())
_SELECTED = re.compile(
    r"\b(?P<selector>" + "|".join(sorted(SELECTORS)) + r")\s+(?P<noun>[^\W\d_]+)", re.IGNORECASE
)


def _selected(text: str, nouns: set[str]) -> frozenset[str]:
    """The selectors the text puts before these stems' words: "the last message came in
    July" and "a message came on September 20" date two messages."""
    return frozenset(
        m["selector"].casefold() for m in _SELECTED.finditer(text) if stem(m["noun"]) in nouns
    )


def _later(context: Context, a: Statement, b: Statement) -> bool:
    """Whether b's source is dated after a's."""
    first = context.sources[a.article_id].published
    second = context.sources[b.article_id].published
    return first is not None and second is not None and second > first


def act_stems(words: str, marker: re.Pattern[str]) -> set[str]:
    """Stems of the words right after the marker ("is expected to *sign*", "has *not*
    signed"), names left out: what is left open or denied."""
    found = marker.search(words)
    if found is None:
        return set()
    after = re.findall(r"[^\W\d_]+", words[found.end() :])[:ACT_WORDS]
    return set(stems(" ".join(w for w in after if not w[:1].isupper())))


Span = tuple[int, int]


def _first_word(item: Statement, span: Span, wanted: Callable[[str], bool]) -> int | None:
    """Where the first word inside ``span`` that is ``wanted`` stands in the sentence: a
    doer and a quotation are read at the word itself, not at the start of the named words
    ("he denied": the pronoun still stands between the name and the denial)."""
    words = re.finditer(r"[^\W\d_]+", item.text[span[0] : span[1]])
    return next((span[0] + w.start() for w in words if wanted(w.group())), None)


def _on(axis: str) -> Callable[[str], bool]:
    """A word of either side of an axis of opposed words."""
    words = POLARITY[axis][0] | POLARITY[axis][1]
    return lambda word: stem(word) in words


def _done(acts: set[str]) -> Callable[[str], bool]:
    """A word saying one of ``acts`` was done, in the past tense with "-ed" ("signed"):
    "challenging" or "the needs of" name the act without saying it was done, and pasts
    spelled like the verb ("quit") read as well as "they will quit"."""
    return lambda word: word.casefold().endswith("ed") and bool(stems(word) & acts)


def _one_doer(context: Context, *sides: tuple[Named, int | None]) -> bool:
    """Both acts are located outside quotations (someone's words are not what the report
    states) and have one doer: the name nearest before each."""
    (first, at_a), (second, at_b) = sides
    if at_a is None or at_b is None:
        return False
    if in_quotation(first.item.text, at_a) or in_quotation(second.item.text, at_b):
        return False
    return same_doer(context, first.item, at_a, second.item, at_b)


def _quoted_change(wa: str, wb: str, qa: str, qb: str) -> bool:
    """The words one quotation of a remark replaces in the other change what was said:
    each side replaces a word (no elision), and one side holds a negation or a figure the
    other quotation lacks, or the two take opposite sides of opposed words. "A nuclear
    bomb" for "nuclear arms" is a transcription, not a dispute."""
    if not (replaced(wa, qb) and replaced(wb, qa)):
        return False
    negated = (bool(NEGATION.search(wa)) and not NEGATION.search(qb)) or (
        bool(NEGATION.search(wb)) and not NEGATION.search(qa)
    )
    figures = bool(re.search(r"\d", wa + wb)) and re.findall(r"\d+", wa) != re.findall(r"\d+", wb)
    return negated or figures or _opposed(_polarity(wa), _polarity(wb)) is not None


def _status(
    context: Context, x: Named, y: Named, spans: tuple[Span, Span], what: str
) -> Difference | None:
    """One side undecided (or negated) and the other not, about the same act: a word
    right after the marker is among the other side's words ("is expected to sign" /
    "signed the water bill"; not "would have been his first public appearance" /
    "touched off the public controversy")."""
    test = _undecided if what == "status" else _negated
    marker = PREDICTIVE_MARK if what == "status" else NEGATION
    if test(x.words) == test(y.words):
        return None
    (open_side, open_span), (done_side, done_span) = sorted(
        ((x, spans[0]), (y, spans[1])), key=lambda side: not test(side[0].words)
    )
    acts = act_stems(open_side.words, marker) & stems(done_side.words)
    # The other sentence must not say it too, in another clause.
    if not acts or test(x.item.text) == test(y.item.text):
        return None
    marked = marker.search(open_side.item.text, *open_span)
    done_at = _first_word(done_side.item, done_span, _done(acts))
    if not _one_doer(
        context, (open_side, marked.start() if marked else None), (done_side, done_at)
    ):
        return None
    if _later(context, open_side.item, done_side.item):
        return Difference(
            "contradiction", "a later report states as done what an earlier one did not"
        )
    label = "undecided" if what == "status" else "negated"
    return Difference("open question", f"one report {label}, the other not")


def _ended(context: Context, x: Named, y: Named, spans: tuple[Span, Span]) -> Difference | None:
    """One thing said to have ended in two ways that cannot both be true."""
    ways = ended_apart(context, x.item, spans[0], y.item, spans[1])
    return None if ways is None else Difference("contradiction", f"{ENDED_TWO_WAYS} ({ways})")


def _spoken(a: Statement, fa: Figure, b: Statement, fb: Figure) -> bool:
    """Either figure stands in a quotation: a speaker's claim, not the report's, so the
    pair is not admitted as two reports disagreeing (precision first: a report's count
    against an official's quoted one is left to code's own detectors). One remark quoted
    with two figures is checked as a quotation (``_quoted_change``)."""
    return in_quotation(a.text, fa.start) or in_quotation(b.text, fb.start)


def checked_difference(context: Context, x: Named, y: Named) -> Difference | None:
    """What differs between the words named in each sentence, or None when nothing code
    can check does (the words must be located in their sentences first)."""
    a, wa, b, wb = x.item, x.words, y.item, y.words
    span_a, span_b = locate(wa, a), locate(wb, b)
    if span_a is None or span_b is None or wa.casefold().split() == wb.casefold().split():
        return None
    pair = _figures_differ(_counts(a, *span_a), _counts(b, *span_b), a.counted, b.counted)
    if (
        pair is not None
        and not _spoken(a, pair[0], b, pair[1])
        and one_quantity(context, a, pair[0], b, pair[1])
        and not other_countries(context, a, pair[0], b, pair[1])
    ):
        fx, fy = pair
        scope = fx.measure is not None and fy.measure is not None and fx.measure != fy.measure
        kind: DisputeKind = "scope difference" if scope else "contradiction"
        evidence = f"figures differ ({fx.text} / {fy.text})"
        return Difference(kind, evidence, (fx.value, fy.value))
    dated = _dates_differ(wa, wb) and _dates_differ(wa, b.text) and _dates_differ(a.text, wb)
    at_a, at_b = _date_at(a, span_a), _date_at(b, span_b)
    if (
        dated
        and alike_dates(x, y)
        and not (_names_which(a, at_a) or _names_which(b, at_b))
        and not _periods_of_figures(x, y, (span_a, span_b))
        and _one_event(a, at_a, b, at_b)
    ):
        return Difference("contradiction", f"dates differ ({wa} / {wb})")
    axis = _opposed(_polarity(wa), _polarity(wb))
    if axis is not None and _one_doer(
        context, (x, _first_word(a, span_a, _on(axis))), (y, _first_word(b, span_b, _on(axis)))
    ):
        return Difference("framing", f"opposed words ({axis}: {wa} / {wb})")
    qa = next((q for q in _quotations(a.text) if q[0] <= span_a[0] and span_a[1] <= q[1]), None)
    qb = next((q for q in _quotations(b.text) if q[0] <= span_b[0] and span_b[1] <= q[1]), None)
    if qa and qb and one_remark(qa[2], qb[2]) and _quoted_change(wa, wb, qa[2], qb[2]):
        return Difference("contradiction", "one remark quoted in different words")
    spans = (span_a, span_b)
    return (
        _ended(context, x, y, spans)
        or _status(context, x, y, spans, "status")
        or _status(context, x, y, spans, "negation")
    )
