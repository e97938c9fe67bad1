"""Another person named: two independent sources give one deed to two people of one
surname (``another_name``)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis.disputes import find_candidates
from briefing.analysis.disputes.named import another_name
from tests import factories

DAY = dt.date(2019, 2, 15)
WON = "Representative Ida Moss of Kelby defeated Representative Tomas Lind to become vice chair."
ALSO_WON = "Rep. Vera Moss won the race for vice chair of the caucus, defeating Tomas Lind."


def _found(*texts: str) -> list[tuple[str, str]]:
    articles = [
        factories.article(f"a{n}", text + " " + factories.filler()) for n, text in enumerate(texts)
    ]
    context = factories.context(*articles, day=DAY)
    return [c.positions for c in another_name(context)]


def test_one_deed_told_of_two_people_of_one_surname_is_a_dispute() -> None:
    assert _found(WON, ALSO_WON) == [("Ida Moss", "Vera Moss")]


def test_the_candidate_names_the_surname_and_quotes_both_sources() -> None:
    articles = [
        factories.article("a", WON + " " + factories.filler()),
        factories.article("b", ALSO_WON + " " + factories.filler()),
    ]
    context = factories.context(*articles, day=DAY)
    [candidate] = another_name(context)
    assert candidate.topic == "Which Moss: Ida Moss or Vera Moss?"
    assert candidate.sides in [c.sides for c in find_candidates(context)]
    for side in candidate.sides:
        quote = side[0]
        assert context.texts[quote.article_id][quote.start : quote.end] == quote.text


def test_a_nickname_or_a_spelling_is_one_person() -> None:
    assert not _found(WON, ALSO_WON.replace("Vera Moss", "Idaa Moss"))
    assert not _found(
        "Senator Joseph Moss defeated Tomas Lind to become vice chair.",
        "Sen. Joe Moss won the race for vice chair of the caucus, defeating Tomas Lind.",
    )


def test_relatives_a_source_names_together_are_two_people() -> None:
    both = "Vera Moss and her sister Ida Moss both ran; Ida Moss defeated Tomas Lind."
    assert not _found(WON, ALSO_WON, both)


def test_a_given_name_inside_a_longer_name_is_not_read() -> None:
    """ "Ida Moss" of "Vera Ida Moss" is no other person."""
    assert not _found(
        WON,
        "Rep. Vera Ida Moss won the race for vice chair of the caucus, defeating Tomas Lind.",
    )


def test_two_people_of_one_surname_doing_different_things_are_no_dispute() -> None:
    assert not _found(
        WON, "Vera Moss, a teacher in Orsa, opened a bakery on the harbour front last spring."
    )


def test_a_place_and_a_word_after_it_are_no_name() -> None:
    """ "Kelby Democrat" and "Orsa Democrat": no title, no initial, no given name the
    dataset knows."""
    assert not _found(
        "A Kelby Democrat defeated Tomas Lind in the race for vice chair.",
        "An Orsa Democrat won the race for vice chair, defeating Tomas Lind.",
    )


@pytest.mark.parametrize(
    "texts",
    [
        (  # transliterations of one given name
            "Mayor Aleksandr Moss defeated Tomas Lind in the Kelby mayoral runoff.",
            "Mayor Alexander Moss won the Kelby mayoral runoff, defeating Tomas Lind.",
        ),
        (
            "Minister Mohammed Kessel was appointed to lead the Veloria port authority.",
            "Minister Muhammad Kessel was named to lead the Veloria port authority.",
        ),
        (  # relatives, named as such or together
            "Senator Ida Moss defeated Tomas Lind in the Kelby runoff on Tuesday.",
            "Rep. Vera Moss, her daughter, defeated Tomas Lind in the Kelby runoff on Tuesday.",
        ),
        (
            "Rep. Ida Moss defeated Tomas Lind in the Kelby runoff on Tuesday.",
            "Rep. Vera Moss defeated Tomas Lind in the Kelby runoff on Tuesday.",
            "Ida and Vera Moss, sisters from Orsa, both sit in the House.",
        ),
        (  # a deed many do together
            "Rep. Ida Moss voted for the Kelby port bill, which passed the House 220 to 200.",
            "Rep. Vera Moss of Orsa voted for the Kelby port bill, which passed the House 220 "
            "to 200.",
        ),
        (  # two races
            "Rep. Ida Moss won the Kelby primary on Tuesday, defeating Tomas Lind.",
            "Rep. Vera Moss won the Orsa primary on Tuesday, defeating Anna Kessel.",
        ),
        (  # another's deed in the sentence, and a noun read as an act
            "Anna Moss scored twice as Kelby beat Orsa 3-1 on Saturday.",
            "Kelby beat Orsa 3-1 on Saturday; Emma Moss scored the third goal.",
        ),
        (
            "Police said Peter Moss was arrested in Orsa after the Kelby shooting on Monday.",
            "Anna Moss, a nurse, treated victims of the Kelby shooting on Monday, police said.",
        ),
    ],
)
def test_one_person_relatives_and_other_deeds_are_no_dispute(texts: tuple[str, ...]) -> None:
    """Cases a review of the detector found shown as disputes (December 2026)."""
    assert _found(*texts) == []
