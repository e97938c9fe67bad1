"""`briefing daily` against a fault-injecting OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefing.errors import BudgetExceeded
from briefing.llm import Usage
from briefing.llm.budget import Budget
from briefing.run.context import REDUCE_STAGES
from briefing.settings import Settings
from tests.fakes.faults import CONTENT, FAULTS, TRANSIENT, Schedule, after_call, at_calls, seeded
from tests.fakes.openai_server import Reply
from tests.fakes.runs import run_on_seeds, seed_chunks
from tests.fakes.schema_answers import is_extraction

CALLS = seed_chunks() + len(REDUCE_STAGES)  # chunk extractions and reduce calls on the seeds


@pytest.fixture(autouse=True)
def _fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_MAX_ATTEMPTS", "8")
    monkeypatch.setenv("BRIEFING_RETRY_BACKOFF_S", "0.01")
    monkeypatch.setenv("BRIEFING_REQUEST_TIMEOUT_S", "0.5")


def _daily(
    tmp_path: Path, name: str, schedule: Schedule | None = None, *extra: str
) -> tuple[Any, int, Path]:
    result, server, folder = run_on_seeds(tmp_path, name, *extra, schedule=schedule)
    return result, len(server.requests), folder


def test_transient_faults_leave_the_brief_unchanged(tmp_path: Path) -> None:
    clean, clean_calls, clean_folder = _daily(tmp_path, "clean")
    faulty, faulty_calls, faulty_folder = _daily(
        tmp_path, "faulty", seeded(0.2, list(TRANSIENT.values()))
    )
    assert clean.exit_code == faulty.exit_code == 0, faulty.output
    assert clean_calls == CALLS
    assert faulty_calls > CALLS, "some calls were retried"
    assert (faulty_folder / "brief.json").read_bytes() == (clean_folder / "brief.json").read_bytes()


def test_a_hang_past_the_timeout_is_retried(tmp_path: Path) -> None:
    result, calls, folder = _daily(tmp_path, "hang", at_calls({1, 2}, FAULTS["hang"]))
    assert result.exit_code == 0, result.output
    assert calls == CALLS + 2
    assert (folder / "brief.json").exists()


def _first_asks_only(schedule: Schedule) -> Schedule:
    """Faults on first asks only (a re-ask adds turns), so every fault has a re-ask to fix it
    whatever the requests are; exhausting the re-asks is tested in test_llm."""
    return lambda call, body: schedule(call, body) if len(body["messages"]) == 2 else None


def test_content_faults_are_reasked_and_logged(tmp_path: Path) -> None:
    faults = _first_asks_only(seeded(0.2, list(CONTENT.values()), seed=3))
    result, calls, folder = _daily(tmp_path, "content", faults)
    assert result.exit_code == 0, result.output
    manifest = json.loads((folder / "manifest.json").read_text())
    invalid = [c for c in manifest["calls"] if c["outcome"] in {"invalid", "cut off"}]
    reasks = [c for c in manifest["calls"] if c["ask"] > 1]
    assert invalid
    assert len(reasks) == len(invalid) == calls - CALLS


def test_resume_after_the_endpoint_dies_makes_only_the_missing_calls(tmp_path: Path) -> None:
    died, _, folder = _daily(tmp_path, "run", after_call(5, Reply(status=500)))
    assert died.exit_code == 1
    line = " ".join(died.output.split())
    assert "127.0.0.1" in line
    assert "HTTP 500" in line
    assert not folder.exists(), "nothing that looks complete is written"
    cached = len(list((tmp_path / "run" / "cache").rglob("*.json")))
    assert cached >= 5
    resumed, calls, folder = _daily(tmp_path, "run")
    assert resumed.exit_code == 0, resumed.output
    assert calls == CALLS - cached
    again, calls, _ = _daily(tmp_path, "run")
    assert again.exit_code == 0
    assert calls == 0, "an unchanged rerun makes no calls"


def _refuse_raid(call: int, body: dict[str, Any]) -> Reply | None:
    """Refuse to extract from the raid article (seed 003); every other call is answered."""
    raid = "Deadly Raid" in body["messages"][-1]["content"]
    return FAULTS["refusal"] if is_extraction(body) and raid else None


def test_failed_chunks_leave_the_rest_briefed_unless_strict(tmp_path: Path) -> None:
    failed, _, folder = _daily(tmp_path, "strict", _refuse_raid, "--strict")
    assert failed.exit_code == 1
    assert "refused" in failed.output
    assert not folder.exists()
    partial, _, folder = _daily(tmp_path, "partial", _refuse_raid)
    assert partial.exit_code == 3, partial.output
    missing = json.loads((folder / "manifest.json").read_text())["stories"][0]["missing_chunks"]
    assert missing
    assert {m["chunk"].split("#")[0] for m in missing} == {"003_0a5d3ef8a34f3910"}
    banner = f"INCOMPLETE: {len(missing)} OF {seed_chunks()} CHUNKS FAILED"
    assert banner in (folder / "brief.md").read_text()
    assert banner in (folder / "brief.html").read_text()


def test_a_run_over_the_token_cap_is_refused_up_front(tmp_path: Path) -> None:
    result, calls, _ = _daily(tmp_path, "cap", None, "--max-tokens", "2000")
    assert result.exit_code == 1
    assert "over the cap of 2000" in " ".join(result.output.split())
    assert calls == 0


def test_the_cap_stops_live_calls_mid_run() -> None:
    budget = Budget(Settings(model="gpt-4o-mini", max_tokens_total=30, max_cost_usd=1.0))
    budget.check()
    budget.charge(Usage(prompt_tokens=11, completion_tokens=7))
    budget.check()
    budget.charge(Usage(prompt_tokens=11, completion_tokens=7))
    with pytest.raises(BudgetExceeded) as caught:
        budget.check()
    assert "spent $0.0000 and 36 tokens" in caught.value.one_line()
    assert "cached" in caught.value.one_line()
