"""A quotation worded differently: two independent sources quote the same words of
someone, and inside the shared words one of them has a word the other does not ("the
board made some mistakes in" / "the board made some serious mistakes in").
One of them misquotes; the brief shows both as each source prints them.

Quotations are read from each article's paragraphs, not from its sentences: a speaker's
quotation runs over several sentences ("… now? Worried …") and a paragraph opened
by a quotation mark and never closed is quoted to its end.

Independent newsrooms transcribe the same statement with small differences that are no
dispute: contractions ("he is" / "he's"), function words ("that", "had" / "have"), an
inflection ("duty" / "duties"), a spelling ("O.K." / "OK"), a passage left out (marked by
an ellipsis, or a clause of more than ``CHANGED`` words: an elision), and the writer's
words in brackets ("members [of the board]"). A pair is taken only when a difference of at
most ``CHANGED`` words on each side stands between runs of at least ``FLANK`` identical
words, and it holds a word of meaning the other side lacks in any inflection.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from briefing.analysis.disputes.candidate import Candidate, SideQuote
from briefing.analysis.disputes.context import Context
from briefing.articles import stem, verb_lemma

SHARED = 5
FLANK = 3
CHANGED = 2
# One word spelt two ways: a rapidfuzz ratio at least this.
SPELT = 80
# A speech three newsrooms transcribe differs in many small places: the brief shows one
# (no story of the real corpus has two differences).
PER_STORY = 1
# Words of a side around the difference: enough to show the quotation's sense.
SHOWN = 10
# An opening mark to the next closing mark in one paragraph, or to the paragraph's end;
# straight and curly marks are mixed in real copy ("… did it,”).
_QUOTATION = re.compile(r"[“\"]([^“”\"\n]{15,2000})(?:[”\"]|$)", re.MULTILINE)
# Words, an ellipsis, or the writer's words in brackets: the last two break a run.
_TOKEN = re.compile(r"\[[^\]\n]*\]|\.\.\.|…|\w+(?:[’']\w+)*")
# "won't" is "will not": the base a negated contraction leaves.
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
# Speech as one newsroom writes it down and another spells it out.
_SPOKEN = {"gonna": "going", "wanna": "want", "gotta": "got", "okay": "ok"}
_CLITICS = {"n't": "not", "'ve": "have", "'re": "are", "'ll": "will", "'d": "would", "'m": "am"}
# Words that carry grammar rather than what was said: a transcription can change them.
_GRAMMAR = frozenset(
    """a an the this that these those it its he him his she her hers they them their we us
    our i me my you your who whom whose which what and or but nor so if as than then of to
    in on at by for from with into onto up out off over about is are was were be been
    being am has have had do does did will would shall should can could may might must not
    any all some every each no anything something nothing everything let oh ah uh um 's s
    t""".split()
)

# A speaker's aside one transcript keeps and another drops.
_ASIDES = frozenset({"i think", "you know", "i mean", "i guess", "of course", "i believe"})


# Word ranges, one in each quotation: [i1, i2) of the first, [j1, j2) of the second.
_Span = tuple[int, int, int, int]


@dataclass(frozen=True)
class _Word:
    folded: str
    start: int
    end: int
    gap: bool = False  # an ellipsis or bracketed words: what the writer left out or added
    capital: bool = False


@dataclass(frozen=True)
class _Quotation:
    article_id: str
    words: tuple[_Word, ...]

    @property
    def folded(self) -> list[str]:
        return [w.folded for w in self.words]


def _tokens(text: str, offset: int) -> Iterator[_Word]:
    for match in _TOKEN.finditer(text):
        word = match.group().casefold().replace("’", "'")
        start, end = offset + match.start(), offset + match.end()
        if word[0] in "[.…":
            yield _Word("", start, end, gap=True)
            continue
        clitic = next((c for c in _CLITICS if word.endswith(c) and len(word) > len(c)), None)
        if clitic is None and word.endswith("'s"):
            clitic = "'s"
        if clitic is None:
            yield _Word(word, start, end, capital=match.group()[0].isupper())
        else:
            base = word[: -len(clitic)]
            yield _Word(_CONTRACTED.get(base, base), start, end)
            yield _Word(_CLITICS.get(clitic, "'s"), start, end)


def _quotations(article_id: str, text: str) -> Iterator[_Quotation]:
    for match in _QUOTATION.finditer(text):
        words = tuple(_tokens(match.group(1), match.start(1)))
        if sum(not w.gap for w in words) >= SHARED:
            yield _Quotation(article_id, words)


def _shares(first: Sequence[str], second: Sequence[str]) -> bool:
    grams = {tuple(first[i : i + SHARED]) for i in range(len(first) - SHARED + 1)}
    return any(tuple(second[i : i + SHARED]) in grams for i in range(len(second) - SHARED + 1))


def _telling(ours: Sequence[_Word], theirs: Sequence[_Word]) -> bool:
    """One side has a word of meaning the other side lacks in any inflection, and the two
    are not one word spelt apart ("O.K." / "OK", "e-mail" / "email")."""
    if any(w.gap for w in (*ours, *theirs)):
        return False
    a, b = [w.folded for w in ours], [w.folded for w in theirs]
    if "".join(a) == "".join(b) or " ".join(a + b) in _ASIDES:
        return False
    if len(a) == len(b) == 1 and _spelt(ours[0], theirs[0]):
        return False
    roots_a, roots_b = {_root(w) for w in a}, {_root(w) for w in b}
    meaning = {w for w in (*a, *b) if w not in _GRAMMAR}
    return any(_root(w) not in (roots_b if w in a else roots_a) for w in meaning)


def _spelt(a: _Word, b: _Word) -> bool:
    """One word spelt two ways ("judgement" / "judgment"), or a name two ways ("Momma" /
    "Mama"): names differ by transcription, and name conflicts have detectors of their own."""
    if a.capital and b.capital and a.folded[0] == b.folded[0]:
        return True
    return fuzz.ratio(a.folded, b.folded) >= SPELT


def _root(word: str) -> str:
    """A word's stem, its verb's lemma first ("said" and "saying" are one word)."""
    return stem(verb_lemma(_SPOKEN.get(word, word)))


def _differences(x: _Quotation, y: _Quotation) -> Iterator[_Span]:
    """Word ranges, one in each quotation, where they differ by a word of meaning between
    two runs of ``FLANK`` identical words."""
    ops = difflib.SequenceMatcher(a=x.folded, b=y.folded, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal" or not 0 < n < len(ops) - 1:
            continue
        before, after = ops[n - 1], ops[n + 1]
        flanks = (before[2] - before[1], after[2] - after[1])
        if before[0] != "equal" or after[0] != "equal" or min(flanks) < FLANK:
            continue
        if min(i2 - i1, j2 - j1) > 0 or max(i2 - i1, j2 - j1) > CHANGED:
            continue  # a word heard as another, or a clause left out: transcription
        # A gap beside the difference: one side marks what it left out.
        beside = (x.words[i1 - 1 : i2 + 1], y.words[j1 - 1 : j2 + 1])
        if any(w.gap or not w.folded for side in beside for w in side):
            continue
        if _telling(x.words[i1:i2], y.words[j1:j2]):
            yield i1, i2, j1, j2


def _shown(quotation: _Quotation, low: int, high: int, text: str) -> SideQuote:
    """The quotation's sentence around a difference (words ``low`` to ``high``; none when
    this side lacks them), at most ``SHOWN`` words each way, verbatim."""
    words = quotation.words

    def ends(n: int) -> bool:
        """A sentence ends, or the writer cut, between words n - 1 and n."""
        if n <= 0 or n >= len(words):
            return True
        between = text[words[n - 1].end : words[n].start]
        return words[n - 1].gap or words[n].gap or any(mark in between for mark in ".!?…")

    start, end = low, high
    while start > low - SHOWN and not ends(start):
        start -= 1
    while end < high + SHOWN and not ends(end):
        end += 1
    first, last = words[start], words[max(end, start + 1) - 1]
    return SideQuote(quotation.article_id, first.start, last.end, text[first.start : last.end])


def _candidate(context: Context, x: _Quotation, y: _Quotation, at: _Span) -> Candidate:
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
        why="Neither side is better supported: each quotation is in one source.",
        terms=frozenset(),
    )


def worded_quotations(context: Context) -> list[Candidate]:
    """The first pair of quotations of independent sources that quote the same words with
    a word of meaning more or less (their first such difference), at most ``PER_STORY``."""
    quoted = {a: list(_quotations(a, context.texts.get(a, ""))) for a in context.statements}
    found = []
    for a, b in itertools.combinations(quoted, 2):
        if not context.independent(a, b):
            continue
        for x, y in itertools.product(quoted[a], quoted[b]):
            if _shares(x.folded, y.folded):
                at = next(_differences(x, y), None)
                if at is not None:
                    found.append(_candidate(context, x, y, at))
    return found[:PER_STORY]
