"""What to watch measured on the real corpus: how many items code shows are still to come.

``eval/real/basil.watch.gold.json`` labels every forward-looking sentence code considers
for What to watch (no model) in each event of both halves: "ahead" (still to come on the
day its article was published, and worth watching) or "not" (past, rhetoric,
commentary, a hypothetical). The list is built as the brief builds it
(briefing.brief.code_watch: the same quotes and rules, from code's own signals), and each
item is looked up by its article and words.
docs/calibration.md reports the figures per half; ``scripts/calibration.py`` prints them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from briefing.articles import load_articles
from briefing.brief import WatchItem, code_watch
from briefing.errors import InputError
from briefing.eval.real import GOLD, Half, Span, analysed, events

WATCH_GOLD = GOLD.with_name("basil.watch.gold.json")


class WatchLabel(Span):
    """One forward-looking sentence of a corpus file and its label."""

    label: Literal["ahead", "not"]


class WatchGold(BaseModel):
    """The labelled forward-looking sentences of the corpus, by event."""

    about: str
    events: dict[str, list[WatchLabel]]


def load_watch_gold(path: Path = WATCH_GOLD) -> WatchGold:
    """Read and validate the What to watch gold file."""
    try:
        return WatchGold.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValidationError) as exc:
        raise InputError(str(path), f"not a valid gold file ({exc})", "see eval/real/") from exc


def event_watch(folder: Path) -> list[WatchItem]:
    """An event's What to watch from code's own forward-looking sentences (no model
    signals), briefed on its newest publication day."""
    articles = load_articles([folder]).articles
    today = max((a.published for a in articles if a.published), default=None)
    if today is None:
        return []
    return code_watch(analysed(articles, today), today)


@dataclass
class WatchScore:
    """One half's What to watch against the labels."""

    shown: int = 0
    ahead: int = 0
    unlabelled: int = 0
    labelled_ahead: int = 0  # sentences labelled "ahead" in the half's events
    events_with_ahead: int = 0
    events_showing_ahead: int = 0

    @property
    def precision(self) -> float:
        """The share of shown items labelled still to come."""
        return self.ahead / self.shown if self.shown else 0.0


def _label(item: WatchItem, labels: Mapping[tuple[str, str], str]) -> str | None:
    """The label of the sentence an item quotes (its article and words)."""
    key = (item.quote.source_id, item.quote.text.strip())
    if key in labels:
        return labels[key]
    head = item.quote.text.strip()[:60]
    return next(
        (v for (source, text), v in labels.items() if source == key[0] and head in text), None
    )


def score_watch(corpus: Path, gold: WatchGold, half: Half) -> WatchScore:
    """How many of a half's What to watch items are labelled still to come."""
    score = WatchScore()
    for event in events(corpus, half):
        spans = gold.events.get(event.name, [])
        texts = {s.file: (event.folder / s.file).read_text(encoding="utf-8") for s in spans}
        labels = {
            (s.file.removesuffix(".md"), texts[s.file][s.start : s.end]): s.label for s in spans
        }
        shown = [_label(item, labels) for item in event_watch(event.folder)]
        score.shown += len(shown)
        score.ahead += shown.count("ahead")
        score.unlabelled += shown.count(None)
        ahead = sum(s.label == "ahead" for s in spans)
        score.labelled_ahead += ahead
        score.events_with_ahead += ahead > 0
        score.events_showing_ahead += "ahead" in shown
    return score
