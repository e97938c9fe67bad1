"""Hostile folders, hostile models, broken disks: one test per class of the second
hardening round (issue 14). Each failed before its fix."""

from __future__ import annotations

import random
import string
import time
from pathlib import Path

import pytest

from briefing.articles import load_articles
from briefing.chunks import chunk_article

TEN_MB = 10_000_000


def _load_and_chunk(path: Path) -> tuple[float, list[int]]:
    started = time.monotonic()
    loaded = load_articles([path])
    tokens = [c.tokens for a in loaded.articles for c in chunk_article(a, 800, 60)]
    return time.monotonic() - started, tokens


# Class 4: inputs that cost quadratic time.
def test_a_ten_megabyte_line_loads_and_chunks_in_linear_time_within_budget(tmp_path: Path) -> None:
    rng = random.Random(4)
    block = "".join(
        rng.choice(string.ascii_letters + string.digits + ".,/-:") for _ in range(10**6)
    )
    path = tmp_path / "line.txt"
    path.write_text("Title\n\n" + block * (TEN_MB // len(block)), encoding="utf-8")
    seconds, tokens = _load_and_chunk(path)
    assert seconds < 5
    assert tokens
    assert max(tokens) <= 800, "a single word longer than the budget is cut"


@pytest.mark.parametrize("head", ["Title\n", "---\n", "---\ntitle: x\n---\n"])
def test_ten_megabytes_of_blank_lines_load_in_linear_time(tmp_path: Path, head: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(head + "\n" * TEN_MB + "Body text.", encoding="utf-8")
    seconds, tokens = _load_and_chunk(path)
    assert seconds < 5
    assert tokens == [t for t in tokens if t <= 800]


def test_a_front_matter_field_over_its_limit_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("---\noutlet: " + "x" * 250 + "\n---\nBody text.", encoding="utf-8")
    [error] = load_articles([path]).skipped
    assert "outlet" in error.one_line()
    assert "200 characters" in error.one_line()
