"""Counts written in words (``word_counts``) and their conflicts with an independent
source's count (``count_in_words_conflicts``)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis.counts import spans_in_words, word_counts
from briefing.analysis.disputes import find_candidates
from briefing.analysis.disputes.in_words import count_in_words_conflicts
from tests import factories

DAY = dt.date(2019, 2, 15)


def _found(first: str, second: str) -> list[tuple[str, str]]:
    articles = [
        factories.article("a", first + " " + factories.filler()),
        factories.article("b", second + " " + factories.filler()),
    ]
    context = factories.context(*articles, day=DAY)
    return [(c.sides[0][0].text, c.sides[1][0].text) for c in count_in_words_conflicts(context)]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Moss had twice been questioned by the harbour police.", 2, 2),
        ("Moss was questioned by the harbour police several times.", 3, 19),
        ("Police made dozens of arrests near the pier.", 24, 199),
        ("Hundreds of dock workers marched to the town hall.", 200, 1_999),
        ("Tens of thousands of people lost power.", 20_000, 199_999),
    ],
)
def test_a_count_in_words_allows_the_range_a_reader_takes_from_it(
    sentence: str, low: float, high: float
) -> None:
    [count] = word_counts(sentence)
    assert (count.low, count.high) == (low, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council should think twice before closing the pier.",
        "The new pier is twice the size of the old one.",
        "The ferry sails twice a day.",
        "Dozens more were hurt in the afternoon.",
        "Several hundred people marched.",
        "Nearly hundreds of boats were moored.",
        "Moss and several other council members voted against it.",
        "The cranes were sold by the dozens.",
    ],
)
def test_words_that_give_no_count_of_their_own_are_not_read(sentence: str) -> None:
    assert word_counts(sentence) == []


def test_twice_against_several_times_of_one_act_is_a_conflict() -> None:
    """Each source counts the questioning once, so both count the story's one such
    thing, though their sentences say little else alike."""
    [(first, second)] = _found(
        "Port officials said that Moss had twice been questioned about the missing funds.",
        "Moss kept his post, despite having been questioned by the harbour police several times.",
    )
    assert "twice" in first
    assert "several times" in second


def test_a_count_in_words_that_meets_the_figure_is_no_conflict() -> None:
    assert not _found(
        "Moss was questioned by the harbour police three times about the missing funds.",
        "Moss kept his post, despite having been questioned by the harbour police several times.",
    )


def test_counts_of_times_of_different_acts_are_not_compared() -> None:
    assert not _found(
        "Port officials said that Moss had twice been questioned about the missing funds.",
        "Moss kept his post, although he has visited the harbour police several times.",
    )


def test_dozens_against_more_than_two_hundred_of_one_measure_is_a_conflict() -> None:
    [(first, second)] = _found(
        "Protesters clashed with police in Kelby on the pier, and police made dozens of "
        "arrests there.",
        "More than 200 protesters were detained.",
    )
    assert "dozens of arrests" in first
    assert second == "More than 200 protesters were detained."


def test_a_candidate_is_one_of_the_days_candidates() -> None:
    articles = [
        factories.article(
            "a", "Moss had twice been questioned about the funds. " + factories.filler()
        ),
        factories.article(
            "b", "Moss was questioned by the harbour police several times. " + factories.filler()
        ),
    ]
    context = factories.context(*articles, day=DAY)
    [candidate] = count_in_words_conflicts(context)
    assert candidate.sides in [c.sides for c in find_candidates(context)]
    assert candidate.topic == "How many times: twice or several times?"
    for side in candidate.sides:
        quote = side[0]
        assert context.texts[quote.article_id][quote.start : quote.end] == quote.text


def test_a_speakers_count_in_words_is_rhetoric_not_a_count() -> None:
    assert not _found(
        "“Dozens of arrests were made for nothing,” Moss said of the protest in Kelby.",
        "More than 200 protesters were detained.",
    )
    assert not _found(
        "Moss spoke at the pier.\n\n“This is about the port. Dozens of arrests were made for "
        "nothing. We will not forget it.”",
        "More than 200 protesters were detained.",
    )


def test_a_source_that_also_gives_a_count_meeting_the_other_is_not_a_side() -> None:
    assert not _found(
        "Protesters clashed with police in Kelby, as dozens were arrested. By night more than "
        "200 people had been arrested in Kelby.",
        "More than 200 protesters were detained.",
    )


def test_a_source_counting_a_measure_twice_needs_sentences_said_alike() -> None:
    """A source counting arrests twice may count two things: the sentences must then
    share what they are about."""
    assert not _found(
        "Protesters clashed with police in Kelby, as dozens were arrested. In Orsa last "
        "year, 12 protesters were arrested at the docks.",
        "More than 200 protesters were detained.",
    )


def test_a_name_with_a_number_is_no_count() -> None:
    assert not _found(
        "The port bill would return fishing rights to millions of small boat owners.",
        "The council passed HR 1, a bill on fishing rights, on Friday.",
    )


def _spans(first: str, second: str) -> list[str]:
    articles = [
        factories.article("a", first + " " + factories.filler()),
        factories.article("b", second + " " + factories.filler()),
    ]
    context = factories.context(*articles, day=DAY)
    return [c.topic for c in count_in_words_conflicts(context)]


MONTHS = "A grand jury in Kelby indicted Moss on Friday after a monthslong inquiry into the fund."


def test_a_span_in_words_against_a_figure_it_does_not_meet_is_a_conflict() -> None:
    topics = _spans(MONTHS, "The Kelby grand jury indicted Moss after a two-year inquiry.")
    assert topics == ["How long was the inquiry: monthslong or two-year?"]


@pytest.mark.parametrize(
    "other",
    [
        "The Kelby grand jury indicted Moss after an 18-month inquiry.",
        "The Kelby grand jury indicted Moss, who has a two-year contract with the port.",
        "The Kelby grand jury indicted Moss after a months-long inquiry.",
    ],
)
def test_spans_that_meet_or_are_said_of_other_things_are_no_conflict(other: str) -> None:
    assert _spans(MONTHS, other) == []


def test_a_span_in_words_is_read_with_the_noun_it_is_said_of() -> None:
    [span] = spans_in_words("He lost a years-long fight with the port board.")
    assert (span.head, span.low, span.high) == ("fight", 730, 3_649)
    assert spans_in_words("The talks were long.") == []


def test_a_third_source_giving_one_sides_span_backs_it_and_not_the_other() -> None:
    """The third report tells the same indictment with "a two-year inquiry": it is on
    that side, not a carrier of the "monthslong" sentence it shares words with."""
    articles = [
        factories.article("a", MONTHS + " " + factories.filler()),
        factories.article("b", "Moss was indicted after a two-year inquiry, his lawyer said."),
        factories.article(
            "c", "A grand jury in Kelby indicted Moss on Friday after a two-year inquiry."
        ),
    ]
    context = factories.context(*articles, day=DAY)
    [candidate] = count_in_words_conflicts(context)
    assert candidate.backers == (frozenset({"a"}), frozenset({"b", "c"}))
    [weighed] = [c for c in find_candidates(context) if c.sides == candidate.sides]
    assert weighed.better == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # two people
            "Moss was questioned twice by the harbour police about the Kelby fund.",
            "Lind was questioned several times by the harbour police about the Kelby fund.",
        ),
        (  # two places
            "Moss visited Orsa twice during his term as port chief.",
            "Moss visited Kelby several times during his term as port chief.",
        ),
        (  # two periods
            "Moss visited Orsa twice last year, port records show.",
            "Moss has visited Orsa several times since taking office in 2015, port records show.",
        ),
        (  # a total so far against one day's
            "Hundreds of migrants have died crossing the Veloria strait this year.",
            "Twelve migrants died crossing the Veloria strait on Tuesday, the coast guard said.",
        ),
        (  # a count that moves through the day
            "Dozens of protesters were arrested in Kelby on Saturday morning.",
            "By Saturday night, police in Kelby had arrested 250 protesters.",
        ),
        (  # a part: the worst hurt, one place alone
            "Dozens of people were injured in the Kelby stadium crush.",
            "Three people were seriously injured in the Kelby stadium crush, officials said.",
        ),
        (
            "Dozens of people were killed in the storm that hit Kelby and Orsa on Tuesday.",
            "In Kelby alone, the storm killed 12 people on Tuesday, officials said.",
        ),
        (  # a prediction
            "The Kelby port deal could cost thousands of jobs, the union warned.",
            "The Kelby port deal cost 150 jobs when it took effect, the union said.",
        ),
        (  # a multiplier
            "Moss was paid twice what Lind was paid by the Kelby port board.",
            "Moss was paid three times by the Kelby port board in 2018 for consulting.",
        ),
        (  # another inquiry
            "A monthslong inquiry into the Kelby port fund led to Moss's indictment on Friday.",
            "Moss was indicted on Friday; a separate two-year inquiry into the Orsa ferry "
            "continues.",
        ),
    ],
)
def test_counts_of_other_people_places_periods_or_parts_are_no_conflict(
    first: str, second: str
) -> None:
    """Cases a review of the detector found shown as conflicts (December 2026)."""
    assert _found(first, second) == []


def test_a_count_of_some_of_those_counted_is_a_scope_difference() -> None:
    articles = [
        factories.article("a", "Police in Kelby made dozens of arrests at the pier on Saturday."),
        factories.article(
            "b", "In Kelby on Saturday, 12 journalists were arrested at the pier, the union said."
        ),
    ]
    [candidate] = count_in_words_conflicts(factories.context(*articles, day=DAY))
    assert candidate.settled == "scope difference"
