"""A quotation worded differently by two independent sources (``worded_quotations``)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis.disputes import Context, find_candidates
from briefing.analysis.disputes.wording import worded_quotations
from briefing.articles import Article
from tests import factories

DAY = dt.date(2019, 2, 15)
SAID = "At a rally in Kelby, Moss said: “{}” The crowd cheered."


def _context(*articles: Article) -> Context:
    return factories.context(*articles, day=DAY)


def _found(first: str, second: str) -> list[tuple[str, str]]:
    articles = [
        factories.article("a", SAID.format(first) + factories.filler()),
        factories.article("b", SAID.format(second) + factories.filler()),
    ]
    return [
        (c.sides[0][0].text, c.sides[1][0].text) for c in worded_quotations(_context(*articles))
    ]


SPOKEN = "The board made {} mistakes in the weeks after the north pier was closed."


def test_a_word_one_source_quotes_and_the_other_does_not_is_shown() -> None:
    [(with_it, without)] = _found(SPOKEN.format("some serious"), SPOKEN.format("some"))
    assert "made some serious mistakes in" in with_it
    assert "made some mistakes in" in without


def test_each_side_is_the_sources_own_text_and_the_pair_is_a_candidate() -> None:
    first = factories.article("a", SAID.format(SPOKEN.format("two")) + factories.filler())
    second = factories.article("b", SAID.format(SPOKEN.format("two costly")) + factories.filler())
    context = _context(first, second)
    [candidate] = worded_quotations(context)
    for side in candidate.sides:
        quote = side[0]
        assert context.texts[quote.article_id][quote.start : quote.end] == quote.text
    assert candidate.positions == ("with “costly”", "without “costly”")
    assert candidate.sides[0][0].article_id == "b"
    assert candidate in find_candidates(context)


def test_a_quotation_over_several_sentences_is_read_whole() -> None:
    """A speaker's quotation runs past a question mark; the difference is after it."""
    asked = "Why would we open it now? Worried about {} cracks, we kept the whole pier shut."
    assert _found(asked.format("the"), asked.format("the reported"))


def test_a_story_shows_one_misquote() -> None:
    speech = "We fixed {} pier. We paid {} crews. We kept the ferry running all winter."
    articles = [
        factories.article(n, SAID.format(speech.format(*words)) + factories.filler())
        for n, words in (
            ("a", ("the", "the")),
            ("b", ("the north", "the")),
            ("c", ("the", "all the")),
        )
    ]
    assert len(worded_quotations(_context(*articles))) == 1


def test_a_side_shows_the_quoted_sentence_that_differs() -> None:
    told = "It was a hard week. The board made {} mistakes in May. We will do better."
    [(with_it, without)] = _found(told.format("two grave"), told.format("two"))
    assert (with_it, without) == (
        "The board made two grave mistakes in May",
        "The board made two mistakes in May",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a word heard as another: a transcription
        (
            "we will use whatever legal tools are needed to open the pier",
            "we will use whatever legal means needed to open the pier",
        ),
        # function words and contractions
        (
            "she is determined to keep the pier open all winter long",
            "she's determined to keep the pier open all winter long",
        ),
        (
            "I know that the crews will get the north pier back",
            "I know the crews will get the north pier back",
        ),
        (
            "let's see what the divers find and fix it as fast as we can",
            "see what the divers find and fix it as fast as we can",
        ),
        # a speaker's aside, a spelling, a name spelt two ways
        (
            "and I think the crews deserve better than this from Kelby",
            "and the crews deserve better than this from Kelby",
        ),
        (
            "the judgement of the board was wrong from the start",
            "the judgment of the board was wrong from the start",
        ),
        (
            "and she says, Nana, look, the pier is open again",
            "and she says, Nanna, look, the pier is open again",
        ),
        # what the writer marks as left out or added
        (
            "we spent a fortune ... again on the pier since the storm",
            "we spent a fortune on the pier since the storm",
        ),
        (
            "it could be used by members [of the board] to close the pier",
            "it could be used by members to close the pier",
        ),
        # a clause left out: an elision
        (
            "we owe the crews our support, whatever the council decides, every day",
            "we owe the crews our support every day",
        ),
    ],
)
def test_transcription_is_no_dispute(first: str, second: str) -> None:
    assert _found(first, second) == []


def _pair(first: str, second: str) -> list[tuple[str, str]]:
    """Two whole texts, each with sentences of its own."""
    articles = [
        factories.article("a", first + factories.filler()),
        factories.article("b", second + factories.filler()),
    ]
    context = _context(*articles)
    return [(c.sides[0][0].text, c.sides[1][0].text) for c in worded_quotations(context)]


AT = "At the meeting on Friday {}"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the writer's words between a short quotation and an inch mark are no quotation
        (
            'Moss called the plan "a farce" and told reporters that the harbour board had '
            "made serious mistakes in May over the pier.",
            'Lind, the mayor of Kelby, branded it "a farce" on Tuesday and said the harbour '
            "board had made mistakes in May over the pier.",
        ),
        (
            'Divers found a 6" crack in the main piling, and the harbour board said the old '
            "pier would stay closed all winter.",
            'Engineers reported a 6" gap under the deck; the harbour board said the pier '
            "would stay closed all winter.",
        ),
        # two speakers' words alike
        (
            "Moss, the mayor, said: “Our thoughts and prayers are with the families of the "
            "crew tonight.” She left soon after.",
            "Kessel, a rival candidate, said: “Our thoughts and prayers are with the grieving "
            "families of the crew tonight.” He then took questions.",
        ),
        # two laws' names
        (
            "The measure, called “the Safe Harbours and Piers Act of Kelby County”, passed.",
            "It is separate from “the Safe Harbours and Coastal Piers Act of Kelby County”.",
        ),
        # a correction prints the wrong wording to withdraw it
        (
            "Moss said: “The board made some mistakes in May and in June.” Correction: an "
            "earlier version of this story misquoted Moss as saying “the board made some "
            "serious mistakes in May and in June.”",
            "Moss said: “The board made some mistakes in May and in June.”",
        ),
    ],
)
def test_what_is_no_misquote_of_one_statement_is_not_shown(first: str, second: str) -> None:
    assert _pair(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "we are today closing the north pier to all boats.",
            "we are closing the north pier today to all boats.",
        ),
        (
            "Costs rose by 5 per cent in May at the north pier.",
            "Costs rose by 5% in May at the north pier.",
        ),
        (
            "we spent 5 million dollars on the north pier last year.",
            "we spent $5 million on the north pier last year.",
        ),
        (
            "And we was (sic) told the north pier was safe to use.",
            "And we was told the north pier was safe to use.",
        ),
        (
            "We spent a fortune . . . on the north pier since the storm.",
            "We spent a fortune again on the north pier since the storm.",
        ),
        (
            "and, well, the board made mistakes on the north pier.",
            "and the board made mistakes on the north pier.",
        ),
        (
            "we are very very worried about the north pier tonight.",
            "we are very worried about the north pier tonight.",
        ),
        (
            "we made — we made some mistakes in May over the pier.",
            "we made some mistakes in May over the pier.",
        ),
        (
            "I've got to reopen the north pier this spring.",
            "I have to reopen the north pier this spring.",
        ),
        (
            "I told Mr. Lind the board made mistakes on the pier.",
            "I told Lind the board made mistakes on the pier.",
        ),
        (
            "I told the Kelby Harbour Board that we made mistakes.",
            "I told the Harbour Board that we made mistakes.",
        ),
    ],
)
def test_a_transcription_review_found_is_no_dispute(first: str, second: str) -> None:
    assert _found(AT.format(first), AT.format(second)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "we will not close the north pier this winter.",
            "we will close the north pier this winter.",
        ),
        (
            "we don't plan to close the north pier this winter.",
            "we do plan to close the north pier this winter.",
        ),
        (
            "we might have made mistakes on the north pier.",
            "we have made mistakes on the north pier.",
        ),
        ("we lost about 500 jobs on the north pier.", "we lost 500 jobs on the north pier."),
    ],
)
def test_a_negation_a_modal_or_a_qualifier_is_a_misquote(first: str, second: str) -> None:
    assert len(_found(AT.format(first), AT.format(second))) == 1


def test_a_side_is_cut_at_sentence_ends_not_at_abbreviations_or_decimals() -> None:
    [(with_it, without)] = _found(
        AT.format("we spent 2.5 million on serious repairs to the north pier."),
        AT.format("we spent 2.5 million on repairs to the north pier."),
    )
    assert "2.5 million on serious repairs" in with_it
    [(with_it, _)] = _found(
        AT.format("I told the U.S. coast guard about serious cracks in the pier."),
        AT.format("I told the U.S. coast guard about cracks in the pier."),
    )
    assert "the U.S. coast guard about serious cracks" in with_it
    [(_, without)] = _found(
        "We lost the north pier in the storm. Sadly we lost the south quay too.",
        "We lost the north pier in the storm. We lost the south quay too.",
    )
    assert without == "We lost the north pier in the storm. We lost the south quay too"


def test_a_rewrite_quoting_differently_is_no_second_source() -> None:
    copied = (
        "The harbour board met on Tuesday in Kelby and voted to close the north pier for "
        "the winter, after engineers found cracks in two of its pilings. Fishing crews "
        "will tie up at the south quay until the spring, when repairs costing an estimated "
        "two million are due to begin, and the ferry to Orsa will run from the old slipway. "
    )
    first = factories.article("a", copied + SAID.format(SPOKEN.format("something important")))
    second = factories.article("b", copied + SAID.format(SPOKEN.format("something very important")))
    context = _context(first, second)
    assert not context.independent("a", "b")
    assert worded_quotations(context) == []
