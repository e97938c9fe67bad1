"""Stories: the day's articles clustered in code, one brief per story, a front page.

The clustering settings were set on the tune half of eval/stories/labels.json; the report
half is only scored here (docs/stories.md)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.articles import Article, load_articles
from briefing.cli import app
from briefing.errors import EndpointError
from briefing.eval.clusters import bcubed, score
from briefing.llm import ChatRequest, Completion
from briefing.render.email import subject
from briefing.run import RunResult, run_daily
from briefing.settings import Settings
from briefing.stories.group import group_stories
from tests.conftest import ROOT, SEEDS
from tests.factories import article
from tests.fakes.models import SchemaChatModel
from tests.fakes.schema_answers import answer

LABELS = json.loads((ROOT / "eval" / "stories" / "labels.json").read_text(encoding="utf-8"))
TUNE = ROOT / "eval" / "stories" / "tune"
runner = CliRunner()


def _scored(half: str) -> tuple[float, float]:
    spec = LABELS[half]
    gold_of = {p: s for s, paths in spec["stories"].items() for p in paths}
    articles = load_articles([ROOT / p for p in spec["paths"]]).articles
    stories = group_stories(articles, Settings(), dt.date(2026, 12, 1))
    predicted = {a.id: s.info.id for s in stories for a in s.articles}
    gold = [gold_of[str(Path(a.path).relative_to(ROOT))] for a in articles]
    found = score([predicted[a.id] for a in articles], gold)
    return found.f1, found.ari


def test_bcubed_is_the_textbook_measure() -> None:
    assert bcubed([1, 1, 2], [1, 1, 2]) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed([1, 1, 1], ["a", "a", "b"])
    assert (round(precision, 3), recall) == (0.556, 1.0)


def test_clustering_on_the_held_back_half_meets_the_target() -> None:
    """Measured, never tuned on: BCubed F1 0.946, ARI 0.911 (the bridge set's January
    piece joins the tram-fares story of the same city and mayor; the content-farm
    explainer joins the collapse)."""
    f1, ari = _scored("report")
    assert f1 >= 0.90
    assert ari >= 0.85


def test_clustering_on_the_tune_half() -> None:
    f1, _ = _scored("tune")
    assert f1 >= 0.95


@pytest.mark.parametrize("folder", [SEEDS, ROOT / "eval" / "sets" / "harbour"])
def test_a_set_on_one_event_is_one_story_on_its_own(folder: Path) -> None:
    """With few articles every shared word is in all of them; the background documents
    keep them weighing, so the seeds stay one story (stale opinion piece included)."""
    articles = load_articles([folder]).articles
    assert len(group_stories(articles, Settings(), dt.date(2026, 5, 1))) == 1


def test_two_events_with_the_same_actors_are_two_stories() -> None:
    """Cuba's security role and the oil licences: Trump, Maduro, Rodríguez and Venezuela
    in both, different events."""
    articles = load_articles([SEEDS, *sorted(TUNE.glob("t-oil-*.txt"))]).articles
    stories = group_stories(articles, Settings(), dt.date(2026, 1, 10))
    assert sorted(len(s.articles) for s in stories) == [5, 6]


def test_a_rewrite_stays_with_the_article_it_rewrites() -> None:
    """Even where nothing else would join them (a distance no other pair reaches)."""
    articles = load_articles(sorted(TUNE.glob("t-rail-0[12].txt"))).articles
    settings = Settings(story_distance=0.01)
    [story] = group_stories(articles, settings, dt.date(2026, 4, 20))
    assert story.info.independent_sources == 1
    assert story.info.short


_SERVER = (
    "Councillor Ilse Veloria used a private mail server for council business while she led "
    "the Kessel harbour board, {who}. Veloria said the server was allowed. Rivals on the "
    "council called the private server a breach of the records law and asked for every "
    "message to be released."
)
_INTERVIEW = (
    "The Kessel council's oversight panel asked Councillor Ilse Veloria to sit for a "
    "recorded interview about the private mail server she used at the harbour board. The "
    "{who} said messages were deleted before the records law request. Veloria's office "
    "said she would answer questions in public."
)


def _two_events(later: dt.date) -> list[Article]:
    """Three reports of a councillor's private mail server (3 to 5 March), and three of a
    panel's request to interview her about it, published on ``later``: invented."""
    server = [
        article(f"s{n}", _SERVER.format(who=who), dt.date(2026, 3, 3 + n), title=f"Server {n}")
        for n, who in enumerate(("records show", "documents show", "filings show"))
    ]
    interview = [
        article(f"i{n}", _INTERVIEW.format(who=who), later, title=f"Interview {n}")
        for n, who in enumerate(("panel chair", "committee head", "panel's chair"))
    ]
    return server + interview


def test_reports_weeks_apart_are_two_events_though_a_lone_old_piece_joins() -> None:
    """Under the month's window the two events (four weeks apart, the same person and
    words) were one story; the first cut now uses a week's window. A lone piece from weeks
    before still joins under the month's."""
    today = dt.date(2026, 3, 31)
    apart = _two_events(today)
    stale = article("old", _SERVER.format(who="an audit found"), dt.date(2026, 2, 20))
    found = group_stories([*apart, stale], Settings(), today)
    assert sorted(sorted(a.id for a in s.articles) for s in found) == [
        ["i0", "i1", "i2"],
        ["old", "s0", "s1", "s2"],
    ]
    month = Settings(story_core_window_days=30)
    assert len(group_stories(apart, month, today)) == 1
    assert len(group_stories(_two_events(dt.date(2026, 3, 6)), Settings(), today)) == 1


def test_story_ids_are_stable_as_later_reports_join() -> None:
    early = load_articles(sorted(TUNE.glob("t-rail-0[123].txt"))).articles
    later = load_articles(sorted(TUNE.glob("t-rail-0*.txt"))).articles
    today = dt.date(2026, 4, 20)
    [first] = group_stories(early, Settings(), today)
    [second] = group_stories(later, Settings(), today)
    assert first.info.id == second.info.id
    assert group_stories(early, Settings(), today)[0].info.id == first.info.id


def test_front_page_order_is_sources_then_recency_with_stale_stories_last() -> None:
    articles = load_articles([SEEDS, *sorted(TUNE.glob("t-rail-*.txt"))]).articles
    stories = group_stories(articles, Settings(), dt.date(2026, 4, 18))
    assert [s.info.rank for s in stories] == [1, 2]
    rail, seeds = stories
    assert rail.info.articles[0] == "t-rail-01"
    assert seeds.info.stale_only, "nothing in the seeds is newer than January"


def test_stories_command_lists_and_prints_json(tmp_path: Path) -> None:
    args = ["stories", str(SEEDS), *map(str, sorted(TUNE.glob("t-oil-*.txt")))]
    listed = runner.invoke(app, [*args, "--date", "2026-01-10"])
    assert listed.exit_code == 0, listed.output
    assert "t-oil-01, t-oil-02" in listed.stdout
    data = json.loads(runner.invoke(app, [*args, "--date", "2026-01-10", "--json"]).stdout)
    assert [s["rank"] for s in data["stories"]] == [1, 2]
    assert {len(s["articles"]) for s in data["stories"]} == {5, 6}
    assert all(len(s["paths"]) == len(s["articles"]) for s in data["stories"])


def test_an_unknown_story_id_is_one_line_naming_the_fix() -> None:
    result = runner.invoke(app, ["daily", "--story", "s-00000000", "--mode", "replay"])
    assert result.exit_code == 2
    assert "no story s-00000000" in result.output
    assert "briefing stories" in result.output
    assert "Traceback" not in result.output


def _daily(paths: list[Path], tmp_path: Path, **kw: object) -> tuple[RunResult, SchemaChatModel]:
    model = SchemaChatModel(answer)
    settings = Settings(mode="live", no_cache=True, recordings_dir=tmp_path / "none")
    result = asyncio.run(
        run_daily(
            settings,
            paths,
            date=dt.date(2026, 11, 10),
            out=tmp_path / "out",
            formats=["md", "json", "html", "eml"],
            model=model,
            **kw,  # type: ignore[arg-type]
        )
    )
    return result, model


def test_a_day_of_many_stories_gets_a_front_page_and_a_section_each(tmp_path: Path) -> None:
    """The held-back half, against an in-process double of the model."""
    paths = [ROOT / p for p in LABELS["report"]["paths"]]
    result, model = _daily(paths, tmp_path)
    day = result.day
    assert len(day.stories) == 8
    assert [b.story.rank for b in day.stories if b.story] == list(range(1, 9))
    markdown = (result.folder / "brief.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Brief for 2026-11-10: 8 stories")
    assert markdown.count("\n## ") == 9, "the front page and one section per story"
    for n, brief in enumerate(day.stories, start=1):
        assert f"\n## {n}. {brief.headline}" in markdown
    html = (result.folder / "brief.html").read_text(encoding="utf-8")
    for brief in day.stories:
        assert brief.story is not None
        assert f'href="#{brief.story.id}"' in html
        assert f'id="{brief.story.id}"' in html
        assert f'id="{brief.story.id}-src-A1"' in html
    short = [b for b in day.stories if b.story and b.story.short]
    assert short, "the singletons"
    assert all(not b.disputed_facts and not b.outlook for b in short)
    subjects = [r.messages[0].content for r in model.requests]
    assert subjects, "the model was called"
    assert "(+7 more stories)" in subject(day)
    stories = json.loads((result.folder / "brief.json").read_text(encoding="utf-8"))["stories"]
    assert [s["story"]["id"] for s in stories] == [b.story.id for b in day.stories if b.story]


def test_short_stories_cost_no_reduce_call(tmp_path: Path) -> None:
    paths = [TUNE / "t-single-01.txt", TUNE / "t-single-02.txt"]
    result, _ = _daily(paths, tmp_path)
    assert len(result.day.stories) == 2
    assert {c.stage for c in result.calls} == {"extract"}
    for brief in result.day.stories:
        assert brief.story is not None
        assert brief.headline.startswith(f"“{brief.story.title}” (title of "), "quoted"


def test_a_short_entry_credits_a_long_title_to_its_source(tmp_path: Path) -> None:
    """The story shows a long title shortened; the headline still says whose it is."""
    text = (TUNE / "t-single-01.txt").read_text(encoding="utf-8")
    title = "Lorano FC edge Marro United in late derby winner" + " after a long night" * 4
    long_title = tmp_path / "long.txt"
    long_title.write_text(text.replace(text.splitlines()[0], title, 1), encoding="utf-8")
    result, _ = _daily([long_title], tmp_path)
    [brief] = result.day.stories
    assert brief.story is not None
    assert brief.story.title.endswith("…")
    assert brief.headline == f"“{brief.story.title}” (title of A1)"


def test_one_story_filter_briefs_only_that_story(tmp_path: Path) -> None:
    paths = [SEEDS, *sorted(TUNE.glob("t-rail-*.txt"))]
    articles = load_articles(paths).articles
    rail = group_stories(articles, Settings(), dt.date(2026, 11, 10))[0]
    result, _ = _daily(paths, tmp_path, story=rail.info.id)
    assert [b.story.id for b in result.day.stories if b.story] == [rail.info.id]
    assert {s.id for s in result.brief.sources} == set(rail.info.articles)


class _FailingOn(SchemaChatModel):
    """The schema double, but every request mentioning ``word`` fails at the endpoint."""

    def __init__(self, word: str) -> None:
        super().__init__(answer)
        self.word = word

    async def complete(self, request: ChatRequest) -> Completion:
        if any(self.word in m.content for m in request.messages):
            raise EndpointError("endpoint said 400 for this request", "fix the request")
        return await super().complete(request)


def test_under_allow_partial_a_lost_story_leaves_the_rest_of_the_day(tmp_path: Path) -> None:
    paths = [*sorted(TUNE.glob("t-rail-*.txt")), TUNE / "t-single-01.txt"]
    settings = Settings(mode="live", no_cache=True, recordings_dir=tmp_path, allow_partial=True)
    run = run_daily(
        settings, paths, date=dt.date(2026, 4, 18), out=tmp_path, model=_FailingOn("Lorano")
    )
    result = asyncio.run(run)
    assert [len(b.sources) for b in result.day.stories] == [5]
    assert not result.complete, "the CLI exits 3"
    assert any("left out of the brief" in w for w in result.warnings)
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert any("left out of the brief" in w for w in manifest["input_warnings"])
