"""Source weight against the gold of three sets: outlet, publication date, kind, staleness
and rewrites. Thresholds were set on the seeds and the harbour set; the bridge set was
written before any of them and never tuned on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.articles import Article, load_articles
from briefing.articles.duplicates import near_duplicate_groups
from briefing.articles.kind import source_kind
from briefing.eval.gold import load_gold
from briefing.sources import profile_sources
from briefing.sources.profile import future_dated
from tests.conftest import ROOT

SETS = {
    "seeds": (ROOT / "seeds", ROOT / "eval/seeds.gold.json"),
    "harbour": (ROOT / "eval/sets/harbour", ROOT / "eval/harbour.gold.json"),
    "bridge (held out)": (ROOT / "eval/sets/bridge", ROOT / "eval/bridge.gold.json"),
}


# The one gold relation the rule misses on purpose (docs/calibration.md, rewrites): the
# seeds' 004 retells the wire story 001 rewrites without copying a run of its words, and
# no rule that tells it apart also keeps real newsrooms apart.
PARAPHRASES = {"004_0a1cb0576df02e23"}


@pytest.mark.parametrize("name", SETS)
def test_every_source_is_weighed_as_its_gold_says(name: str) -> None:
    folder, gold_file = SETS[name]
    articles = load_articles([folder]).articles
    gold = load_gold(gold_file).sources
    sources = profile_sources(articles, near_duplicate_groups(articles), dt.date(2026, 12, 1))
    for source in sources:
        expected = gold[source.id]
        if source.id in PARAPHRASES:
            assert expected.rewrite_of is not None
            assert source.rewrite_of is None
            expected = expected.model_copy(update={"rewrite_of": None})
        found = (source.outlet, source.published, source.kind, source.stale, source.rewrite_of)
        wanted = (
            expected.outlet,
            expected.published,
            expected.kind,
            expected.stale,
            expected.rewrite_of,
        )
        assert found == wanted, source.id


def _article(text: str, **fields: object) -> Article:
    return Article.model_validate(
        {
            "id": "a",
            "path": "a.txt",
            "title": "t",
            "outlet": None,
            "url": None,
            "published": None,
            "date_source": "unknown",
            "text": text,
            "removed": (),
            **fields,
        }
    )


def test_stale_is_measured_against_the_newest_reported_event() -> None:
    old = _article("Tanks massed at the border.", id="old", published=dt.date(2026, 2, 1))
    # Undated, but it reports an event of March 3: the February piece predates it.
    undated = _article("The army crossed the border on March 3, 2026.", id="new")
    undated = undated.model_copy(update={"event_dates": (dt.date(2026, 3, 3),)})
    sources = profile_sources([old, undated], [], dt.date(2026, 3, 4))
    assert [(s.stale, s.stale_days) for s in sources] == [(True, 30), (False, None)]


def test_a_date_after_the_brief_does_not_make_the_others_stale() -> None:
    typo = _article("Text.", id="typo", published=dt.date(2027, 3, 3))
    today = _article("Text.", id="today", published=dt.date(2026, 3, 3))
    sources = profile_sources([typo, today], [], dt.date(2026, 3, 4))
    assert not any(s.stale for s in sources)
    assert "after the brief's date" in future_dated([typo, today], dt.date(2026, 3, 4))[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "What do you think? Imagine that. You see, you know, your view. I've always loved it.",
            "content farm",
        ),
        ("I think we must act. I fear the worst. My view is clear. Let us not forget.", "opinion"),
        ("Plain report. The ministry said ten people were hurt.", "news"),
    ],
)
def test_kind_signals(text: str, kind: str) -> None:
    assert source_kind(_article(text)).kind == kind


def test_a_quoted_i_is_the_speakers_not_the_writers() -> None:
    text = '"I will not resign," she said. "I did nothing wrong," she added. "My team stays."'
    assert source_kind(_article(text)).kind == "news"


def test_loading_a_set_reads_a_year_less_date_near_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n\nThursday 16 April\n\nText.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B\n\nApril 14, 2026\n\nText.", encoding="utf-8")
    by_id = {a.id: a for a in load_articles([tmp_path]).articles}
    assert by_id["a"].published == dt.date(2026, 4, 16)
