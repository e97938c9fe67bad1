"""A quotation negated in one source: two sources quote the same words of someone, and one
of them has a "not" (or "never", "no", a contraction in -n't) the other lacks, inside the
quotation ("passing the bill would not raise the risk" / "passing the bill would raise
the risk"; "we won't leave" / "we will leave"). One of them misquotes; the brief shows
both.

Independent newsrooms quote the same statement in pieces and with small differences of
transcription ("he is" / "he's", "duty" / "duties", a clause left out): none of those is a
dispute. A pair is taken only when the two quotations share a run of ``SHARED`` words, and
they differ between two runs of at least ``FLANK`` identical words only by negation
words. A word of meaning one quotation has and the other lacks is the wording
detector's (briefing.analysis.disputes.wording).
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator

from briefing.analysis.disputes.candidate import MAX_QUOTE_WORDS, Candidate, SideQuote
from briefing.analysis.disputes.context import Context

SHARED = 5
FLANK = 3
CHANGED = 6
LONG = 8
_QUOTATION = re.compile(r"“(?P<curly>[^”]{15,600})”|\"(?P<straight>[^\"\n]{15,600})\"")
_WORD = re.compile(r"[\w’']+")
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "neither", "nor"})


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


# A contraction's negation stands apart, so "won't" / "will" differ by one "not".
_CONTRACTED = {"won't": "will", "can't": "can", "shan't": "shall", "ain't": "is"}


def _folded(words: list[re.Match[str]]) -> list[str]:
    found = []
    for match in words:
        word = match.group().casefold().replace("’", "'")
        if word.endswith("n't"):
            found += [_CONTRACTED.get(word, word[:-3]), "not"]
        else:
            found.append(word)
    return found


def _quotations(context: Context, source: str) -> Iterator[SideQuote]:
    for item in context.statements[source]:
        for match in _QUOTATION.finditer(item.text):
            group = "curly" if match["curly"] else "straight"
            start = item.sentence.start + match.start(group)
            yield SideQuote(source, start, start + len(match[group]), match[group])


def _negated(first: list[str], second: list[str]) -> bool:
    """The two differ, next to a run of shared words, in a negation one side has and the
    other lacks: between runs of ``FLANK`` shared words by negation words alone ("would
    not raise" / "would raise"), or within a change of at most ``CHANGED`` words beside such a
    run, in quotations sharing ``LONG`` words and half the shorter one's ("To pass this
    bill ... would" / "If they don't pass this bill ... will")."""
    ops = difflib.SequenceMatcher(a=first, b=second, autojunk=False).get_opcodes()
    shared = sum(o[2] - o[1] for o in ops if o[0] == "equal")
    alike = shared >= LONG and 2 * shared >= min(len(first), len(second))
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        runs = [o[2] - o[1] for o in (ops[n - 1 : n] + ops[n + 1 : n + 2]) if o[0] == "equal"]
        ours, theirs = first[i1:i2], second[j1:j2]
        negations = sum(w in _NEGATIONS for w in ours), sum(w in _NEGATIONS for w in theirs)
        if (negations[0] > 0) == (negations[1] > 0):
            continue
        only = all(w in _NEGATIONS for w in ours + theirs) and len(ours + theirs) <= 2
        if only and len(runs) == 2 and min(runs) >= FLANK:
            return True
        # A replacement, not words one side leaves out: "who never sat on a jury" /
        # "who never sat on a jury, never ran a court" is an elision.
        replaced = tag == "replace"
        if replaced and len(ours + theirs) <= CHANGED and runs and max(runs) >= FLANK and alike:
            return True
    return False


def _shares(first: list[str], second: list[str]) -> bool:
    grams = {tuple(first[i : i + SHARED]) for i in range(len(first) - SHARED + 1)}
    return any(tuple(second[i : i + SHARED]) in grams for i in range(len(second) - SHARED + 1))


def negated_quotations(context: Context) -> list[Candidate]:
    """One candidate per pair of quotations one of which negates the other."""
    found = []
    for a, b in itertools.combinations(context.statements, 2):
        if not context.independent(a, b):
            continue
        for x, y in itertools.product(list(_quotations(context, a)), list(_quotations(context, b))):
            first, second = _folded(_words(x.text)), _folded(_words(y.text))
            if max(len(first), len(second)) > MAX_QUOTE_WORDS:
                continue  # a side shows about one sentence
            if _shares(first, second) and _negated(first, second):
                labels = context.label(a), context.label(b)
                found.append(
                    Candidate(
                        detector="changed quotation",
                        sides=((x,), (y,)),
                        kinds=("contradiction",),
                        settled="contradiction",
                        evidence=f"{labels[0]} and {labels[1]} quote the same words, one "
                        "with a negation the other lacks",
                        topic="Which words were said?",
                        positions=(f"as {labels[0]} quotes it", f"as {labels[1]} quotes it"),
                        score=2.6,
                        why="Neither side is better supported: how many sources repeat a quotation "
                        "does not settle its words.",
                        terms=frozenset(),
                    )
                )
    return found
