"""Whose words a quote is (briefing.analysis.speakers)."""

from __future__ import annotations

import pytest

from briefing.analysis.speakers import speaker_of


def _speaker(text: str, quote: str) -> str | None:
    start = text.index(quote)
    return speaker_of(text, start, start + len(quote))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not wait for the tide,” said Mayor Ida Moss.", "Mayor Ida Moss"),
        ("“We will not wait for the tide,” Moss said.", "Moss"),
        ("“We will not wait for the tide,” Ida Moss, the mayor, told reporters.", "Ida Moss"),
        ('"We will not wait for the tide," according to the Port Authority.', "Port Authority"),
        ("Ida Moss said: “We will not wait for the tide.”", "Ida Moss"),
        (
            "The Meridian Post reporter Tom Reed writes of her today, “We will not wait "
            "for the tide.”",
            "Tom Reed",
        ),
        ("“We will not wait for the tide,” Ms. Moss is shown saying.", "Ms. Moss"),
        ("“The pier is closed,” Moss said. Lind said: “We will not wait for the tide.”", "Lind"),
        ("“We will not wait for the tide,” said Moss. Lind, the port chief, added more.", "Moss"),
        ("Mr. Lind on Thursday said, “We will not wait for the tide.”", "Mr. Lind"),
        ("“We will not wait for the tide,” said Ida Moss Tuesday.", "Ida Moss"),
        (
            "“The pier is closed,” Moss said. “We will not wait for the tide,” Élodie Varga said.",
            "Élodie Varga",
        ),
        ("“We will not wait for the tide,” according to the U.S. Coast Guard.", "U.S. Coast Guard"),
    ],
)
def test_the_name_a_source_gives_a_quotation_is_its_speaker(text: str, speaker: str) -> None:
    assert _speaker(text, "We will not wait for the tide") == speaker


def test_a_paragraph_that_goes_on_quoting_keeps_its_one_speaker() -> None:
    text = "“The pier is closed,” Ida Moss said. “We will not wait for the tide.”\n\nNext."
    assert _speaker(text, "We will not wait for the tide") == "Ida Moss"


@pytest.mark.parametrize(
    "text",
    [
        "“We will not wait for the tide,” he said.",  # a pronoun names no one
        "We will not wait for the tide, Moss said.",  # the source's own report of it
        "“The pier is closed,” Moss said. Critics called it “We will not wait for the tide.”",
        "The sign read “We will not wait for the tide.” Moss said: “The pier is closed.”",
        "The union said: “We will not wait for the tide.” Moss said the union was wrong.",
        "“The pier is closed,” Moss said. Lind disagreed. “We will not wait for the tide,” he "
        "said.",
        'Moss was blunt. "Lind said it was fine. We will not wait for the tide," she added.',
        'A 6" pipe burst. "The pier is closed," Moss said. We will not wait for the tide.',
        "“We will not wait for the tide?”\n\nMoss said the plan was sound.",
        "Ida Moss, the chair of the Kelby Watch, asked about it and said, “We will not wait "
        "for the tide.”",
        "“The pier is closed,” Moss said.\n\nWe will not wait for the tide.",
    ],
)
def test_no_speaker_unless_one_name_is_given_to_the_quotation(text: str) -> None:
    assert _speaker(text, "We will not wait for the tide") is None
