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


def test_the_seeds_paraphrase_leaves_no_copying_evidence_and_is_not_judged(
    seeds: list[Article],
) -> None:
    """004 retells the wire story 001 also rewrites, every sentence in other words: on
    real reporting, order and vocabulary alone called half the independent pairs rewrites,
    so without copied words or a credit it is not judged one (its changed name is still
    found sentence by sentence, tests/test_detectors.py)."""
    assert near_duplicate_groups(seeds) == []


def test_a_credited_rewrite_is_judged_by_its_credit_and_order() -> None:
    wire = factories.article("w", WIRE, outlet="Meridian Press")
    retold = (
        "Cuban security staff are quitting Caracas after twenty years, according to sources. "
        "Some 25,000 Cuban troops, guards and agents were based in Venezuela. "
        "Rodriguez now relies on Venezuelan guards. "
        "Havana long said no Cuban soldiers were in Venezuela.\n\nSource: Meridian Press"
    )
    other = factories.article("o", retold.rsplit("\n\n", 1)[0])
    credited = factories.article("c", retold)
    assert near_duplicate_groups([wire, other]) == [], "the same retelling without the credit"
    groups = near_duplicate_groups([wire, credited])
    assert [sorted(g.members) for g in groups] == [["c", "w"]]


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


def test_reports_quoting_the_same_statement_are_not_rewrites() -> None:
    """Independent newsrooms quote the same press conference word for word: a shared
    quotation is not copying."""
    said = (
        "“Cuban security personnel are leaving Caracas and Interim President Delcy Rodriguez "
        "has hired Venezuelan bodyguards instead,” the ministry said on Monday."
    )
    first = factories.article(
        "a",
        f"{said} Officials gave no figures for the advisers still in the country. "
        "Oil shipments to Havana stopped in December. Analysts expect more departures.",
    )
    second = factories.article(
        "b",
        "The government in Caracas confirmed the change in a statement. "
        f"{said} Thousands of Cuban doctors remain in Venezuela, the ministry added. "
        "The opposition welcomed the move.",
    )
    assert near_duplicate_groups([first, second]) == []


def test_a_sentence_is_covered_only_with_the_same_numbers_and_names() -> None:
    index = SentenceIndex({"a": WIRE})
    assert index.covering("About 25,000 Cuban agents and bodyguards served in Venezuela.") == {"a"}
    assert not index.covering("About 15,000 Cuban agents and bodyguards served in Venezuela.")
    assert not index.covering("President Maduro has hired Venezuelan bodyguards instead.")
    assert not index.covering("It rained.")


def test_a_rewrite_is_mapped_only_for_what_its_representative_lacks() -> None:
    harbour = load_articles([Path("eval/sets/harbour")]).articles
    groups = near_duplicate_groups(harbour)
    chunks = map_chunks(harbour, groups, budget=1800, overlap=60)
    rewrite = [c for c in chunks if c.article_id == "h02"]
    assert len(rewrite) == 1
    assert rewrite[0].partial
    text = rewrite[0].text
    assert "Environment Minister" in text, "a changed name"
    assert "Kessel Bank" not in text, "the representative tells it in the same words"
    assert "Captain Anya Petrov" not in text
    whole = chunk_article(harbour[1], 1800, 60)[0]
    assert rewrite[0].tokens < whole.tokens
    assert all(not c.partial for c in chunks if c.article_id != "h02")


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
