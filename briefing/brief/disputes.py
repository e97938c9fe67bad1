"""Disputed facts: candidates found in code, read by the model, disposed of by code.

The model's kind stands only when the evidence allows it (a changed name in a rewrite is
a contradiction whatever the model says; different counted things are a scope
difference); its "agreement" drops a candidate only where code's evidence is a hint (a
stale assurance against later reporting), never where it is a certainty. Topics and
positions the model wrote stand only when every name and figure in them is in the side's
quotes, the topic names what code found the dispute to be about (a changed name, the
counted thing, what both sides share) and no two disputes share a topic, and a position
is short and not the quote copied; otherwise code's own wording is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from briefing.analysis import Candidate, names_in
from briefing.articles import stems
from briefing.brief.evidence import Prose, Quotes
from briefing.brief.model import DisputedFact, Side
from briefing.reduce import CandidateReading, DisputeReadings

SAME_TOPIC = 85
MAX_TOPIC_WORDS = 12
MAX_POSITION_WORDS = 15
# Detectors whose evidence the model may overrule by reading the pair as agreement.
HINTS = frozenset({"overtaken by events"})


@dataclass
class DisputeCounts:
    """What code did with the model's readings."""

    agreeing: int = 0
    overruled: int = 0


def _reading(readings: DisputeReadings, number: int) -> CandidateReading | None:
    return next((r for r in readings.candidates if r.candidate == number), None)


def _kind(candidate: Candidate, reading: CandidateReading | None, counts: DisputeCounts) -> str:
    said = reading.kind if reading else None
    if candidate.settled is not None:
        kind: str = candidate.settled
    elif said in candidate.kinds:
        kind = said
    else:
        kind = candidate.kinds[0]
    counts.overruled += said is not None and said not in (kind, "agreement")
    return kind


def _about(candidate: Candidate, text: str, prose: Prose) -> bool:
    entities = frozenset(prose.grounding.entities.key(n) for n in names_in(text))
    return candidate.about(stems(text), entities)


def _topic(
    candidate: Candidate, reading: CandidateReading | None, prose: Prose, taken: list[str]
) -> str:
    quotes = [q.text for side in candidate.sides for q in side]
    said = reading.topic.strip() if reading else ""
    fits = 2 <= len(said.split()) <= MAX_TOPIC_WORDS
    about = fits and _about(candidate, said, prose)
    if about and prose.grounded(said, quotes, support=False):
        # A heading: "the number of personnel" reads as one beside code's questions.
        topic = said[:1].upper() + said[1:]
    else:
        topic = candidate.topic
        if about:
            prose.replace("dispute topic", said, quotes, topic, support=False)
        elif said:
            reason = "not about what the sides dispute" if fits else "not a short topic"
            prose.reject("dispute topic", said, reason, topic)
    if any(fuzz.token_set_ratio(topic, other) >= SAME_TOPIC for other in taken):
        topic = candidate.topic
    return topic


def _copied(said: str, quote: str) -> bool:
    """A position that is its quote again: most of its words are the quote's, and it is
    long, or it is most of a short quote ("A1: Moss has chaired the board since 2011.")."""
    words, quoted = stems(said), stems(quote)
    shared = len(words & quoted)
    if not words or shared < 0.8 * len(words):
        return False
    return len(said.split()) > 8 or shared >= 0.8 * len(quoted)


def _position(said: str, quote: str, fallback: str, prose: Prose) -> str:
    said = said.strip()
    short = 0 < len(said.split()) <= MAX_POSITION_WORDS and not _copied(said, quote)
    if short and prose.grounded(said, [quote], support=False):
        return said
    if short:
        prose.replace("dispute side", said, [quote], fallback, support=False)
    elif said:
        prose.reject("dispute side", said, "copies its quote or is too long", fallback)
    return fallback


def _side(candidate: Candidate, n: int, position: str, quotes: Quotes) -> Side:
    backers = candidate.articles(n)
    verbatim = candidate.detector == "changed quotation"
    shown = [
        quotes.of_side(candidate.sides[n][0], backers, candidate.articles(1 - n), verbatim=verbatim)
    ]
    # The side's sources: those the detector found, and those stating its quote's fact.
    carriers = set(backers) | {s for q in shown for s in q.carried_by}
    return Side(
        position=position,
        source_ids=sorted(carriers),
        quotes=shown,
        single_source=len(carriers) == 1,
        independent_sources=quotes.independent(shown),
    )


def disputed_facts(
    candidates: Sequence[Candidate],
    readings: DisputeReadings,
    quotes: Quotes,
    prose: Prose,
) -> tuple[list[DisputedFact], DisputeCounts]:
    """The disputed facts, and how often code set the model's reading aside."""
    counts = DisputeCounts()
    facts: list[DisputedFact] = []
    for number, candidate in enumerate(candidates, start=1):
        reading = _reading(readings, number)
        if reading and reading.kind == "agreement" and candidate.detector in HINTS:
            counts.agreeing += 1
            continue
        kind = _kind(candidate, reading, counts)
        topic = _topic(candidate, reading, prose, [f.topic for f in facts])
        said = (reading.first, reading.second) if reading else ("", "")
        sides = [
            _side(
                candidate,
                n,
                _position(said[n], candidate.sides[n][0].text, candidate.positions[n], prose),
                quotes,
            )
            for n in (0, 1)
        ]
        facts.append(
            DisputedFact(
                topic=topic,
                kind=kind,
                detector=candidate.detector,
                evidence=candidate.evidence,
                sides=sides,
                better_supported=None if candidate.better is None else candidate.better + 1,
                reason=candidate.why,
                cross_source=sides[0].source_ids != sides[1].source_ids,
                odd_one_out=candidate.odd_one_out,
            )
        )
    return facts, counts
