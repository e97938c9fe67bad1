"""`briefing daily --batch` against a fake server that implements the files and batches
endpoints of the OpenAI Batch API."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.run.context import REDUCE_STAGES
from tests.fakes.faults import at_calls
from tests.fakes.openai_server import Reply
from tests.fakes.runs import run_on_seeds, seed_chunks

CHUNKS, REDUCE = seed_chunks(), len(REDUCE_STAGES)


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_BATCH_POLL_S", "0.01")
    monkeypatch.setenv("BRIEFING_RETRY_BACKOFF_S", "0.01")


def test_a_batch_run_and_a_normal_run_agree(tmp_path: Path) -> None:
    normal, _, normal_folder = run_on_seeds(tmp_path, "normal")
    batched, server, folder = run_on_seeds(tmp_path, "batched", "--batch")
    assert normal.exit_code == batched.exit_code == 0, batched.output
    assert list(server.batches) == ["batch_1"]
    batch = server.batches["batch_1"]
    assert batch["request_counts"] == {"total": CHUNKS, "completed": CHUNKS, "failed": 0}
    assert batch["polls"] >= 2, "the batch was polled until done"
    assert len(server.requests) == CHUNKS + REDUCE, "only the reduce calls were made directly"
    assert (folder / "brief.json").read_bytes() == (normal_folder / "brief.json").read_bytes()


def test_failed_batch_lines_are_retried_through_the_normal_path(tmp_path: Path) -> None:
    normal, _, normal_folder = run_on_seeds(tmp_path, "normal")
    batched, server, folder = run_on_seeds(
        tmp_path, "batched", "--batch", schedule=at_calls({2, 5}, Reply(status=500))
    )
    assert normal.exit_code == batched.exit_code == 0, batched.output
    assert server.batches["batch_1"]["request_counts"]["failed"] == 2
    assert len(server.requests) == CHUNKS + 2 + REDUCE
    assert (folder / "brief.json").read_bytes() == (normal_folder / "brief.json").read_bytes()


def test_a_batch_rerun_sends_nothing(tmp_path: Path) -> None:
    first, _, _ = run_on_seeds(tmp_path, "run", "--batch")
    again, server, _ = run_on_seeds(tmp_path, "run", "--batch")
    assert first.exit_code == again.exit_code == 0
    assert server.batches == {}
    assert server.requests == []


def test_batch_needs_an_endpoint_and_the_cache(tmp_path: Path) -> None:
    runner = CliRunner()
    no_endpoint = runner.invoke(app, ["daily", "--batch", "--mode", "live", "--out", str(tmp_path)])
    assert no_endpoint.exit_code == 2
    assert "needs a model endpoint" in no_endpoint.output
    no_cache, _, _ = run_on_seeds(tmp_path, "nocache", "--batch", "--no-cache")
    assert no_cache.exit_code == 2
    assert "drop --no-cache" in " ".join(no_cache.output.split())
