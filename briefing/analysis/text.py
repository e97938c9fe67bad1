"""Sentences as code compares them across sources: stems, entities, figures, and whether
a sentence hedges, predicts or takes one side of an opposed pair (deny/admit ...)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.analysis.figures import COUNTED, Figure, figures
from briefing.analysis.lexicon import HEDGES, POLARITY, PREDICTIVE
from briefing.articles import (
    DATELINE,
    MONTHS,
    QUOTED,
    STOP_WORDS,
    WEEKDAYS,
    Article,
    Entities,
    Sentence,
    split,
    stem,
    stems,
)
from briefing.merge import TITLES

_HEDGE = re.compile("|".join(HEDGES), re.IGNORECASE)
PREDICTIVE_MARK = re.compile("|".join(PREDICTIVE))
_CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*[\w]|\b[A-Z]\b")
# Capitalised words that open sentences without naming anything.
_OPENERS = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "i",
        "but",
        "and",
        "or",
        "as",
        "after",
        "before",
        "while",
        "when",
        "if",
        "according",
        "some",
        "many",
        "all",
        "most",
        "both",
        "despite",
        "since",
        "following",
        "meanwhile",
        "however",
        "yesterday",
        "today",
        "tomorrow",
        "there",
        "here",
        "his",
        "her",
        "their",
        "our",
        "my",
        "what",
        "who",
        "why",
        "how",
        "where",
        "which",
        "other",
        "another",
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
        "not",
        "no",
        "so",
        "also",
        "then",
        "still",
        "yet",
        "even",
        "just",
        "only",
    ]
)


@dataclass(frozen=True)
class Statement:
    """A sentence of one source, with what code compares."""

    sentence: Sentence
    stems: frozenset[str]
    entities: frozenset[str]
    figures: tuple[Figure, ...]
    hedged: bool
    predictive: bool
    polarity: Mapping[str, int]

    @property
    def article_id(self) -> str:
        """The source the sentence belongs to."""
        return self.sentence.article_id

    @property
    def text(self) -> str:
        """The sentence as written."""
        return self.sentence.text

    @property
    def counted(self) -> frozenset[float]:
        """The values of its counts and clock times."""
        return frozenset(f.value for f in self.figures if f.kind in COUNTED)

    def shares(self, other: Statement) -> int:
        """How many stems and entities two statements share."""
        return len(self.stems & other.stems) + len(self.entities & other.entities)


def names_in(text: str, *, openers: bool = True) -> list[str]:
    """Capitalised words that may name something: not titles, stop words or common
    sentence openers ("The", "President"); without ``openers``, no word that opens a
    sentence or line (it may be capitalised only for that)."""
    found = []
    for match in _CAPITALISED.finditer(text):
        word = re.sub(r"[’']s$", "", match.group()).rstrip(".")
        folded = word.casefold()
        if folded in _OPENERS or folded in TITLES or folded in STOP_WORDS or len(word) < 2:
            continue
        opens = re.search(r"(^|[.!?:\n][\"“‘’”]?\s*)$", text[: match.start()]) is not None
        if openers or not opens:
            found.append(word)
    return found


def _entities(text: str, entities: Entities) -> frozenset[str]:
    """Entity keys of the names a sentence uses; a word opening it counts when the articles
    use it as a name elsewhere or it names a country."""
    inside = set(names_in(text, openers=False))
    keys = set()
    for word in names_in(text):
        if not entities.is_entity_word(word):
            continue
        key = entities.key(word)
        if word in inside or entities.is_known(key):
            keys.add(key)
    return frozenset(keys)


def polarity(stemmed: frozenset[str]) -> dict[str, int]:
    """The side of each opposed pair (deny/admit ...) the stems take, where they take one."""
    sides = {}
    for axis, (one, other) in POLARITY.items():
        if stemmed & one and not stemmed & other:
            sides[axis] = 0
        elif stemmed & other and not stemmed & one:
            sides[axis] = 1
    return sides


def is_hedged(text: str) -> bool:
    """Whether the text says something is not known ("it remains unclear whether")."""
    return bool(_HEDGE.search(text))


def hedged_in_own_words(text: str) -> bool:
    """Whether the report itself says something is not known: a speaker's "nobody knows
    where the money went" in quotation marks is their rhetoric, not the report's
    question."""
    return any(not in_quotation(text, m.start()) for m in _HEDGE.finditer(text))


def statement(sentence: Sentence, entities: Entities) -> Statement:
    """The features of one sentence."""
    text = sentence.text
    words = {stem(w) for w in re.findall(r"[^\W\d_]+", text)}
    return Statement(
        sentence=sentence,
        stems=stems(text),
        entities=_entities(text, entities),
        figures=tuple(figures(text)),
        hedged=is_hedged(text),
        predictive=bool(PREDICTIVE_MARK.search(text)),
        polarity=polarity(frozenset(words)),
    )


def is_sentence(text: str) -> bool:
    """A sentence ends with sentence punctuation; a heading or a list item does not."""
    return text.rstrip('"”’)]').endswith((".", "!", "?", "…"))


def _without_dateline(sentence: Sentence) -> Sentence:
    """The sentence without a wire dateline opening it ("LONDON (Reuters) - ")."""
    match = DATELINE.match(sentence.text)
    if match is None:
        return sentence
    rest = sentence.text[match.end() :]
    lead = len(rest) - len(rest.lstrip())
    start = sentence.start + match.end() + lead
    return Sentence(sentence.article_id, sentence.index, start, sentence.end, rest.strip())


def _enough(text: str) -> bool:
    """At least three content words, or two and a figure ("More than 200 protesters were
    arrested.")."""
    found = len(stems(text))
    return found >= 3 or (found == 2 and bool(figures(text)))


def statements(articles: Sequence[Article], entities: Entities) -> dict[str, list[Statement]]:
    """Every sentence of every article (not headings; at least three content words)."""
    found: dict[str, list[Statement]] = {}
    for article in articles:
        sentences = [_without_dateline(s) for s in split(article.id, article.text)]
        found[article.id] = [
            statement(s, entities) for s in sentences if _enough(s.text) and is_sentence(s.text)
        ]
    return found


def entities_for(articles: Sequence[Article]) -> Entities:
    """An entity folder that knows the names the articles use inside sentences and the
    words they write in lower case."""
    common = {w for a in articles for w in re.findall(r"\b[a-z][a-z’'-]+\b", a.text)}
    known = (n for a in articles for n in names_in(a.text, openers=False))
    return Entities(known, common, (a.text for a in articles))


PREPOSITIONS = frozenset(
    "to for with against about at into onto on of from by toward towards than like "
    "between among over under after before".split()
)
_CALENDAR = frozenset(w.casefold() for w in (*WEEKDAYS, *MONTHS))
_WORD = re.compile(r"[\w’'.&-]+")


# Texts are asked about many offsets (each mention, each act): their quotations are read
# once.
@functools.lru_cache(maxsize=512)
def _quotations(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), m.group()) for m in QUOTED.finditer(text))


def in_quotation(text: str, at: int) -> bool:
    """Whether the offset falls inside a quotation: someone's words, not the report's."""
    return any(start <= at < end for start, end, _ in _quotations(text))


def in_closed_quotation(text: str, at: int) -> bool:
    """Whether the offset falls inside a quotation in double marks that closes on its line,
    read with mixed marks as written: one opened with a straight mark and closed with a
    curly one ends at that close, and what follows is the report's again ("… the
    harbour,” the director, Ivo Brandt, said. “We will …\""). One running to the line's
    end is not read as closed, and single marks (an apostrophe, a headline's scare quotes)
    are left out."""
    for start, end, quoted in _quotations(text):
        double = quoted[0] in '“"' and quoted[-1] in '”"'
        if double and start <= at < end:
            return not re.search('[”"]', text[start + 1 : at])
    return False


def object_of(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a preposition's object ("lawyers for Mr. Smith
    denied", "a note to Tova and Vera read out"): the word before its run of capitalised
    words (titles and names joined by "and" included; a weekday or month ends the run) is
    a preposition, and no capitalised word before it makes it part of a title or a name
    ("Secretary of State Dana Lind", "the Bank of Maravia")."""
    words = [w.group() for w in _WORD.finditer(text[max(0, start - 200) : start])]
    n = len(words) - 1
    while n >= 0:
        word = words[n]
        joined = word in ("and", "&") and n > 0 and words[n - 1][:1].isupper()
        if joined or (word[:1].isupper() and word.casefold().strip(".") not in _CALENDAR):
            n -= 1
            continue
        break
    if n < 0 or words[n].casefold() not in PREPOSITIONS:
        return False
    return not (n > 0 and words[n - 1][:1].isupper())
