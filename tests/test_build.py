"""What the brief leaves out of its developments: what a later report overtook, and
either account of one ending told two ways."""

from __future__ import annotations

from briefing.brief.build import _no_development
from briefing.brief.model import DisputedFact, Side
from tests import factories


def _side(source: str, text: str) -> Side:
    quote = factories.quote(text, source=source, claim_id=None)
    return Side(
        position="", source_ids=[source], quotes=[quote], single_source=True, independent_sources=1
    )


def _fact(detector: str, better: int | None) -> DisputedFact:
    return DisputedFact(
        topic="Did the mayor sign the harbour bill?",
        kind="contradiction",
        detector=detector,
        evidence="",
        sides=[
            _side("a", "The mayor is expected to sign the harbour bill on Friday."),
            _side("b", "The mayor signed the harbour bill on Friday afternoon."),
        ],
        better_supported=better,
        reason="",
        cross_source=True,
        odd_one_out=None,
    )


def test_the_side_a_later_report_overtook_is_no_development() -> None:
    fact = _fact("overtaken by events", better=2)
    assert _no_development(fact, 1)
    assert not _no_development(fact, 2)


def test_other_disputes_leave_both_sides_standing() -> None:
    assert not _no_development(_fact("figure conflict", better=2), 1)
    assert not _no_development(_fact("overtaken by events", better=None), 1)


def test_either_account_of_one_ending_told_two_ways_is_no_development() -> None:
    fact = _fact("ended two ways", better=None)
    assert _no_development(fact, 1)
    assert _no_development(fact, 2)


def test_a_model_proposal_code_checked_as_one_ending_told_two_ways_is_no_development() -> None:
    fact = _fact("model proposal", better=None)
    assert not _no_development(fact, 1)
    checked = fact.model_copy(
        update={"evidence": "proposed by the model; code checked: ended two ways (fired / quit)"}
    )
    assert _no_development(checked, 1)
