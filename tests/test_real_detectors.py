"""The detectors written for real reporting, each on a small case of its own (texts written
for the test, shaped like what the real corpus showed), and what leads a brief."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis import Analysis, analyse
from briefing.analysis.disputes import Candidate, Context, find_candidates
from briefing.analysis.disputes.amounts import amount_conflicts
from briefing.analysis.disputes.candidate import MIN_QUOTE_WORDS, quote
from briefing.analysis.disputes.drift import _tokens, office_drift
from briefing.analysis.disputes.figures import figure_conflicts
from briefing.analysis.disputes.frame import changed_figure, changed_figures
from briefing.analysis.disputes.left_post import left_post
from briefing.analysis.disputes.periods import period_conflicts
from briefing.analysis.disputes.planned import planned_conflicts
from briefing.analysis.disputes.questions import open_questions
from briefing.analysis.disputes.quotations import negated_quotations
from briefing.analysis.disputes.settled import settled_later
from briefing.analysis.disputes.weekdays import day_conflicts
from briefing.analysis.disputes.when import date_conflicts
from briefing.analysis.figures import agree, figures, written
from briefing.analysis.grounding import Grounding
from briefing.analysis.leads import lead_claims, leads
from briefing.analysis.text import statement
from briefing.articles import Article
from briefing.articles.duplicates import near_duplicate_groups
from briefing.articles.entities import Entities
from briefing.articles.sentences import Sentence
from briefing.brief.summary import _clause, _leans, _repeats, _same
from briefing.merge import MergeResult
from tests import factories

DAY = dt.date(2019, 2, 15)
_filler = factories.filler


def _context(*articles: Article) -> Context:
    return factories.context(*articles, day=DAY)


def _sides(candidate: Candidate) -> tuple[str, str]:
    return candidate.sides[0][0].text, candidate.sides[1][0].text


def test_an_amount_said_differently_of_the_same_thing_is_a_conflict() -> None:
    first = factories.article(
        "a",
        "The order lets Moss move $3.6 billion from army building works "
        "to the fence, officials said." + _filler(),
        DAY,
    )
    second = factories.article(
        "b",
        "Moss would also try to free money from the army building budget for the "
        "fence, a sum of $3.5 billion, officials said." + _filler(),
        DAY,
    )
    [found] = amount_conflicts(_context(first, second))
    assert "3.6" in _sides(found)[0]
    assert "3.5" in _sides(found)[1]
    assert found.detector == "figure conflict"


def test_an_amount_both_sources_state_is_no_conflict() -> None:
    first = factories.article(
        "a",
        "The order lets Moss move $3.6 billion from army building works "
        "to the fence, officials said. Of that, $3.5 billion was first planned." + _filler(),
        DAY,
    )
    second = factories.article(
        "b",
        "Moss would also free money from the army building budget for the fence, "
        "a sum of $3.5 billion, officials said." + _filler(),
        DAY,
    )
    assert amount_conflicts(_context(first, second)) == []


def test_close_counts_under_two_nouns_are_one_count_told_two_ways() -> None:
    """19 measures in one report, 23 steps in another, of one plan of one mayor: one count
    of things done, told two ways. Counts far apart, of other things (homes, businesses),
    that a source gives both of, or without a name in common are not compared."""

    def plan(key: str, counted: str, then: str = "she took without the council") -> Article:
        text = f"Mayor Ida Moss unveiled a plan to curb flooding in Kelby with {counted} {then}."
        return factories.article(key, text + _filler(), DAY)

    first = plan("a", "19 separate measures", "the council could take")
    [found] = amount_conflicts(_context(first, plan("b", "23 steps")))
    assert ("19" in _sides(found)[0]) != ("19" in _sides(found)[1])
    assert found.topic in (
        "How many: 19 measures or 23 steps?",
        "How many: 23 steps or 19 measures?",
    )
    assert found.settled == "scope difference", "two nouns: they may count two things"
    assert amount_conflicts(_context(first, plan("c", "40 steps"))) == [], "twice as many"
    homes = plan("d", "40 new homes"), plan("e", "45 new businesses")
    assert amount_conflicts(_context(*homes)) == [], "homes and businesses: two things"
    both = plan("f", "23 steps and 19 measures")
    assert amount_conflicts(_context(first, both)) == [], "a source giving both: two counts"
    few = plan("g", "4 separate measures"), plan("h", "5 steps")
    assert amount_conflicts(_context(*few)) == [], "too few to tell"
    # Count words as plural nouns of one group: not verbs, nor what was proposed against
    # what was taken.
    moved = plan("j", "19 families forced to move"), plan("k", "23 shops forced to move")
    assert amount_conflicts(_context(*moved)) == [], "a verb counts nothing"
    asked = plan("l", "20 recommendations"), plan("m", "23 steps")
    assert amount_conflicts(_context(*asked)) == [], "proposed, not taken"
    other = factories.article(
        "i",
        "Governor Ivo Lind unveiled a plan to curb flooding in Orsa with 23 steps "
        "he took without the assembly." + _filler(),
        DAY,
    )
    assert amount_conflicts(_context(first, other)) == [], "no name in common"


def test_a_later_report_settles_a_count_an_earlier_one_gave_of_what_was_to_come() -> None:
    """A Monday preview's "will lay out 19 measures" against Wednesday's "23 steps she
    took": the later count settles it, and the preview is what a later report overtook.
    Two reports of one day, or a later report that still looks ahead, stay as they were."""
    monday, wednesday = DAY - dt.timedelta(days=2), DAY

    def plan(key: str, text: str, day: dt.date) -> Article:
        return factories.article(key, f"Mayor Ida Moss {text}." + _filler(), day)

    preview = plan(
        "a",
        "this week will unveil a plan to curb flooding in Kelby with 19 separate measures",
        monday,
    )
    done = plan(
        "b",
        "unveiled a plan on Wednesday to curb flooding in Kelby with 23 steps she took",
        wednesday,
    )
    [found] = find_candidates(_context(preview, done))
    assert found.settled == "contradiction"
    assert found.kinds == ("contradiction",)
    later = next(n for n in (0, 1) if "23" in found.sides[n][0].text)
    assert found.better == later
    assert found.superseded
    assert [q.article_id for q in found.overtaken] == ["a"]
    assert "still to come" in found.evidence
    assert "different things" not in found.evidence
    same_day = plan(
        "c",
        "this week will unveil a plan to curb flooding in Kelby with 19 separate measures",
        wednesday,
    )
    [kept] = find_candidates(_context(same_day, done))
    assert kept.settled == "scope difference", "one day: two counts"
    assert not kept.overtaken
    ahead = plan(
        "d",
        "will unveil a plan on Friday to curb flooding in Kelby with 23 steps she can take",
        wednesday,
    )
    [open_] = find_candidates(_context(preview, ahead))
    assert not open_.superseded, "the later report still looks ahead"
    for undone in (
        "could unveil a plan on Wednesday to curb flooding in Kelby with 23 steps she took",
        "did not unveil a plan on Wednesday to curb flooding in Kelby with 23 steps she took",
        "had promised on Monday a plan to curb flooding in Kelby with 23 steps she took",
    ):
        kept_open = find_candidates(_context(preview, plan("e", undone, wednesday)))
        assert not any(c.superseded for c in kept_open), undone
    for earlier in (
        "counted 19 separate measures to curb flooding in Kelby, and an inquiry will follow",
        "and Clerk Will Moss counted 19 separate measures to curb flooding in Kelby",
    ):
        kept_open = find_candidates(_context(plan("f", earlier, monday), done))
        assert not any(c.superseded for c in kept_open), earlier


def test_rounded_amounts_agree_and_a_round_million_is_not_half_a_million() -> None:
    [exact] = figures("The pair paid $43,885,310 in state levies.")
    [rounded] = figures("The pair paid $43 million in state levies.")
    [million] = figures("The ad costs $1 million.")
    [half] = figures("The ad costs $500,000.")
    assert agree(exact, rounded)
    assert not agree(million, half)


def test_figures_of_two_countries_are_not_one_quantity() -> None:
    first = factories.article(
        "a",
        "Officials said 3,000 troops from France were deployed to the border region." + _filler(),
    )
    second = factories.article(
        "b",
        "Officials said 5,000 troops from Germany were deployed to the border region." + _filler(),
    )
    assert amount_conflicts(_context(first, second)) == []


def test_weekdays_are_not_compared() -> None:
    """A story told over several days dates its several steps: on the report half of the
    real corpus four of five weekday and month conflicts were two events."""
    filed = factories.article(
        "a", "In court papers filed on Friday, prosecutors listed the purchases." + _filler(), DAY
    )
    released = factories.article(
        "b",
        "Court papers released by prosecutors on Wednesday listed the purchases." + _filler(),
        DAY,
    )
    assert date_conflicts(_context(filed, released)) == []


def test_a_tenure_in_two_spans_of_years_is_a_date_conflict() -> None:
    first = factories.article(
        "a", "Ana Ruiz, a Liberal, held the seat from 1976 to 1988." + _filler()
    )
    second = factories.article(
        "b", "Lund follows Ana Ruiz, who sat in the seat from 1977 to 1989." + _filler()
    )
    assert len(date_conflicts(_context(first, second))) == 1


def test_two_holders_or_a_part_of_a_span_are_no_date_conflict() -> None:
    fox = factories.article(
        "a", "Mr. Vale, who led Veloria from 2000 to 2006, opposed the fence." + _filler()
    )
    calderon = factories.article(
        "b",
        "Pia Ostra, who led Veloria from 2006 to 2012, opposed the fence." + _filler(),
    )
    assert date_conflicts(_context(fox, calderon)) == []
    whole = factories.article(
        "c", "The Lunds made $141 million from 2007 to 2014, filings show." + _filler()
    )
    part = factories.article(
        "d",
        "The Lunds made $20 million in the years between 2011 and 2014, filings show." + _filler(),
    )
    assert date_conflicts(_context(whole, part)) == []
    house = factories.article(
        "e", "Brooke served in the House from 1995 to 2003, aides said." + _filler()
    )
    senate = factories.article(
        "f", "Brooke served in the Senate from 2003 to 2015, aides said." + _filler()
    )
    assert date_conflicts(_context(house, senate)) == [], "two terms end to end"


def test_what_one_report_leaves_undecided_another_reports_done() -> None:
    morning = factories.article(
        "a",
        "Many expect that Lind will veto the measure, though she has not said what "
        "she will do." + _filler(),
        DAY,
    )
    evening = factories.article(
        "b",
        "Veloria Gov. Ada Lind announced her decision to veto the bill on Wednesday evening."
        + _filler(),
        DAY,
    )
    [found] = settled_later(_context(morning, evening))
    assert found.better == 1
    assert found.topic == "Did Lind decide to veto?", "a decision announced, not a veto done"
    assert found.positions == ("left open, not yet decided", "reported as decided")
    urged = factories.article(
        "c",
        "Two senators urged Lind to veto it before the deadline on Friday." + _filler(),
        DAY,
    )
    assert settled_later(_context(morning, urged)) == []


def test_a_possibility_a_later_report_says_was_decided_is_settled() -> None:
    """ "could still try and block" leaves the act open; "vowed to block" the next day
    decides it."""
    earlier = factories.article(
        "a",
        "Councillors could still try and block the harbour plan, though none has said so."
        + _filler(),
        DAY - dt.timedelta(days=1),
    )
    later = factories.article(
        "b",
        "Harbour ward Councillors on Thursday vowed to block the harbour plan." + _filler(),
        DAY,
    )
    [found] = settled_later(_context(earlier, later))
    assert found.topic == "Did Councillors decide to block?"
    assert "vowed to block" in found.sides[1][0].text
    maybe = factories.article(
        "c", "Councillors said they might block the plan one day." + _filler(), DAY
    )
    assert settled_later(_context(earlier, maybe)) == []


def test_an_expectation_a_later_report_confirms_is_no_dispute() -> None:
    preview = factories.article(
        "a",
        "Officials said Moss will fly to the capital at 4:30 p.m. to sell the deal." + _filler(),
        DAY,
    )
    done = factories.article(
        "b",
        "Vice President Moss flew to the capital on Wednesday to sell the deal." + _filler(),
        DAY,
    )
    assert settled_later(_context(preview, done)) == []


def test_a_later_report_never_settles_a_later_expectation() -> None:
    early = factories.article("a", "Governor Lind vetoed the bill on Wednesday." + _filler(), DAY)
    late = factories.article(
        "b", "Lind will veto the bill, aides said on Thursday." + _filler(), DAY + dt.timedelta(1)
    )
    assert settled_later(_context(late, early)) == []


def test_a_body_named_by_a_common_noun_and_an_irregular_past_settle_a_schedule() -> None:
    """ "a review panel was scheduled to sit Monday to begin questioning witnesses" is settled by
    "the panel began questioning witnesses" (an irregular past, a body with no name)."""
    preview = factories.article(
        "a",
        "In Orsa, a review panel was scheduled to sit Monday to begin questioning witnesses, "
        "a court clerk said." + _filler(),
        DAY,
    )
    done = factories.article(
        "b",
        "At the Orsa courthouse, the review panel began questioning witnesses about the "
        "harbour contract." + _filler(),
        DAY + dt.timedelta(1),
    )
    [found] = settled_later(_context(preview, done))
    assert found.topic == "Did the review panel sit Monday to begin questioning?"
    assert "began questioning witnesses" in found.sides[1][0].text
    other = factories.article(
        "c",
        "Meanwhile the Orsa harbour board began questioning bidders for dredging." + _filler(),
        DAY,
    )
    assert settled_later(_context(preview, other)) == [], "another body"


def test_a_congress_has_acted_when_both_its_chambers_have_and_not_before() -> None:
    preview = factories.article(
        "a",
        "Congress was set to vote on Friday to repeal the harbour levy on cargo ships." + _filler(),
        DAY,
    )
    senate = "The Senate voted on Friday to repeal the harbour levy on cargo ships."
    house = "Hours after the senators, the House voted to repeal the levy as well."
    both = factories.article("b", f"{senate} {house}" + _filler(), DAY + dt.timedelta(1))
    [found] = settled_later(_context(preview, both))
    assert found.topic == "Did Congress vote on Friday to repeal?"
    assert {q.text for q in found.sides[1]} == {senate, house}
    one = factories.article("c", senate + _filler(), DAY + dt.timedelta(1))
    assert settled_later(_context(preview, one)) == [], "one chamber has not overridden it"
    white = factories.article(
        "d",
        "The White House voted down the idea, aides said, and the Senate voted to repeal "
        "the levy." + _filler(),
        DAY + dt.timedelta(1),
    )
    assert settled_later(_context(preview, white)) == [], "the White House is no chamber"


@pytest.mark.parametrize(
    ("expected", "later"),
    [
        (
            "Lind is expected to resign as party leader.",
            "Lind faces growing calls to quit as party leader.",
        ),
        (
            "The council is expected to cut the school budget.",
            "The council wants to cut the school budget.",
        ),
        (
            "The high court is expected to rule on the Orsa appeal.",
            "A lower court ruled the Orsa law void.",
        ),
        (
            "The Senate committee is expected to vote on the tariff.",
            "A House committee voted on the tariff.",
        ),
        (
            "Ada Lind, who chairs the ethics committee, is expected to resign.",
            "One longtime member of the ethics committee resigned.",
        ),
        (
            "Congress was set to vote on Friday to repeal the harbour levy.",
            "The Senate voted 40-58 against the repeal. The House voted to keep the levy.",
        ),
        (
            "The council is expected to ban plastic bags in Orsa.",
            "The council met Tuesday; plastic bags, banned in three nearby towns, were discussed.",
        ),
    ],
)
def test_what_is_not_the_expected_act_done_by_the_expected_doer_settles_nothing(
    expected: str, later: str
) -> None:
    """A base-form past after "to", another court or committee, a body inside an
    apposition, a chamber voting against, and a doer beyond the act's clause."""
    first = factories.article("a", expected + _filler(), DAY)
    second = factories.article("b", later + _filler(), DAY + dt.timedelta(1))
    assert settled_later(_context(first, second)) == []


def test_a_name_before_a_body_in_its_apposition_stays_the_doer() -> None:
    first = factories.article(
        "a", "Ada Lind, who chairs the ethics committee, is expected to resign." + _filler(), DAY
    )
    second = factories.article(
        "b", "Ada Lind resigned on Tuesday after the vote." + _filler(), DAY + dt.timedelta(1)
    )
    [found] = settled_later(_context(first, second))
    assert found.topic == "Did Lind resign?"


def test_the_same_words_then_another_figure_is_a_changed_figure() -> None:
    first = factories.article(
        "a", "Moss has chaired the Orsa port board since 2011." + _filler(), DAY
    )
    second = factories.article(
        "b",
        "Moss has chaired the Orsa port board since 2012, and critics say that is too long."
        + _filler(),
        DAY,
    )
    [found] = changed_figures(_context(first, second))
    assert found.topic == "“Moss has chaired the Orsa port board since …”: 2011 or 2012?"
    assert found.positions == ("2011", "2012")
    both = factories.article(
        "c",
        "Moss has chaired the Orsa port board since 2012. Others say Moss has chaired the "
        "Orsa port board since 2011." + _filler(),
        DAY,
    )
    assert changed_figures(_context(first, both)) == [], "a source giving both takes no side"


def test_figures_after_the_same_words_that_go_on_differently_are_not_changed() -> None:
    march = "The jobless rate in Orsa rose to 5 percent in March."
    assert changed_figure(march, "The jobless rate in Orsa rose to 6 percent in April.") is None
    assert (
        changed_figure(
            "Moss has chaired the board since 2011.",
            "Moss has chaired the board since 40 members left.",
        )
        is None
    ), "a year is no count"
    assert changed_figure("It was one of the 3 ships.", "It was one of the 4 ships.") is None, (
        "too few words of substance before the figure"
    )
    assert changed_figure(march, "The jobless rate in Orsa rose to 6 percent in March.")
    version = "The Orsa port software was updated to version 2.4.1"
    assert changed_figure(version, "The Orsa port software was updated to version 2.5.0") is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "In Ohio, Republicans have held the state senate seat since 1994.",
            "In Texas, Democrats have held the state senate seat since 2006.",
        ),
        (
            "The storm on the Orsa coast killed at least 12 people.",
            "The storm on the Orsa coast killed at least 19 people.",
        ),
        (
            "The death toll in the Orsa flooding rose to 31.",
            "The death toll in the Orsa flooding rose to 40.",
        ),
        (
            "Moss told the harbour board: “Next year we will hire 500 dockers.”",
            "Moss told the harbour board: “Next year we will hire 600 dockers.”",
        ),
        (
            "The Orsa ferry leaves the harbour at 10:30.",
            "The Orsa ferry leaves the harbour at 10:45.",
        ),
    ],
)
def test_figures_after_the_same_words_that_need_not_conflict_are_not_a_changed_figure(
    first: str, second: str
) -> None:
    """Different subjects before the shared words, a bound or a moving count, a speaker's
    words; a clock time is one figure ("10:30", not "10" and "30")."""
    found = changed_figures(
        _context(
            factories.article("a", first + _filler(), DAY),
            factories.article("b", second + _filler(), DAY),
        )
    )
    if "ferry" in first:
        assert [c.positions for c in found] == [("10:30", "10:45")]
    else:
        assert found == []


def test_a_quotation_negated_in_one_source_is_shown_and_transcription_is_not() -> None:
    said = "“Passing the law would {} raise the danger of a second slump,” Ostra said."
    first = factories.article("a", said.format("not") + _filler())
    second = factories.article("b", said.format("").replace("  ", " ") + _filler())
    [found] = negated_quotations(_context(first, second))
    assert found.detector == "changed quotation"
    he_is = factories.article(
        "c", "“He is determined to stop Iran from getting a bomb,” Obama said."
    )
    he_s = factories.article("d", "“He's determined to stop Iran from getting a bomb,” Obama said.")
    assert negated_quotations(_context(he_is, he_s)) == []
    wont = factories.article(
        "e", "“All of the crew won't leave the port before Friday,” the captain said."
    )
    will = factories.article(
        "f", "“All of the crew will leave the port before Friday,” the captain said."
    )
    assert len(negated_quotations(_context(wont, will))) == 1


def test_an_apposition_is_not_part_of_a_name() -> None:
    tokens = _tokens("Minister Varga, Veloria's environment minister, closed the port.")
    assert tokens[:3] == ["Minister", "Varga", ","]


def test_a_long_sides_quote_ends_on_a_whole_clause() -> None:
    text = (
        "Vera Lind, the harbour master for the town of Kelby since 2019, wrote that the "
        "crews should 'keep the north pier clear,' 'tie up at the south quay,' 'report any "
        "crack in the pilings at once,' and, most of all, 'stay off the old slipway until "
        "the divers have finished.'"
    )
    item = statement(Sentence("a", 0, 0, len(text), text), Entities())
    shown = quote(item, "harbour master")
    assert shown.text.endswith("at once,'"), shown.text
    assert text[shown.start : shown.end] == shown.text


def test_a_side_quote_is_never_a_bare_fragment() -> None:
    long_clause = " ".join(["the government and its allies said many things about the port"] * 4)
    text = f"In the last few weeks, {long_clause}."
    item = statement(Sentence("a", 0, 0, len(text), text), Entities())
    shown = quote(item, "weeks")
    assert len(shown.text.split()) >= MIN_QUOTE_WORDS
    assert text[shown.start : shown.end] == shown.text


def _ranked(articles: list[Article], day: dt.date) -> Analysis:
    """The analysis of articles with no model claim: their leads, ranked."""
    merged = MergeResult(claims=[], signals=[], actors=[], dropped=[], reattributed=0)
    return analyse(articles, [], merged, day, 7)


def test_the_newest_reports_lead_leads_the_facts() -> None:
    """The older report's lead (how the shutdown began) is stated by both; the newer
    report leads with the reopening: the reopening ranks first."""
    old = factories.article(
        "old",
        "The government shut down on Saturday after Congress failed to pass a budget. "
        "Hundreds of thousands of workers were sent home without pay.",
        dt.date(2018, 1, 20),
    )
    new = factories.article(
        "new",
        "The government reopened on Monday after Senate Democrats agreed to a short-term deal. "
        "The shutdown began on Saturday after Congress failed to pass a budget.",
        dt.date(2018, 1, 22),
    )
    found = _ranked([old, new], dt.date(2018, 1, 22))
    assert found.facts[0].lead.quote.startswith("The government reopened on Monday")
    assert found.facts[0].leads_newest


def test_one_stock_phrase_shared_by_two_short_reports_is_no_rewrite() -> None:
    phrase = "the special prosecutor looking into foreign meddling in the last election"
    first = factories.article(
        "a", f"Manafort met {phrase} on Monday. He declined to comment. His lawyer left early."
    )
    second = factories.article(
        "b", f"Stone was questioned by {phrase} on Friday. Reporters waited. Nothing was said."
    )
    assert near_duplicate_groups([first, second]) == []


def test_two_holders_without_a_third_source_are_two_times_not_a_dispute() -> None:
    imposed = factories.article(
        "a", "The Trump administration imposed the steel tariffs on Canada and Mexico." + _filler()
    )
    kept = factories.article(
        "b", "The Biden administration kept the steel tariffs on Canada and Mexico." + _filler()
    )
    assert office_drift(_context(imposed, kept)) == []


def test_a_place_line_is_cut_from_a_lead_and_a_hyphenated_word_is_not() -> None:
    news = factories.article(
        "a", "WASHINGTON — The House voted on Tuesday to fund the government for a month."
    )
    covid = factories.article("b", "COVID-19 cases rose sharply across the state on Tuesday night.")
    context = _context(news, covid)
    made = {
        c.article_id: c.quote for c in lead_claims([], leads(context.statements, context.sources))
    }
    assert made["a"].startswith("The House voted")
    assert made["b"].startswith("COVID-19 cases")


def test_a_feature_opening_on_the_past_has_no_lead() -> None:
    """A report whose first sentence opens on the past ("In recent years, ...") is a
    feature: neither that sentence nor the next is its news."""
    feature = factories.article(
        "a",
        "In recent years, senators have questioned judicial nominees on their temperament "
        "above all. Nominees in turn have declined to answer questions about future cases.",
    )
    news = factories.article(
        "b", "WASHINGTON — Senators voted on Thursday to delay the nomination of Judge Ode."
    )
    context = _context(feature, news)
    found = leads(context.statements, context.sources)
    assert found["a"] == []
    assert [s.text.endswith("nomination of Judge Ode.") for s in found["b"]] == [True]


@pytest.mark.parametrize(
    "opening",
    [
        "WASHINGTON — The mood at the harbour office was grimly familiar: the mayor walked to "
        "the podium again.",
        "It is a lesson mayors never learn: the cameras keep rolling.",
        "This feels like a rerun of the pier fight gone badly wrong.",
        "The pier levy was always going to loom over the harbour vote.",
    ],
)
def test_a_feature_opening_on_a_scene_or_a_judgement_has_no_lead(opening: str) -> None:
    feature = factories.article("a", opening + " Nothing else was said about the harbour levy.")
    context = _context(feature)
    assert leads(context.statements, context.sources)["a"] == []


@pytest.mark.parametrize(
    "opening",
    [
        "Mayor Ada Lind was re-elected to a third term as harbour mayor.",  # a passive
        "Ada Lind has dropped her plan to raise the harbour levy.",  # a perfect
        "Ada Lind is weighing a run for the harbour board, aides say.",  # a progressive
        "The mood at the harbour office was grim on Friday as the levy failed.",  # a day
        "After a long night of talks, the harbour board is a step closer to a levy.",
        "Veloria is the first country in the region to ban coal plants outright.",
        "Kessel Bank has a new chief executive after Ivo Moss stepped down abruptly.",
        "Orsa mayor Ida Lind is under investigation for misusing the pier fund.",
        "The Orsa ferry strike is over after unions accepted a pay offer.",
        "The death toll from the Orsa floods is now 42, officials said.",
        "Kessel United are champions of the Orsa league for a third straight season.",
        "Ivo Lind is in custody after a police chase through central Kessel.",
        "Gas prices in Veloria are at a record high as supplies dwindle.",
        "Ada Lind was a friend of the late harbour master.",  # a feature, but so reads news
    ],
)
def test_a_news_opening_keeps_its_lead(opening: str) -> None:
    news = factories.article("a", opening + " Nothing else was said about the harbour levy.")
    context = _context(news)
    assert [s.text for s in leads(context.statements, context.sources)["a"]] == [opening]


def test_a_sentence_and_its_negation_are_two_sentences() -> None:
    plant = "The chemical plant in Salford will close in May after heavy losses"
    assert _same(f"{plant}, the company said.", f"{plant}.")
    assert not _same(f"{plant}.", plant.replace("will close", "will not close") + ".")
    assert not _same(
        "Floods killed 9 people in the valley town.", "Floods killed 11 people in the valley town."
    )


def test_one_act_put_on_two_weekdays_is_a_day_conflict_and_two_acts_are_not() -> None:
    friday = factories.article(
        "a",
        "A Senate aide on Friday apologized for her online post mocking the Ferris family."
        + _filler(),
        DAY,
    )
    saturday = factories.article(
        "b",
        "The Senate aide had to apologize Saturday for the Facebook post about the Ferris family."
        + _filler(),
        DAY + dt.timedelta(1),
    )
    [found] = day_conflicts(_context(friday, saturday))
    assert found.positions == ("Friday", "Saturday")
    assert found.detector == "date conflict"
    # Two votes of one story: a vote to block on Friday, a final vote on Monday.
    block = factories.article(
        "c", "Senate Democrats voted Friday to stall the harbour bill." + _filler(), DAY
    )
    final = factories.article(
        "d",
        "Senate Democrats agreed to send the harbour bill to a last vote on Monday." + _filler(),
        DAY,
    )
    assert day_conflicts(_context(block, final)) == []
    # Reports more than a week apart name weekdays of different weeks.
    later = factories.article(
        "e",
        "The Senate aide apologized Saturday for the Facebook post about the Ferris family."
        + _filler(),
        DAY + dt.timedelta(9),
    )
    assert day_conflicts(_context(friday, later)) == []


def test_an_amount_for_one_named_item_in_a_list_is_compared_with_its_own() -> None:
    listed = factories.article(
        "a",
        "Records show $4,272.78 on the Ocean Star Line trip, over $300 at Toy Palace, "
        "and $5,687.75 on Lakeside Holistic Retreat." + _filler(),
    )
    told = factories.article(
        "b",
        "He spent the money on a $466.30 dinner at Harbour Grill and a $5,587.75 stay at the "
        "Lakeside Holistic Retreat, the filing said." + _filler(),
    )
    [found] = amount_conflicts(_context(listed, told))
    assert ("5,687.75" in _sides(found)[0]) != ("5,687.75" in _sides(found)[1])
    assert {"5,587.75", "5,687.75"} <= set(found.topic.replace("$", " ").replace("?", " ").split())


def test_a_compound_figure_compares_with_its_own_kind_and_says_its_scale() -> None:
    [pages] = figures("The 48-page indictment was released.")
    assert (pages.noun, pages.compound, pages.kind) == ("page", True, "count")
    [hours] = figures("It followed a 48-hour strike.")
    assert (hours.kind, hours.compound) == ("count", True), "names the strike, as before"
    first = factories.article("a", "The 48-page indictment lists the trips." + _filler())
    second = factories.article("b", "The trips fill the 47-page indictment, it says." + _filler())
    [found] = amount_conflicts(_context(first, second))
    assert found.positions == ("48-page", "47-page")
    pact = factories.article("c", "The pact binds a 12-nation bloc to lower tariffs." + _filler())
    others = factories.article("d", "The pact binds 11 nations to lower tariffs." + _filler())
    assert amount_conflicts(_context(pact, others)) == []
    low, high = figures("His net worth is between $19 and $22 million.")
    assert (written(low), low.qualifier, written(high), high.qualifier) == (
        "19 million",
        "at least",
        "22 million",
        "at most",
    )
    assert [f.value for f in figures("Ages 12 and 30 were listed.")] == [12.0, 30.0]


def test_a_quotation_whose_condition_is_negated_is_changed_and_an_elision_is_not() -> None:
    first = factories.article(
        "a",
        "“To pass this law in the coming few weeks would sharply increase the danger "
        "that growth grinds to a halt this winter,” he said." + _filler(),
    )
    second = factories.article(
        "b",
        "“If they don't pass this law in the coming weeks it will sharply increase "
        "the danger that growth grinds to a halt this winter,” he said." + _filler(),
    )
    [found] = negated_quotations(_context(first, second))
    assert found.detector == "changed quotation"
    short = factories.article(
        "c", "He called himself “a farmer from Ohio who never sat on a jury.”" + _filler()
    )
    longer = factories.article(
        "d",
        "He said he was “a farmer from Ohio who never sat on a jury, never ran a court.”"
        + _filler(),
    )
    assert negated_quotations(_context(short, longer)) == []


def test_an_expectation_in_so_many_words_is_overtaken_by_the_act_done() -> None:
    morning = factories.article(
        "a", "Governor Alma Reyes is expected to approve the water bill." + _filler(), DAY
    )
    evening = factories.article(
        "b", "Governor Alma Reyes signed the water bill on Friday afternoon." + _filler(), DAY
    )
    [found] = settled_later(_context(morning, evening))
    assert found.positions == ("expected, not yet done", "reported as done")


def test_a_doer_not_named_again_settles_the_act_done_to_what_was_expected() -> None:
    morning = factories.article(
        "a",
        "His sister, Vera Lind, is expected to plead no contest to misusing the pier fund."
        + _filler(),
        DAY,
    )
    evening = factories.article(
        "b",
        "His sister pleaded no contest on Monday to a count of misusing the pier fund." + _filler(),
        DAY,
    )
    [found] = settled_later(_context(morning, evening))
    assert found.positions == ("expected, not yet done", "reported as done")
    # Done to something else, or by someone named, it settles nothing.
    other = factories.article(
        "c",
        "His sister pleaded no contest on Monday to a count of speeding on the pier." + _filler(),
        DAY,
    )
    assert settled_later(_context(morning, other)) == []
    for someone_else in (
        "Her co-defendant pleaded no contest on Monday to a count of misusing the pier fund.",
        "Two harbour clerks pleaded no contest on Monday to misusing the pier fund.",
        "On Monday they pleaded no contest to a count of misusing the pier fund.",
        "He pleaded no contest on Monday to a count of misusing the pier fund.",
    ):
        other = factories.article("e", someone_else + _filler(), DAY)
        assert settled_later(_context(morning, other)) == [], someone_else
    # Another role the expected sentence names is another person.
    sister = factories.article(
        "f",
        "Vera Lind, sister of the mayor, is expected to plead no contest to misusing the pier "
        "fund." + _filler(),
        DAY,
    )
    mayor = factories.article(
        "g",
        "The mayor pleaded no contest on Monday to a count of misusing the pier fund." + _filler(),
        DAY,
    )
    assert settled_later(_context(sister, mayor)) == []
    named = factories.article(
        "d",
        "Ivo Moss pleaded no contest on Monday to a count of misusing the pier fund." + _filler(),
        DAY,
    )
    assert settled_later(_context(morning, named)) == []


def test_a_candidacy_expected_is_settled_by_the_candidacy_declared_not_by_another_act() -> None:
    morning = factories.article(
        "a",
        "Mayor Ida Moss expected to become the third Liberal to throw her hat in the ring."
        + _filler(),
        DAY,
    )
    evening = factories.article(
        "b", "Mayor Ida Moss declared her candidacy for governor at noon." + _filler(), DAY
    )
    other = factories.article(
        "c", "Mayor Ida Moss announced a new plan for the harbour at noon." + _filler(), DAY
    )
    withdrawing = factories.article(
        "d", "Mayor Ida Moss is expected to withdraw her candidacy." + _filler(), DAY
    )
    [found] = settled_later(_context(morning, evening))
    assert found.positions == ("expected, not yet done", "reported as done")
    assert found.topic == "Did Moss declare a candidacy?"
    assert settled_later(_context(morning, other)) == [], "a plan announced is no candidacy"
    assert settled_later(_context(withdrawing, evening)) == [], "withdrawing is another act"


def test_one_planned_event_in_two_months_is_a_date_conflict_but_another_event_is_not() -> None:
    early = factories.article(
        "a", "The mayoral runoff will take place on June 3, the clerk said." + _filler(), DAY
    )
    late = factories.article(
        "b", "Both camps now expect the runoff in mid July, aides say." + _filler(), DAY
    )
    other = factories.article(
        "c",
        "Whoever wins the runoff will face the governor in the August 9 election." + _filler(),
        DAY,
    )
    done = factories.article(
        "d", "Both camps fought the runoff in July, aides said." + _filler(), DAY
    )
    senate = factories.article(
        "e", "The Velmar senate will vote on the harbour budget in March." + _filler(), DAY
    )
    parliament = factories.article(
        "f", "The Ardania parliament will hold a vote on the port treaty in June." + _filler(), DAY
    )
    [found] = planned_conflicts(_context(early, late))
    assert found.positions == ("June", "July")
    assert planned_conflicts(_context(early, other)) == [], "August dates the election"
    assert planned_conflicts(_context(early, done)) == [], "a past event is no plan"
    assert planned_conflicts(_context(senate, parliament)) == [], "two bodies, two votes"
    clerk = factories.article(
        "g", "The mayoral runoff will take place on June 3, clerk Ida Moss said." + _filler(), DAY
    )
    aides = factories.article(
        "h", "Both camps now expect the runoff in mid July, aides to Ivo Lind say." + _filler(), DAY
    )
    assert planned_conflicts(_context(clerk, aides)) != [], "who says so is not the event's"
    later = factories.article(
        "i",
        "Both camps now expect the runoff in mid July, aides say." + _filler(),
        DAY + dt.timedelta(days=2),
    )
    [moved] = planned_conflicts(_context(early, later))
    assert moved.better == 1, "the later report: the date may have moved"


def test_a_bottom_line_sentence_the_earlier_ones_already_say_is_a_repeat() -> None:
    first = "Mayor Ida Moss is “nearly ready” to pick the next police chief, she told reporters."
    second = (
        "Moss, a day from her deadline, told reporters she was “nearly ready” to choose a chief "
        "and named Ana Ruiz, a former deputy, as a finalist."
    )
    third = "Moss told reporters she is “nearly ready” to pick the next police chief."
    assert not _repeats(second, [first]), "it names the finalist"
    assert _repeats(third, [first, second])


def test_one_event_in_two_newsrooms_words_is_one_fact_and_its_opposite_is_not() -> None:
    first = factories.article(
        "a",
        "Governor Ida Moss said Friday she is declaring a state of emergency on the northern "
        "border, tapping executive powers to divert money toward a new fence." + _filler(),
        DAY,
    )
    second = factories.article(
        "b",
        "Governor Ida Moss declared a state of emergency on the border with Veloria on Friday "
        "in order to divert money the legislature refused to give her for a fence." + _filler(),
        DAY,
    )
    third = factories.article(
        "c",
        "Governor Ida Moss denied on Friday that she would declare a state of emergency on the "
        "northern border to divert money toward a new fence." + _filler(),
        DAY,
    )
    # A figure is a fact of its own: this lead says more than the declaration.
    fourth = factories.article(
        "d",
        "About 1,200 people fled after Governor Ida Moss declared a state of emergency on the "
        "northern border to divert money toward a new fence on Friday." + _filler(),
        DAY,
    )
    context = _context(first, second, third, fourth)
    lead = context.statements["a"][0]
    assert {s.article_id for s in context.index.same_fact(lead)} == {"a", "b"}


def _amount_pair(first: str, second: str) -> list[Candidate]:
    return amount_conflicts(
        _context(
            factories.article("a", first + _filler(), DAY),
            factories.article("b", second + _filler(), DAY),
        )
    )


def test_an_exact_amount_is_compared_though_its_source_also_rounds_it_or_bounds_another() -> None:
    first = "Moss and her husband earned $139 million in taxable income, the returns show."
    second = (
        "Moss and her husband earned roughly $141 million, the returns show. "
        "By the returns, Moss and her husband earned $140,937,785 over the eight years. "
        "Their gifts came to more than $100 million, the returns show."
    )
    [found] = _amount_pair(first, second)
    assert {found.positions[0], found.positions[1]} == {"$139 million", "$140,937,785"}


def test_amounts_far_apart_for_two_things_or_of_two_periods_are_not_one_amount() -> None:
    apart = _amount_pair(
        "Moss had made nearly $30 million from lectures and memoirs, records say.",
        "Moss had made $400,000 for one lecture to a trade group in the capital, records say.",
    )
    two_things = _amount_pair(
        "They also paid a further $13.6 million in county levies that year, records say.",
        "They were also paid $9.68 million in fees for 41 lectures that year, records say.",
    )
    two_periods = _amount_pair(
        "The couple's taxable income for 2014 came to $28 million, the returns show.",
        "The couple’s taxable income from 2007 through 2014 came to $141 million, returns show.",
    )
    assert (apart, two_things, two_periods) == ([], [], [])


def test_fallen_after_an_auxiliary_is_a_fall_not_the_dead() -> None:
    [fall] = figures("Crossings at the border have fallen sharply since the peak, to 400,000.")
    [dead] = figures("Some of the fallen, 32 officers, served in elite units.")
    assert (fall.measure, dead.measure) == (None, "deaths")


def test_amounts_for_two_named_things_are_never_compared() -> None:
    """An entry of a list is compared only with the same named thing: "$3,544.00 at Marisol
    Fine Boutique" is not the other report's "$5,587.75 holiday at the Lakeside Wellness
    Lodge", however alike the sentences."""
    listed = (
        "Moss spent $2,306.08 at Pine Hill Gardens, over $300 at Toy Barn Depot, $3,544.00 at "
        "Marisol Fine Boutique, and $5,687.75 on Lakeside Wellness Lodge."
    )
    told = (
        "In 2008, Moss spent campaign money on a $466.30 dinner at Blue Fern Grill and a "
        "$5,587.75 holiday at the Lakeside Wellness Lodge, the filing said."
    )
    found = _amount_pair(listed, told)
    assert [c.positions for c in found] == [("$5,687.75", "$5,587.75")]


def test_a_lone_initial_the_evidence_does_not_have_is_not_grounded() -> None:
    """A model's "U. Rep." for the sources' "U.S. Rep." passed, since names are compared
    word by word and "U.S." holds a "u"."""

    grounding = Grounding(Entities())
    evidence = ["U.S. Rep. Dana Lind (R-Ohio) and her aide were charged on Tuesday."]
    assert grounding.missing("U. Rep. Dana Lind Charged", evidence) == ["U."]
    assert grounding.missing("U.S. Rep. Dana Lind Charged", evidence) == []
    assert grounding.missing("Dana K. Lind was charged", ["Dana K. Lind was charged."]) == []
    # A letter ending a sentence is no initial.
    assert grounding.missing("It began in World War I.", ["World War I began then."]) == []


def test_a_headline_code_writes_does_not_lean_on_a_sentence_before_it() -> None:
    """A live brief's headline was the clause "Mr. Lind intervened as well": it adds to a
    sentence the reader never sees."""
    assert _leans("Mr. Lind intervened as well")
    assert _leans("He demanded that Moss resign")
    assert _leans("Lind, too")
    assert not _leans("Every Veloran on the panel demanded that Moss resign")
    assert not _leans("Lind wins the toll vote again")


def test_a_headline_code_writes_keeps_its_verb_past_a_names_asides() -> None:

    statement = "Rep. Dana Lind, R-Ohio, and her aide, Moss, were charged on Tuesday, police said"
    assert _clause(statement) == "Rep. Dana Lind and her aide were charged on Tuesday"
    husband = "Rep. Dana Lind and her husband, Ari, were charged on Tuesday, police said"
    assert _clause(husband) == "Rep. Dana Lind and her husband were charged on Tuesday"
    # A list of names is never cut into: no name goes missing from what it says.
    assert (
        _clause("Smith, Jones, and Brown met on Tuesday, aides said")
        == "Smith, Jones, and Brown met on Tuesday"
    )
    opening = "On Tuesday, Rep. Lind, R-Ohio, was charged"
    assert _clause(opening) == "On Tuesday, Rep. Lind was charged"
    listed = "Police on Tuesday charged Smith, Jones and Brown with fraud, officials said"
    assert _clause(listed) == "Police on Tuesday charged Smith, Jones and Brown with fraud"
    # A second verb joined by "and" starts another clause; names joined by "and" do not.
    joined = (
        "Ida Moss met the harbour master at noon and told reporters later that she would "
        "stand for the council seat again in the autumn elections next year"
    )
    assert _clause(joined) == "Ida Moss met the harbour master at noon"
    assert _clause("Ida Moss and Ari Lind met the harbour master on Thursday") == (
        "Ida Moss and Ari Lind met the harbour master on Thursday"
    )


def test_two_spellings_of_one_named_thing_are_one_amount() -> None:
    found = _amount_pair(
        "Moss spent $300 at Toy Barn Depot and $5,687.75 on Lakeside Wellness Lodge.",
        "In 2008, Moss spent campaign money on a $5,587.75 stay at the Lakeside Lodge, the "
        "filing said.",
    )
    assert [c.positions for c in found] == [("$5,687.75", "$5,587.75")]


def test_a_preview_lead_ranks_after_the_same_days_report_of_the_act() -> None:
    """A morning item says Governor Lind is expected to announce her run; another report
    of the same day says she announced it: the announcement leads."""
    preview = factories.article(
        "preview",
        "Governor Dana Lind is expected to announce her bid for the Senate at a rally today. "
        "She has been weighing a run for months, aides say.",
        dt.date(2015, 6, 30),
    )
    done = factories.article(
        "done",
        "Governor Dana Lind declared her candidacy for the Senate on Tuesday at a rally in "
        "Port Ilsen. Her campaign opens with a tour of the coast.",
        dt.date(2015, 6, 30),
    )
    found = _ranked([preview, done], dt.date(2015, 6, 30))
    assert found.facts[0].lead.quote.startswith("Governor Dana Lind declared her candidacy")


def test_a_name_in_a_relative_clause_is_not_who_is_expected_to_act() -> None:
    """A live topic asked whether a city pleaded: the name nearest before "is expected
    to" stood in a relative clause about the wife who was to plead."""
    texts = {
        "a": "His wife, Vera Lind, who left her seat on Kelby's council, is expected to plead"
        " guilty to a tax count on Wednesday.",
        "b": "Vera Lind pleaded guilty to a tax count on Wednesday afternoon.",
    }
    reports = [factories.article(k, text + _filler(), DAY) for k, text in texts.items()]
    [found] = settled_later(_context(*reports))
    assert found.topic == "Did Lind plead?", "not Kelby, named in the relative clause"


def test_an_act_named_by_a_light_verb_and_its_noun_is_settled_by_the_verb() -> None:
    """ "has yet to make a nomination" is settled by "nominated"; "has yet to make plans"
    is no act a later "planned" does."""
    earlier = factories.article(
        "a",
        "Governor Ida Moss has yet to make a nomination to the harbour board." + _filler(),
        DAY - dt.timedelta(days=1),
    )
    later = factories.article(
        "b", "Governor Ida Moss formally nominated Ana Kessel on Thursday." + _filler(), DAY
    )
    [found] = settled_later(_context(earlier, later))
    assert found.topic == "Did Moss make a nomination?"
    assert "nominated" in found.sides[1][0].text
    plans = factories.article(
        "c",
        "Governor Ida Moss has yet to make plans for the harbour fund." + _filler(),
        DAY - dt.timedelta(days=1),
    )
    planned = factories.article(
        "d", "Governor Ida Moss planned the harbour fund with the council." + _filler(), DAY
    )
    assert settled_later(_context(plans, planned)) == []
    # The act is the head noun's: not an adjective's, not the light verb's; and a
    # negated act is not done.
    for preview, done in (
        ("has yet to make a public statement", "published her harbour accounts"),
        ("has yet to file a lawsuit", "filed her harbour accounts"),
        ("has yet to make a nomination", "has not nominated anyone"),
        ("has yet to make a nomination", "hasn't nominated anyone"),
        ("has yet to make a nomination", "has not yet formally nominated anyone"),
        ("has yet to make a nomination", "refused to say if she nominated Kessel"),
        ("has yet to deliver a speech", "speeded up the harbour works"),
    ):
        first = factories.article(
            "e", f"Governor Ida Moss {preview} on the harbour." + _filler(), DAY
        )
        second = factories.article("f", f"Governor Ida Moss {done} on Thursday." + _filler(), DAY)
        assert settled_later(_context(first, second)) == [], (preview, done)


def test_a_post_a_later_report_says_was_left_is_overtaken() -> None:
    morning = factories.article(
        "a",
        "Ada Lind, the press secretary to Rep. Ivo Marsh, apologised for the post." + _filler(),
        DAY,
    )
    evening = factories.article(
        "b",
        "Lind resigned as press secretary on Monday evening, days after the post drew "
        "criticism." + _filler(),
        DAY,
    )
    [found] = left_post(_context(morning, evening))
    assert found.topic.startswith("Is Lind still press secretary")
    later = factories.article(
        "c", "Lind resigned on Monday as press secretary, the mayor said." + _filler(), DAY
    )
    assert len(left_post(_context(morning, later))) == 1
    assert found.positions == ("named in the role", "reported as having left the role")


@pytest.mark.parametrize(
    "later",
    [
        "Lind resigned from the museum board on Monday.",  # another post
        "Lind quit the board on Monday, the mayor said of the press secretary.",
        "Lind has not resigned as press secretary, her office said.",
        "Lind refused to quit as press secretary on Monday.",
        "Lind quit smoking last year and kept her job as press secretary.",
        "Lind's deputy press secretary resigned as press secretary on Monday.",
        "The aide who replaced Lind resigned as press secretary on Monday.",
        "Lind hasn't stepped down as press secretary.",
        "Lind didn't quit as press secretary on Monday.",
        "Lind nearly resigned as press secretary on Monday.",
        "An aide to Lind resigned as press secretary on Monday.",
        "The aide Lind hired resigned as press secretary on Monday.",
        "Lind resigned as treasurer after the press secretary left.",
        "Lind resigned as deputy press secretary on Monday.",
        "Lind offered her resignation as press secretary, but the mayor refused it.",
    ],
)
def test_what_says_no_one_left_the_post_named(later: str) -> None:
    named = factories.article(
        "a", "Ada Lind, the press secretary to Rep. Ivo Marsh, spoke at the port." + _filler(), DAY
    )
    assert left_post(_context(named, factories.article("b", later + _filler(), DAY))) == []


@pytest.mark.parametrize(
    "earlier",
    [
        # The earlier report says she left too, in its own words.
        "Ada Lind, the press secretary to Rep. Ivo Marsh, resigned on Monday.",
        # A post held no longer.
        "Ada Lind, the mayor's former press secretary, spoke at the port.",
        "Ada Lind, who served as press secretary to the mayor, spoke at the port.",
        "Ada Lind, the departing press secretary, spoke at the port.",
        "Ada Lind, who is leaving as press secretary, spoke at the port.",
        "Ada Lind, the press secretary until Monday, spoke at the port.",
        # The earlier report says she left, in other words or in the next sentence.
        "Ada Lind, the press secretary to Rep. Ivo Marsh, spoke at the port. She resigned "
        "on Monday evening.",
        "Ada Lind, the press secretary to Rep. Ivo Marsh, agreed to step down on Monday.",
    ],
)
def test_a_post_not_held_in_the_earlier_report_is_not_overtaken(earlier: str) -> None:
    later = factories.article(
        "b", "Lind resigned as press secretary on Monday evening." + _filler(), DAY
    )
    assert left_post(_context(factories.article("a", earlier + _filler(), DAY), later)) == []


def test_a_name_closing_a_clause_before_the_verb_is_not_who_left() -> None:
    """ "an agent who criticised President Vos, has been fired": Vos was not fired."""
    earlier = factories.article(
        "a", "Tomas Vos, the union president, met the dock leaders at the quay." + _filler(), DAY
    )
    later = factories.article(
        "b",
        "Ana Kessel, the agent who criticised union president Tomas Vos, has been fired by "
        "the port." + _filler(),
        DAY,
    )
    assert left_post(_context(earlier, later)) == []


def test_a_figure_it_takes_a_condition_or_a_past_year_is_no_conflict() -> None:
    """ "needing to win about 12 council seats" is what it takes; "if ... should seek $4
    million" a demand; "In 2011 the mayor lost 17 votes" another year than the news."""
    needed = factories.article(
        "a",
        "The Kessel party vowed to retake the council while needing to win about 12 "
        "council seats in the city." + _filler(),
        DAY,
    )
    had = factories.article(
        "b", "The Kessel party has also lost nearly 25 council seats in the city." + _filler(), DAY
    )
    assert figure_conflicts(_context(needed, had)) == []
    # What a party lost over years is no count of the seats it holds.
    holds = factories.article(
        "j",
        "The Kessel party remains in the minority with 60 council seats in the city." + _filler(),
        DAY,
    )
    assert figure_conflicts(_context(had, holds)) == []
    assert amount_conflicts(_context(had, holds)) == []
    demand = factories.article(
        "c",
        "Moss said that if the council lifts the harbour levy by $4 million, the port "
        "should seek $4 million in harbour levy relief." + _filler(),
        DAY,
    )
    cuts = factories.article(
        "d",
        "With $1 million in harbour levy relief set to start, the port faces a deadline."
        + _filler(),
        DAY,
    )
    assert amount_conflicts(_context(demand, cuts)) == []
    asked = factories.article(
        "i",
        "Asked if the levy would change, Moss said $4 million in harbour levy relief was "
        "paid." + _filler(),
        DAY,
    )
    assert len(amount_conflicts(_context(asked, cuts))) == 1, "a question sets no condition"
    past = factories.article(
        "e", "In 2011, Mayor Ada Lind lost only 17 votes of the council." + _filler(), DAY
    )
    now = factories.article(
        "f", "More than 30 votes of the council went against Mayor Ada Lind." + _filler(), DAY
    )
    assert figure_conflicts(_context(past, now)) == []
    # A year after the figure dates something else: the two page counts still conflict.
    listed = factories.article(
        "g",
        "The 31-page harbour audit lists repairs made from 2012 to 2016 at the quay." + _filler(),
        DAY,
    )
    released = factories.article(
        "h", "The 30-page harbour audit was released on Monday at the quay." + _filler(), DAY
    )
    assert len(figure_conflicts(_context(listed, released))) == 1


def test_a_quoted_nobody_knows_is_no_open_question() -> None:
    said = (
        "Moss attacked the council's harbour policy, saying \u201cnobody knows where "
        "the harbour money went and the port is going to lose."
    )
    first = factories.article("a", said + _filler(), DAY)
    second = factories.article("b", said.replace("attacked", "criticised") + _filler(), DAY)
    assert open_questions(_context(first, second)) == []


FRIDAY = dt.date(2026, 6, 12)


def _periods(first: str, second: str, day: dt.date = FRIDAY) -> list[Candidate]:
    a = factories.article("a", first + _filler(), day)
    b = factories.article("b", second + _filler(), day)
    return period_conflicts(_context(a, b))


def test_one_act_dated_in_periods_apart_is_a_date_conflict() -> None:
    [found] = _periods(
        "Ivo Marsh joined the Lind administration in 2019 and then quit earlier this month "
        "for a post at the harbour trust.",
        "He left the Lind administration last year for a post with the harbour trust.",
    )
    assert found.positions == ("earlier this month", "last year")
    # Written on a Friday, "earlier this week" is before the Friday another report names.
    [found] = _periods(
        "Moss faulted a rival over the Harbour Courier piece, published Friday, saying Lind "
        "hid pier debts.",
        "The weekly published a piece earlier this week saying Lind hid pier debts worth millions.",
    )
    assert set(found.positions) == {"Friday", "earlier this week"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Periods that overlap: this year holds earlier this month.
        (
            "Ivo Marsh quit the Lind administration earlier this month for harbour work.",
            "Ivo Marsh quit the Lind administration this year for private harbour work.",
        ),
        # A bound is no time of the act.
        (
            "Ivo Marsh worked there until last year on harbour law for the Lind team.",
            "Ivo Marsh worked there in 2019 on harbour law for the Lind team.",
        ),
        # Two people of one surname: Vera Lind is not the Lind another sentence names.
        (
            "Vera Lind sat on the harbour council until she resigned last month over the pier "
            "inquiry.",
            "Lind resigned last year from the harbour board over the pier inquiry. Ivo Lind, "
            "her cousin, denied any part in the matter.",
        ),
        # A period naming a thing, a bound with "early", one of several acts.
        (
            "Ida Lind quit over last year's pier vote, leaving the Orsa harbour council short.",
            "Ida Lind quit earlier this month, leaving the Orsa harbour council short of members.",
        ),
        (
            "Ida Moss has chaired it since early last year, the Orsa port board said.",
            "Ida Moss chaired it earlier this month, the Orsa port board said in a note.",
        ),
        (
            "Ida Moss first won in 2015, taking the Orsa mayoral seat from the harbour party.",
            "Ida Moss won last year, taking the Orsa mayoral seat from the harbour party.",
        ),
        # A noun written like a past ("his run") is no act.
        (
            "Lind ran for the harbour board in 2019, losing narrowly.",
            "On Tuesday Lind made his run at the harbour board official.",
        ),
    ],
)
def test_periods_that_overlap_bound_or_date_two_acts_are_no_conflict(
    first: str, second: str
) -> None:
    assert _periods(first, second) == []
