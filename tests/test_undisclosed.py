"""Not said, and said: one report says where, when or how much was not said, an
independent report states it (``undisclosed``)."""

from __future__ import annotations

import datetime as dt

from briefing.analysis.disputes import find_candidates
from briefing.analysis.disputes.undisclosed import undisclosed
from tests import factories

DAY = dt.date(2019, 2, 15)
UNSAID = "The Moss campaign would not say where the spot will air, but it has spent most in Orsa."


def _found(first: str, second: str) -> list[tuple[str, str]]:
    articles = [
        factories.article("a", first + " " + factories.filler()),
        factories.article("b", second + " " + factories.filler()),
    ]
    context = factories.context(*articles, day=DAY)
    return [(c.sides[0][0].text, c.sides[1][0].text) for c in undisclosed(context)]


def test_a_place_not_said_against_one_stated_is_an_open_question() -> None:
    articles = [
        factories.article("a", UNSAID + " " + factories.filler()),
        factories.article("b", "The spot airs statewide in Kelby from Wednesday."),
    ]
    context = factories.context(*articles, day=DAY)
    [candidate] = undisclosed(context)
    assert candidate.topic == "Is it known where the spot will air?"
    assert candidate.sides[1][0].text == "The spot airs statewide in Kelby from Wednesday."
    assert candidate.kinds == ("open question",)
    assert candidate.sides in [c.sides for c in find_candidates(context)]


def test_an_amount_not_disclosed_against_one_stated() -> None:
    assert _found(
        "The port board did not disclose how much the cranes cost, a spokesman said.",
        "The port board paid $4 million for the cranes, records show.",
    )


def test_a_day_not_said_against_one_stated() -> None:
    assert _found(
        "Moss has not said when the vote will be held, aides in Kelby said.",
        "The vote on the harbour plan is set for Thursday in Kelby.",
    )


def test_no_answer_near_the_thing_or_in_a_quotation_is_no_pair() -> None:
    assert not _found(UNSAID, "Moss, who grew up in Kelby, has run for mayor twice, aides say.")
    assert not _found(UNSAID, "“The spot airs statewide in Kelby,” Moss told reporters.")
    assert not _found(
        "“They would not say where the spot will air,” Lind said of the campaign.",
        "The spot airs statewide in Kelby from Wednesday.",
    )


def test_another_thing_of_the_kind_answers_nothing() -> None:
    assert not _found(UNSAID, "Last year Moss released another spot in Kelby about the port.")
