"""A count in words against a figure: "he had twice been questioned" / "questioned by the
agency several times"; "police made dozens of arrests" / "more than 200 protesters were
detained".

The figure detector (briefing.analysis.disputes.figures) compares figures; a count
written in words (briefing.analysis.counts) allows a range, and it conflicts with a
figure, or another count in words, whose range it does not meet. A pair is taken only
when:

- the two sources are independent, and neither count is a threshold, a change, a
  condition or a past year's (the figure detector's tests);
- the counts are of one thing: "twice" and "several times" are counts of times, of the
  same act (a verb's past within ``ACT_REACH`` words of each: "questioned"); other counts
  name the same measure (arrests, deaths ...: briefing.analysis.lexicon.MEASURES);
- the sentences share an entity or stems besides the counted nouns, and are said alike
  (the figure detector's ``same_subject`` and ``said_alike``), unless each source counts
  that thing once: then both count the story's one such thing ("More than 200 protesters
  were detained." says nothing else);
- neither source gives elsewhere a count for the same thing that meets the other's.

Set on the real corpus's tune half (an event where one outlet counted "dozens of
arrests" and another more than 200); counts of times were read for a report-half gold
already known, so that half's figure is no unseen check of them (docs/calibration.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from briefing.analysis.counts import (
    DAYS,
    INFINITE,
    WordCount,
    bounds,
    head_after,
    spans_in_words,
    word_counts,
)
from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.figures import said_alike, same_subject, scope_evidence
from briefing.analysis.disputes.nearby import (
    change,
    other_countries,
    supposed,
    threshold,
)
from briefing.analysis.disputes.one_thing import dated_apart
from briefing.analysis.figures import Figure, label
from briefing.analysis.lexicon import MEASURES, OTHER_OF_KIND
from briefing.analysis.text import Statement, in_quotation, names_in
from briefing.articles import past_lemma, stem

_ANYONE = frozenset({stem("people"), stem("persons")})
# Words each side of a count of times that its act is looked for in.
ACT_REACH = 6
_AUXILIARIES = frozenset({"be", "have", "do", "get"})
_WORD = re.compile(r"[^\W\d_]+")
# "a separate two-year inquiry", "an earlier monthslong one": another thing of the kind.
_ANOTHER = re.compile(rf"\b(?:{'|'.join(sorted(OTHER_OF_KIND))})\s+$", re.IGNORECASE)
_NAMED = re.compile(r"\b[A-Z][\w.]*\s?$")
_BESIDES = re.compile(r"\s+(?:other|more|additional)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Count:
    item: Statement
    figure: Figure
    low: float
    high: float
    worded: bool  # written in words
    phrase: str = ""  # a count in words as written, with its noun
    key: frozenset[tuple[str, str]] | None = None  # what it counts, when known ahead

    @property
    def written(self) -> str:
        """The count as a dispute names it."""
        if self.worded:
            phrase = self.phrase or self.figure.text
            return phrase[0].casefold() + phrase[1:]
        written = label(self.figure)
        return written[0].casefold() + written[1:] if self.figure.text.isalpha() else written


def _acts(item: Statement, figure: Figure) -> frozenset[str]:
    """The verbs whose past stands within ``ACT_REACH`` words of a count of times."""
    words = list(_WORD.finditer(item.text))
    at = next((n for n, w in enumerate(words) if w.end() > figure.start), len(words))
    near = words[max(0, at - ACT_REACH) : at + ACT_REACH + 1]
    lemmas = {past_lemma(w.group().casefold()) for w in near}
    return frozenset(x for x in lemmas if x is not None and x not in _AUXILIARIES)


def _keys(count: _Count) -> frozenset[tuple[str, str]]:
    """What a count counts: times of an act, or a measure."""
    figure = count.figure
    if count.key is not None:
        return count.key
    if figure.unit == "time" and figure.noun and stem(figure.noun) == stem("times"):
        return frozenset(("times", act) for act in _acts(count.item, figure))
    if figure.kind == "count" and figure.measure and figure.unit != "money":
        return frozenset({("measure", figure.measure)})
    return frozenset()


def _spoken(context: Context) -> dict[str, list[tuple[int, int]]]:
    """Where each article quotes someone, paragraph by paragraph."""
    return {a: [(q.start, q.end) for q in found] for a, found in context.quoted.items()}


def _counts(item: Statement, spoken: Sequence[tuple[int, int]]) -> list[_Count]:
    """The sentence's counts in words, but for a speaker's ("millions of Americans" is
    rhetoric more often than a count), and its figures, but for a name's ("H.R. 1") and
    a count of some besides others ("10 more")."""
    text, begin = item.text, item.sentence.start

    def said(at: int) -> bool:
        return in_quotation(text, at) or any(s <= begin + at < e for s, e in spoken)

    worded: list[WordCount] = [w for w in word_counts(text) if not said(w.figure.start)]
    found = [_Count(item, w.figure, w.low, w.high, True, w.phrase) for w in worded]
    figures = [
        f
        for f in item.figures
        if not _NAMED.search(text, 0, f.start) and not _BESIDES.match(text, f.start + len(f.text))
    ]
    found += [_Count(item, f, *bounds(f), False) for f in figures]
    return found + _spans(item, said)


def _spans(item: Statement, said: Callable[[int], bool]) -> list[_Count]:
    """Spans of time said of a noun: in words ("a monthslong inquiry") or a compound
    figure ("a two-year inquiry"), in days."""
    found = []
    for span in spans_in_words(item.text):
        if not said(span.start) and not _ANOTHER.search(item.text, 0, span.start):
            figure = Figure(span.text, span.low, "duration", "day", span.head, None, "", span.start)
            key = frozenset({("span", stem(span.head))})
            found.append(_Count(item, figure, span.low, span.high, True, span.text, key))
    for f in item.figures:
        days = DAYS.get(f.unit or "")
        head = head_after(item.text, f.start + len(f.text) + 1 + len(f.noun or ""))
        another = _ANOTHER.search(item.text, 0, f.start)
        if f.compound and days and head and f.qualifier == "" and not another:
            key = frozenset({("span", stem(head))})
            found.append(_Count(item, f, f.value * days, f.value * days, False, key=key))
    return found


def _meet(a: _Count, b: _Count) -> bool:
    return a.low <= b.high and b.low <= a.high


# A count for a period or so far ("this year", "since 2015", "so far", "by Saturday
# night") is not one for another period or none: the counts move.
_PERIOD = re.compile(
    r"\b(?:so far|to date|since \w+|(?:this|last|past|next) (?:year|month|week|decade)"
    r"|over the (?:past|last) \w+|by (?:\w+ )?(?:night|morning|evening|noon|afternoon)"
    r"|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Words that make a count a part of what another counts: "seriously injured", "in Kelby
# alone".
_PART = re.compile(
    r"\b(?:seriously|critically|badly|severely|gravely|fatally|alone|among them|including)\b",
    re.IGNORECASE,
)


def _periods(item: Statement) -> frozenset[str]:
    return frozenset(m.group().casefold() for m in _PERIOD.finditer(item.text))


def _names_near(context: Context, item: Statement, figure: Figure) -> frozenset[str]:
    """The names within ``ACT_REACH`` words of a count: whose or where it is (a
    sentence's first word only when it may name something: not "They", "More")."""
    words = list(_WORD.finditer(item.text))
    names = set(names_in(item.text))
    at = next((n for n, w in enumerate(words) if w.end() > figure.start), len(words))
    found = set()
    for n in range(max(0, at - ACT_REACH), min(len(words), at + ACT_REACH + 1)):
        word = words[n].group()
        if not word[0].isupper() or not context.entities.is_entity_word(word):
            continue
        key = context.entities.key(word)
        if n > 0 or word in names:
            found.add(key)
    return frozenset(found)


def _apart(context: Context, a: _Count, b: _Count) -> bool:
    """The two counts are told of different people, places or periods, or one is a part
    of what the other counts, or one is a prediction or a hedge."""
    x, y = a.item, b.item
    if _periods(x) != _periods(y) or bool(_PART.search(x.text)) != bool(_PART.search(y.text)):
        return True
    if x.predictive or y.predictive or x.hedged or y.hedged:
        return True
    own = (
        _names_near(context, x, a.figure) - y.entities,
        _names_near(context, y, b.figure) - x.entities,
    )
    return bool(own[0] and own[1])


def _one_thing(context: Context, a: _Count, b: _Count, alone: bool) -> bool:
    x, fx, y, fy = a.item, a.figure, b.item, b.figure
    if not alone and not (same_subject(x, y, fx, fy) and said_alike(x, fx, y, fy)):
        return False
    if other_countries(context, x, fx, y, fy) or dated_apart(context, x, fx, y, fy):
        return False
    if _apart(context, a, b):
        return False
    return not any(
        test(s, f) for s, f in ((x, fx), (y, fy)) for test in (threshold, change, supposed)
    )


_Keyed = list[tuple[_Count, frozenset[tuple[str, str]]]]


def _keyed(context: Context) -> _Keyed:
    """Every count of the day that says what it counts, with what it counts."""
    spoken = _spoken(context)
    counts = [
        c
        for article, found in context.statements.items()
        for s in found
        for c in _counts(s, spoken.get(article, []))
    ]
    return [(c, k) for c in counts for k in (_keys(c),) if k]


def _pairs(context: Context, keyed: _Keyed) -> Iterator[tuple[_Count, _Count]]:
    """Conflicting counts of one thing, a count in words among them, in article order."""
    for n, (a, keys_a) in enumerate(keyed):
        for b, keys_b in keyed[n + 1 :]:
            if not (a.worded or b.worded) or not keys_a & keys_b or _meet(a, b):
                continue
            if not context.independent(a.item.article_id, b.item.article_id):
                continue
            keys = keys_a & keys_b
            if _gives(keyed, a.item.article_id, b, keys) or _gives(
                keyed, b.item.article_id, a, keys
            ):
                continue
            if _one_thing(context, a, b, _alone(keyed, a, b, keys)):
                yield a, b


def _gives(
    keyed: _Keyed,
    source: str,
    count: _Count,
    keys: frozenset[tuple[str, str]],
) -> bool:
    """Whether the source gives a count of the same thing that meets ``count``."""
    return any(c.item.article_id == source and k & keys and _meet(c, count) for c, k in keyed)


def _alone(
    keyed: _Keyed,
    a: _Count,
    b: _Count,
    keys: frozenset[tuple[str, str]],
) -> bool:
    """Whether each of the two sources counts this thing once: then both count the
    story's one such thing, whatever else their sentences say."""
    sources = (a.item.article_id, b.item.article_id)
    return all(
        sum(1 for c, k in keyed if c.item.article_id == source and k & keys) == 1
        for source in sources
    )


def _range(count: _Count) -> str:
    if count.low == count.high:
        return f"{count.low:g}"
    if count.high == INFINITE:
        return f"{count.low:g} or more"
    return f"{count.low:g} to {count.high:g}"


def _scope(a: _Count, b: _Count) -> str | None:
    """The figure detector's evidence that two counts count different things, but for a
    noun that names the measure itself against people at large: "arrests" are the people
    "arrested" (not the journalists arrested)."""
    measure = MEASURES.get(a.figure.measure or "", frozenset())
    nouns = {stem(c.figure.noun) for c in (a, b) if c.figure.noun}
    if nouns & measure and nouns - measure <= _ANYONE:
        return None
    return scope_evidence(a.item, a.figure, b.item, b.figure)


def _span_candidate(a: _Count, b: _Count, head: str) -> Candidate:
    return Candidate(
        detector="figure conflict",
        sides=((quote(a.item, a.figure.text),), (quote(b.item, b.figure.text),)),
        kinds=("contradiction",),
        evidence=f"“{a.written}” against “{b.written}”, said of one {head}: the spans do not meet",
        topic=f"How long was the {head}: {a.written} or {b.written}?",
        positions=(a.written, b.written),
        score=2.0,
        terms=frozenset({stem(head)}),
    )


def _candidate(a: _Count, b: _Count) -> Candidate:
    span = next((k for kind, k in _keys(a) & _keys(b) if kind == "span"), None)
    if span is not None:
        head = next(c.figure.noun for c in (a, b) if c.worded)
        return _span_candidate(a, b, head or span)
    scope = _scope(a, b)
    what = "times" if a.figure.unit == "time" else a.figure.measure or a.figure.unit
    return Candidate(
        detector="figure conflict",
        sides=((quote(a.item, a.figure.text),), (quote(b.item, b.figure.text),)),
        kinds=("scope difference", "contradiction") if scope else ("contradiction",),
        settled="scope difference" if scope else None,
        evidence=f"“{a.written}” ({_range(a)}) against “{b.written}” ({_range(b)}) of "
        f"{what}" + (f"; {scope}" if scope else ""),
        topic=f"How many {a.figure.noun or what}: {a.written} or {b.written}?",
        positions=(a.written, b.written),
        score=2.0,
        figures=(a.figure.value, b.figure.value),
        terms=frozenset(stem(n) for n in (a.figure.noun, b.figure.noun) if n),
        quantity=(a.figure.unit, a.figure.measure),
    )


def count_in_words_conflicts(context: Context) -> list[Candidate]:
    """One candidate per quantity where a count in words and an independent source's
    count cannot both be true."""
    keyed = _keyed(context)
    found: dict[frozenset[tuple[str, str]], Candidate] = {}
    for a, b in _pairs(context, keyed):
        key = _keys(a) & _keys(b)
        if key not in found:
            found[key] = replace(_candidate(a, b), backers=_backers(keyed, a, b, key))
    return list(found.values())


def _backers(
    keyed: _Keyed, a: _Count, b: _Count, keys: frozenset[tuple[str, str]]
) -> tuple[frozenset[str], frozenset[str]]:
    """The sources giving a count of the thing that meets one side's and not the
    other's: a report of "a two-year inquiry" backs "two-year", not "monthslong", though
    its sentence tells the same indictment."""

    def backing(side: _Count, other: _Count) -> frozenset[str]:
        return frozenset(
            c.item.article_id
            for c, k in keyed
            if k & keys and _meet(c, side) and not _meet(c, other)
        )

    return backing(a, b), backing(b, a)
