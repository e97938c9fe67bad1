"""Figures in a sentence: the value, what it counts, its unit and its qualifier.

Digits ("25,000", "1.5"), numbers in words ("Fourteen", "twenty-two") and clock times
("11:40 p.m.", "23:52") are figures; dates, years on their own and ordinals are not.
Two figures are about the same quantity when their units fall in one class and the words
around them name the same measure (deaths, a spill, a deployment ...), see
briefing.analysis.lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.analysis.lexicon import (
    ABOUT,
    AT_LEAST,
    AT_MOST,
    DURATIONS,
    MEASURES,
    UNIT_ABBREVIATIONS,
    UNITS,
)
from briefing.articles import stated_dates, stem

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUES = {w: n for n, w in enumerate(_ONES)} | {w: 10 * (n + 2) for n, w in enumerate(_TENS)}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_NUMBER = re.compile(
    r"(?P<time>\b\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?)"
    r"|(?P<digits>(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,:])\d+(?:\.\d+)?(?![\w:]|\.\d))"
    r"|(?P<words>\b(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_ONES[1:10]) + r"))?\b"
    r"|\b(?:" + "|".join(_ONES[2:]) + r")\b)",
    re.IGNORECASE,
)
_STOP = frozenset(
    [
        "of",
        "were",
        "was",
        "have",
        "had",
        "has",
        "who",
        "which",
        "that",
        "to",
        "in",
        "and",
        "or",
        "at",
        "on",
        "by",
        "for",
        "from",
        "with",
        "as",
        "is",
        "are",
        "be",
        "been",
        "more",
        "than",
        "the",
        "a",
        "an",
        "over",
        "under",
        "per",
        "into",
        "last",
        "this",
        "next",
        "so",
        "since",
        "after",
        "before",
    ]
)
_CURRENCY = frozenset("$€£")
# An hour written without minutes: "8 p.m.", "11am".
_HOUR = re.compile(r"\s?[ap]\.?\s?m(?:\.(?![A-Za-z])|(?![.\w]))", re.IGNORECASE)
# A number right after these is a date ("Sept. 11"), a rank ("No. 2") or a score's part.
_NOT_A_COUNT = re.compile(
    r"(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|\bnos?\.|\d-)\s?$",
    re.IGNORECASE,
)


# Figures that count something or give a clock time: the ones a fact is compared on
# (dates and durations aside).
COUNTED = ("count", "time")


@dataclass(frozen=True)
class Figure:
    """A figure as written in a sentence and what code can tell of it."""

    text: str
    value: float
    kind: str  # "count", "duration" ("20 years") or "time" (minutes after midnight)
    unit: str | None  # class of the noun it counts ("people", "mass" ...) or that noun's stem
    noun: str | None  # the noun as written
    measure: str | None  # what it counts ("deaths", "releases" ...)
    qualifier: str  # "at least", "about", "at most" or ""
    start: int = 0  # where it stands in its sentence
    compound: bool = False  # joined to its noun ("a 48-page indictment")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w%$€£’'-]+|[,;]", text)


def _value(match: re.Match[str], after: list[str]) -> tuple[float, str] | None:
    if match["time"]:
        hours, minutes = map(int, re.findall(r"\d+", match["time"])[:2])
        if "p" in match["time"].casefold() and hours < 12:
            hours += 12
        return float(hours * 60 + minutes), "time"
    if match["digits"]:
        value = float(match["digits"].replace(",", ""))
    else:
        parts = re.split(r"[- ]", match["words"].casefold())
        value = float(sum(_WORD_VALUES.get(p, 0) for p in parts))
    scale = _SCALES.get(after[0].casefold().split("-")[0], 1) if after else 1
    return value * scale, "count"


def _unit_class(word: str) -> str | None:
    word_stem = stem(word)
    return next((name for name, stems in UNITS.items() if word_stem in stems), None)


_COMPOUND = re.compile(r"-(?P<noun>[a-z]{3,})\b")


def _unit(after: str) -> tuple[str | None, str | None]:
    """The counted noun: the first word after the figure (up to a comma or a function word)
    that names a unit, else the first lower-case word ("32 Cuban agents" -> agents); in a
    compound, the word joined to it ("a 48-page indictment" -> page)."""
    compound = _COMPOUND.match(after)
    if compound:
        return _unit_class(compound["noun"]) or stem(compound["noun"]), compound["noun"]
    words = []
    for word in _words(re.split(r"[,;:.()]", after, maxsplit=1)[0])[:4]:
        folded = word.casefold().strip("’'")
        if folded in UNIT_ABBREVIATIONS:
            return UNIT_ABBREVIATIONS[folded], word
        if folded in _STOP or folded in _SCALES or not folded.isalpha():
            break
        words.append(word)
    for word in words:
        unit = _unit_class(word)
        if unit:
            return unit, word
    noun = next((w for w in words if not w[0].isupper()), None)
    return (stem(noun), noun) if noun else (None, None)


# How far from a figure its measure word is looked for (a sentence's length, bounded so
# that a text without full stops costs linear time).
UNIT_REACH_CHARS = 400
# Crossing these words or marks on the way to a measure word makes it count for less.
_BREAKS = frozenset({"and", ",", ";", "but", "while"})


# After one of these, "fallen" is the verb ("arrests have fallen to 400,000"), not the dead;
# the price is "400 had fallen in the battle", read without a measure.
_AUXILIARIES = frozenset({"has", "have", "had", "having", "been"})


# Nouns that share a measure word's stem and name something else: a "department" is no
# departure, a "post" (an office) no posting.
_OTHER_NOUNS = frozenset({"department", "departments", "post", "posts"})


def _as_measures(words: list[str]) -> list[str]:
    """The words as a measure is read from them: "fallen" one or two words after an
    auxiliary ("have actually fallen") is left out, and so is a capitalised word after
    "the" or after another capitalised word: a name ("The Post interviewed ...", "the
    Washington Post"), not the verb "posted"; and ``_OTHER_NOUNS``."""

    def verb(n: int) -> bool:
        return any(w.casefold() in _AUXILIARIES for w in words[max(0, n - 2) : n])

    def name(n: int) -> bool:
        before = words[n - 1] if n else ""
        return words[n][:1].isupper() and (before.casefold() == "the" or before[:1].isupper())

    def other(n: int, word: str) -> bool:
        return (word.casefold() == "fallen" and verb(n)) or word.casefold() in _OTHER_NOUNS

    return ["" if other(n, w) or name(n) else w for n, w in enumerate(words)]


def _nearest_measure(before: list[str], after: list[str]) -> str | None:
    """The measure named nearest the figure; a tie goes to the words before it."""
    best: tuple[float, str] | None = None
    before, after = _as_measures(before), _as_measures(after)
    for side, words in ((0.5, list(reversed(before))), (0.0, after)):
        crossed = 0
        for distance, word in enumerate(words, start=1):
            crossed += word.casefold() in _BREAKS
            found = [n for n, stems in MEASURES.items() if stem(word) in stems]
            if found:
                score = distance + 5 * crossed - side
                if best is None or score < best[0]:
                    best = (score, found[0])
                break
    return best[1] if best else None


def _qualifier(before: str, after: str) -> str:
    before = before.casefold()[-30:]
    if after.casefold().startswith(" or more") or any(before.endswith(q) for q in AT_LEAST):
        return "at least"
    if any(before.endswith(q) for q in ABOUT):
        return "about"
    if any(before.endswith(q) for q in AT_MOST):
        return "at most"
    return ""


def _excluded(sentence: str) -> list[tuple[int, int]]:
    """Spans that hold dates: their numbers are not figures."""
    return [(d.start, d.end) for d in stated_dates(sentence, [2000])]


def figures(sentence: str) -> list[Figure]:
    """The figures of one sentence."""
    dates = _excluded(sentence)
    found = []
    for match in _NUMBER.finditer(sentence):
        if any(start <= match.start() < end for start, end in dates):
            continue
        text = match.group().strip()
        ordinal = re.match(r"\d+(st|nd|rd|th)\b", sentence[match.start() : match.start() + 8])
        if re.fullmatch(r"(19|20)\d\d", text) or ordinal:
            continue  # a year on its own, or an ordinal
        if _NOT_A_COUNT.search(sentence, max(0, match.start() - 8), match.start()):
            continue
        if match["digits"] and _HOUR.match(sentence, match.end()):
            continue  # "8 p.m.": an hour, no count of anything (nor compared as a time)
        parsed = _value(match, _words(sentence[match.end() : match.end() + UNIT_REACH_CHARS]))
        if parsed is not None:
            found.append(figure_at(sentence, match.start(), match.end(), parsed[0], kind=parsed[1]))
    return _ranges(sentence, found)


def figure_at(
    sentence: str, start: int, end: int, value: float, *, kind: str = "count", skip: int = 0
) -> Figure:
    """The figure written at ``sentence[start:end]`` with this value, read as
    ``figures`` reads one: what it counts, its measure and its qualifier. ``skip`` leaves
    out that many characters after it before its noun ("dozens of arrests": " of")."""
    rest = sentence[end + skip : end + skip + UNIT_REACH_CHARS]
    after = _words(rest)
    before = _words(sentence[max(0, start - UNIT_REACH_CHARS) : start])
    unit, noun = _unit(rest) if kind == "count" else ("time", None)
    if kind == "count" and sentence[max(0, start - 1) : start] in _CURRENCY:
        unit, noun = "money", None  # "$3.6 billion": what follows is not what it counts
    compound = _COMPOUND.match(rest) is not None
    # "a 48-hour strike" names the strike, as "48" did before compounds were read: it
    # stays a count, so the reports naming it still state one fact.
    duration = noun is not None and stem(noun) in DURATIONS and not compound
    return Figure(
        text=sentence[start:end].strip(),
        value=value,
        kind="duration" if duration else kind,
        unit=unit,
        noun=noun,
        # A compound names what it measures: "a 48-page indictment" counts pages,
        # whatever measure word stands near it.
        measure=stem(noun) if compound and noun else _nearest_measure(before, after),
        qualifier=_qualifier(
            sentence[:start].rstrip().rstrip("".join(_CURRENCY)).rstrip(), sentence[end:]
        ),
        start=start,
        compound=compound,
    )


_RANGE_JOIN = re.compile(r"\s*(?:and|to|-|–)\s*[$€£]?\s*$", re.IGNORECASE)


def _ranges(sentence: str, found: list[Figure]) -> list[Figure]:
    """A range ("between $19 and $22 million", "3 to 4 billion") is a lower and an upper
    bound, and its first figure takes the scale written after the second."""
    result = list(found)
    for n in range(len(result) - 1):
        low, high = result[n], result[n + 1]
        between = sentence[low.start + len(low.text) : high.start]
        if low.kind != high.kind or not _RANGE_JOIN.fullmatch(between):
            continue
        opened = re.search(r"\bbetween\s+[$€£]?\s*$", sentence[: low.start], re.IGNORECASE)
        if "and" in between.casefold() and not opened:
            continue  # "12 and 30": two figures, not a range
        value = low.value
        if scale_of(high) and not scale_of(low):
            value = low.value * high.value / float(high.text.replace(",", ""))
        if value < high.value:
            result[n] = replace(low, value=value, qualifier="at least")
            result[n + 1] = replace(high, qualifier="at most")
    return result


def scale_of(figure: Figure) -> str | None:
    """The scale word written after the figure's digits ("million"), if any."""
    try:
        number = float(figure.text.replace(",", ""))
    except ValueError:
        return None
    return next((w for w, s in _SCALES.items() if number and figure.value == number * s), None)


def written(figure: Figure) -> str:
    """The figure as a reader says it: its digits with the scale word that followed them
    ("1 million", not "1"), so a label never shows a thousandth of the amount."""
    scale = scale_of(figure)
    return f"{figure.text} {scale}" if scale else figure.text


def label(figure: Figure, currency: str = "") -> str:
    """The figure as a dispute names it: qualifier, value with its scale and what it
    counts ("at least 1,800 tonnes", "$1 million"; a compound joined, "48-page")."""
    if figure.compound:
        return " ".join(p for p in (figure.qualifier, f"{written(figure)}-{figure.noun}") if p)
    return " ".join(p for p in (figure.qualifier, currency + written(figure), figure.noun) if p)


def compatible(a: Figure, b: Figure) -> bool:
    """Whether two figures for one quantity can both be true: equal, within 10% when one
    is approximate, or the smaller a lower bound ("at least 1,800" and "nearly 2,000") or
    the larger an upper bound."""
    if a.value == b.value:
        return True
    low, high = sorted((a, b), key=lambda f: f.value)
    if "about" in (a.qualifier, b.qualifier) and high.value <= low.value * 1.1:
        return True
    return low.qualifier == "at least" or high.qualifier == "at most"


def precision(figure: Figure) -> float:
    """The step of the figure's last written digit, in its value's scale: "3.5 billion"
    is written to 0.1 billion, "500,000" to 100,000, "140,937,785" to 1."""
    digits = figure.text.replace(",", "")
    try:
        number = float(digits)
    except ValueError:
        return 1.0
    scale = figure.value / number if number else 1.0
    if "." in digits:
        return float(10 ** -len(digits.split(".", 1)[1])) * scale
    zeros = len(digits) - len(digits.rstrip("0")) if number else 0
    return float(10**zeros) * scale


def agree(a: Figure, b: Figure) -> bool:
    """Both can be true: compatible, or within one step of the coarser precision written
    and 10% ("$43 million" for $43,885,310; but "$1 million" is not $500,000)."""
    step = max(precision(a), precision(b))
    difference = abs(a.value - b.value)
    return compatible(a, b) or (difference < step and difference <= 0.1 * max(a.value, b.value))
