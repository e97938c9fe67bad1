"""Rewrite drift: a rewrite that changed a name or a figure of the article it rewrites;
and, between any two sources, an office named after a different holder.

Within a rewrite group, each sentence of the rewrite is compared with the sentences of the
article it rewrites that share at least ``ALIGNED`` of the smaller one's stems. A changed
name is a capitalised word one sentence has and the other lacks (compared as entities, so
"US" and "U.S." agree), in the same frame: the next or the previous word is the same
content word ("the *Trump* administration" / "the *Biden* administration"). When that
word is a title ("*Transport* Minister" / "*Environment* Minister") the sentences must
share at least ``ALIGNED_FOR_TITLES`` of their stems: every article has a President. A
changed figure is a count of the same unit and measure that the rewrite gives and the
article it rewrites gives nowhere ("at least *nine* people" / "at least *eleven*
people"). The odd one out is the side other independent sources do not back: usually the
rewrite, since it copied the rest.

A paraphrasing rewrite leaves no copied words to be judged a rewrite by
(briefing.articles.duplicates), so one change is also looked for between independent
sources: an office named after its holder ("the *Trump* administration" / "the *Biden*
administration": ``OFFICES``, written in lower case after one name) in sentences that
share ``ALIGNED`` of their stems and another entity. Countries, demonyms and two
spellings of one name ("Delcy" / "Delsey") are not holders. On real reporting, where
independent newsrooms name different people in the same frame all the time ("Nebraska
Attorney General Jon Bruning" / "Colorado Attorney General John Suthers"), only this
frame held: one office, one holder at a time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.text import Statement, names_in
from briefing.articles import STOP_WORDS, Entities, fold, overlap, stem, stems
from briefing.merge import TITLES

ALIGNED = 0.2
ALIGNED_FOR_TITLES = 0.4
OFFICES = frozenset({"administration", "government", "presidency", "regime", "cabinet"})
# Two spellings at least this alike (rapidfuzz ratio) are one name misspelt, not two.
SPELLING = 80
FRAME_WORDS = 6
# Words, and the marks that end a name: "Minister Varga, Veloria's environment minister"
# is one person and an apposition, not a name "Varga Veloria's".
_TOKEN = re.compile(r"[\w’'.-]*\w|[,;:()—–]")
_POSSESSIVE = re.compile(r"[’']s$")


@dataclass(frozen=True)
class Change:
    """A name or figure the rewrite changed, with the phrase around it on each side."""

    original: str
    rewritten: str
    original_phrase: str
    rewritten_phrase: str
    context: int = 0  # words around the change that both sentences share


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _frame_word(word: str) -> bool:
    folded = word.casefold()
    return len(folded) >= 4 and folded not in STOP_WORDS


def _phrase(tokens: list[str], at: int, frame: str) -> str:
    """The name around ``tokens[at]``, with the frame word when it follows in lower case:
    "Transport Minister Lukas Brenner", "Trump administration"."""
    low = high = at
    while low > 0 and tokens[low - 1][:1].isupper() and names_in(tokens[low - 1]):
        low -= 1
    while high + 1 < len(tokens) and tokens[high + 1][:1].isupper():
        high += 1
    if high + 1 < len(tokens) and tokens[high + 1] == frame:
        high += 1
    return " ".join(tokens[low : high + 1])


def _local(tokens: list[str], at: int) -> set[str]:
    """Stems of the words within ``FRAME_WORDS`` of a token: what the sentence says of it."""
    return {
        stem(w) for w in tokens[max(0, at - FRAME_WORDS) : at + FRAME_WORDS + 1] if _frame_word(w)
    }


def _frame(a: list[str], i: int, b: list[str], j: int) -> str | None:
    """The content word both names share as neighbour, if any."""

    def near(tokens: list[str], k: int) -> tuple[str, str]:
        before = tokens[k - 1].casefold() if k > 0 else ""
        after = tokens[k + 1].casefold() if k + 1 < len(tokens) else ""
        return before, after

    (before_a, after_a), (before_b, after_b) = near(a, i), near(b, j)
    if after_a == after_b and _frame_word(after_a):
        return after_a
    if before_a == before_b and _frame_word(before_a):
        return before_a
    return None


def _overlap(a: Statement, b: Statement) -> float:
    return overlap(a.stems, b.stems)


def _owner(word: str) -> bool:
    """A possessive ("Veloria's") names whose something is, not who was changed."""
    return bool(_POSSESSIVE.search(word))


def _name_changes(original: Statement, rewrite: Statement, entities: Entities) -> Iterator[Change]:
    left, right = _tokens(original.text), _tokens(rewrite.text)
    keys_left = {entities.key(n) for n in names_in(original.text)}
    keys_right = {entities.key(n) for n in names_in(rewrite.text)}
    aligned = _overlap(original, rewrite)
    for i, word in enumerate(left):
        if _owner(word) or not names_in(word) or entities.key(word) not in keys_left - keys_right:
            continue
        for j, other in enumerate(right):
            if _owner(other) or not names_in(other):
                continue
            if entities.key(other) not in keys_right - keys_left:
                continue
            frame = _frame(left, i, right, j)
            if frame and (frame not in TITLES or aligned >= ALIGNED_FOR_TITLES):
                shared = len(_local(left, i) & _local(right, j))
                yield Change(word, other, _phrase(left, i, frame), _phrase(right, j, frame), shared)


def _figure_changes(
    original: Statement, rewrite: Statement, everywhere: set[tuple[str | None, float]]
) -> Iterator[Change]:
    for a in original.figures:
        for b in rewrite.figures:
            same_quantity = a.kind == b.kind and a.unit == b.unit and a.measure == b.measure
            if not same_quantity or a.unit is None or a.measure is None or a.value == b.value:
                continue
            if (b.unit, b.value) not in everywhere:
                yield Change(
                    a.text,
                    b.text,
                    f"{a.text} {a.noun or ''}".strip(),
                    f"{b.text} {b.noun or ''}".strip(),
                )


def _backers(context: Context, change: Change, side: str, group: str) -> set[str]:
    """Independent sources outside the group that write the side's phrase."""
    phrase = fold(change.original_phrase if side == "original" else change.rewritten_phrase)
    word = fold(change.original if side == "original" else change.rewritten)
    found = set()
    for article, items in context.statements.items():
        if context.story(article) == group:
            continue
        if any(word in fold(s.text).split() and phrase in fold(s.text) for s in items):
            found.add(context.story(article))
    return found


def _also_say(context: Context, backers: set[str], phrase: str) -> str:
    """'A1 and A3 also say “phrase”'."""
    others = sorted(context.label(s) for s in backers)
    verb = "says" if len(others) == 1 else "say"
    return f"{' and '.join(others)} also {verb} “{phrase}”"


def _candidate(
    context: Context, original: Statement, rewrite: Statement, change: Change, group: str
) -> Candidate:
    backing = _backers(context, change, "original", group)
    against = _backers(context, change, "rewritten", group)
    labels = context.label(original.article_id), context.label(rewrite.article_id)
    evidence = (
        f"{labels[1]} rewrites {labels[0]} and changed “{change.original_phrase}” to "
        f"“{change.rewritten_phrase}”"
    )
    if len(against) > len(backing):
        better, odd = 1, original.article_id
        why = f"{evidence}; other sources ({len(against)}) back the rewrite's version."
    else:
        better, odd = 0, rewrite.article_id
        said = _also_say(context, backing, change.original_phrase)
        backed = f"; {said}" if backing else ""
        why = f"{labels[0]} is the article {labels[1]} rewrites{backed}."
    return Candidate(
        detector="rewrite drift",
        **_changed(original, rewrite, change),
        evidence=evidence,
        score=3.0,
        better=better,
        why=why,
        odd_one_out=odd,
        terms=_terms(context, change),
    )


def _changed(first: Statement, second: Statement, change: Change) -> dict[str, Any]:
    """What a candidate for a changed name or figure shows, whoever found the change: each
    sentence cut around its side of it, a contradiction in code's own words."""
    return {
        "sides": ((quote(first, change.original),), (quote(second, change.rewritten),)),
        "kinds": ("contradiction",),
        "settled": "contradiction",
        "topic": f"{change.original_phrase} or {change.rewritten_phrase}?",
        "positions": (change.original_phrase, change.rewritten_phrase),
    }


def _terms(context: Context, change: Change) -> frozenset[str]:
    phrases = f"{change.original_phrase} {change.rewritten_phrase}"
    return stems(phrases) | {context.entities.key(n) for n in names_in(phrases)}


@dataclass(frozen=True)
class _Aligned:
    """One change between two aligned sentences, and how alike they are."""

    aligned: float
    old: Statement
    new: Statement
    change: Change


def _changes(context: Context, original: str, rewrite: str) -> list[_Aligned]:
    everywhere = {(f.unit, f.value) for s in context.statements[original] for f in s.figures}
    found = []
    for new in context.statements.get(rewrite, ()):
        for old in context.statements.get(original, ()):
            aligned = _overlap(old, new)
            if aligned < ALIGNED:
                continue
            changes = [
                *_name_changes(old, new, context.entities),
                *_figure_changes(old, new, everywhere),
            ]
            found += [_Aligned(aligned, old, new, c) for c in changes]
    return found


def _place(item: Statement, context: Context) -> float:
    """Where the sentence stands in its article, from 0 (first) to 1 (last)."""
    total = len(context.statements[item.article_id])
    return item.sentence.index / max(1, total) if total else 0.0


def _ranker(context: Context) -> Callable[[_Aligned], tuple[float, ...]]:
    """Rank pairs of sentences for one change: the words around it, then (a rewrite keeps
    its source's order) how near their places in their articles are, then overlap."""

    def rank(item: _Aligned) -> tuple[float, ...]:
        distance = abs(_place(item.old, context) - _place(item.new, context))
        phrase = len(item.change.original_phrase)
        return item.change.context, -round(distance, 2), item.aligned, phrase

    return rank


def rewrite_drift(context: Context) -> list[Candidate]:
    """Candidates for every name or figure a rewrite changed. Each change keeps the pair of
    sentences that say the most alike around it; each pair of sentences keeps one change
    (the longest name: "Transport Minister Lukas Brenner", not "Lukas")."""
    found = []
    for group in context.groups:
        for member in group.rewrites():
            rank = _ranker(context)
            best: dict[tuple[str, str], _Aligned] = {}
            for item in _changes(context, group.representative, member):
                key = (fold(item.change.original), fold(item.change.rewritten))
                if key not in best or rank(item) > rank(best[key]):
                    best[key] = item
            per_pair: dict[tuple[int, int], _Aligned] = {}
            for item in best.values():
                pair = (item.old.sentence.start, item.new.sentence.start)
                longest = per_pair[pair].change.original_phrase if pair in per_pair else ""
                if len(item.change.original_phrase) > len(longest):
                    per_pair[pair] = item
            found += [
                _candidate(context, i.old, i.new, i.change, group.representative)
                for i in per_pair.values()
            ]
    return found


def _holder(word: str, entities: Entities) -> bool:
    """A word that can name an office's holder: not a country or a demonym."""
    key = entities.key(word)
    return not entities.is_country(key) and not entities.is_demonym(word)


def _office_change(change: Change, entities: Entities) -> bool:
    frame = change.original_phrase.rsplit(" ", 1)[-1]
    return (
        frame in OFFICES
        and change.rewritten_phrase.endswith(f" {frame}")
        and len(change.original_phrase.split()) == len(change.rewritten_phrase.split()) == 2
        and _holder(change.original, entities)
        and _holder(change.rewritten, entities)
        and fuzz.ratio(fold(change.original), fold(change.rewritten)) < SPELLING
    )


def _office_candidate(
    context: Context, first: Statement, second: Statement, change: Change
) -> Candidate:
    """Two sources naming one office after different holders; the better side is the one
    more other independent sources write, else neither."""
    sides = (first.article_id, second.article_id)
    backing = [
        _backers(context, change, side, context.story(sides[n])) - {context.story(s) for s in sides}
        for n, side in enumerate(("original", "rewritten"))
    ]
    labels = context.label(sides[0]), context.label(sides[1])
    evidence = (
        f"{labels[0]} writes “{change.original_phrase}” where {labels[1]} writes "
        f"“{change.rewritten_phrase}”, in sentences on the same subject"
    )
    better = None if len(backing[0]) == len(backing[1]) else int(len(backing[1]) > len(backing[0]))
    if better is None:
        why = "Neither side is better supported: no other source names the office."
    else:
        phrase = (change.original_phrase, change.rewritten_phrase)[better]
        why = f"{_also_say(context, backing[better], phrase)}."
    odd = None if better is None else sides[1 - better]
    return Candidate(
        detector="office holder",
        **_changed(first, second, change),
        evidence=evidence,
        score=2.5,
        better=better,
        why=why,
        odd_one_out=odd,
        backers=(frozenset(backing[0]), frozenset(backing[1])),
        # The holders are what it is about: "Cuban administration" names neither.
        terms=frozenset(
            {stem(change.original.casefold()), stem(change.rewritten.casefold())}
            | {context.entities.key(change.original), context.entities.key(change.rewritten)}
        ),
    )


def office_drift(context: Context) -> list[Candidate]:
    """Candidates for an office named after different holders by two independent sources,
    one per pair of holders, when other sources back one side and none the other: with
    no third source, two administrations may be two times ("the Trump administration
    imposed the tariffs" / "the Biden administration kept them")."""
    found: dict[tuple[str, str], Candidate] = {}
    for a, b in itertools.combinations(context.statements, 2):
        if not context.independent(a, b):
            continue
        for old in context.statements[a]:
            for new in context.statements[b]:
                if _overlap(old, new) < ALIGNED or len(old.entities & new.entities) < 1:
                    continue
                for change in _name_changes(old, new, context.entities):
                    key = tuple(sorted((fold(change.original), fold(change.rewritten))))
                    if key not in found and _office_change(change, context.entities):
                        found[(key[0], key[1])] = _office_candidate(context, old, new, change)
    return [c for c in found.values() if c.better is not None and not c.backers[1 - c.better]]
