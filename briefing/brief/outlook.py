"""The outlook: the model's scenarios, kept only where code can stand behind them.

A scenario rests on the facts and signals shown to the model that concern it (share two
words, or a named entity and a word, names aside, with its title and description): the
ones it cited, then the other shown items that concern it most (small models mis-cite),
at most three, no sentence twice; a scenario resting mostly on what an earlier one
rests on repeats it. A scenario with nothing that concerns it is dropped, and so is one
the sources already report as done: what a statement of a non-stale source reports (its
words before any that look ahead, and not hedged) covers at least ``DONE_SHARE`` of the
title's words and names. The title, description sentences, drivers and indicators stand
when every name and figure in them is in the evidence and at least half their words
(briefing.brief.evidence.SUPPORT_SHARE); an indicator the sources already report as done
is dropped too, and so is a driver or indicator that only names a newsroom of the story
("Fox News" from "..., Fox News is told"); a scenario whose title fails, or with no
indicator left, is dropped whole. The likelihood is the model's, capped by the sources'
own words: "likely", "expected" or "will" allow high, "may",
"could" or "might" medium, neither low.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefing.analysis import (
    AHEAD_MARK,
    PREDICTIVE_MARK,
    REPORTED_DECIDED,
    REPORTED_DONE,
    SAYING,
    UNDECIDED,
    Candidate,
    Context,
    SideQuote,
    Statement,
    one_remark,
    statement,
)
from briefing.articles import (
    MONTHS,
    WEEKDAYS,
    Sentence,
    month_number,
    overlap,
    overlapping,
    split,
    stem,
    stems,
)
from briefing.brief.ahead import day_named
from briefing.brief.evidence import Prose, Quotes, cut_off
from briefing.brief.looking_ahead import (
    dates_a_past_act,
    looks_ahead,
    only_quoted,
    same_act_ahead,
    time_bound,
)
from briefing.brief.model import Quote, Scenario, WatchItem
from briefing.merge import Evidence, name_key
from briefing.reduce import OutlookFindings, ScenarioFinding, ShownFact, ShownSignal

DONE_SHARE = 0.6
MAX_BASIS = 3
_LEVELS = ("low", "medium", "high")
_HIGH = re.compile(r"\b(likely|expected|expects|will|set to|plans? to|intends? to)\b", re.I)
_MEDIUM = re.compile(r"\b(may|might|could|would|possible|possibly)\b", re.I)


MAX_WATCH = 5


# A source's own judgement of likelihood: what a scenario may rest on, though What to
# watch leaves it out ("likely" without "to" added past items there: docs/calibration.md).
_LIKELY = re.compile(r"\b(?:likely|unlikely)\b", re.IGNORECASE)


# A forward-looking sentence sharing this share of an earlier one's stems repeats it.
SAID_BEFORE = 0.6
# Capitalised, as dates are written; "May" is left out (the modal verb opens sentences).
_NAMED_DAYS = "|".join(w.capitalize() for w in (*WEEKDAYS, *MONTHS) if w != "may")
_BEFORE_DATE = r"(?i:on|by|until|for|before|after|from|in|next|this|later this|early|late|mid-)"
_WHEN = re.compile(
    rf"(?:\b{_BEFORE_DATE}\s*)?"
    rf"\b(?:{_NAMED_DAYS}|(?:19|20)\d\d"
    r"|tomorrow|tonight|next (?:week|month|year))\b(?:\s+\d{1,2}\b)?"
    # The month May where it can only be a date: "in May", "this May", "May 5".
    rf"|(?:\b{_BEFORE_DATE}\s*May\b|\bMay(?=\s+\d))(?:\s+\d{{1,2}}\b)?",
)
_MODAL = re.compile(r"\b(?:will|would|could|may|might)\b", re.IGNORECASE)
# Verbs saying that something was stated, besides the plainest (``SAYING``): a vow or a
# warning is dated by when it was made ("she will veto it, Moss vowed in February").
# Not "promised" or "pledged", also written before nouns ("the promised vote on Friday").
_STATED = "announced|declared|stated|wrote|tweeted|vowed|warned|predicted|insisted"
_SAYING = re.compile(rf"\b(?:{SAYING}|{_STATED})\b", re.IGNORECASE)
# Someone who said it, between what looks ahead and a date, or right before the date: the
# date is when they spoke ("will reopen, the mayor said at a news conference on Sunday";
# "told reporters on Friday that"), not what is to come ("expected to say on Friday"
# looks ahead to the saying).
_SAID_PAST = re.compile(rf"\b(?:said|told|added|reported|according to|{_STATED})\b", re.IGNORECASE)
_SAID_ON = re.compile(
    rf"{_SAID_PAST.pattern}(?:\s+(?:to\s+)?(?:reporters|(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}))"
    r"|\s+in\s+an?\s+(?:statement|interview|speech))?(?:\s+(?:on|late|early))?\s+$",
    re.IGNORECASE,
)
# A date something has lasted since dates its start, a past, never what is to come ("will
# be led by Schumer, who has held posts since 2005").
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# A date something was once set for, then moved: "first set for March 3".
_ONCE = re.compile(r"\b(?:first|originally|initially|previously)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _ahead_at(text: str) -> int:
    """Where what is to come starts: the first modal verb of the words that look ahead
    ("warned the fund *will* run dry"; "said he hoped Monday's vote *would*"), else their
    start."""
    found = AHEAD_MARK.search(text)
    return 0 if found is None else _modal_at(text, found)


def _modal_at(text: str, found: re.Match[str]) -> int:
    """Where words that look ahead turn to what is to come: their modal verb, if any
    ("said he *would*"), else their start."""
    modal = _MODAL.search(text, found.start(), found.end())
    return modal.start() if modal else found.start()


def _mark_end(text: str, found: re.Match[str]) -> int:
    """Where words that look ahead end: after their modal verb, if any ("said he
    *would*"), else after them all ("*vowed to*")."""
    modal = _MODAL.search(text, found.start(), found.end())
    return modal.end() if modal else found.end()


def _fronted(text: str, at: int) -> re.Match[str] | None:
    """A date opening the sentence dates its main clause ("On Wednesday the mayor will
    name ...", "By 2030, the port will ..."), unless someone speaks between it and what
    looks ahead ("On Monday, officials said the bridge would reopen": Monday is when
    they spoke)."""
    found = _WHEN.match(text, len(text) - len(text.lstrip()))
    if found is None or found.end() > at or _SAYING.search(text, found.end(), at):
        return None
    return None if dates_a_past_act(text, found.start(), found.end()) else found


def _set_for(text: str) -> re.Match[str] | None:
    """A date something is set for, wherever it stands ("set the hearing for May 12. She
    will be free to go"), unless it was set once and moved ("first set for March 3")."""
    return next(
        (
            m
            for m in _WHEN.finditer(text)
            if m.group().startswith(("for", "until")) and not _ONCE.search(text[: m.start()])
        ),
        None,
    )


def _said_between(text: str, marks: Sequence[int], at: int) -> bool:
    """Whether someone is said to speak between the end of the nearest words looking
    ahead before ``at`` and ``at``: "will reopen, the mayor said on Sunday" (Sunday is
    when he spoke), not "reported Tuesday that he would announce early next week", nor
    "vowed to reopen by Friday" (the vow is the words looking ahead)."""
    before = [m for m in marks if m < at]
    return bool(before) and _SAID_PAST.search(text, before[-1], at) is not None


# A year standing alone before a word says which thing ("2020 Democrats", "the 2016
# election"), not when something comes; "in 2020", "2020 and 2021" date.
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_THING_AFTER = re.compile(r"\s+(?!(?:and|or|to|through|when|if|but|as|at|on|in|by)\b)[A-Za-z]")


def _names_a_thing(text: str, found: re.Match[str]) -> bool:
    return bool(
        _BARE_YEAR.fullmatch(found.group().strip()) and _THING_AFTER.match(text, found.end())
    )


def when_of(text: str) -> str | None:
    """The date a forward-looking sentence gives for what is to come, as written ("on
    Friday"): the first after what looks ahead that does not date a saying ("he said
    Sunday"), else one opening the sentence, else one something is set for. Other dates
    before it date something past ("said he hoped Monday's vote would end the row"; "the
    inquiry began on Friday, when the clerk wrote, warning that leaks might harm it")."""
    at = _ahead_at(text)
    marks = sorted(
        {_mark_end(text, m) for m in AHEAD_MARK.finditer(text)}
        | {m.end() for m in _MODAL.finditer(text)}
    )
    ahead = (
        m
        for m in _WHEN.finditer(text, at)
        if not _said_between(text, marks, m.start())
        and not _SAID_ON.search(text[: m.start()])
        and not _SINCE.search(text[: m.start()])
        and not dates_a_past_act(text, m.start(), m.end())
        and not _names_a_thing(text, m)
    )
    found = next(ahead, None) or _fronted(text, at) or _set_for(text)
    return found.group().strip() if found else None


# A saying dated this long before its source was published is background.
SAID_LONG_AGO = dt.timedelta(days=180)
# When it was said: "on May 2, 2019", "in March 2019", "in 2019".
_WHEN_SAID = (
    r"(?:on|in)\s+(?:(?-i:(?P<month>[A-Z][a-z]+))\.?\s+(?:(?P<day>\d{1,2}),?\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)\b"
)
# Between the verb of saying and its date, to whom or where it was said ("told dockers at
# the quay"): at most eight words, no comma and none opening a clause ("said on Friday
# that work begun in 2023 will end" dates the work, not the saying).
_PLACE = r"(?:\s+(?!(?:that|who|which|and|but|when|while|as)\b)[\w'’.-]+){0,8}?"
_AFTER_SAID = re.compile(rf"{_SAID_PAST.pattern}{_PLACE}\s+{_WHEN_SAID}", re.IGNORECASE)
# A date opening the sentence dates its saying when a verb of saying follows within a few
# words ("In 2019, Moss said"), not when something else happened then ("In 2019, the
# council approved the bridge, and it will open in June").
_OPENING = re.compile(rf"^\W*{_WHEN_SAID},(?:\s+\S+){{1,4}}?\s+{_SAID_PAST.pattern}", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _latest(found: re.Match[str]) -> dt.date | None:
    """The last day the matched date can be: its day, its month's last, or its year's."""
    year, month, day = int(found["year"]), found["month"], found["day"]
    if month is None:
        return dt.date(year, 12, 31)
    number = month_number(month)
    if number is None:
        return None  # a capitalised word that is no month names no date
    if day is not None:
        try:
            return dt.date(year, number, int(day))
        except ValueError:
            return None
    return dt.date(year, number, calendar.monthrange(year, number)[1])


# A story's signals come from a few articles: each is split into sentences once.
@functools.lru_cache(maxsize=64)
def _sentences(article_id: str, text: str) -> tuple[Sentence, ...]:
    return tuple(split(article_id, text))


def said_long_before(text: str, evidence: Evidence, published: dt.date | None) -> bool:
    """Whether the sentence holding the evidence dates its saying more than
    ``SAID_LONG_AGO`` before its source was published: words spoken then ("the ferry will
    run again", said three years before) are background, not what is still to come. An
    item naming a year not yet past ("she would run in 2028") stays."""
    if published is None:
        return False
    if any(int(y) >= published.year for y in _YEAR.findall(evidence.quote)):
        return False
    sentence = " ".join(
        s.text for s in _sentences(evidence.article_id, text) if overlapping(s, evidence)
    )
    found = [*_AFTER_SAID.finditer(sentence), _OPENING.match(sentence)]
    dates = [d for m in found if m is not None and (d := _latest(m)) is not None]
    return any(published - d > SAID_LONG_AGO for d in dates)


def _a_past_year(when: str, published: dt.date) -> bool:
    """Whether the date is a year alone ("in 2019", "by 2019", "late 2019"), before the
    year its source was published."""
    year = re.fullmatch(
        r"(?:(?:in|by|from|for|since|until|through|late|early|mid)[\s-]+)?((?:19|20)\d\d)",
        when.strip(),
        re.IGNORECASE,
    )
    return year is not None and int(year[1]) < published.year


def watch_list(
    signals: Sequence[ShownSignal],
    quotes: Quotes,
    rewrites: Collection[str] = (),
    overtaken: Sequence[Candidate] = (),
    *,
    published: Mapping[str, dt.date | None] | None = None,
    today: dt.date | None = None,
) -> list[WatchItem]:
    """What the sources say comes next, each in its own words with its date: the
    forward-looking sentences of sources that are neither stale, opinion nor content farm
    (briefing.analysis) nor a rewrite (it repeats its original), that say something is
    still to come (``AHEAD``: not "would have") and that no later report overtook (the
    earlier side of an "overtaken by events" candidate: "expected to enter the race"
    when a later report has him declared), whose date, read from the day its source was
    ``published`` (briefing.brief.ahead), is not before ``today``; not a speaker's own
    words alone with no date or time bound (``only_quoted``: a vow or a slogan); each
    said once (most of its words, one remark quoted in both:
    briefing.analysis.same.one_remark, or one act to come of one name on no two dates:
    briefing.brief.looking_ahead.same_act_ahead), dated ones first, at most ``MAX_WATCH``."""
    past = [q for c in overtaken for q in _no_longer_ahead(c)]
    items: list[WatchItem] = []
    # Of two sentences saying one thing, the one giving a date is kept.
    for signal in sorted(signals, key=lambda s: _WHEN.search(s.evidence.quote) is None):
        said = signal.evidence.quote
        if not looks_ahead(said) or any(overlapping(signal.evidence, q) for q in past):
            continue
        if signal.evidence.article_id in rewrites or any(
            overlap(stems(said), stems(i.quote.text)) >= SAID_BEFORE
            or one_remark(said, i.quote.text)
            or _same_act(said, i.quote.text)
            for i in items
        ):
            continue
        if _WHEN.search(said) is None and not time_bound(said) and only_quoted(said):
            continue  # a speaker's undated words about the future: a vow, not a plan
        source_day = (published or {}).get(signal.evidence.article_id)
        if said_long_before(
            quotes.texts.get(signal.evidence.article_id, ""), signal.evidence, source_day
        ):
            continue  # words spoken long before: background
        when = when_of(said)
        if when and source_day and _a_past_year(when, source_day):
            when = None  # "the 2016 election" dates what the sentence is about, not what comes
        day = day_named(when, source_day) if when else None
        if day is not None and today is not None and day < today:
            continue  # the day it names is past: nothing still to come
        items.append(WatchItem(when=when, quote=quotes.of_claim(signal.evidence)))
    # Sentences giving a date come first, whether or not it is the date of what is to
    # come ("said Tuesday that he would ..." is timely, though Tuesday is past).
    return sorted(items, key=lambda i: _WHEN.search(i.quote.text) is None)[:MAX_WATCH]


def _no_longer_ahead(candidate: Candidate) -> list[SideQuote]:
    """What a later report overtook and is no longer to come: what it has done, or a count
    it revised; of what it has only decided (a vow to veto is still ahead), the sentences
    that left the decision open ("has not said how she will act" against "announced her
    decision to veto")."""
    if REPORTED_DONE in candidate.positions or candidate.superseded:
        return list(candidate.overtaken)
    if REPORTED_DECIDED in candidate.positions:
        return [q for q in candidate.overtaken if UNDECIDED.search(q.text)]
    return []


def _same_act(said: str, kept: str) -> bool:
    """One act still to come of one name (briefing.brief.looking_ahead.same_act_ahead),
    on no two different dates ("will meet Moss on Friday", "will meet the minister next
    month" are two meetings)."""
    dates = _dates(said), _dates(kept)
    return not (all(dates) and not dates[0] & dates[1]) and same_act_ahead(said, kept)


def _dates(text: str) -> frozenset[str]:
    """The days, months, years and "next week"s a sentence writes, its prepositions left
    out ("on Friday" is "friday")."""
    named = (re.sub(rf"^{_BEFORE_DATE}\s*", "", m.group()) for m in _WHEN.finditer(text))
    relative = (m.group() for m in _RELATIVE.finditer(text))
    return frozenset(d.casefold() for d in (*named, *relative) if d)


# A date relative to the day a sentence is written, opening it or not ("Next month, …").
_RELATIVE = re.compile(
    r"\b(?:next|this|later this) (?:week|month|year)\b|\btomorrow\b|\btonight\b", re.I
)


def _allowed(evidence: Sequence[str]) -> str:
    """The highest likelihood the sources' own words support."""
    text = " ".join(evidence)
    return "high" if _HIGH.search(text) else "medium" if _MEDIUM.search(text) else "low"


def _capped(said: str, evidence: Sequence[str]) -> str:
    return _LEVELS[min(_LEVELS.index(said), _LEVELS.index(_allowed(evidence)))]


@dataclass
class OutlookCounts:
    """Scenarios dropped, and why."""

    done: int = 0
    unsupported: int = 0


def _features(text: str, context: Context) -> Statement:
    return statement(Sentence("outlook", -1, 0, len(text), text), context.entities)


def _concerns(item: Statement, scenario: Statement) -> bool:
    """Two shared words, or a shared entity and a word, names aside: a shared country
    alone ("Cuba said talks could resume") does not make a sentence about the scenario."""
    names = {stem(w) for e in item.entities | scenario.entities for w in e.split()}
    shared = len((item.stems & scenario.stems) - names)
    return shared >= 2 or (bool(item.entities & scenario.entities) and shared >= 1)


def _reported(context: Context) -> list[frozenset[str]]:
    """The words and names of what each statement reports, from sources not stale and
    not hedged: what a scenario or indicator already done shares (read once a story)."""
    found = []
    for item in context.all():
        if not (context.sources[item.article_id].stale or item.hedged):
            reported = _reported_part(item, context)
            found.append(frozenset(reported.stems | reported.entities))
    return found


def _already_done(title: Statement, reported: Sequence[frozenset[str]]) -> bool:
    terms = title.stems | title.entities
    if len(terms) < 2:
        return False
    return any(len(terms & done) >= DONE_SHARE * len(terms) for done in reported)


def _reported_part(item: Statement, context: Context) -> Statement:
    """What a sentence reports: its words before the first that looks ahead ("ordered an
    inquiry and said the port would stay closed" reports the inquiry, not the closure)."""
    ahead = PREDICTIVE_MARK.search(item.text)
    return _features(item.text[: ahead.start()], context) if ahead else item


def _cited(
    finding: ScenarioFinding,
    facts: Mapping[str, ShownFact],
    signals: Mapping[str, ShownSignal],
) -> list[Evidence]:
    found: list[Evidence] = []
    for ref in dict.fromkeys(r.strip() for r in finding.basis):
        if ref in facts:
            found.append(facts[ref].ranked.lead)
        elif ref in signals:
            found.append(signals[ref].evidence)
    return found


def _basis(
    finding: ScenarioFinding,
    shown: Sequence[Evidence],
    cited: Sequence[Evidence],
    context: Context,
) -> list[Evidence]:
    """The cited items that concern the scenario, then the shown ones that concern it most."""
    about = _features(f"{finding.title}. {finding.description}", context)
    features = [(e, _features(e.quote, context)) for e in shown]
    concern = [(e, f.shares(about)) for e, f in features if _concerns(f, about)]
    cited_ids = {e.id for e in cited}
    chosen = [e for e, _ in concern if e.id in cited_ids]
    others = [e for e, _ in sorted(concern, key=lambda c: -c[1]) if e.id not in cited_ids]
    unique: list[Evidence] = []
    for item in [*chosen, *others]:
        if not any(overlapping(item, other) for other in unique):
            unique.append(item)
    return unique[:MAX_BASIS]


def _repeats(basis: Sequence[Evidence], kept: Sequence[Sequence[Evidence]]) -> bool:
    """The scenario rests mostly on what an earlier one rests on: one topic."""
    return any(
        sum(any(overlapping(a, b) for b in earlier) for a in basis) * 2 > len(basis)
        for earlier in kept
    )


def _grounded(
    items: Iterable[str],
    where: str,
    evidence: Sequence[str],
    prose: Prose,
) -> list[str]:
    kept = []
    for item in items:
        if prose.grounded(item, evidence):
            kept.append(item)
        else:
            prose.replace(where, item, evidence, None)
    return kept


def _ahead(text: str) -> bool:
    """Whether a sentence says something is still to come, or judges how likely it is
    ("operatives likely remain")."""
    return looks_ahead(text) or bool(_LIKELY.search(text))


# A description sentence that is one of its quotes again, word for word or nearly: the
# share of the longer one's words both hold.
COPIED_SHARE = 0.8
# A condition looks ahead: "If the levy fails, the board faces a shutdown" (over a quote
# that puts none).
_CONDITION = re.compile(r"\b(?:if|unless|should|would|whether)\b", re.IGNORECASE)


def _copies(sentence: str, quote: str) -> bool:
    """Whether a sentence is a quote again: ``COPIED_SHARE`` of the longer one's words."""
    a, b = stems(sentence), stems(quote)
    return bool(a and b) and len(a & b) >= COPIED_SHARE * max(len(a), len(b))


def _conditional(sentence: str, quote: str) -> bool:
    """Whether the sentence puts a condition its quote does not ("If the levy fails, …"
    over "… when the levy failed"): what may come, not the report again."""
    return bool(_CONDITION.search(sentence)) and not _CONDITION.search(quote)


def _described(
    sentences: Iterable[str], where: str, evidence: Sequence[str], prose: Prose
) -> list[str]:
    """The description sentences that describe what may come: not one that stops
    mid-sentence, nor a copy of a quote of its basis that says nothing of what is to come
    (a scene the report set, "The mood at the pier was grim: ...")."""
    kept = []
    for sentence in sentences:
        copied = next((e for e in evidence if _copies(sentence, e) and not _ahead(e)), None)
        if cut_off(sentence):
            prose.reject(where, sentence, "unfinished: it ends on a word that needs more", None)
        elif copied is not None and not (_ahead(sentence) or _conditional(sentence, copied)):
            prose.reject(where, sentence, "a report of the past, not what may come", None)
        else:
            kept.append(sentence)
    return kept


NEWSROOM = "names a newsroom that reported it"


def _outlets(context: Context) -> frozenset[str]:
    """The story's reporting outlets, as name keys: the newsroom that wrote "..., Fox News
    is told" drives nothing and is nothing to watch for."""
    return frozenset(name_key(s.outlet) for s in context.sources.values() if s.outlet)


def _not_newsrooms(
    items: Iterable[str], where: str, prose: Prose, outlets: frozenset[str]
) -> list[str]:
    """The items that are not a reporting outlet's name; those that are are rejected."""
    kept = []
    for item in items:
        if name_key(item) in outlets:
            prose.reject(where, item, NEWSROOM, None)
        else:
            kept.append(item)
    return kept


def _indicators(
    items: Iterable[str],
    where: str,
    evidence: Sequence[str],
    prose: Prose,
    *,
    context: Context,
    reported: Sequence[frozenset[str]],
    outlets: frozenset[str],
) -> list[str]:
    """Grounded indicators that are still to come: what the sources already report as
    done ("minister orders inquiry") is not something to watch for."""
    grounded = _grounded(items, where, evidence, prose)
    kept = []
    for item in _not_newsrooms(grounded, where, prose, outlets):
        if _already_done(_features(item, context), reported):
            prose.reject(where, item, "the sources already report it as done", None)
        else:
            kept.append(item)
    return kept


def scenarios(
    outlook: OutlookFindings | None,
    *,
    facts: Sequence[ShownFact],
    signals: Sequence[ShownSignal],
    context: Context,
    quotes: Quotes,
    prose: Prose,
) -> tuple[list[Scenario], OutlookCounts]:
    """The scenarios code can stand behind, one per title (none without findings)."""
    counts = OutlookCounts()
    if outlook is None:
        return [], counts
    by_fact = {f.id: f for f in facts}
    by_signal = {s.id: s for s in signals}
    kept: list[Scenario] = []
    bases: list[list[Evidence]] = []
    shown = [*(f.ranked.lead for f in facts), *(s.evidence for s in signals)]
    reported = _reported(context) if outlook.scenarios else []
    outlets = _outlets(context)
    for finding in outlook.scenarios:
        basis = _basis(finding, shown, _cited(finding, by_fact, by_signal), context)
        if _already_done(_features(finding.title, context), reported):
            counts.done += 1
            continue
        evidence = [e.quote for e in basis]
        where = f"scenario {len(kept) + 1}"
        description = _grounded(
            (s.text for s in split("outlook", finding.description)), where, evidence, prose
        )
        # A scenario is about what comes next: one of its quotes must say something is
        # still to come ("would have raised questions" is a past that did not happen), or
        # judge how likely something is ("operatives likely remain").
        ahead = any(_ahead(e) for e in evidence)
        if not basis or not description or not ahead or _repeats(basis, bases):
            counts.unsupported += 1
            continue
        description = _described(description, where, evidence, prose)
        if not description:
            counts.unsupported += 1
            continue
        title = finding.title.strip()
        # The title is what the analyst reads first: its words, not only its names, must
        # be its evidence's ("Economy Crises Deepen" over quotes on security ties is not).
        if not prose.grounded(title, evidence):
            prose.replace(where, title, evidence, None)
            counts.unsupported += 1
            continue
        indicators = _indicators(
            finding.indicators,
            where,
            evidence,
            prose,
            context=context,
            reported=reported,
            outlets=outlets,
        )
        if not indicators:
            # Nothing grounded to watch for: a scenario the analyst cannot follow up.
            counts.unsupported += 1
            continue
        cites: list[Quote] = [quotes.of_claim(e) for e in basis]
        bases.append(basis)
        kept.append(
            Scenario(
                title=title,
                description=" ".join(description),
                likelihood=_capped(finding.likelihood, evidence),
                horizon=finding.horizon,
                drivers=_not_newsrooms(
                    _grounded(finding.drivers, where, evidence, prose), where, prose, outlets
                ),
                indicators=indicators,
                evidence=cites,
            )
        )
    return kept, counts
