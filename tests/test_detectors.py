"""Dispute detectors, each on its own small case, then all of them against the gold of
the development sets (seeds, harbour) and of the held-out bridge set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.analysis.disputes import Candidate, Context, find_candidates, same_topic
from briefing.analysis.disputes.amounts import amount_conflicts
from briefing.analysis.disputes.drift import rewrite_drift
from briefing.analysis.disputes.figures import figure_conflicts
from briefing.analysis.disputes.overtaken import (
    MIN_SHARED,
    RULING_OUT,
    _best,
    _later,
    _score,
    _weights,
    overtaken,
)
from briefing.analysis.disputes.parts import part_or_whole
from briefing.analysis.disputes.questions import open_questions
from briefing.analysis.disputes.veto import agree
from briefing.analysis.same import same_fact
from briefing.analysis.text import Statement, entities_for, statements
from briefing.articles import Article, load_articles
from briefing.articles.duplicates import near_duplicate_groups
from briefing.eval.gold import GoldDispute, load_gold, quote_matches
from briefing.sources import profile_sources
from tests import factories
from tests.conftest import ROOT

TODAY = dt.date(2026, 12, 1)


def _context(*articles: Article) -> Context:
    groups = near_duplicate_groups(articles)
    entities = entities_for(articles)
    sources = {s.id: s for s in profile_sources(articles, groups, TODAY)}
    return Context(statements(articles, entities), sources, groups, entities)


def _texts(candidate: Candidate) -> list[list[str]]:
    return [[q.text for q in side] for side in candidate.sides]


WIRE = (
    "The tanker struck the bank late on Monday, the coast guard said. "
    "Transport Minister Ana Ruiz ordered an independent inquiry into the grounding on Tuesday. "
    '"We will find out what went wrong," Ruiz told reporters at the port. '
    "Fishing in the bay was suspended after the spill reached the beaches."
)
# A close copy (its own sentences copied word for word) that changed the minister.
REWRITE = (
    "The tanker struck the bank late on Monday, the coast guard said. "
    "Environment Minister Lena Holt ordered an independent inquiry into the grounding on Tuesday. "
    '"We will find out what went wrong," the minister said at the port. '
    "Fishing in the bay was suspended after the spill reached the beaches, officials said."
)


def test_rewrite_drift_names_the_changed_name_and_the_rewrite_as_odd_one_out() -> None:
    [found] = rewrite_drift(_context(factories.article("w", WIRE), factories.article("r", REWRITE)))
    assert found.settled == "contradiction"
    assert "Transport Minister Ana Ruiz" in found.evidence
    assert "Environment Minister Lena Holt" in found.evidence
    assert found.odd_one_out == "r"
    assert found.better == 0


def test_rewrite_drift_sees_a_changed_figure() -> None:
    rest = (
        " Divers searched the river at night with lamps and boats from the harbour. The mayor"
        " declared three days of mourning and closed the schools in the old town."
    )
    wire = "The collapse killed at least nine people and injured 31, officials said." + rest
    rewrite = "The collapse killed at least eleven people and injured 31, officials said." + rest
    # Identical apart from the figure: a close copy, so one group.
    [found] = rewrite_drift(_context(factories.article("w", wire), factories.article("r", rewrite)))
    assert found.positions == ("nine people", "eleven people")


def test_no_drift_between_independent_reports() -> None:
    other = "Divers searched the bay on Wednesday. The operator blamed the currents."
    assert (
        rewrite_drift(_context(factories.article("w", WIRE), factories.article("o", other))) == []
    )


def test_figure_conflict_is_a_contradiction_for_one_quantity() -> None:
    a = factories.article(
        "a", "The port said approximately 600 tonnes of oil escaped from the tanker."
    )
    b = factories.article(
        "b", "Officials say at least 1,800 tonnes of oil were spilled by the tanker."
    )
    [found] = figure_conflicts(_context(a, b))
    assert found.kinds[0] == "contradiction"
    assert found.settled is None


def test_figures_counting_different_things_are_a_scope_difference() -> None:
    a = factories.article(
        "a", "Fourteen crew members were injured when the tanker struck the bank."
    )
    b = factories.article(
        "b", "Twenty-two people were treated in hospital, among them crew members."
    )
    [found] = figure_conflicts(_context(a, b))
    assert found.settled == "scope difference"


def test_figures_of_different_measures_or_compatible_bounds_do_not_conflict() -> None:
    cargo = factories.article("a", "The tanker was carrying about 90,000 tonnes of crude oil.")
    spill = factories.article("b", "The tanker spilled at least 1,800 tonnes of crude oil.")
    near = factories.article("c", "The tanker spilled nearly 2,000 tonnes of crude oil.")
    assert figure_conflicts(_context(cargo, spill)) == []
    assert figure_conflicts(_context(spill, near)) == [], "at least 1,800 and nearly 2,000"


def test_a_threshold_is_no_count_of_what_someone_has() -> None:
    needed = factories.article(
        "a", "Velmar's council leader said he had the 21 votes necessary to block the budget."
    )
    held = factories.article(
        "b", "The governing group on the council has only 19 votes on the budget this month."
    )
    other = factories.article(
        "c", "The council leader said he had 23 votes on the budget, enough to block it."
    )
    assert figure_conflicts(_context(needed, held)) == []
    assert figure_conflicts(_context(held, other)) != [], "two counts of votes held still conflict"
    treated = factories.article(
        "d", "At least 30 people needed hospital treatment after the council meeting."
    )
    hurt = factories.article(
        "e", "Officials said 12 people needed hospital treatment after the meeting."
    )
    assert figure_conflicts(_context(treated, hurt)) != [], (
        "a count that needed care is no threshold"
    )
    moved = factories.article(
        "h", "At least 30 people needed to be treated in hospital after the council meeting."
    )
    assert figure_conflicts(_context(moved, hurt)) != [], "needed to be treated is a count"
    cost = factories.article(
        "f", "The Velmar council needs $5 million to finish the harbour school this year."
    )
    raised = factories.article(
        "g", "The Velmar council has raised $3 million to finish the harbour school this year."
    )
    assert amount_conflicts(_context(cost, raised)) == [], "what it takes against what it has"


def test_overtaken_by_events_pairs_a_stale_assurance_with_what_happened() -> None:
    stale = factories.article(
        "s",
        "The Ostrand Bridge is safe for another fifty years, the city engineer said.",
        dt.date(2026, 1, 1),
    )
    later = factories.article(
        "l", "A section of the Ostrand Bridge collapsed on Friday.", dt.date(2026, 5, 22)
    )
    also = factories.article(
        "m", "Part of the Ostrand Bridge collapsed, the mayor said.", dt.date(2026, 5, 22)
    )
    [found] = overtaken(_context(stale, later, also))
    assert found.sides[0][0].article_id == "s"
    assert found.better == 1
    assert "days before" in found.why


def test_open_question_pairs_hedged_statements_of_two_sources() -> None:
    a = factories.article(
        "a", "It remained unclear whether a steering failure caused the grounding."
    )
    b = factories.article(
        "b", "Investigators have not determined whether the steering failed first."
    )
    c = factories.article("c", "The weather was calm all week.")
    [found] = open_questions(_context(a, b, c))
    assert found.settled == "open question"
    assert found.better is None


def test_agreement_veto_same_figures_and_names() -> None:
    a = factories.article("a", "Cuba said 32 of its officers were killed in the raid.")
    b = factories.article("b", "Havana said 32 Cuban officers died in the raid.")
    context = _context(a, b)
    assert agree(context.statements["a"][0], context.statements["b"][0]), "Havana is Cuba"
    assert figure_conflicts(context) == []


def test_candidates_on_one_topic_are_merged() -> None:
    a = factories.article(
        "a", "The port said approximately 600 tonnes of oil escaped from the tanker."
    )
    b = factories.article(
        "b", "Officials say at least 1,800 tonnes of oil were spilled by the tanker."
    )
    c = factories.article("c", "The coast guard said 1,800 tonnes of oil escaped from the tanker.")
    found = find_candidates(_context(a, b, c))
    assert len(found) == 1
    assert all(not same_topic(x, y) for x in found for y in found if x is not y)


def _recalled(candidates: list[Candidate], gold: GoldDispute) -> bool:
    def side(quotes: list[str], wanted: list[str]) -> bool:
        return any(quote_matches(q, g) for q in quotes for g in wanted)

    return any(
        side(_texts(c)[i], gold.sides[0]) and side(_texts(c)[1 - i], gold.sides[1])
        for c in candidates
        for i in (0, 1)
    )


def _candidates(folder: Path) -> list[Candidate]:
    articles = load_articles([folder]).articles
    return find_candidates(_context(*articles))


@pytest.mark.parametrize(
    ("folder", "gold", "found", "right_kind"),
    [
        # Development sets: detectors and thresholds were set on these.
        ("seeds", "eval/seeds.gold.json", 4, 4),
        ("eval/sets/harbour", "eval/harbour.gold.json", 6, 6),
        # Held out: written before the detectors, never tuned on. Found: the rewrite's
        # changed death toll and the open question; missed: the stale engineer's
        # assurance, and two scope and inspection disputes.
        ("eval/sets/bridge", "eval/bridge.gold.json", 2, 2),
    ],
    ids=["seeds", "harbour", "bridge-held-out"],
)
def test_candidates_recall_the_gold_disputes(
    folder: str, gold: str, found: int, right_kind: int
) -> None:
    candidates = _candidates(ROOT / folder)
    disputes = load_gold(ROOT / gold).disputes
    recalled = [g for g in disputes if _recalled(candidates, g)]
    assert len(recalled) == found
    kinds = [
        g
        for g in recalled
        if any(_recalled([c], g) and (c.settled or c.kinds[0]) == g.kind for c in candidates)
    ]
    assert len(kinds) == right_kind


def test_the_seeds_trump_biden_change_names_the_paraphrase_as_odd_one_out() -> None:
    """004 paraphrases the wire story every sentence (no rewrite by copying), and names the
    office after another holder: found sentence by sentence, 000 and 003 back 001."""
    drift = [c for c in _candidates(ROOT / "seeds") if c.detector == "office holder"]
    assert [c.odd_one_out for c in drift] == ["004_0a1cb0576df02e23"]
    assert "Trump administration" in drift[0].evidence
    assert "Biden administration" in drift[0].evidence


def test_no_candidate_sets_a_source_against_its_own_rewrite_without_a_change() -> None:
    for folder in ("seeds", "eval/sets/harbour", "eval/sets/bridge"):
        articles = load_articles([ROOT / folder]).articles
        context = _context(*articles)
        for candidate in find_candidates(context):
            a, b = (side[0].article_id for side in candidate.sides)
            if not context.independent(a, b):
                assert candidate.detector in ("rewrite drift", "open question"), candidate


SETS = ("seeds", "eval/sets/harbour", "eval/sets/bridge")


@pytest.mark.parametrize("folder", SETS)
def test_the_index_finds_exactly_what_comparing_every_pair_finds(folder: str) -> None:
    context = _context(*load_articles([ROOT / folder]).articles)
    every = list(context.all())
    for probe in every:
        by_index = [id(s) for s in context.index.same_fact(probe)]
        by_pairs = [id(s) for s in every if same_fact(probe, s)]
        assert sorted(by_index) == sorted(by_pairs), probe.text


@pytest.mark.parametrize("folder", SETS)
def test_overtaken_finds_the_pair_weighing_every_pair_would(folder: str) -> None:
    context = _context(*load_articles([ROOT / folder]).articles)
    weights = _weights(context)

    def central(item: Statement) -> int:
        return len(
            {
                context.story(o.article_id)
                for o in context.all()
                if context.independent(o.article_id, item.article_id) and same_fact(item, o)
            }
        )

    for stale, source in context.sources.items():
        if not source.stale:
            continue
        claims = [s for s in context.statements[stale] if RULING_OUT.search(s.text)]
        later = [t for t in _later(context, stale) if context.independent(t.article_id, stale)]
        every = [
            _score(c, t, weights) * (1 + central(t))
            for c in claims
            for t in later
            if c.shares(t) >= MIN_SHARED and _score(c, t, weights) > 0
        ]
        best = _best(context, stale, weights)
        assert (best[0] if best else None) == (max(every) if every else None)


def test_an_act_on_part_of_a_named_law_against_the_whole_law() -> None:
    a = factories.article(
        "a", "The decision comes after the court overturned one section of the Harbour Safety Act."
    )
    b = factories.article(
        "b", "It follows the ruling in May that struck down the 2019 Harbour Safety Act entirely."
    )
    [found] = part_or_whole(_context(a, b))
    assert found.topic == "All of the Harbour Safety Act or part of it?"
    assert found.positions == ("part of it", "all of it")
    assert [q.text for side in found.sides for q in side] == [a.text, b.text]


@pytest.mark.parametrize(
    "whole",
    [
        "Lawmakers failed to repeal the Harbour Safety Act in May.",  # not done
        "The court upheld the Harbour Safety Act in May.",  # another act
        "The court struck down the Harbour Safety Act; only section 4 of the Harbour "
        "Safety Act fell.",  # the source itself says part
    ],
)
def test_no_part_or_whole_unless_both_say_the_same_act_was_done(whole: str) -> None:
    a = factories.article("a", "The court struck down part of the Harbour Safety Act on Monday.")
    assert part_or_whole(_context(a, factories.article("b", whole))) == []


@pytest.mark.parametrize(
    "whole",
    [
        "The council declined to strike down the Harbour Safety Act on Monday.",
        "Critics urged the court to strike down the Harbour Safety Act last week.",
        "If the court strikes down the Harbour Safety Act, ports will reopen.",
        "The court struck down the Harbour Safety Act in part on Monday.",
        "The court struck down a rule under the Harbour Safety Act on Monday.",
        "The court struck down the Harbour Safety Act. Only section 4 of the Harbour Safety "
        "Act had been challenged.",
    ],
)
def test_no_part_or_whole_when_the_act_was_not_done_on_the_whole(whole: str) -> None:
    a = factories.article("a", "The court overturned one section of the Harbour Safety Act.")
    assert part_or_whole(_context(a, factories.article("b", whole))) == []


def test_a_rulings_to_is_an_act_done() -> None:
    a = factories.article("a", "The court overturned a key part of the Harbour Safety Act.")
    b = factories.article(
        "b", "It follows the judges' decision to overturn the Harbour Safety Act."
    )
    [found] = part_or_whole(_context(a, b))
    assert found.detector == "part or whole"


def test_a_figure_conflict_sets_against_each_other_two_figures_that_conflict() -> None:
    """Not two figures of one source that each conflict with a third."""
    first = factories.article("a", "The blast at the depot killed 40 people, the police said.")
    second = factories.article(
        "b",
        "The blast at the depot killed 30 people, the fire service said. "
        "By Tuesday night the blast at the depot had killed 9 people, the mayor said.",
    )
    [found] = figure_conflicts(_context(first, second))
    assert {q.article_id for side in found.sides for q in side} == {"a", "b"}
    assert found.figures is not None
    assert sorted(found.figures) == [30.0, 40.0]


def test_a_count_of_others_or_more_is_no_total() -> None:
    four = factories.article("a", "Four workers were injured at the depot on Monday, police said.")
    others = factories.article(
        "b", "Three other workers were injured at the depot on Monday, the fire service said."
    )
    three = factories.article(
        "c", "Three workers were injured at the depot on Monday, the fire service said."
    )
    assert figure_conflicts(_context(four, others)) == []
    assert figure_conflicts(_context(four, three)) != [], "two totals still conflict"
    more = factories.article(
        "f", "Another 40 workers were injured at the depot on Monday, the fire service said."
    )
    estimated = factories.article(
        "g", "An additional estimated 3 workers were injured at the depot on Monday, police said."
    )
    assert figure_conflicts(_context(four, more)) != [], "four cannot hold 40 more"
    assert figure_conflicts(_context(four, estimated)) == []
    early = factories.article("h", "The depot fire started at 2:30 more than a mile from Orsa.")
    late = factories.article("i", "The depot fire started at 3:15 near Orsa, police said.")
    assert figure_conflicts(_context(early, late)) != [], "a clock time is no count"
    fund = factories.article(
        "d", "Kessel said the town's $2.6 million fund for the depot would run dry."
    )
    extra = factories.article(
        "e", "Kessel said $6.5 million in additional money for the depot would be needed."
    )
    assert amount_conflicts(_context(fund, extra)) == []


def test_as_many_as_is_the_figure_a_report_gives() -> None:
    """ "As many as 50" is a report's figure, not a bound that any lower one meets."""
    most = factories.article("a", "The fire at the depot killed as many as 50 people, police said.")
    counted = factories.article("b", "The fire at the depot killed 12 people, the mayor said.")
    assert figure_conflicts(_context(most, counted)) != []


@pytest.mark.parametrize(
    "text",
    [
        "The Post questioned 30 workers at the Kelby depot.",
        "Crates of 4,000 files went to the Kelby Department of Works in May.",
        "Clerks at the department found roughly 900 files on the depot.",
    ],
)
def test_a_name_or_a_noun_sharing_a_stem_is_no_measure(text: str) -> None:
    """ "The Post" is not "posted" (a deployment), a "department" no departure."""
    [item] = _context(factories.article("a", text)).statements["a"]
    assert [f.measure for f in item.figures] == [None]


def test_two_candidates_shares_of_the_vote_do_not_conflict() -> None:
    won = factories.article(
        "a", "But Moss unseated the harbour board chairman with 57 percent of the vote."
    )
    past = factories.article(
        "b",
        "Ivo Lind conceded on Tuesday. Mr. Lind had taken earlier primaries across the county"
        " with as much as 70 percent of the vote.",
    )
    again = factories.article("c", "Moss unseated the chairman with 61 percent of the vote.")
    assert figure_conflicts(_context(won, past)) == []
    [found] = figure_conflicts(_context(won, again))
    assert {q.text[:4] for side in found.sides for q in side} == {"But ", "Moss"}


def test_one_races_share_or_turnout_told_two_ways_still_conflicts() -> None:
    moss = factories.article(
        "a", "Ada Moss won Sunday's mayoral race in Kelby with 57 percent of the vote."
    )
    board = factories.article(
        "b", "The incumbent won Sunday's race with 61 percent of the vote, Veloria's board said."
    )
    assert len(figure_conflicts(_context(moss, board))) == 1
    counted = factories.article(
        "c", "The Kelby Electoral Commission put turnout in the harbour vote at 48 percent."
    )
    told = factories.article(
        "d", "Turnout in the harbour vote was 63 percent, Mayor Ada Moss said."
    )
    assert len(figure_conflicts(_context(counted, told))) == 1
