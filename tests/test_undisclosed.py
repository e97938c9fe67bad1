"""Not said, and said: one report says where, when or how much was not said, an
independent report states it (``undisclosed``)."""

from __future__ import annotations

import datetime as dt

import pytest

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


@pytest.mark.parametrize(
    ("unsaid", "other"),
    [
        (
            "Moss did not say where the money would go, aides in Orsa said.",
            "The money raised at a gala in Kelby last year went to a children's charity.",
        ),
        (
            "Moss did not say where the money would go, aides in Orsa said.",
            "The money was counted in Kelby before anyone decided where it should be spent.",
        ),
        (
            "Kessel Shipping did not say how much the company would pay the families.",
            "The company reported $3 billion in revenue last year, filings show.",
        ),
        (
            "Orsa Mills did not say how many workers would lose their jobs.",
            "The workers marched to the town hall with 200 students from Kelby College.",
        ),
        (
            "Lind did not say when the plant would close, aides in Orsa said.",
            "The plant, which opened in March 1998, employs hundreds of people in Orsa.",
        ),
        (
            "The ministry did not say when the hearing would resume, aides in Orsa said.",
            "The hearing, a spokesman said on Tuesday, will resume soon.",
        ),
        (
            "Kessel did not say when the bridge would reopen, aides in Orsa said.",
            "The bridge closed on Friday after a barge struck one of its piers.",
        ),
        (
            "Moss did not say where the rally would be held, aides in Orsa said.",
            "The rally will be held in August, organisers said.",
        ),
        (
            "The campaign would not say where the spot will air, aides in Orsa said.",
            "The spot was, in Lind’s view, a costly mistake.",
        ),
        (
            "The campaign would not say where the spot will air, aides in Orsa said.",
            "The spot will not air in Kelby, aides said.",
        ),
        (
            "The campaign would not say where the spot will air, aides in Orsa said.",
            "Lind did not say whether the spot would air in Kelby.",
        ),
        (
            "Moss did not say where the minister was going, aides in Orsa said.",
            "The minister, speaking at Kelby airport, said she needed rest.",
        ),
        (
            "The navy did not say where the ship was headed, aides in Orsa said.",
            "The ship left port on Monday, and its captain lives in Veloria.",
        ),
        (
            "Kelby Bank would not say how much it lost on the loans.",
            "It was founded in 1901 and now lends $2 billion a year to farmers.",
        ),
        (
            "Police did not say how many people were arrested.",
            "People packed the Orsa stadium, which holds 40,000 fans, for the final.",
        ),
        (
            "The campaign would not say where the spot will air, aides in Orsa said.",
            "Will the spot air in Kelby, where Moss is weakest?",
        ),
        (
            "The campaign would not say where the spot will air, aides in Orsa said.",
            "Aides hope the spot might air in Kelby, but nothing is settled.",
        ),
    ],
)
def test_other_places_days_figures_acts_and_unsure_answers_answer_nothing(
    unsaid: str, other: str
) -> None:
    """Cases a review of the detector found answered (December 2026)."""
    assert _found(unsaid, other) == []


def test_will_not_say_and_a_shortened_month_are_read() -> None:
    assert _found(
        "Moss will not say when the vote will be held, aides in Kelby said.",
        "The vote on the harbour plan is set for Feb. 21 in Kelby.",
    )
