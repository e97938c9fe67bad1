"""Quote verification and actor merging."""

from __future__ import annotations

from briefing.extract import ActorMention
from briefing.merge import verify_quote
from briefing.merge.actors import Mention, merge_actors

SOURCE = "He said: “Cuba looks like it’s going to fall,   I don’t know if they’ll last.” Then left."


def test_exact_quote_gets_its_span() -> None:
    quote = "Then left."
    assert verify_quote("He said: “Cuba looks", SOURCE) is not None
    span = verify_quote("I don’t know if they’ll last.", SOURCE)
    assert span is not None
    assert SOURCE[span.start : span.end] == "I don’t know if they’ll last"
    assert verify_quote(quote, SOURCE) is None, "too short to verify"


def test_normalised_quote_maps_back_to_the_original_text() -> None:
    span = verify_quote("\"cuba looks like it's going to fall, i don't know", SOURCE)
    assert span is not None
    assert SOURCE[span.start : span.end] == "Cuba looks like it’s going to fall,   I don’t know"


def test_paraphrase_is_not_verified() -> None:
    assert verify_quote("Cuba looks like it will fall soon", SOURCE) is None


def test_search_prefers_the_given_range() -> None:
    text = "the same four words here. the same four words here."
    span = verify_quote("the same four words", text, within=(20, len(text)))
    assert span is not None
    assert span.start == 26


def _mention(
    name: str, article: str, kind: str = "person", aliases: tuple[str, ...] = ()
) -> Mention:
    actor = ActorMention(name=name, aliases=list(aliases), kind=kind, role="", stance="")
    return Mention(actor=actor, article_id=article, aliases=aliases)


def test_rodriguez_spellings_are_one_actor_and_bruno_stays_apart() -> None:
    actors = merge_actors(
        [
            _mention("Delsey Rodriguez", "000"),
            _mention("President Rodrigues", "000"),
            _mention("Delcy Rodriguez", "001"),
            _mention("Delcy Rodríguez", "004"),
            _mention("Rodríguez", "004"),
            _mention("Bruno Rodríguez Padilla", "004"),
            _mention("Miguel Díaz-Canel", "004"),
            _mention("Miguel Diaz Canel", "000"),
        ]
    )
    by_name = {a.name: a for a in actors}
    delcy = by_name["Delcy Rodríguez"]
    assert set(delcy.aliases) == {"Delsey Rodriguez", "President Rodrigues", "Delcy Rodriguez"}
    assert delcy.source_ids == ["000", "001", "004"]
    assert "Bruno Rodríguez Padilla" in by_name
    assert "Rodríguez" not in {alias for a in actors for alias in a.aliases}, "ambiguous surname"
    assert by_name["Miguel Díaz-Canel"].aliases == ["Miguel Diaz Canel"]


def test_verified_alias_links_mentions() -> None:
    actors = merge_actors(
        [
            _mention("Diosdado Cabello", "a"),
            _mention("Number Two", "b", aliases=("Diosdado Cabello",)),
        ]
    )
    assert len(actors) == 1


def test_statement_numbers_must_be_in_the_quote() -> None:
    from briefing.merge.claims import supported

    quote = "Cuba admitted that 32 officers were killed, and 1,200 were deployed."
    assert supported("32 officers were killed", quote)
    assert supported("1200 deployed", quote)
    assert not supported("About 140 Cuban security personnel were deployed", quote)
    assert supported("Cuba lost officers", quote)
