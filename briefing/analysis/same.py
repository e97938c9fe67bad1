"""When one statement states the fact of another: the test behind corroboration and
everything that counts the sources stating something.

A statement states the fact of a claim when both hedge or neither does ("it is unclear
whether the steering failed" states no fact about the steering), and

- the claim gives figures: the statement gives every one of them (same value, and the
  same measure when both name one: 32 killed is not 32 deployed) and no other figure
  counting the same unit (that would report a dispute), shares a named entity,
  and shares at least two other stems ("32 officers ... were killed during the
  operation" and "32 Cuban agents lost their lives ... during a clandestine night
  operation");
- the claim gives none: neither does the statement, every entity of the claim is in it
  (entities folded, so "Havana" is Cuba), both take the same side of every opposed pair
  of words (denied / admitted), and it has at least ``WORDING_SHARE`` of the claim's
  stems, two at least, the claim having ``MIN_STEMS`` or more;
- or the two tell one event in their own words (``same_event``): independent newsrooms'
  leads on one event share a name and about half their words, and neither gives a
  figure. Without this the three outlets' leads on one event were three facts of one
  source each in 45 of 46 events of each half of the real corpus.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from briefing.analysis.figures import COUNTED
from briefing.analysis.lexicon import DETERMINERS, NEGATION
from briefing.analysis.text import PREDICTIVE_MARK, Statement
from briefing.articles import DAYS_AND_MONTHS, QUOTED, fold, past_lemma, stem, stems
from briefing.merge import TITLES

WORDING_SHARE = 0.6
MIN_STEMS = 4
SHARED_STEMS_WITH_FIGURES = 2


def _counts(s: Statement) -> dict[float, str | None]:
    return {f.value: f.measure for f in s.figures if f.kind in COUNTED}


def _rivals(a: Statement, b: Statement) -> bool:
    """``b`` also gives another figure for a quantity ``a`` counts: it reports a dispute
    ("600 tonnes, or 1,800 by another count"), it does not back one side."""
    units = {f.unit for f in a.figures if f.kind in COUNTED and f.unit}
    values = {f.value for f in a.figures}
    return any(f.unit in units and f.value not in values for f in b.figures if f.kind in COUNTED)


# One event told by two newsrooms in their own words ("Governor Moss said Friday she is
# declaring an emergency on the northern border ..." / "Governor Moss declared an
# emergency along the border with Veloria on Friday ..."): a shared name, this share of
# the smaller sentence's stems and at least this many.
EVENT_SHARE = 0.45
EVENT_STEMS = 6


def same_event(a: Statement, b: Statement) -> bool:
    """Two sentences without figures telling one event: the same name, most of the smaller
    one's words, neither hedging, neither predicting alone, no opposed words (denied /
    admitted). Sentences with figures are left to the figure path: "About 1,200 people
    were evacuated ... after the river burst its banks" is more than "the river burst its
    banks"."""
    return not _counts(a) and not _counts(b) and _one_event(a, b)


def _one_event(a: Statement, b: Statement) -> bool:
    """The words of ``same_event``, figures aside."""
    if a.hedged or b.hedged or a.predictive != b.predictive:
        return False  # "it remains unclear whether ..." states no event
    if a.polarity != b.polarity or not a.entities & b.entities:
        return False  # "denied that she would declare" is not "declared"
    shared = len(a.stems & b.stems)
    smaller = min(len(a.stems), len(b.stems))
    return shared >= EVENT_STEMS and shared >= EVENT_SHARE * smaller


def restates(a: Statement, b: Statement) -> bool:
    """Whether ``a`` tells an event ``b`` already tells, figures or not: ``same_event``'s
    test of their words, no figure of one rivalling the other's, and no figure of ``a``'s
    own. "The mayor and her deputy were charged on Monday with misusing city funds"
    restates "The mayor and her deputy were charged on Monday with diverting $80,000 of
    city funds": a second key development saying it again tells the reader nothing. A
    figure only ``a`` gives is news of its own. Not a test of corroboration: ``a`` need
    not carry ``b``'s figures."""
    if not _counts(a).keys() <= _counts(b).keys() or _rivals(a, b) or _rivals(b, a):
        return False
    return _one_event(a, b)


# Two newest reports of one story lead with one event far more often than not (the
# inverted pyramid), in their own words and with details of their own ("Governor Lind on
# Friday shut the toll bridge to lorries ..." / "Lind said Friday she is shutting the
# bridge to lorries while 300 engineers brace its piers"). Set on the real corpus's tune
# half: of its same-day pairs of leads sharing this share of the smaller one's stems (5
# at least), 24 of 29 both state the annotated main development; of the others, 9 of 22
# (docs/calibration.md).
LEAD_SHARE = 0.4
LEAD_STEMS = 5
# A lead with a figure of its own is retold only by one with at least this share of its
# stems.
OWN_FIGURE_LENGTH = 0.5
# An amount of money, a weight, a distance or a share of a kind only one lead gives is
# news of its own ("the river rose overnight to 4.9 metres", "earned $141 million"); a
# count of people in it is a detail ("one of his two daughters", "all nine members"), and
# so is a second amount where the other lead gives the main one ("$80,000 of grants" /
# "... even a $600 ticket").
MEASURED = frozenset({"money", "mass", "distance", "percent"})


def _denies(item: Statement) -> bool:
    return item.polarity.get("deny/admit") == 0


# Words after a negation within which it negates an act.
NEGATED_WORDS = 3


def _negates(a: Statement, b: Statement) -> bool:
    """Whether ``a`` negates an act both sentences name: a negation with one of ``b``'s
    words right after it."""
    for negation in NEGATION.finditer(a.text):
        after = re.findall(r"[^\W\d_]+", a.text[negation.end() :])[:NEGATED_WORDS]
        if stems(" ".join(after)) & a.stems & b.stems:
            return True
    return False


# Verbs of saying, announcing and pledging: a forward-looking word in what follows them
# is what was said ("vowed Friday she will veto the bill"), the news looking ahead.
_SAYING = frozenset(
    "say tell report add state write confirm announce declare vow pledge promise warn"
    " threaten signal indicate insist predict suggest hint".split()
)
_BEING = frozenset("be have do get".split())
_CLAUSE_BREAK = re.compile(r"[,;:—–]")


def _predicts(item: Statement) -> bool:
    """Whether a lead looks ahead in its main clause: a forward-looking word before its
    first act in the past, or in what a verb of saying before it says. "Moss announced
    Tuesday she is running, in a speech she hopes will win over farmers" reports the
    announcement; "Moss vowed she will run" and "Moss is expected to run" look ahead.
    Capitalised words (names, an opening "Asked …"), words after a determiner ("a delayed
    vote"), hyphenated ones ("the Moss-backed plan") and relative clauses (", who was
    elected in 2024,") hold no act."""
    marker = PREDICTIVE_MARK.search(item.text)
    if marker is None:
        return False
    head = _RELATIVE.sub(" ", item.text[: marker.start()])
    words = list(_WORD.finditer(head))
    for before, word in zip([None, *words], words, strict=False):
        text = word.group()
        if text[0].isupper() or "-" in text:
            continue
        if before is not None and before.group().casefold() in DETERMINERS:
            continue
        lemma = past_lemma(text.casefold())
        if lemma is None or lemma in _BEING:
            continue
        if lemma in _SAYING:
            # Said, and what looks ahead is in what was said unless a clause ends first.
            return not _CLAUSE_BREAK.search(head, word.end())
        return False
    return True


def retells(a: Statement, b: Statement) -> bool:
    """Whether lead ``a`` tells the event lead ``b`` tells, both being what a newest report
    of the story leads with: a shared name, ``LEAD_SHARE`` of the smaller one's stems
    (``LEAD_STEMS`` at least), the same hedging and outlook, and no axis of opposed words
    on which they stand apart. A count only ``a`` gives is a detail of the one event
    (unless ``b`` is much the shorter), an amount of a kind only it gives news of its own
    (``MEASURED``); figures that differ are the figure detectors' to show. Only for
    ranking (a second key development saying the same thing again), never for
    corroboration."""
    if a.hedged != b.hedged or _predicts(a) != _predicts(b) or not a.entities & b.entities:
        return False
    if any(b.polarity.get(axis, side) != side for axis, side in a.polarity.items()):
        return False
    # A denial, or a negation of the other's act, turns the act round ("denied shutting
    # the bridge", "did not shut the bridge"); other words of an axis in one only ("newly
    # confirmed") and a negation elsewhere ("not only") are no such turn.
    if _denies(a) != _denies(b) or _negates(a, b) != _negates(b, a):
        return False
    shared = len(a.stems & b.stems)
    if shared < LEAD_STEMS or shared < LEAD_SHARE * min(len(a.stems), len(b.stems)):
        return False
    given = _counts(b)
    own = [f for f in a.figures if f.kind in COUNTED and f.value not in given]
    units = {f.unit for f in b.figures if f.kind in COUNTED}
    if any(f.unit in MEASURED and f.unit not in units for f in own):
        return False
    # A short clause does not tell all a longer lead with a figure of its own says: "the
    # river burst its banks" against "About 1,200 people were evacuated after the river
    # burst its banks following three days of rain" (the project's site set).
    return not own or len(b.stems) >= OWN_FIGURE_LENGTH * len(a.stems)


def same_fact(a: Statement, b: Statement) -> bool:
    """Whether statement ``b`` states the fact of claim ``a`` (see the module docstring)."""
    counts_a, counts_b = _counts(a), _counts(b)
    if same_event(a, b):
        return True
    if bool(counts_a) != bool(counts_b) or a.hedged != b.hedged:
        return False
    if counts_a:
        return _same_figures(a, b, counts_a, counts_b)
    return _same_wording(a, b)


def _same_figures(
    a: Statement, b: Statement, counts_a: dict[float, str | None], counts_b: dict[float, str | None]
) -> bool:
    given = all(
        v in counts_b and (None in (m, counts_b[v]) or m == counts_b[v])
        for v, m in counts_a.items()
    )
    other = len(a.stems & b.stems)
    return (
        given
        and not _rivals(a, b)
        and bool(a.entities & b.entities)
        and other >= SHARED_STEMS_WITH_FIGURES
    )


def _same_wording(a: Statement, b: Statement) -> bool:
    # Without a figure to anchor it, "denied ... would declare" is not "declared".
    if not a.entities <= b.entities or len(a.stems) < MIN_STEMS or a.polarity != b.polarity:
        return False
    need = max(2, math.ceil(WORDING_SHARE * len(a.stems)))
    return len(a.stems & b.stems) >= need


AGAIN_STEMS = 2
# A sentence naming no one before its act tells another's event again when the act and
# the words right after it are the other's ("… spread across the old town docks"),
# with this many more words in common.
SAME_RUN = 4
RUN_STEMS = 5
# Verbs that tell no event of their own: saying, being, having.
_NO_EVENT = frozenset("say announce tell report state add".split()) | _BEING
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Words before an act, or the act itself, that leave it unsure: it is never the same as
# one told for sure ("was not indicted", "could be indicted", "denied", "if she had").
_UNSURE = re.compile(
    rf"{NEGATION.pattern}|\b(?:denie[sd]|deny|will|would|could|might|may|should|must|expected"
    r"|if|whether|asked|unclear)\b",
    re.IGNORECASE,
)
# A relative clause tells what the subject did before: "Moss, who was indicted last
# week, resigned" is the resignation.
_RELATIVE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,]*,?")
# Words before a name that make it a place or a body's, not the doer: "In Kelby, police
# arrested …".
_NOT_DOER = frozenset("in at from near of on to for with by into outside inside".split())
_OPENERS = frozenset("the a an after before when while as on in at".split())


_AUXILIARY = frozenset("is are was were be been being".split())
# A party tag after a name ("R-Calif.") is no name of the doer's.
_PARTY_TAG = re.compile(r"^[rdi] [a-z]+$")


class _Event(NamedTuple):
    act: str  # the lemma of the first verb in the past
    passive: bool  # "was indicted": the names before it are who it was done to
    before: frozenset[str]  # the names written before the act
    after: frozenset[str]  # the names written after it, in its clause
    following: tuple[str, ...] = ()  # the words right after it, folded


def _name(word: str, before: str, first: bool) -> str | None:
    """The word folded as a name of a doer or of whom the act is done to, or None: a place
    after a preposition, an opening word, a single letter or a party tag is none."""
    folded = fold(word)
    if before in _NOT_DOER or (first and folded in _OPENERS) or len(folded) < 2:
        return None
    if folded in DAYS_AND_MONTHS or folded in TITLES or _PARTY_TAG.match(folded):
        return None
    return folded


def _event(text: str) -> _Event | None:
    """The sentence's first verb in the past outside relative clauses (saying and being
    aside; a participle after a determiner describes: "a packed nightclub"), whether it
    is passive, and the names written before and after it; None when the words up to it
    negate, deny, hedge, predict, suppose or ask ("Moss could be indicted")."""
    text = _RELATIVE.sub(" ", text)
    matches = list(_WORD.finditer(text))
    words = [m.group() for m in matches]
    names: list[str | None] = []
    for n, word in enumerate(words):
        before = words[n - 1].casefold() if n else ""
        if word[0].isupper():
            names.append(_name(word, before, n == 0))
            continue
        names.append(None)
        lemma = past_lemma(word.casefold()) if before not in DETERMINERS else None
        if lemma is None or lemma in _NO_EVENT:
            continue
        if _UNSURE.search(text, 0, matches[n].end()):
            return None
        after = [
            _name(w, words[m - 1].casefold(), False)
            for m, w in enumerate(words)
            if m > n and w[0].isupper()
        ]
        return _Event(
            lemma,
            before in _AUXILIARY,
            frozenset(x for x in names if x),
            frozenset(x for x in after if x),
            tuple(w.casefold() for w in words[n + 1 : n + 1 + SAME_RUN]),
        )
    return None


def tells_again(sentence: str, earlier: str) -> bool:
    """Whether ``sentence`` tells the event ``earlier`` told: the same first act in the
    past (each sentence's event), the names one writes before it all written before it
    by the other (its doer), neither sentence negating, denying, hedging, predicting,
    supposing or asking, and ``AGAIN_STEMS`` more words in common, so one doer's two
    acts of one verb stay two ("signed the spending bill" / "signed an emergency
    declaration"): "Moss was indicted on charges of misusing city funds …" / "Ida Moss
    was indicted by a grand jury after … city funds". A bottom line says each event
    once. A sentence naming no one before its act tells it again when the ``SAME_RUN``
    words after the act are the other's too, with ``RUN_STEMS`` words in common ("The
    harbour fire spread across the old town docks …")."""
    ours, theirs = _event(sentence), _event(earlier)
    if ours is None or theirs is None or ours.act != theirs.act:
        return False
    # The same people done it to: the names before the act, or, where one sentence is
    # passive and the other not, the passive one's names before it among the other's after
    # it ("Sestak was offered a post" / "Clinton offered Sestak a post").
    if ours.passive == theirs.passive:
        fewer, more = sorted((ours.before, theirs.before), key=len)
    else:
        passive, active = (ours, theirs) if ours.passive else (theirs, ours)
        fewer, more = passive.before, active.after
    written = _WORD.findall(f"{sentence} {earlier}")
    told = {stem(w.casefold()) for w in written if past_lemma(w.casefold()) == ours.act}
    if not fewer:
        # No doer named on one side: the same words after the act, and many in common.
        run = len(ours.following) == SAME_RUN and ours.following == theirs.following
        return run and len((stems(sentence) & stems(earlier)) - told) >= RUN_STEMS
    # One person: the names of one all in the other's ("Ida Moss" is not "Tom Moss").
    if not fewer <= more:
        return False
    named = set().union(*(stems(d) for d in fewer | _titles(sentence, earlier)))
    others = (stems(sentence) & stems(earlier)) - named - told
    return len(others) >= AGAIN_STEMS


# Words in a row two sentences must both quote to report one remark: "keep the quay shut
# until the divers are done" in a spokesman's account and in the statement's.
REMARK_WORDS = 6


# A quotation mostly of capitalised words is a title ("the “Orsa Harbour Safety and
# Renewal Act”"), which two different events may both name.
_TITLE_SHARE = 0.6
_QUOTED_WORD = re.compile(r"[A-Za-z0-9][\w’'.,-]*")
# What turns a report of a remark round in the clause leading into the quotation:
# "denied she told dockers to …", "did not say …".
_TURNED = re.compile(rf"{NEGATION.pattern}|\b(?:denie[sd]|deny|denying|disputed?)\b", re.IGNORECASE)


def _remarks(text: str) -> list[tuple[list[str], bool]]:
    """The words of each quotation in the text, folded (titles left out), and whether the
    clause leading into it turns it round ("denied she told dockers to “…”")."""
    found = []
    for quotation in QUOTED.finditer(text):
        words = _QUOTED_WORD.findall(quotation.group())
        capitalised = sum(w[0].isupper() for w in words)
        if words and capitalised < _TITLE_SHARE * len(words):
            lead_in = _CLAUSE_BREAK.split(QUOTED.sub(" ", text[: quotation.start()]))[-1]
            found.append(([fold(w) or w for w in words], bool(_TURNED.search(lead_in))))
    return found


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + REMARK_WORDS]) for i in range(len(words) - REMARK_WORDS + 1)}


def _figures_in(words: list[str]) -> set[str]:
    return {w for w in words if any(c.isdigit() for c in w)}


def one_remark(sentence: str, earlier: str) -> bool:
    """Whether two sentences report one remark: both quote the same ``REMARK_WORDS`` words
    in a row, the quotations sharing them give the same figures, and the clause leading
    into one turns the remark round (a denial or a negation) only if the other's does too.
    Two outlets' accounts of one statement ("Lind told dockers that Moss would 'keep the
    quay shut until the divers are done', whatever the cost" / "The harbour will 'keep
    the quay shut until the divers are done', Moss's office said") are one development
    and one thing to watch, whatever else each adds around it. A title quoted ("the
    'Orsa Harbour Safety and Renewal Act'") is no remark."""
    for ours, ours_turned in _remarks(sentence):
        for theirs, theirs_turned in _remarks(earlier):
            if ours_turned != theirs_turned or not _runs(ours) & _runs(theirs):
                continue
            if _figures_in(ours) == _figures_in(theirs):
                return True
    return False


def _titles(*texts: str) -> set[str]:
    """The title words the texts write ("Mayor"): no word in common of their own."""
    return {w.casefold() for t in texts for w in _WORD.findall(t)} & TITLES
