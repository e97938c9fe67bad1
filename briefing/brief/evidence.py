"""Quotes for the brief, and the prose check that keeps a record of what it replaced."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel

from briefing.analysis import (
    CUT_OFF_WORDS,
    SAYING,
    Grounding,
    SideQuote,
    Support,
    figures,
    is_hedged,
    speaker_of,
)
from briefing.articles import stems
from briefing.brief.attribution import misattributed, names_apart, unstated_act
from briefing.brief.model import Quote
from briefing.merge import Evidence


class ProseCheck(BaseModel):
    """A sentence of model prose set aside, and why (``missing``: what its evidence does
    not hold, a disputed figure stated as fact, or why it does not fit its place)."""

    where: str
    sentence: str
    missing: list[str]
    replaced_by: str | None


# Words that say who states a figure: a disputed figure may stand with them.
SUPPORT_SHARE = 0.5
# Shorter sentences (labels, three-word titles) are checked for names and figures only.
MIN_SUPPORTED = 1
# Content words (stems) a sentence may use that its evidence does not: a paraphrase
# needs a few ("Struck", "Struggles"); a consequence the model adds needs more ("has
# sparked controversy and calls for stricter campaign finance regulations": six). Set
# on the tune half's live briefs and the project's sets (docs/calibration.md).
NEW_WORDS = 2
# Words that say who says it or join clauses add no fact of their own ("confirmed" for
# "claimed" does: only the plainest verbs of saying are left out).
_NEUTRAL = re.compile(
    rf"\b(?:{SAYING}|meanwhile|however|also|additionally|furthermore|moreover)\b", re.IGNORECASE
)
ATTRIBUTED = re.compile(
    r"\b(said|says|say|according to|puts?|estimates?|estimated|claims?|claimed|reported|reports"
    r"|tells?|told|confirms?|confirmed|states?|stated|gives?|gave)\b",
    re.IGNORECASE,
)


# Words no finished sentence or headline ends on: an article, a joining word, a
# possessive. The model stopped mid-sentence ("Moss says afterward that the").
_NEEDS_MORE = "a an the and or but of to that his its their".split()
# A headline also never ends on a subject pronoun or a verb that needs its complement
# ("Moss says afterward that she was"); but it may on "in", "on", "for", "her" or "says":
# "Lind Weighs In", "What Voters Look For", "Lind Backs Moss, Moss Backs Her", "…, Aides
# Say" are whole.
_DANGLING = frozenset(
    _NEEDS_MORE
    + "which whose is are was were be been has have had will would could should can must "
    "she he they we our my your".split()
)
# A verb ends a whole headline that asks or points ("Who Lind Is", "Here's What It Has").
_AUXILIARIES = frozenset("is are was were has have had will would could should can must".split())
_ASKING = frozenset("who what where when how why here here's".split())
# A prose sentence also never ends on a preposition or "her" (``CUT_OFF_WORDS``); it may
# on a modal or an auxiliary ("few think she will").


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in re.findall(r"[\w’']+", text)]


def unfinished(headline: str) -> bool:
    """Whether a headline stops mid-sentence: on a word that needs more after it."""
    words = _words(headline)
    if not words or words[-1] not in _DANGLING:
        return False
    return not (words[-1] in _AUXILIARIES and _ASKING & set(words))


def cut_off(sentence: str) -> bool:
    """Whether a prose sentence stops mid-sentence: on an article, a joining word, a
    possessive or a preposition."""
    words = _words(sentence)
    return bool(words) and words[-1] in CUT_OFF_WORDS


def _neutral(sentence: str) -> str:
    """The sentence's words that say who says it or join clauses ("reported", "meanwhile")."""
    return " ".join(m.group() for m in _NEUTRAL.finditer(sentence))


def _unsupported(sentence: str, evidence: Sequence[str]) -> list[str]:
    """Why a reporting sentence does not say what its evidence says: less than
    ``SUPPORT_SHARE`` of its content words in it, or more than ``NEW_WORDS`` not."""
    words = stems(sentence)
    if len(words) < MIN_SUPPORTED:
        return []
    # A plural of a short word ("cuts") stems to a word stems() never keeps ("cut"): the
    # evidence's three-letter words are looked in too.
    joined = " ".join(evidence)
    given = stems(joined) | {w.casefold() for w in re.findall(r"\b[^\W\d_]{3}\b", joined)}
    share = len(words & given) / len(words)
    if share < SUPPORT_SHARE:
        return [f"{share:.0%} of its words in its evidence"]
    new = sorted(words - given - stems(_neutral(sentence)))
    if len(new) > NEW_WORDS:
        return [f"{len(new)} words its evidence does not use ({', '.join(new)})"]
    return []


@dataclass
class Prose:
    """Checks model prose against the evidence it cites, and records each failure.

    Besides names and figures, a sentence may not give an act to someone its quotes do
    not (briefing.brief.attribution), nor state one side of a disputed figure
    as fact ("1,800 tonnes spilled" when sources say 600 or 1,800): it stands only when
    it says who gives the figure, or gives both. And where ``support`` is asked (prose
    that reports, not a label), at least ``SUPPORT_SHARE`` of its content words must be in
    its evidence and at most ``NEW_WORDS`` not: "The situation is under control" names
    nothing, but it must still be what the quotes it stands on say, and a copied sentence
    may not carry a consequence of the model's own at its end."""

    grounding: Grounding
    disputed: Sequence[tuple[float, float]] = ()
    checked: int = 0
    failures: list[ProseCheck] = field(default_factory=list)

    def _one_side(self, sentence: str) -> list[str]:
        if not self.disputed or ATTRIBUTED.search(sentence):
            return []
        values = {f.value: f.text for f in figures(sentence)}
        return [
            f"{values[a] if a in values else values[b]} (disputed: one side stated as fact)"
            for a, b in self.disputed
            if (a in values) != (b in values)
        ]

    def gives_disputed(self, sentence: str) -> bool:
        """Whether the sentence gives a figure of a dispute, attributed or not."""
        values = {f.value for f in figures(sentence)}
        return any(a in values or b in values for a, b in self.disputed)

    def missing(
        self,
        sentence: str,
        evidence: Sequence[str],
        *,
        support: bool = True,
        acts_stated: bool = False,
    ) -> list[str]:
        """What in ``sentence`` its evidence does not support; with ``acts_stated`` (a
        headline), also an act none of its quotes states, or names no one quote writes
        together."""
        found = [*self.grounding.missing(sentence, evidence), *self._one_side(sentence)]
        wrong_doer = misattributed(sentence, evidence) or (
            (unstated_act(sentence, evidence) or names_apart(sentence, evidence))
            if acts_stated
            else None
        )
        if wrong_doer:
            found.append(wrong_doer)
        if support and evidence and all(map(is_hedged, evidence)) and not is_hedged(sentence):
            found.append("drops the hedge: its sources say it is not known")
        return found + (_unsupported(sentence, evidence) if support else [])

    def grounded(
        self,
        sentence: str,
        evidence: Sequence[str],
        *,
        support: bool = True,
        acts_stated: bool = False,
    ) -> bool:
        """Whether every name and figure of ``sentence`` is in ``evidence``, no disputed
        figure is stated as fact, and (with ``support``) it says what its evidence says."""
        self.checked += 1
        return not self.missing(sentence, evidence, support=support, acts_stated=acts_stated)

    def replace(
        self,
        where: str,
        sentence: str,
        evidence: Sequence[str],
        by: str | None,
        *,
        support: bool = True,
        acts_stated: bool = False,
    ) -> None:
        """Record that ``sentence`` failed and what stands in its place (None: dropped)."""
        missing = self.missing(sentence, evidence, support=support, acts_stated=acts_stated)
        self.failures.append(
            ProseCheck(where=where, sentence=sentence, missing=missing, replaced_by=by)
        )

    def reject(self, where: str, sentence: str, reason: str, by: str | None) -> None:
        """Record model prose set aside for not fitting its place (``reason``), grounded
        or not: a dispute position that copies its quote, a topic about something else."""
        self.checked += 1
        self.failures.append(
            ProseCheck(where=where, sentence=sentence, missing=[reason], replaced_by=by)
        )

    def reinstate(self, where: str, sentence: str) -> None:
        """A sentence recorded as dropped stands after all (a later step put the same
        words back as the statement of a fact): its record goes, so the report does not
        say it was dropped while the brief shows it."""
        self.failures = [
            f
            for f in self.failures
            if not (f.where == where and f.sentence == sentence and f.replaced_by is None)
        ]

    def choose(
        self,
        where: str,
        sentence: str,
        evidence: Sequence[str],
        fallback: str,
        *,
        acts_stated: bool = False,
    ) -> str:
        """``sentence`` (a headline) when whole and grounded, else ``fallback``
        (recorded)."""
        if unfinished(sentence):
            self.reject(where, sentence, "unfinished: it ends on a word that needs more", fallback)
            return fallback
        if self.grounded(sentence, evidence, acts_stated=acts_stated):
            return sentence
        self.replace(where, sentence, evidence, fallback, acts_stated=acts_stated)
        return fallback


def _holds(text: str, words: str) -> bool:
    """Whether ``text`` writes ``words`` word for word (case, marks and spacing aside)."""
    found = re.findall(r"\w+", words)
    if not found:
        return False
    pattern = r"\W+".join(map(re.escape, found))
    return re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE) is not None


class Quotes:
    """Turns verified claims and side quotes into the brief's Quote objects."""

    def __init__(
        self,
        claims: Iterable[Evidence],
        support: Support,
        stating: Callable[[SideQuote], Iterable[str]] = lambda _: (),
        texts: Mapping[str, str] | None = None,
    ) -> None:
        self.by_id = {claim.id: claim for claim in claims}
        self.support = support
        self.stating = stating
        self.texts = texts or {}
        # A claim's quote is made many times (its carriers are asked of it): its speaker
        # is read once.
        self._speakers: dict[tuple[str, int, int], str | None] = {}

    def _speaker(self, article_id: str, start: int, end: int) -> str | None:
        key = (article_id, start, end)
        if key not in self._speakers:
            self._speakers[key] = speaker_of(self.texts.get(article_id, ""), start, end)
        return self._speakers[key]

    def of_claim(self, claim: Evidence) -> Quote:
        """The claim's quote and the sources carrying its fact."""
        carried_by = self.support.sources(claim.id) or (claim.article_id,)
        return Quote(
            claim_id=claim.id,
            source_id=claim.article_id,
            text=claim.quote,
            start=claim.start,
            end=claim.end,
            carried_by=list(carried_by),
            independent_sources=self.support.independent(carried_by),
            speaker=self._speaker(claim.article_id, claim.start, claim.end),
        )

    def of_side(
        self,
        side: SideQuote,
        carried_by: Iterable[str],
        against: Iterable[str] = (),
        *,
        verbatim: bool = False,
    ) -> Quote:
        """A dispute side's quote, carried by every source stating that side and by every
        source stating its sentence's fact (``stating``), except a source on the other side
        (``against``): a sentence giving "from 1967 to 1979" shares most words with one
        giving "from 1966 to 1978", and carries the other side, not this one. A side
        that is someone's words as one source quotes them (``verbatim``) is carried only
        by sources writing those words: a source quoting the remark without the word in
        dispute states the same fact and stands on the other side."""
        other = set(against) - {side.article_id, *carried_by}
        stated = [s for s in self.stating(side) if s not in other]
        if verbatim:
            stated = [s for s in stated if _holds(self.texts.get(s, ""), side.text)]
        carriers = sorted({side.article_id, *carried_by, *stated})
        return Quote(
            claim_id=None,
            source_id=side.article_id,
            text=side.text,
            start=side.start,
            end=side.end,
            carried_by=carriers,
            independent_sources=self.support.independent(carriers),
            speaker=self._speaker(side.article_id, side.start, side.end),
        )

    def independent(self, quotes: Iterable[Quote]) -> int:
        """Independent stories among the sources carrying any of ``quotes``."""
        return self.support.independent(s for q in quotes for s in q.carried_by)
