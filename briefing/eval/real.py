"""The real-reporting corpus (``../shared/real-news/basil``): where it is, how its events are
split into a tune half and a report half, and how to read an event.

The corpus is read at run time only: its articles are their publishers' copyright, so no
text of it, and nothing embedding it, is stored in this repository. Gold annotations of
it (``eval/real/``) hold file names and character spans, never text.

The split was fixed before any event was read (docs/calibration.md): the event folders
sorted by name, those at an even position form the tune half, those at an odd position
the report half.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from briefing.analysis import (
    Analysis,
    Candidate,
    Context,
    analyse,
    entities_for,
    find_candidates,
    statements,
)
from briefing.articles import Article, copied_share, load_articles, near_duplicate_groups, stem
from briefing.defaults import STALE_AFTER_DAYS
from briefing.errors import InputError
from briefing.eval import reckless
from briefing.eval.clusters import bcubed
from briefing.eval.gold import quote_matches
from briefing.merge import MergeResult
from briefing.settings import Settings
from briefing.sources import profile_sources
from briefing.stories import group_stories

Half = Literal["tune", "report"]
OUTLETS = ("nyt", "fox", "huffpost")
_ENV = "BRIEFING_REAL_NEWS"


def corpus_dir() -> Path | None:
    """The corpus folder: ``$BRIEFING_REAL_NEWS``, else ``../shared/real-news/basil`` beside
    the checkout; None when it is absent (tests skip, saying so)."""
    given = os.environ.get(_ENV)
    candidates = [Path(given)] if given else []
    root = Path(__file__).resolve().parents[2]
    candidates.append(root.parent / "shared" / "real-news" / "basil")
    return next((c for c in candidates if (c / "index.json").is_file()), None)


def split(events: list[str]) -> dict[str, Half]:
    """Each event folder's half: by its position among the folders sorted by name."""
    return {name: ("tune" if n % 2 == 0 else "report") for n, name in enumerate(sorted(events))}


@dataclass(frozen=True)
class Event:
    """One corpus event: its folder and the three outlets' article files."""

    name: str
    half: Half
    folder: Path

    def files(self) -> list[Path]:
        """The event's article files, in OUTLETS order (those present)."""
        return [p for o in OUTLETS if (p := self.folder / f"{o}.md").is_file()]


def event_names(corpus: Path) -> list[str]:
    """The corpus's event folders (hidden folders are none)."""
    return [p.name for p in corpus.iterdir() if p.is_dir() and not p.name.startswith(".")]


def events(corpus: Path, half: Half | None = None) -> Iterator[Event]:
    """The corpus's events in folder order, optionally one half only."""
    names = event_names(corpus)
    halves = split(names)
    for name in sorted(names):
        if half is None or halves[name] == half:
            yield Event(name, halves[name], corpus / name)


def load_half(corpus: Path, half: Half | None) -> tuple[list[Article], dict[str, str]]:
    """The half's articles (loaded together, as one day's folder would be) and each
    article id's event."""
    chosen = list(events(corpus, half))
    loaded = load_articles([e.folder for e in chosen]).articles
    by_folder = {e.folder.resolve(): e.name for e in chosen}
    return loaded, {a.id: by_folder[Path(a.path).resolve().parent] for a in loaded}


class Span(BaseModel):
    """Characters ``start:end`` of a corpus file (front matter included)."""

    file: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)


class MainDevelopment(BaseModel):
    """An event's news as its newest reports give it."""

    summary: str
    terms: list[str] = Field(description="Words any sentence stating it must contain.")
    spans: list[Span]
    newest: str


class RealDispute(BaseModel):
    """A real disagreement between two outlets' reports (or a framing difference)."""

    topic: str
    kind: str
    pattern: str | None = None
    sides: list[list[Span]] = Field(min_length=2, max_length=2)
    better: int | None = None
    why: str = ""


class Trap(BaseModel):
    """Two passages that look like a dispute and are not."""

    why: str
    sides: list[list[Span]] = Field(min_length=2, max_length=2)


class RealEvent(BaseModel):
    """One annotated event."""

    main_development: MainDevelopment
    disputes: list[RealDispute]
    framing: list[RealDispute]
    traps: list[Trap]
    notes: str = ""


class RealGold(BaseModel):
    """The gold annotation of corpus events (eval/real/basil.gold.json)."""

    about: str
    events: dict[str, RealEvent]


GOLD = Path(__file__).resolve().parents[2] / "eval" / "real" / "basil.gold.json"
# The tune half's other 23 events, annotated later: more tune data for the detectors.
LATER_GOLD = GOLD.with_name("basil.later.gold.json")
# The report half's other 22 events, annotated blind (the annotators saw only the
# articles) once the rules were frozen: the report half's check on events no rule was
# written after reading.
UNSEEN_GOLD = GOLD.with_name("basil.unseen.gold.json")


def load_real_gold(path: Path = GOLD) -> RealGold:
    """Read and validate the real corpus's gold file."""
    try:
        return RealGold.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValidationError) as exc:
        raise InputError(str(path), f"not a valid gold file ({exc})", "see eval/real/") from exc


def span_text(corpus: Path, event: str, span: Span) -> str:
    """The text a span covers, read from the corpus at run time."""
    return (corpus / event / span.file).read_text(encoding="utf-8")[span.start : span.end]


Sides = tuple[Sequence[str], Sequence[str]]


def matches(shown: Sides, gold: Sequence[Sequence[str]]) -> bool:
    """The shown pair's two sides stand for the gold pair's two sides, in either order."""

    def side(quotes: Sequence[str], texts: Sequence[str]) -> bool:
        return any(quote_matches(q, t) for q in quotes for t in texts)

    first, second = shown
    return (side(first, gold[0]) and side(second, gold[1])) or (
        side(first, gold[1]) and side(second, gold[0])
    )


@dataclass
class DisputeTally:
    """Shown disputes against an event's gold: found gold disputes, traps shown, framing
    differences shown, and shown disputes matching nothing annotated (false)."""

    gold: int = 0
    found: int = 0
    shown: int = 0
    traps: int = 0
    framing: int = 0
    false: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: DisputeTally) -> None:
        """Add another event's counts."""
        self.gold += other.gold
        self.found += other.found
        self.shown += other.shown
        self.traps += other.traps
        self.framing += other.framing
        self.false += other.false
        self.notes += other.notes


def tally(corpus: Path, name: str, event: RealEvent, shown: Sequence[Sides]) -> DisputeTally:
    """Score the disputes shown for one event: each gold dispute is found at most once."""

    def texts(sides: Sequence[Sequence[Span]]) -> list[list[str]]:
        return [[span_text(corpus, name, s) for s in side] for side in sides]

    gold = [texts(d.sides) for d in event.disputes]
    traps = [texts(t.sides) for t in event.traps]
    framing = [texts(f.sides) for f in event.framing]
    result = DisputeTally(gold=len(gold), shown=len(shown))
    unmatched = set(range(len(gold)))
    for pair in shown:
        hit = next((g for g in sorted(unmatched) if matches(pair, gold[g])), None)
        if hit is not None:
            unmatched.discard(hit)
            result.found += 1
        elif any(matches(pair, t) for t in traps):
            result.traps += 1
            result.notes.append(f"{name}: trap shown")
        elif any(matches(pair, f) for f in framing):
            result.framing += 1
        else:
            result.false += 1
            result.notes.append(f"{name}: false dispute")
    return result


def code_candidates(articles: Sequence[Article], today: dt.date) -> list[Candidate]:
    """The dispute candidates code finds for a story's articles, as a brief's analysis
    stage finds them (no model involved)."""
    groups = near_duplicate_groups(articles)
    entities = entities_for(articles)
    sources = {s.id: s for s in profile_sources(articles, groups, today)}
    texts = {a.id: a.text for a in articles}
    context = Context(statements(articles, entities), sources, groups, entities, texts)
    return find_candidates(context)


# Marks that end a clause; a comma between digits ("3,544") does not.
_CLAUSE_MARK = re.compile(r"[;:()]|,(?!\d)")
# A clause this short is no account of a side ("32"): the whole quote is matched instead.
MIN_CLAUSE_WORDS = 3


def clause_around(text: str, position: str) -> str:
    """The clause of a quote holding a side's position, when the quote writes it once as
    words of its own: "$3,544 at a boutique" in a list of purchases, not the whole list,
    is what that side says. Otherwise (not written, written twice, or a clause of a few
    words) the whole quote."""
    if not position:
        return text
    found = list(re.finditer(rf"(?<![\w$]){re.escape(position)}(?!\w)", text))
    if len(found) != 1:
        return text
    at, end_at = found[0].span()
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
    start = max((m + 1 for m in marks if m < at), default=0)
    end = min((m for m in marks if m >= end_at), default=len(text))
    clause = text[start:end]
    return clause if len(clause.split()) >= MIN_CLAUSE_WORDS else text


def sides_of(candidate: Candidate) -> Sides:
    """A candidate's two sides as quote texts, each cut to the clause holding the side's
    position where the quote writes it (so a side is matched by what it says)."""
    positions = candidate.positions if len(candidate.positions) == 2 else ("", "")
    first, second = candidate.sides
    return (
        [clause_around(q.text, positions[0]) for q in first],
        [clause_around(q.text, positions[1]) for q in second],
    )


@dataclass(frozen=True)
class Rewrites:
    """Cross-outlet pairs of a half, how many were judged rewrites, and the largest share
    of own words any pair copied."""

    pairs: int
    judged: int
    highest_copied: float


def rewrites_judged(corpus: Path, half: Half) -> Rewrites:
    """Each event of the half on its own: its pairs of articles, judged."""
    pairs = judged = 0
    highest = 0.0
    for event in events(corpus, half):
        articles = load_articles([event.folder]).articles
        for a, b in itertools.combinations(articles, 2):
            pairs += 1
            highest = max(highest, copied_share(a, b), copied_share(b, a))
        judged += sum(len(g.members) - 1 for g in near_duplicate_groups(articles))
    return Rewrites(pairs, judged, highest)


@dataclass(frozen=True)
class Grouping:
    """A half briefed as one day: stories against events, and how many independent sources
    each story of one event's three outlets counts."""

    stories: int
    precision: float
    recall: float
    f1: float
    three_outlets: list[int]


def grouping(articles: Sequence[Article], event_of: Mapping[str, str]) -> Grouping:
    """Group the articles as one day's and score the stories against their events."""
    stories = group_stories(articles, Settings(), dt.date(2020, 1, 1))
    found = {a.id: s.info.id for s in stories for a in s.articles}
    p, r, f1 = bcubed([found[a.id] for a in articles], [event_of[a.id] for a in articles])
    whole = [s for s in stories if len({event_of[a.id] for a in s.articles}) == 1]
    three = [s.info.independent_sources for s in whole if len(s.articles) == 3]
    return Grouping(len(stories), p, r, f1, three)


def dispute_total(corpus: Path, gold: RealGold, half: Half) -> tuple[int, DisputeTally]:
    """How many annotated events of the half were scored, and their tallies summed."""
    total = DisputeTally()
    found = score_events(corpus, gold, half)
    for tally in found.values():
        total.add(tally)
    return len(found), total


def annotated(
    corpus: Path, gold: RealGold, half: Half
) -> Iterator[tuple[str, RealEvent, list[Article], dt.date]]:
    """Each annotated event of a half: its name, gold, articles and the day it is
    briefed on (its newest publication date)."""
    halves = split(event_names(corpus))
    for name, event in sorted(gold.events.items()):
        if halves.get(name) == half:
            articles = load_articles([corpus / name]).articles
            today = max((a.published for a in articles if a.published), default=dt.date.today())
            yield name, event, articles, today


def score_events(corpus: Path, gold: RealGold, half: Half) -> dict[str, DisputeTally]:
    """Code's dispute candidates on every annotated event of one half, scored."""
    return {
        name: tally(corpus, name, event, [sides_of(c) for c in code_candidates(articles, today)])
        for name, event, articles, today in annotated(corpus, gold, half)
    }


def analysed(articles: Sequence[Article], today: dt.date) -> Analysis:
    """A story's analysis in code with no model claim: each strong report's lead is its
    only claim (what the corpus measures need)."""
    merged = MergeResult(claims=[], signals=[], actors=[], dropped=[], reattributed=0)
    return analyse(articles, near_duplicate_groups(articles), merged, today, STALE_AFTER_DAYS)


def shown_for_proposals(corpus: Path, gold: RealGold, half: Half) -> tuple[int, int]:
    """How many gold disputes of a half's annotated events are among the pairs of
    statements the proposals call would show (no model involved), and how many there are:
    the most the model channel could add."""
    held = total = 0
    for name, event, articles, today in annotated(corpus, gold, half):
        analysis = analysed(articles, today)
        pairs: list[Sides] = [([a.item.text], [b.item.text]) for a, b in analysis.subjects.groups]
        for dispute in event.disputes:
            total += 1
            sides = [[span_text(corpus, name, s) for s in side] for side in dispute.sides]
            held += any(matches(pair, sides) for pair in pairs)
    return held, total


def reckless_total(corpus: Path, gold: RealGold, half: Half) -> tuple[int, DisputeTally]:
    """What code admits when a reckless proposer (briefing.eval.reckless) proposes every
    checkable pair of words in every pair shown, on a half's annotated events: how many
    proposals, and the admitted ones scored against the gold."""
    total, proposed = DisputeTally(), 0
    for name, event, articles, today in annotated(corpus, gold, half):
        found, review = reckless.admitted(analysed(articles, today))
        proposed += review.proposed
        total.add(tally(corpus, name, event, [sides_of(c) for c in found]))
    return proposed, total


def states_main(text: str, main: MainDevelopment, spans: Sequence[str]) -> bool:
    """Whether ``text`` states the annotated main development: it shares a run of words
    with one of its spans, or holds every one of its terms (by stem)."""
    if any(quote_matches(text, span) for span in spans):
        return True
    have = {stem(w) for w in re.findall(r"[^\W\d_]+", text.casefold())}
    return all(stem(t.casefold()) in have for t in main.terms)


def top_fact_states_main(corpus: Path, gold: RealGold, half: Half) -> dict[str, bool]:
    """For each annotated event of a half: does the fact code ranks first, with no model
    claim at all (each strong report's lead sentence only), state the main development?"""
    found = {}
    for name, event, articles, today in annotated(corpus, gold, half):
        analysis = analysed(articles, today)
        spans = [span_text(corpus, name, s) for s in event.main_development.spans]
        top = analysis.facts[0].lead.quote if analysis.facts else ""
        found[name] = states_main(top, event.main_development, spans)
    return found
