"""Two mornings of the test site fetched and briefed from real recordings (the local
Qwen2.5-Coder-1.5B): both briefs pinned (tests/golden/site/; rewrite with pytest
--update-golden), and the second's "Since" section as the analyst reads it."""

from __future__ import annotations

from briefing.run import RunResult
from tests.conftest import GOLDEN

SITE = GOLDEN / "site"
# The site runs on a free port; the golden files name it as this.
BASE = "http://127.0.0.1:8765"


def test_both_mornings_reproduce_their_golden_files(
    site_days: tuple[str, list[RunResult]], update_golden: bool
) -> None:
    base, runs = site_days
    for run in runs:
        for name in ("brief.md", "brief.json"):
            produced = (run.folder / name).read_text(encoding="utf-8").replace(base, BASE)
            golden = SITE / run.folder.name / name
            if update_golden:
                golden.parent.mkdir(parents=True, exist_ok=True)
                golden.write_text(produced, encoding="utf-8")
            assert produced == golden.read_text(encoding="utf-8"), f"{golden} differs"


def test_every_call_was_replayed_and_every_source_links_to_its_page(
    site_days: tuple[str, list[RunResult]],
) -> None:
    base, runs = site_days
    for run in runs:
        assert run.calls
        assert all(c.replayed for c in run.calls)
        assert all((s.url or "").startswith(base) for b in run.day.stories for s in b.sources)


def test_the_second_morning_says_what_changed(site_days: tuple[str, list[RunResult]]) -> None:
    _, (first, second) = site_days
    since = second.day.since
    assert since is not None
    assert len(since.new_stories) == 1, "the rate cut"
    assert len(since.gone_stories) == 1, "the dock strike"
    [flood] = since.continuing
    assert "Serra" in flood.earlier_headline or "Flood" in flood.earlier_headline
    assert first.day.since is None
