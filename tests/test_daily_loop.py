"""The daily loop end to end: feeds fetched from the test site on two mornings, each
briefed (by the in-process schema double), the second saying exactly what changed; a
third morning with nothing new is a short brief."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator

import pytest

from briefing.brief import Day
from briefing.run import RunResult, run_daily
from briefing.settings import Settings
from tests.fakes.models import SchemaChatModel
from tests.fakes.schema_answers import answer
from tests.site.server import DAYS, FEEDS, Site, serve


@pytest.fixture(scope="module")
def mornings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, list[RunResult]]]:
    out = tmp_path_factory.mktemp("briefs")
    settings = Settings(
        mode="live",
        no_cache=True,
        recordings_dir=out / "none",
        fetch_timeout_s=0.5,
        fetch_attempts=2,
        fetch_backoff_s=0.01,
        fetch_max_bytes=100_000,
    )
    runs = []
    with serve() as site:
        feeds = site.feeds_file(out / "feeds.txt", FEEDS[:3])
        for day, date in ((1, DAYS[1]), (2, DAYS[2]), (2, dt.date(2026, 4, 23))):
            site.day = day
            run = run_daily(
                settings, [], date=date, out=out, model=SchemaChatModel(answer), feeds=feeds
            )
            runs.append(asyncio.run(run))
        yield site, runs


def _story(day: Day, page: str) -> int:
    """The index of the story whose sources include ``page``."""
    return next(
        n for n, b in enumerate(day.stories) if any((s.url or "").endswith(page) for s in b.sources)
    )


def test_the_first_morning_briefs_the_fetched_stories_with_links(
    mornings: tuple[Site, list[RunResult]],
) -> None:
    site, (first, _, _) = mornings
    # Two stories of two independent sources each: their order is the ids' (URL hashes).
    assert sorted(len(b.sources) for b in first.day.stories) == [2, 3]
    markdown = (first.folder / "brief.md").read_text(encoding="utf-8")
    assert f"]({site.base}/herald/flood-orlen-evacuations.html)" in markdown
    assert "2026-04-20 (page metadata)" in markdown
    manifest = json.loads((first.folder / "manifest.json").read_text(encoding="utf-8"))
    skipped = {i["url"].removeprefix(site.base): i["reason"] for i in manifest["fetch"]["skipped"]}
    assert skipped["/wire/private/memo.html"] == "robots.txt forbids fetching it"
    assert first.complete  # failed pages are reported; every feed was read


def test_the_second_morning_says_exactly_what_changed(
    mornings: tuple[Site, list[RunResult]],
) -> None:
    _, (first, second, _) = mornings
    since = second.day.since
    assert since is not None
    assert since.since == DAYS[1]
    old, new = first.day, second.day
    bank = new.stories[_story(new, "/wire/rate-cut.html")]
    port = old.stories[_story(old, "/wire/port-strike.html")]
    flood = new.stories[_story(new, "/wire/flood-aid-orlen.html")]
    assert since.new_stories == [bank.headline]
    assert since.gone_stories == [port.headline]
    [continuing] = since.continuing
    assert continuing.story_id == (flood.story.id if flood.story else "")
    assert (
        continuing.earlier_headline
        == old.stories[_story(old, "/wire/flood-serra-river.html")].headline
    )
    markdown = (second.folder / "brief.md").read_text(encoding="utf-8")
    assert "## Since 2026-04-20" in markdown
    assert f"- **New:** {bank.headline}" in markdown
    assert f"- **No longer reported:** {port.headline}" in markdown


def test_a_morning_with_nothing_new_is_a_short_brief(
    mornings: tuple[Site, list[RunResult]],
) -> None:
    _, (_, _, third) = mornings
    assert third.day.stories == []
    assert third.complete
    fetched = third.fetched
    assert fetched is not None
    assert fetched.stored == []
    markdown = (third.folder / "brief.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Brief for 2026-04-23: nothing new")
    assert "No new articles from 3 feeds" in markdown
