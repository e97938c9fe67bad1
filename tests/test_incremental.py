"""Incremental runs through the response cache: unchanged input costs nothing, one more
article costs its own map calls plus the reduce calls whose input changed."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.articles import load_articles
from briefing.chunks import chunk_article
from briefing.prompting import PromptLibrary
from briefing.run.context import REDUCE_STAGES, chunk_budget
from briefing.settings import Settings
from tests.conftest import SEEDS
from tests.fakes.openai_server import serve
from tests.fakes.runs import live_daily
from tests.fakes.schema_answers import answer, is_extraction


def test_a_rerun_makes_no_call_and_one_more_article_only_its_own(tmp_path: Path) -> None:
    folder, cache = tmp_path / "articles", tmp_path / "cache"
    folder.mkdir()
    added = sorted(SEEDS.glob("002_*"))[0]
    for path in SEEDS.glob("*.txt"):
        if path != added:
            shutil.copy(path, folder)
    with serve(answer) as (url, server):
        first = live_daily([folder], url, tmp_path / "o1", cache=cache)
        after_first = len(server.requests)
        again = live_daily([folder], url, tmp_path / "o2", cache=cache)
        after_rerun = len(server.requests)
        shutil.copy(added, folder)
        grown = live_daily([folder], url, tmp_path / "o3", cache=cache)
    assert first.exit_code == again.exit_code == grown.exit_code == 0, grown.output
    assert after_rerun == after_first, "an unchanged rerun is answered from the cache"
    [article] = load_articles([added]).articles
    settings = Settings()
    budget = chunk_budget(settings, PromptLibrary(settings.prompts_dir), {})
    own_chunks = len(chunk_article(article, budget, settings.chunk_overlap_tokens))
    new = server.requests[after_rerun:]
    assert sum(map(is_extraction, new)) == own_chunks, "only the new article's chunks"
    # A reduce call is made again only when its input changed (the dispute candidates may not).
    assert len(new) - own_chunks <= len(REDUCE_STAGES)
