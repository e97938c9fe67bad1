"""Chunk budgets, boundaries, spans and the offline tokenizer."""

from __future__ import annotations

import itertools

import pytest

from briefing.articles import load_articles
from briefing.chunks import chunk_article, count_tokens, encoding_for_model
from briefing.chunks.tokens import BUNDLED
from tests import factories
from tests.conftest import SEEDS


@pytest.mark.parametrize("budget", [120, 300, 800])
def test_seed_chunks_fit_the_budget_and_are_exact_slices(budget: int) -> None:
    for article in load_articles([SEEDS]).articles:
        chunks = chunk_article(article, budget=budget, overlap=30)
        assert [c.id for c in chunks] == [f"{article.id}#{n}" for n in range(1, len(chunks) + 1)]
        for chunk in chunks:
            assert article.text[chunk.start : chunk.end] == chunk.text
            assert chunk.tokens == count_tokens(chunk.text) <= budget
        assert chunks[0].start == 0
        assert chunks[-1].end == len(article.text)
        for before, after in itertools.pairwise(chunks):
            gap = article.text[before.end : after.start] if after.start > before.end else ""
            assert gap.strip() == "", "chunks must cover all the text"


def test_chunks_overlap_by_whole_sentences() -> None:
    text = "\n\n".join(" ".join(f"Sentence {p}.{s} is here." for s in range(8)) for p in range(6))
    chunks = chunk_article(factories.article("t", text), budget=80, overlap=20)
    assert len(chunks) > 2
    for before, after in itertools.pairwise(chunks):
        assert after.start < before.end
        assert text[after.start : before.end].rstrip().endswith(".")


def test_paragraph_boundaries_are_preferred() -> None:
    paragraphs = [" ".join(["word"] * 30) + "." for _ in range(6)]
    chunks = chunk_article(factories.article("t", "\n\n".join(paragraphs)), budget=100, overlap=0)
    assert all(c.text.endswith(".") for c in chunks)
    assert all("\n\n" not in c.text[:2] for c in chunks)


def test_a_sentence_longer_than_the_budget_is_cut_between_words() -> None:
    text = " ".join(f"w{n}" for n in range(600))
    chunks = chunk_article(factories.article("t", text), budget=100, overlap=0)
    assert len(chunks) > 3
    assert all(c.tokens <= 100 for c in chunks)
    assert "".join(c.text for c in chunks).replace(" ", "") == text.replace(" ", "")


def test_tokenizer_is_bundled_and_unknown_models_fall_back_to_it() -> None:
    assert encoding_for_model("qwen2.5-coder-1.5b-instruct").name == BUNDLED
    assert encoding_for_model("gpt-4").name == BUNDLED
    assert count_tokens("hello world") == 2
