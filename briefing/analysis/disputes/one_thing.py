"""Whether the words a proposal names in two sentences are about one thing.

A model may name words that differ (two figures, opposed words, an undecided act and a
done one) in sentences about different things: "18 members of a committee" and "12
intelligence officers", "rejected the notion" and "admit a problem". Code then checks,
for each kind of difference, that the two named words are said of the same thing, so a
proposal stands on the sentences, not on the model's judgement. Set on the tune half of
the real corpus by proposing every pair of checkable words in every pair shown
(briefing.eval.reckless), checked on its report half (docs/calibration.md).
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass

from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.nearby import SCALE_WORDS, WORD, threshold, words_near
from briefing.analysis.disputes.settled import subject
from briefing.analysis.disputes.when import spans_in
from briefing.analysis.figures import Figure, agree
from briefing.analysis.lexicon import PRONOUNS
from briefing.analysis.text import Statement, object_of
from briefing.articles import STOP_WORDS, stem, stems

# Words before an act (or its marker) in which its doer is named: wider than
# briefing.analysis.disputes.settled's, since a marker ("has not yet") may stand between.
DOER_REACH = 8
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SINCE = re.compile(r"\b(?i:since)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Named:
    """A statement and the words of it a proposal names as differing."""

    item: Statement
    words: str


def _names_near(context: Context, item: Statement, start: int, end: int) -> frozenset[str]:
    """The sentence's entities named within the window of words around a span."""
    words = words_near(item.text, start, end)
    keys = {context.entities.key(w.group()) for w in words if w.group()[:1].isupper()}
    return frozenset(keys & item.entities)


# Words each way of a figure of which one must be shared: what the figure is of ("a
# fortune put at $2 million" is not "made $90 million in fees").
NEAR_WORDS = 4
# A number after one of these words names a thing ("section 3", "Title 42"), not a count.
_IDENTIFIER = re.compile(
    r"\b(?:section|article|title|chapter|amendment|district|route|flight|number|no\.|room"
    r"|page|rule|resolution|item|clause|precinct|ward|lot)\s*$",
    re.IGNORECASE,
)


def _near(item: Statement, figure: Figure) -> frozenset[str]:
    """Content stems of the ``NEAR_WORDS`` words each way of the figure, scale and unit
    words left out."""
    words = list(WORD.finditer(item.text))
    before = [w.group() for w in words if w.end() <= figure.start][-NEAR_WORDS:]
    after = [w.group() for w in words if w.start() >= figure.start + len(figure.text)]
    found = stems(" ".join((*before, *after[:NEAR_WORDS])))
    # A name near both says whose figures they are (``_names_near``), not what they count.
    return found - SCALE_WORDS - {figure.unit or ""} - item.entities


def _counted(item: Statement, figure: Figure) -> frozenset[str]:
    """What the figure counts: its noun, or the word right after it ("33 Democrats")."""
    after = WORD.search(item.text, figure.start + len(figure.text))
    words = [w for w in (figure.noun, after.group() if after else None) if w]
    return stems(" ".join(words)) | {stem(w) for w in words}


def near_alike(a: Statement, fa: Figure, b: Statement, fb: Figure) -> bool:
    """The words right around two figures share a stem besides what they count."""
    return bool((_near(a, fa) & _near(b, fb)) - _counted(a, fa) - _counted(b, fb))


# Words after an amount that say what it is for: "$13.6 million in state taxes".
_PURPOSE = re.compile(
    r"^\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:in|for|of|on)\s+"
    r"(?P<words>(?:[\w’'-]+\s*){1,5})",
    re.IGNORECASE,
)


def purpose(item: Statement, figure: Figure) -> frozenset[str]:
    """Content stems of what an amount is for, when the words right after it say ("in
    state taxes"; "in 2013 for 41 speeches": speeches), up to a clause break."""
    rest = re.split(r"[,;:.()]", item.text[figure.start + len(figure.text) :], maxsplit=1)[0]
    found = _PURPOSE.match(rest)
    return stems(found["words"]) if found else frozenset()


def _apart(first: frozenset[str], second: frozenset[str]) -> bool:
    """Both say what they are of, and it is not one thing."""
    return bool(first and second) and not first & second


def other_purposes(a: Statement, fa: Figure, b: Statement, fb: Figure) -> bool:
    """Both amounts say what they are for (``purpose``), and it is not one thing."""
    return _apart(purpose(a, fa), purpose(b, fb))


# An amount used as a modifier ("a $90 million harbour package", "the city's $5 million
# grant"): an article or a possessive before it, lower-case words naming the thing after.
_MODIFIER = re.compile(r"\b(?:a|an|the|its|their|his|her|\w+['’]s)\s+\W?$", re.IGNORECASE)
_NAMED_AS = re.compile(
    r"^\s*(?:(?:thousand|million|billion|trillion)\s+)?(?P<words>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)"
)


def named_as(item: Statement, figure: Figure) -> frozenset[str]:
    """Content stems of the thing an amount used as a modifier names ("a $90 million
    harbour package": harbour package; "$40 million went missing" names nothing), else
    what it is for (``purpose``)."""
    if not _MODIFIER.search(item.text[: figure.start]):
        return purpose(item, figure)
    found = _NAMED_AS.match(item.text[figure.start + len(figure.text) :])
    if found is None:
        return purpose(item, figure)
    kept = itertools.takewhile(lambda w: w.casefold() not in STOP_WORDS, found["words"].split())
    return stems(" ".join(kept))


def _identifier(item: Statement, figure: Figure) -> bool:
    return bool(_IDENTIFIER.search(item.text[: figure.start]))


def _states_too(item: Statement, figure: Figure) -> bool:
    """The sentence gives the figure too, at the precision written ("$15 million" and
    "$14,959,450")."""
    return any(agree(other, figure) for other in item.figures if other.unit == figure.unit)


_AGE_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*,\s*$")
_AGE_AFTER = re.compile(r"^\s*,")


def _age(item: Statement, figure: Figure) -> bool:
    """The figure is an age set off after a name ("Moss, 75, said")."""
    before, after = item.text[: figure.start], item.text[figure.start + len(figure.text) :]
    return bool(_AGE_BEFORE.search(before) and _AGE_AFTER.match(after))


def _alike(a: Statement, fa: Figure, b: Statement, fb: Figure) -> bool:
    """The figures are written as counts of one thing: both or neither is an age ("Moss,
    75," is no count of "three terms"), both or neither an amount of money, and the
    units, counted nouns and the joining of noun to figure ("a four-term senator") agree
    where both say them."""
    if fa.compound != fb.compound or _age(a, fa) != _age(b, fb):
        return False
    if (fa.unit == "money") != (fb.unit == "money"):
        return False  # "$225,000" is no count of a rate written "100/65"
    units = not (fa.unit and fb.unit) or fa.unit == fb.unit
    return units and (not (fa.noun and fb.noun) or stem(fa.noun) == stem(fb.noun))


def one_quantity(context: Context, a: Statement, fa: Figure, b: Statement, fb: Figure) -> bool:
    """Two figures count one quantity: neither names a thing ("section 3"); they are
    written alike (``_alike``); neither sentence gives the other's figure; the words
    right around them share a stem besides what they count ("33 Democrats" / "the 10
    Democrats who gathered"; a measure word such as "vote" nearby is not enough); both
    or neither is what it takes to do something (``nearby.threshold``: "the 25 seats
    necessary to"); the names around them, when both name someone, meet; two amounts do
    not name different things (``named_as``); and the sentences are
    not of two periods (``other_periods``)."""
    if _identifier(a, fa) or _identifier(b, fb) or not _alike(a, fa, b, fb):
        return False
    if _states_too(a, fb) or _states_too(b, fa) or threshold(a, fa) != threshold(b, fb):
        return False
    if not near_alike(a, fa, b, fb):
        return False
    span_a, span_b = (fa.start, fa.start + len(fa.text)), (fb.start, fb.start + len(fb.text))
    names = _names_near(context, a, *span_a), _names_near(context, b, *span_b)
    if names[0] and names[1] and not names[0] & names[1]:
        return False
    # A model's pair needs more than code's own amount detector asks: the words naming
    # each amount count too ("harbour package" / "in dredging spending"), although
    # "a $1 million ad" and "$500,000 of airtime" are then read as two things.
    money = fa.unit == "money" and _apart(named_as(a, fa), named_as(b, fb))
    return not (money or other_periods(a, b))


def other_periods(a: Statement, b: Statement) -> bool:
    """Both sentences give years, and not the same ones: figures of two periods (a rate
    "for 2014" and one "from 2007 through 2014")."""
    years = frozenset(_YEAR.findall(a.text)), frozenset(_YEAR.findall(b.text))
    return bool(years[0] and years[1]) and years[0] != years[1]


def dated_apart(context: Context, a: Statement, fa: Figure, b: Statement, fb: Figure) -> bool:
    """One figure is dated by a year written before it in its sentence, before its source
    was published ("In 2011, the mayor won only 17 wards"), and the other sentence gives
    no year: a past period against the news. A year after the figure dates something else
    ("the 48-page filing lists payments from 2009 to 2016")."""

    def past(item: Statement, figure: Figure) -> bool:
        published = context.sources[item.article_id].published
        named = [int(y) for y in _YEAR.findall(item.text, 0, figure.start)]
        return published is not None and bool(named) and max(named) < published.year

    def undated(item: Statement) -> bool:
        return not _YEAR.search(item.text)

    return (past(a, fa) and undated(b)) or (past(b, fb) and undated(a))


def _periods(text: str) -> list[tuple[int, int]]:
    """The spans of years the text gives: "from 1996 to 2007", "since 2014" (to now)."""
    spans = [(s.first, s.last) for s in spans_in(text)]
    return spans + [(int(m[1]), 9999) for m in _SINCE.finditer(text)]


def alike_dates(x: Named, y: Named) -> bool:
    """Two named dates can date one event: neither sentence gives a span of years. A term
    "from 1993 to 1996" or earnings "since January 2014" are periods, "in 2002" a point in
    time; two spans are compared as tenures by briefing.analysis.disputes.when."""
    return not (_periods(x.item.text) or _periods(y.item.text))


def doer(context: Context, item: Statement, at: int) -> str | None:
    """The entity nearest before ``at`` (within ``DOER_REACH`` words), unless a pronoun
    stands between ("As for his work with Lind, he does not regret it" is not Lind's), or
    the name is a possessor ("Smith's lawyer denied") or a preposition's object ("lawyers
    for Mr. Smith denied", briefing.analysis.text.object_of): then the doer is
    unnamed."""
    found = subject(item.text, at, context.entities, DOER_REACH, PRONOUNS)
    if found is None or found.possessive or object_of(item.text, found.start):
        return None
    return found.key


def same_doer(context: Context, a: Statement, at_a: int, b: Statement, at_b: int) -> bool:
    """The act left open (or opposed) in one sentence and done in the other is one
    person's or body's: the same entity nearest before each."""
    first, second = doer(context, a, at_a), doer(context, b, at_b)
    return first is not None and first == second


def replaced(words: str, quotation: str) -> bool:
    """The named words hold a word the other quotation does not: a replacement, not an
    elision (one quotation going on where the other stops)."""
    other = {w.casefold() for w in re.findall(r"\w+", quotation)}
    return any(w.casefold() not in other for w in re.findall(r"\w+", words))


# Two quotations are of one remark when this share of the shorter one's words match, in
# order, with a run of at least ``REMARK_RUN`` words.
REMARK_SHARE = 0.5
REMARK_RUN = 5


def one_remark(a: str, b: str) -> bool:
    """Two quotations of one remark, not two remarks sharing a few words ("President
    Trump must demand ..." / "President Trump must be willing ...")."""
    words_a, words_b = re.findall(r"\w+", a.casefold()), re.findall(r"\w+", b.casefold())
    blocks = difflib.SequenceMatcher(a=words_a, b=words_b, autojunk=False).get_matching_blocks()
    matched = sum(block.size for block in blocks)
    longest = max((block.size for block in blocks), default=0)
    shorter = min(len(words_a), len(words_b))
    return longest >= REMARK_RUN and shorter > 0 and matched >= REMARK_SHARE * shorter
