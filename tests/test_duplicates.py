"""Near-duplicate groups, sentence coverage, the map plan and claim support."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.pipeline import corpus
from briefing.analysis.facts import corroborate
from briefing.analysis.text import entities_for, statements
from briefing.articles import Article, load_articles
from briefing.articles.coverage import SentenceIndex
from briefing.articles.duplicates import near_duplicate_groups
from briefing.chunks import chunk_article
from briefing.chunks.plan import map_chunks
from tests import factories

WIRE = (
    "Cuban security personnel are leaving Caracas after two decades, sources told Reuters. "
    "About 25,000 Cuban soldiers, bodyguards and intelligence agents served in Venezuela. "
    "Interim President Delcy Rodriguez has hired Venezuelan bodyguards instead. "
    "Havana had long denied that Cuban military personnel were deployed in Venezuela."
)


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return load_articles([Path("seeds")]).articles


def test_the_seeds_two_rewrites_of_one_wire_story_form_the_only_group(
    seeds: list[Article],
) -> None:
    groups = near_duplicate_groups(seeds)
    assert [(g.representative[:3], [m[:3] for m in g.members]) for g in groups] == [
        ("001", ["001", "004"])
    ]
    # A paraphrase: under half its sentences in order, but it repeats a quotation.
    assert 0.25 <= groups[0].similarity[seeds[4].id] < 0.5
    assert groups[0].quotations[seeds[4].id] >= 1


def test_a_syndicated_copy_groups_transitively_and_other_stories_stay_apart() -> None:
    copy = "Share this story. " + WIRE + " Subscribe to our newsletter."
    trimmed = WIRE.rsplit(" Havana", 1)[0]
    other = "Oil prices fell one percent on Monday as traders expected more supply from Asia."
    articles = [
        factories.article("a", WIRE),
        factories.article("b", copy),
        factories.article("c", trimmed),
        factories.article("d", other),
    ]
    groups = near_duplicate_groups(articles)
    assert [sorted(g.members) for g in groups] == [["a", "b", "c"]]
    assert groups[0].representative == "b", "the member with the most content words"


def test_reports_sharing_sentences_but_no_quotation_are_not_rewrites() -> None:
    statement = (
        "Cuban security personnel are leaving Caracas, the ministry said on Monday. "
        "Interim President Delcy Rodriguez has hired Venezuelan bodyguards instead. "
        "The ministry gave no figures for the number of advisers still in the country. "
        "Officials expect the remaining doctors and coaches to stay until the summer."
    )
    groups = near_duplicate_groups(
        [factories.article("a", WIRE), factories.article("b", statement)]
    )
    assert groups == [], "two reports of one event, in part in the same words"


def test_a_sentence_is_covered_only_with_the_same_numbers_and_names() -> None:
    index = SentenceIndex({"a": WIRE})
    assert index.covering("About 25,000 Cuban agents and bodyguards served in Venezuela.") == {"a"}
    assert not index.covering("About 15,000 Cuban agents and bodyguards served in Venezuela.")
    assert not index.covering("President Maduro has hired Venezuelan bodyguards instead.")
    assert not index.covering("It rained.")


def test_a_rewrite_is_mapped_only_for_what_its_representative_lacks(
    seeds: list[Article],
) -> None:
    groups = near_duplicate_groups(seeds)
    chunks = map_chunks(seeds, groups, budget=1800, overlap=60)
    rewrite = [c for c in chunks if c.article_id == seeds[4].id]
    assert len(rewrite) == 1
    assert rewrite[0].partial
    text = rewrite[0].text
    assert "The Biden administration has been actively pressuring" in text, "a changed name"
    assert "Bruno Rodríguez Padilla" in text, "what the representative does not say"
    assert "Frank Mora" not in text, "the Mora quote is in the representative"
    whole = chunk_article(seeds[4], 1800, 60)[0]
    assert rewrite[0].tokens < whole.tokens
    assert all(not c.partial for c in chunks if c.article_id != seeds[4].id)


def test_a_partial_chunk_keeps_consecutive_sentences_as_written() -> None:
    article = factories.article(
        "a", "One two three four. Five six seven eight.\n\nNine ten. Eleven."
    )
    chunks = chunk_article(article, 100, 0, keep=lambda s: "Five" not in s)
    assert [c.text for c in chunks] == ["One two three four.\n\nNine ten. Eleven."]
    assert chunks[0].partial
    assert not chunk_article(article, 100, 0)[0].partial


def test_claims_count_sources_carrying_them_and_rewrites_once() -> None:
    copy = "Share this story. " + WIRE
    independent = (
        "Oil prices fell one percent on Monday as traders expected more supply from Asia. "
        "Officials said about 25,000 Cuban soldiers, bodyguards and agents served in Venezuela. "
        "Refiners in Texas prepared to import heavy crude under new licences next month."
    )
    articles = [
        factories.article("a", WIRE),
        factories.article("b", copy),
        factories.article("c", independent),
    ]
    quote = "About 25,000 Cuban soldiers, bodyguards and intelligence agents served in Venezuela."
    claim = factories.claim(articles[0], quote, "25,000 Cubans served", figures=("25,000",))
    entities = entities_for(articles)
    found = corroborate(
        [claim], statements(articles, entities), near_duplicate_groups(articles), entities
    )
    assert found.support.sources("C1") == ("a", "b", "c")
    assert found.support.independent(found.support.sources("C1")) == 2


def test_the_benchmark_corpus_has_no_near_duplicates(tmp_path: Path) -> None:
    corpus(tmp_path, 15)
    assert near_duplicate_groups(load_articles([tmp_path]).articles) == []
