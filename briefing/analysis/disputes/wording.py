"""A quotation worded differently: two independent sources quote the same words of
someone, and inside the shared words one of them has a word the other does not ("the
board made some mistakes in" / "the board made some serious mistakes in").
One of them misquotes; the brief shows both as each source prints them.

Quotations are read whole from each article's paragraphs (briefing.analysis.disputes.
quoted). Independent newsrooms transcribe the same statement with small differences
that are no dispute: a word heard as another ("methods" / "mechanism"), contractions
("he is" / "he's"), function words ("that", "had" / "have"), fillers ("well", "I
think"), an inflection ("duty" / "duties"), a spelling ("O.K." / "OK", "5%" / "5 per
cent"), a word put elsewhere, a title or a name ("Mr.", "the Kelby Harbour Board"), a
passage left out (marked by an ellipsis, or a clause of more than ``CHANGED`` words: an
elision), and the writer's words in brackets. A pair is taken only when the quotations
share a run of ``SHARED`` words and are given to no two different speakers, and one
has at most ``CHANGED`` words the other lacks, between runs of at least ``FLANK``
identical words (``FLANKS`` together), holding a word of meaning the other quotation
has nowhere in any inflection. A negation, a modal and a qualifier before a figure
("not", "might", "about 500") are words of meaning.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Iterator, Sequence

from briefing.analysis.disputes.candidate import Candidate, SideQuote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.quoted import Quotation, Word, sentence_ends
from briefing.analysis.speakers import speaker_of
from briefing.articles import stem, verb_lemma

SHARED = 4
FLANK = 3
FLANKS = 7
CHANGED = 2
# A quotation most of whose words are capitalised is a title ("the Safe Harbours Act").
TITLE_SHARE = 0.6
# A speech three newsrooms transcribe differs in many small places: the brief shows one
# (no story of the real corpus has two differences).
PER_STORY = 1
# Words of a side around the difference: enough to show the quotation's sense.
SHOWN = 10
# Speech as one newsroom writes it down and another spells it out.
_SPOKEN = {"gonna": "going", "wanna": "want", "gotta": "got", "okay": "ok"}
# Words that carry grammar, fillers and titles: a transcription can add or drop them.
_GRAMMAR = frozenset(
    """a an the this that these those it its he him his she her hers they them their we us
    our i me my you your who whom whose which what and or but so if as than then of to in
    on at by for from with into onto up out off over about is are was were be been being
    am has have had do does did got any all some every each anything something everything
    let oh ah uh um er erm well look yeah yes frankly please mr mrs ms dr o'clock 's s t""".split()
)
# A qualifier is a word of meaning before a figure: "about 500" is not "500".
_QUALIFIERS = frozenset("about over nearly almost around some roughly".split())
# A speaker's aside one transcript keeps and another drops.
_ASIDES = frozenset(
    "i think,you know,i mean,i guess,i suppose,i believe,of course,sort of,kind of".split(",")
)


# Word ranges, one in each quotation: [i1, i2) of the first, [j1, j2) of the second.
_Span = tuple[int, int, int, int]


def _root(word: str) -> str:
    """A word's stem, its verb's lemma first ("said" and "saying" are one word)."""
    return stem(verb_lemma(_SPOKEN.get(word, word)))


def _meaning(words: Sequence[Word], at: int) -> bool:
    """Whether the word at ``at`` carries meaning: no grammar or filler, or a qualifier
    right before a figure."""
    word = words[at].folded
    if word in _QUALIFIERS and at + 1 < len(words):
        return words[at + 1].folded[:1].isdigit()
    return word not in _GRAMMAR


def _telling(ours: Quotation, low: int, high: int, theirs: Quotation) -> bool:
    """The words ``low`` to ``high`` of ``ours``, which ``theirs`` lacks there, hold a word
    of meaning ``theirs`` has nowhere in any inflection, and are no aside, title or name."""
    added = ours.words[low:high]
    if " ".join(w.folded for w in added) in _ASIDES:
        return False
    if all(w.capital or len(w.folded) == 1 for w in added):
        return False  # a title, an initial or a name: the name detectors' to read
    elsewhere = {_root(w) for w in theirs.folded if w}
    return any(
        _meaning(ours.words, n) and _root(ours.words[n].folded) not in elsewhere
        for n in range(low, high)
    )


def _differences(x: Quotation, y: Quotation) -> Iterator[_Span]:
    """Word ranges, one in each quotation (one of them empty), where one has words of
    meaning the other lacks between two runs of ``FLANK`` identical words."""
    ops = difflib.SequenceMatcher(a=x.folded, b=y.folded, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal" or not 0 < n < len(ops) - 1:
            continue
        before, after = ops[n - 1], ops[n + 1]
        flanks = (before[2] - before[1], after[2] - after[1])
        if before[0] != "equal" or after[0] != "equal" or min(flanks) < FLANK:
            continue
        if sum(flanks) < FLANKS or min(i2 - i1, j2 - j1) > 0 or max(i2 - i1, j2 - j1) > CHANGED:
            continue  # too little alike, a word heard as another, or a clause left out
        # A gap beside the difference: one side marks what it left out.
        beside = (x.words[i1 - 1 : i2 + 1], y.words[j1 - 1 : j2 + 1])
        if any(w.gap for side in beside for w in side):
            continue
        if _telling(x, i1, i2, y) if i2 > i1 else _telling(y, j1, j2, x):
            yield i1, i2, j1, j2


def _shown(quotation: Quotation, low: int, high: int, text: str) -> SideQuote:
    """The quotation's sentence around a difference (words ``low`` to ``high``; none when
    this side lacks them: then the words either side), at most ``SHOWN`` words each way,
    verbatim."""
    words = quotation.words
    start, end = (low, high) if high > low else (low - 1, low + 1)
    while start > low - SHOWN and not sentence_ends(words, text, start):
        start -= 1
    while end < high + SHOWN and not sentence_ends(words, text, end):
        end += 1
    first, last = words[start], words[end - 1]
    return SideQuote(quotation.article_id, first.start, last.end, text[first.start : last.end])


def _candidate(context: Context, x: Quotation, y: Quotation, at: _Span) -> Candidate:
    """The pair as a candidate, the side with the words the other lacks first."""
    i1, i2, j1, j2 = at
    if j2 > j1:
        x, y, i1, i2, j1, j2 = y, x, j1, j2, i1, i2
    text = context.texts[x.article_id]
    said = text[x.words[i1].start : x.words[i2 - 1].end]
    sides = (_shown(x, i1, i2, text), _shown(y, j1, j2, context.texts[y.article_id]))
    labels = context.label(x.article_id), context.label(y.article_id)
    return Candidate(
        detector="changed quotation",
        sides=((sides[0],), (sides[1],)),
        kinds=("contradiction",),
        settled="contradiction",
        evidence=f"{labels[0]} and {labels[1]} quote the same words; {labels[0]} has "
        f"“{said}” where {labels[1]} has nothing",
        topic=f"Was “{said}” said?",
        positions=(f"with “{said}”", f"without “{said}”"),
        score=2.5,
        why="Neither side is better supported: how many sources repeat a quotation "
        "does not settle its words.",
        terms=frozenset(),
    )


def _quoted(context: Context, article_id: str) -> list[Quotation]:
    """The article's quotations long enough to compare, titles aside."""
    found = []
    for quotation in context.quoted.get(article_id, ()):
        words = [w for w in quotation.words if not w.gap]
        capitals = sum(w.capital for w in words)
        if len(words) >= SHARED and capitals < TITLE_SHARE * len(words):
            found.append(quotation)
    return found


def _grams(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + SHARED]) for i in range(len(words) - SHARED + 1)}


def _sharing(context: Context, quoted: list[list[Quotation]]) -> list[tuple[Quotation, ...]]:
    """Pairs of quotations of independent sources sharing a run of ``SHARED`` words, in
    the sources' order, found through an index of runs: a day's story of many articles
    quotes hundreds of times."""
    flat = [(n, m, q) for n, found in enumerate(quoted) for m, q in enumerate(found)]
    index: dict[tuple[str, ...], list[int]] = {}
    for k, (_, _, q) in enumerate(flat):
        for gram in _grams(q.folded):
            index.setdefault(gram, []).append(k)
    pairs = {
        (i, j)
        for ks in index.values()
        for i, j in itertools.combinations(ks, 2)
        if flat[i][0] != flat[j][0]
        and context.independent(flat[i][2].article_id, flat[j][2].article_id)
    }
    ordered = sorted(
        pairs, key=lambda p: (flat[p[0]][0], flat[p[1]][0], flat[p[0]][1], flat[p[1]][1])
    )
    return [(flat[i][2], flat[j][2]) for i, j in ordered]


class _Speakers:
    """Who each quotation's source gives it to (its speaker's surname), read once per
    quotation: a quotation is paired with many."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.known: dict[tuple[str, int], str | None] = {}

    def of(self, q: Quotation) -> str | None:
        key = (q.article_id, q.start)
        if key not in self.known:
            name = speaker_of(self.context.texts[q.article_id], q.start, q.end)
            self.known[key] = name.split()[-1].casefold() if name else None
        return self.known[key]

    def apart(self, x: Quotation, y: Quotation) -> bool:
        """The two sources give the quotations to two different people."""
        first, second = self.of(x), self.of(y)
        return first is not None and second is not None and first != second


def worded_quotations(context: Context) -> list[Candidate]:
    """The first pair of quotations of independent sources that quote the same words with
    a word of meaning more or less (their first such difference), at most ``PER_STORY``."""
    quoted = [_quoted(context, a) for a in context.statements]
    speakers = _Speakers(context)
    found = []
    for x, y in _sharing(context, quoted):
        if not speakers.apart(x, y):
            at = next(_differences(x, y), None)
            if at is not None:
                found.append(_candidate(context, x, y, at))
                if len(found) == PER_STORY:
                    break
    return found
