"""A day of three stories replayed from real recordings: the seeds, a rail strike told by
five outlets and a football report no one else has. Pins the story structure and the
front page (golden files in tests/golden/day/; rewrite with pytest --update-golden)."""

from __future__ import annotations

import json

from briefing.brief import Brief
from briefing.run import RunResult
from tests.conftest import GOLDEN

DAY = GOLDEN / "day"


def test_the_day_reproduces_its_golden_files(day_run: RunResult, update_golden: bool) -> None:
    for name in ("brief.md", "brief.json"):
        produced = (day_run.folder / name).read_text(encoding="utf-8")
        if update_golden:
            DAY.mkdir(exist_ok=True)
            (DAY / name).write_text(produced, encoding="utf-8")
        assert produced == (DAY / name).read_text(encoding="utf-8"), f"{name} differs"


def test_three_stories_ranked_with_the_stale_one_last(day_run: RunResult) -> None:
    stories = [b.story for b in day_run.day.stories]
    assert all(stories)
    rail, football, seeds = (s for s in stories if s is not None)
    assert (rail.independent_sources, len(rail.articles)) == (4, 5), "a wire copy counts once"
    assert football.short
    assert football.articles == ["t-single-01"]
    assert seeds.stale_only
    assert len(seeds.articles) == 5


def test_the_seeds_story_reads_as_the_seeds_brief(day_run: RunResult) -> None:
    """Briefed beside other stories, the seeds' brief is the one-story brief."""
    alone = Brief.model_validate(
        json.loads((GOLDEN / "brief.json").read_text(encoding="utf-8"))["stories"][0]
    )
    seeds = day_run.day.stories[-1]
    assert seeds.headline == alone.headline
    assert seeds.bottom_line == alone.bottom_line
    assert [d.topic for d in seeds.disputed_facts] == [d.topic for d in alone.disputed_facts]
    assert seeds.sources == alone.sources


def test_the_short_entry_is_the_source_in_its_own_words(day_run: RunResult) -> None:
    """No model prose: the small model's extraction said Lorano "won the Celdoran league"
    of a match that lifted them to third place; the entry quotes the report instead."""
    markdown = (day_run.folder / "brief.md").read_text(encoding="utf-8")
    football = markdown.split("\n## 2. ", 1)[1].split("\n## 3. ", 1)[0]
    assert football.startswith("“Lorano FC edge Marro United in late derby winner” (title of A1)")
    assert "lifted them to third place" in football
    assert "won the Celdoran league" not in markdown
    assert "### Bottom line" in football
    assert "Disputed facts" not in football
    assert "Outlook" not in football
    assert "### Sources for story 2" in football


def test_every_call_of_the_day_was_replayed(day_run: RunResult) -> None:
    assert day_run.calls
    assert all(c.replayed for c in day_run.calls)
    stages = [c.stage for c in day_run.calls]
    assert stages.count("summary") == stages.count("outlook") == 2, "none for the short entry"
    assert stages.count("disputes") == 1, "the rail strike's sources raise no candidate"
