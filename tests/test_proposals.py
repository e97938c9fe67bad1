"""The model proposes disputes, code verifies: what code shows the proposal call, what it
admits and why it rejects the rest (texts written for the test; proposals from a test
double of the model's answer)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from briefing.analysis import Analysis, analyse
from briefing.analysis.actors.roles import apposition_of, names_no_actor, title_of
from briefing.analysis.disputes.differences import checked_difference
from briefing.analysis.disputes.one_thing import Named
from briefing.articles import Article, load_articles, stems
from briefing.articles.duplicates import near_duplicate_groups
from briefing.brief.ahead import day_named
from briefing.brief.attribution import misattributed, names_apart, unstated_act
from briefing.brief.looking_ahead import ahead_acts, looks_ahead, only_quoted, same_act_ahead
from briefing.brief.outlook import said_long_before, when_of
from briefing.brief.summary import _clause
from briefing.llm import CallLog, Recorder, StructuredCaller
from briefing.llm.recorder import RecordingStore
from briefing.merge import Actor, MergeResult
from briefing.prompting import PromptLibrary
from briefing.reduce import ReduceInput, reduce_evidence
from briefing.settings import Settings
from tests import factories
from tests.fakes.models import SchemaChatModel
from tests.fakes.schema_answers import answer as schema_answer

DAY = dt.date(2026, 3, 12)


@dataclass(frozen=True)
class FakeProposal:
    """A test double of one proposal the model returns (DisputeProposal's fields)."""

    first: str
    second: str
    first_words: str
    second_words: str
    kind: str = "contradiction"


def _analysis(*texts: tuple[str, dt.date]) -> Analysis:
    articles: list[Article] = [
        factories.article(f"src{n}", text, date) for n, (text, date) in enumerate(texts)
    ]
    empty = MergeResult(claims=[], signals=[], actors=[], dropped=[], reattributed=0)
    return analyse(articles, near_duplicate_groups(articles), empty, DAY, 7)


def _id(analysis: Analysis, words: str) -> str:
    return next(s.id for s in analysis.subjects.by_id.values() if words in s.item.text)


HARBOUR = (
    "The council voted in March to close the old ferry pier for repairs this spring. "
    "Engineers found corrosion in 14 of the pier's steel piles during an inspection. "
    "Fishing crews will moor at the north quay until the work is done.",
    DAY,
)
HARBOUR_OTHER = (
    "Councillors decided in May that the old ferry pier must close for repairs. "
    "An inspection showed corrosion in 12 of the pier's steel piles, engineers said. "
    "Local traders worry about fewer visitors at the waterfront cafes.",
    DAY,
)


def test_pairs_about_one_subject_that_differ_are_shown_side_by_side() -> None:
    analysis = _analysis(HARBOUR, HARBOUR_OTHER)
    groups = analysis.subjects.groups
    texts = [{s.item.text[:20] for s in g} for g in groups]
    assert all(len(g) == 2 for g in groups)
    assert {"The council voted in", "Councillors decided "} in texts
    assert {"Engineers found corr", "An inspection showed"} in texts


def test_a_date_difference_is_admitted_and_its_kind_is_codes() -> None:
    analysis = _analysis(HARBOUR, HARBOUR_OTHER)
    first, second = _id(analysis, "voted in March"), _id(analysis, "in May")
    proposal = FakeProposal(first, second, "in March", "in May", kind="scope difference")
    [admitted], review = analysis.admit([proposal])
    assert admitted.detector == "model proposal"
    assert admitted.kinds == ("contradiction",), "a date conflict, whatever the model said"
    assert "dates differ" in admitted.evidence
    assert "March" in admitted.sides[0][0].text
    assert "May" in admitted.sides[1][0].text
    assert (review.proposed, review.admitted) == (1, 1)


def test_a_figure_difference_is_admitted_with_its_figures() -> None:
    analysis = _analysis(HARBOUR, HARBOUR_OTHER)
    first, second = _id(analysis, "in 14 of"), _id(analysis, "in 12 of")
    [admitted], _ = analysis.admit([FakeProposal(first, second, "14 of", "12 of")])
    assert admitted.figures == (14.0, 12.0)
    assert admitted.kinds == ("contradiction",)


def test_proposals_code_cannot_check_are_rejected_with_their_reason() -> None:
    analysis = _analysis(HARBOUR, HARBOUR_OTHER)
    tuesday, thursday = _id(analysis, "voted in March"), _id(analysis, "in May")
    piles, other_piles = _id(analysis, "in 14 of"), _id(analysis, "in 12 of")
    proposals = [
        FakeProposal("S99", thursday, "x", "y"),
        FakeProposal(tuesday, thursday, "in June", "in May"),
        FakeProposal(tuesday, thursday, "old ferry pier", "old ferry pier"),
        FakeProposal(tuesday, thursday, "the old ferry pier for", "the old ferry pier must"),
        FakeProposal(tuesday, piles, "in March", "14 of"),
        FakeProposal(tuesday, other_piles, "in March", "12 of"),
    ]
    admitted, review = analysis.admit(proposals)
    assert admitted == []
    assert dict(review.rejected) == {
        "names a statement that was not shown": 1,
        "named words not in the statement": 1,
        "no difference code can check": 2,
        "not two different reports": 1,
        "different subjects": 1,
    }


def test_a_proposal_naming_whole_statements_is_checked_on_what_code_reads() -> None:
    """A small model names whole sentences: code then looks for the difference itself,
    as it does for a careless proposer, and shows only the words it checked."""
    analysis = _analysis(HARBOUR, HARBOUR_OTHER)
    march, may = _id(analysis, "voted in March"), _id(analysis, "in May")
    whole = [analysis.subjects.by_id[i].item.text for i in (march, may)]
    [admitted], _ = analysis.admit([FakeProposal(march, may, *whole)])
    assert admitted.positions == ("in March", "in May")
    assert "dates differ" in admitted.evidence
    # Short words named on one side are kept: code searches only the other side.
    [one_side], _ = analysis.admit([FakeProposal(march, may, whole[0], "decided in May")])
    assert one_side.positions[1] in {"May", "in May", "decided in May"}
    _, unnamed = analysis.admit([FakeProposal(march, may, whole[0], "the old ferry pier")])
    assert dict(unnamed.rejected) == {"no difference code can check": 1}
    other_piles = _id(analysis, "in 12 of")
    alike = [analysis.subjects.by_id[i].item.text for i in (march, other_piles)]
    admitted_none, review = analysis.admit([FakeProposal(march, other_piles, *alike)])
    assert admitted_none == []
    assert dict(review.rejected) == {"different subjects": 1}


def test_figures_of_two_countries_are_rejected() -> None:
    analysis = _analysis(
        ("Officials said 3,000 troops from France were deployed to the border region.", DAY),
        ("Officials said 5,000 troops from Germany were deployed to the border region.", DAY),
    )
    first, second = _id(analysis, "3,000"), _id(analysis, "5,000")
    admitted, review = analysis.admit([FakeProposal(first, second, "3,000", "5,000")])
    assert admitted == []
    assert dict(review.rejected) == {"no difference code can check": 1}


def test_undecided_then_done_by_a_later_report_is_a_contradiction() -> None:
    earlier = (
        # "would", not "is expected to": code's own detector reads an explicit expectation
        # (briefing.analysis.disputes.settled), and a proposal on its topic is not a new one.
        "Governor Alma Reyes would sign the water bill into law later this week, aides said.",
        DAY - dt.timedelta(days=2),
    )
    later = ("Governor Alma Reyes signed the water bill into law on Thursday, aides said.", DAY)
    analysis = _analysis(earlier, later)
    first, second = _id(analysis, "would sign"), _id(analysis, "signed the")
    [admitted], _ = analysis.admit(
        [FakeProposal(first, second, "would sign", "signed the water bill")]
    )
    assert admitted.kinds == ("contradiction",)
    assert "later report" in admitted.evidence


async def test_admitted_proposals_are_read_with_codes_candidates(tmp_path: Path) -> None:
    analysis = _analysis(HARBOUR, HARBOUR_OTHER)
    first, second = _id(analysis, "voted in March"), _id(analysis, "in May")

    def answer(body: dict[str, Any]) -> str:
        if body["response_format"]["json_schema"]["name"] == "DisputeProposals":
            pair = FakeProposal(first, second, "in March", "in May")
            return json.dumps({"pairs": [pair.__dict__]})
        return schema_answer(body)

    model = SchemaChatModel(answer)
    caller = StructuredCaller(
        Recorder(RecordingStore(tmp_path), "live", model), Settings(mode="live"), CallLog()
    )
    prepared = ReduceInput(
        candidates=analysis.candidates,
        facts=analysis.facts,
        signals=[],
        labels={s.id: s.label for s in analysis.sources},
        subjects=analysis.subjects,
        admit=analysis.admit,
    )
    reduced = await reduce_evidence(caller, PromptLibrary(), {}, prepared, budget=5000)
    assert reduced.proposals.admitted == 1
    assert reduced.candidates[-1].detector == "model proposal"
    [readings] = [r for r in model.requests if r.schema_name == "DisputeReadings"]
    assert "in May" in readings.messages[1].content


def test_a_headline_giving_an_act_to_someone_its_quote_does_not_is_set_aside() -> None:
    """The seeds' case: every word is in the quotes, but Trump announced the oil deal."""
    evidence = [
        "President Trump announced tonight that Venezuela will divert oil shipments destined "
        "for China.",
        "Cuba admitted after the raid that 32 officers from its military forces were killed.",
    ]
    wrong = "Cuba Admits 32 Officers Killed in Raid, Venezuela Announces Oil Deal"
    assert misattributed(wrong, evidence) == (
        "gives 'Announces' to venezuela; its quotes give it to another"
    )
    assert (
        misattributed("Cuba Admits 32 Officers Killed, Trump Announces Oil Deal", evidence) is None
    )
    assert misattributed("The oil deal was announced by President Trump", evidence) is None
    assert misattributed("Venezuela will divert oil shipments", evidence) is None


def test_a_headline_putting_together_names_no_quote_puts_together_is_set_aside() -> None:
    """A live brief's case: the quote says she will tour with one man, another quote names
    a second man, and the headline has her touring with the second."""
    evidence = [
        "The Kessel campaign said that she and Lind would tour the harbour together on June 3.",
        "Ivo Moss met Lind on Thursday and said he would back her.",
        "Valdra Port Workers walked out at dawn; the port was shut.",
    ]
    assert names_apart("Kessel and Moss to tour the harbour together", evidence) == (
        "names kessel, moss together; none of its quotes does"
    )
    assert names_apart("Kessel and Lind to tour the harbour together", evidence) is None
    # A name the quote writes in the singular stands for its plural.
    panel = [
        "Every Veloran on the panel demanded that Ida Moss resign over the Orsa deal.",
        "The panel's Velorans moved to demand a vote.",
    ]
    assert names_apart("Velorans demand Moss resign over Orsa deal", panel) is None
    # One name written over several words, and a word the quotes write in lower case.
    assert names_apart("Valdra Port Workers Strike: Port Shut", evidence) is None
    assert names_apart("Moss Meets Lind", evidence) is None
    # Title case does not make one run of the names, nor does a hyphen.
    for headline in (
        "Kessel And Moss To Tour The Harbour Together",
        "Kessel Meets Moss",
        "Kessel Joins Moss At Harbour",
        "Kessel-Moss Harbour Tour",
    ):
        assert names_apart(headline, evidence) == (
            "names kessel, moss together; none of its quotes does"
        ), headline
    # A month cut short ("Sept. 11") is a date, not a name put beside the others.
    dated = [
        "The Senate voted to override Lind's veto of the harbour bill.",
        "Families of the victims of Sept. 11 sued.",
    ]
    assert names_apart("Senate Overrides Lind Veto of Sept. 11 Bill", dated) is None
    # Not a cut month that is also a given name.
    traded = ["Moss fined the trader Jun Orsa.", "The fine on Kessel was paid."]
    assert names_apart("Jun and Kessel Fined", traded) is not None


def test_what_to_watch_gives_each_forward_statement_with_its_date() -> None:
    assert when_of("The port is to reopen on Friday, the authority said.") == "on Friday"
    assert when_of("Talks will resume next month in Geneva.") == "next month"
    assert when_of("The minister may resign.") is None
    # A date before what looks ahead dates something past.
    assert when_of("He said he hoped Wednesday's release would end the row.") is None
    assert when_of("On Monday the mayor said the bridge will reopen in March.") == "in March"
    assert when_of("The judge set the hearing for May 12. Moss will be free.") == "for May 12"
    assert when_of("Trains ran on Saturday; the union said it would strike in May.") == "in May"
    assert when_of("The union may strike.") is None
    # A year before a word says which thing, not when.
    assert when_of("Moss is expected to quit, but 2028 Kelby hopefuls want more.") is None
    assert when_of("A loss will hurt Moss in the 2028 race.") is None
    assert when_of("Moss will run for the Kelby seat in 2028.") == "in 2028"
    # A date opening the sentence dates what follows, unless someone speaks between.
    assert when_of("On Wednesday the mayor will name a harbour master.") == "On Wednesday"
    assert when_of("By 2030, the port will handle twice the cargo.") == "By 2030"
    assert when_of("On Monday, officials said the bridge would reopen.") is None
    assert when_of("The board warned the fund will run dry in 2036 and fees would rise.") == (
        "in 2036"
    )
    assert when_of("The hearing, first set for March 3, was moved; Moss will testify.") is None
    # A date right after a verb of saying dates the saying, not what is to come.
    assert when_of("A deal will come, Moss said in a statement late on Thursday.") is None
    assert when_of("A deal will come by Friday, Moss said Thursday.") == "by Friday"
    # A date beside an act in the past dates that act.
    passed = "The council ensured the levy will pass after voting 9-2 to approve it Wednesday."
    assert when_of(passed) is None
    assert when_of("On Friday she resigned; Lind will take over the port.") is None
    assert when_of("Moss is scheduled to return Tuesday to Kelby.") == "Tuesday"
    assert when_of("Lind, who resigned Monday, will testify on Friday.") == "on Friday"
    assert when_of("The board will be tested as soon as Friday.") == "Friday"
    # What has lasted "since" a date began then: no date of what is to come.
    assert when_of("The union will be run by Moss, who has held posts since 2005.") is None
    # A vow, a promise or a warning is dated by when it was made.
    assert when_of("The pier will never close, Moss vowed in February.") is None
    assert when_of("The pier will stay open, Moss tweeted on Thursday.") is None
    assert when_of("In March, Lind vowed that the pier will reopen.") is None
    assert when_of("Lind pledged on Monday that fees will be cut by June.") == "by June"
    # A vow looking ahead by its own verb keeps its date; "promised" before a noun is none.
    assert when_of("Moss vowed to reopen the Kelby bridge by Friday.") == "by Friday"
    assert when_of("The council will hold the promised vote on Friday.") == "on Friday"


def test_words_said_long_before_are_not_still_to_come() -> None:
    published = dt.date(2026, 1, 2)

    def said_before(text: str, quote: str) -> bool:
        article = factories.article("a", text, published)
        return said_long_before(text, factories.claim(article, quote), published)

    ferry = "“The ferry will run again,” Moss told dockers at the quay on March 3, 2023. “Soon.”"
    assert said_before(ferry, "The ferry will run again")
    assert said_before("In 2023, Moss said the ferry would run again.", "the ferry would run again")
    assert said_before("Moss said in 2024 that the ferry would run.", "the ferry would run")
    # A year dating something else, the saying only days before, or a year still ahead.
    for text, quote in (
        ("Moss said on Friday that work begun in 2023 will end next year.", "will end next year"),
        ("Moss said in the 2024 report that the plant will close.", "the plant will close"),
        (
            "In 2019, the council approved the bridge, and it will open in June, Moss said.",
            "it will open in June",
        ),
        ("Moss said on Dec. 30, 2025, that the ferry will run.", "the ferry will run"),
        ("In 2024, Moss said she would run in 2028.", "she would run in 2028"),
        ("The mayor said the law, passed in 2010, will lapse next year.", "will lapse next year"),
    ):
        assert not said_before(text, quote), text


def test_what_to_watch_reads_its_day_from_the_day_its_source_was_published() -> None:
    monday = dt.date(2026, 2, 23)
    assert monday.weekday() == 0
    assert day_named("on Tuesday", monday) == dt.date(2026, 2, 24)
    assert day_named("next Monday", monday) is None, "this week's or the next"
    assert day_named("after Friday", monday) is None
    assert day_named("Monday", monday) == monday
    assert day_named("tomorrow", monday) == dt.date(2026, 2, 24)
    assert day_named("on January 28", monday) == dt.date(2027, 1, 28), "not a day already past"
    assert day_named("March 3", monday) == dt.date(2026, 3, 3)
    assert day_named("next week", monday) is None
    assert day_named("in May", monday) is None
    assert day_named("on Tuesday", None) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The port will reopen on Friday, the authority said.",
        "Salvage teams plan to begin pumping the cargo on Wednesday.",
        "The mayor said she would ask the council for money.",
        "Officials warned that the spill could reach the beaches.",
        "Shipping agents said delays could last into Wednesday.",
        "We expect the river to peak tonight.",
        "The vote is expected to take place next week.",
        "The vote, previously set for Monday, will now take place on Friday.",
        "Moss has said she will run for mayor.",
        "He said it would be released to the public on Friday.",
        "Kessel, which had announced losses, said it will cut 300 jobs next month.",
        "Moss, who was mayor at the time, said she will run again next year.",
        "Even if Moss had wanted to, the council will not meet again until March.",
        "The Orsa ferry line said its boats will be able to sail again on Friday.",
        "Lind has previously said the ferry will run all winter.",
        "Dockers plan to strike at the Orsa quay.",
        "Moss said she is going to veto the harbour bill.",
        "Lind's aides say he's “going to stay in” the race.",
        "The Orsa council is likely to vote on the plan in May.",
        "Moss said the levy would no doubt be used against her in the Kelby race.",
        # A review's counter-examples: a dated refusal or condition, "even if", "there
        # would be", "isn't going to", reported "was likely to", a plan that is one.
        "Officials said the Orsa terminal would not reopen until Monday.",
        "Moss said she would decide on the bill even if the council objects.",
        "The county said there would be a recount in Kelby.",
        "Voters who backed her will return to the Orsa polls.",
        "Moss isn't going to run again, aides say.",
        "Officials said the Kelby bridge was likely to reopen on Friday.",
        "Kessel Shipping has further plans to cut 200 jobs at Orsa.",
        "The Kelby fare deal, which means higher fares for commuters, will take effect in May.",
        "Lind warned that the Orsa strike will be a heavy blow to the port.",
    ],
)
def test_what_to_watch_takes_what_is_still_to_come(sentence: str) -> None:
    assert looks_ahead(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike would have ended sooner without the harbour master, she said.",
        "She apologised, saying she would never have posted it had she known.",
        "The minister last year announced a plan to dredge the channel.",
        "Moss called Monday for a comprehensive plan to dredge the channel.",
        "The mayor's plan to dredge the channel was approved in May.",
        "Senators kept up pressure on the minister on Sunday.",
        "The crew could not be reached.",
        "The operator has always said it will never cut corners.",
        "Moss told the crowd they will “never be ignored again” by Kelby.",
        # Said or supposed in the past, or a judgement.
        "At the time, Moss told dockers she would keep the Orsa quay open.",
        "Lind had previously pledged that the Kelby ferry would sail all winter.",
        "Kessel port officials said at the time they would dredge the channel.",
        "A pilot said if the tanker had radioed, the tugs would have reached her.",
        "It will be odd to watch the Orsa quay without its cranes.",
        "A harbour pilot said, “It would be rash and unfair to read the tides that way.”",
        # A move, not the future; a chance judged in the past.
        "Records show Moss arranged to avoid going to the Kelby front.",
        "Lind withdrew once surveys showed he was not likely to hold the seat.",
        # A reported "would" that refuses, or hangs on a condition.
        "Moss said in March that she would not seek the Kelby seat again.",
        "The Orsa ferry line announced that Lind would no longer sail for it.",
        "Lind said if elected, he would close the Orsa quay to tankers.",
        "Moss said the harbour would be safer if the board met more often.",
        # "will" the noun; a plan there is none of.
        "Moss deferred to the will of the Orsa voters on the levy.",
        "Orsa harbour lawyers told us there were no immediate plans to appeal the ruling.",
        # What something would amount to: a judgement.
        "Moss said a deal with Kelby would be “a betrayal of the dockers.”",
        # A consequence a fact already settles.
        "The council's 9-2 vote ensured the Orsa levy will take effect.",
        "Lind's appointment means that Kelby will have two harbour masters.",
        "Kelby does not have any plans to join the Orsa suit.",
        "They said they would march to the Orsa quay if the bill passes.",
    ],
)
def test_what_to_watch_leaves_out_what_is_past(sentence: str) -> None:
    assert not looks_ahead(sentence)


def test_one_act_still_to_come_of_one_name_is_one_watch_item() -> None:
    expected = "Rep. Ivo Lind (R-Kelby) is expected to be indicted, his lawyer said Friday."
    again = "Representative Ivo T. Lind was expected to be indicted on fraud charges."
    assert ahead_acts(expected) == ahead_acts(again) == {"indict"}
    assert same_act_ahead(expected, again)
    assert ahead_acts("Moss will make a decision by June.") == {"decis"}
    # Another act of the same person, or the same act of another, is another item; a day
    # is no name.
    assert not same_act_ahead(expected, "Lind will resign from the Kelby board.")
    assert not same_act_ahead(expected, "Ada Moss is expected to be indicted.")
    assert not same_act_ahead(
        "On Friday the port will reopen.", "On Friday the museum will reopen."
    )
    # Nothing after a mark no verb follows ("next week", "tomorrow") is an act.
    assert ahead_acts("The Kelby vote is next week.") == frozenset()
    # A negation is part of the act: a denial is no repeat of the claim it denies.
    assert ahead_acts("Mayor Ivo Lind won't resign.") == {"not resign"}
    assert not same_act_ahead(
        "Mayor Ivo Lind will resign on Friday, two aides said.",
        "In a statement, Mayor Ivo Lind said he will not resign.",
    )
    # A title, a courtesy or a word opening a quotation is no shared name; nor is a
    # name written only after the act.
    for first, second in (
        ("Aides said President Lind will travel to Orsa.", "So President Moss will travel."),
        ("On Friday, Mr. Lind will travel to Orsa.", "Next week, Mr. Moss will travel."),
        ("“We will vote on it,” Lind said.", "“We will vote against it,” Moss said."),
        ("Under the deal, Orsa will pay Kelby.", "Kelby will pay Orsa nothing, Moss said."),
    ):
        assert not same_act_ahead(first, second), first
    # A sentence's first word counts when the other writes it as a name.
    assert same_act_ahead(
        "Lind will meet with Moss on Thursday.", "On Tuesday Lind said he will meet Moss."
    )


def test_one_act_to_come_is_listed_once_and_two_dates_are_two_items() -> None:
    from briefing.brief.build import stating
    from briefing.brief.evidence import Quotes
    from briefing.brief.outlook import watch_list
    from briefing.reduce import ShownSignal

    analysis = _analysis(
        (
            "Kelby Mayor Ivo Lind will meet the dockers' union on Friday, aides said. "
            "Next month, Lind will meet the Orsa transport minister to discuss ferry "
            "subsidies and harbour fees.",
            DAY,
        ),
        ("On Friday, Kelby Mayor Ivo Lind will meet the union, his office said.", DAY),
    )
    quotes = Quotes(
        analysis.claims.claims, analysis.corroboration.support, stating(analysis.context)
    )
    signals = [ShownSignal(s.id, s) for s in analysis.signals]
    texts = [i.quote.text for i in watch_list(signals, quotes)]
    assert sum("on Friday" in t or "On Friday" in t for t in texts) == 1, texts
    assert any("Next month" in t for t in texts), texts


def test_what_to_watch_reads_a_speakers_undated_vow_as_no_plan() -> None:
    assert only_quoted("“Kelby will build ships again,” Moss told the crowd.")
    assert not only_quoted("Moss said the port will reopen, calling it “a fresh start.”")
    assert not only_quoted("Moss told dockers the quay was safe.")
    assert not only_quoted("Moss said she “will veto” the harbour bill."), "her words marked"
    # A quotation's next sentence: the first person, no one named saying it.
    assert only_quoted("We will bring the yards back to Kelby, and our ships with them.")
    assert not only_quoted("We will bring the yards back, Moss said."), "said by Moss"
    assert not only_quoted("The US will send two tugs to Kelby."), "a country, not us"
    assert not only_quoted("Crews will reopen I-95 and the Title I school in Kelby."), "numerals"
    assert not only_quoted("Our Lady of Kelby will close its ward."), "a name, no speaker"
    assert not only_quoted("Orsa Biotech will begin a phase I trial in Kelby."), "a numeral"
    assert not only_quoted("Ida I. Moss will lead the Kelby port board."), "an initial"
    assert not only_quoted("Kelby will host the We Are Orsa rally."), "a name"
    assert not only_quoted("Kelby will close the bridge, emails we obtained show."), "a newsroom"
    # A quotation whose opening mark the sentence split cut off ends at its first mark.
    assert only_quoted('I will sleep on the Orsa quay if I must," said Ida Moss, a docker.')
    assert only_quoted("Kelby will win this fight,” Moss told the crowd.")
    assert not only_quoted('Moss will sail for Kelby, she said, adding, "the fight goes on."')
    assert not only_quoted("Kelby will ship its new 65” screens in the spring."), "inches"


def test_two_steps_of_a_story_on_two_weekdays_are_not_a_dispute() -> None:
    """Walked out on Thursday, ran again on Saturday: weekdays date a story's steps."""
    analysis = _analysis(
        (
            "Train drivers walked out on Thursday in a 48-hour strike over pay, the union "
            "said. Commuters crowded onto buses in the capital.",
            DAY,
        ),
        (
            "Trains ran again on Saturday after a 48-hour strike over pay, the operator "
            "said. Ticket offices reopened at dawn.",
            DAY,
        ),
    )
    assert analysis.subjects.groups == [], "no figure, month or year differs: not shown"
    walked, ran = (
        next(s for s in analysis.context.all() if words in s.text) for words in ("walked", "ran")
    )
    assert (
        checked_difference(
            analysis.context, Named(walked, "on Thursday"), Named(ran, "on Saturday")
        )
        is None
    )


def test_sentences_that_agree_are_not_admitted_on_words_picked_crosswise() -> None:
    """Both sentences give 14 and 40, both say March and May, both negate: the named words
    differ, the sentences do not."""
    analysis = _analysis(
        (
            "Engineers found corrosion in 14 of the pier's 40 steel piles in March, not May, "
            "the council said.",
            DAY,
        ),
        (
            "Of the pier's 40 steel piles, 14 showed corrosion in March, not in May, an "
            "inspection report said.",
            DAY,
        ),
    )
    a, b = (next(s for s in analysis.context.all() if w in s.text) for w in ("Engineers", "Of"))
    context = analysis.context
    assert checked_difference(context, Named(a, "14 of"), Named(b, "40 steel piles")) is None
    assert checked_difference(context, Named(a, "in March"), Named(b, "in May")) is None
    assert checked_difference(context, Named(a, "not May"), Named(b, "in March")) is None


def test_a_headline_giving_a_thing_to_an_owner_its_quote_does_not_is_set_aside() -> None:
    """The seeds' case: every word is in the quotes, but the intelligence system is Cuba's."""
    evidence = [
        "Cuba’s intelligence system, considered for decades one of the most secretive in "
        "the world, suffered a particularly heavy blow in Venezuela this weekend.",
        "Officials said the FBI's investigation widened, and Obama's former chief of staff "
        "left on Tuesday.",
    ]
    wrong = "Cuba Admits 32 Officers Killed in Raid, Venezuela's Intelligence System Struck"
    assert misattributed(wrong, evidence) == (
        "gives 'intelligence system' to Venezuela; its quotes give it to another"
    )
    for right in (
        "Cuba's Intelligence System Struck",
        "The FBI's Investigation Widened",
        # Another thing ("former lawyer" is not "former chief"), or no name of the evidence.
        "Trump's Former Lawyer Left on Tuesday",
        "Havana's Intelligence System Struck",
    ):
        assert misattributed(right, evidence) is None, right
    # A name elsewhere in the quote is no owner of the thing.
    elsewhere = ["Officials in Venezuela said Cuba’s intelligence system suffered a blow."]
    assert misattributed("Venezuela's Intelligence System Struck", elsewhere)
    # An owner the quotes write another way, right before the thing, stands.
    written = [*evidence, "The blow to the Venezuelan intelligence system was heavy."]
    assert misattributed("Venezuela's Intelligence System Struck", written) is None


def test_a_sentence_copying_a_quote_under_another_name_is_set_aside() -> None:
    """As in a live brief: the model copied one quote about one man word for word but put
    another, named in another quote, in his place; every word is in the evidence."""
    evidence = [
        "Mr. Halden, who is charged with leaking trade secrets to his brother, says he "
        "expects to be cleared.",
        "Mr. Orsa, expecting charges, wrote to the prosecutors on Tuesday.",
        "Officials said Delcy Rodríguez is reducing the security dependence on Cuba.",
        "The council on Wednesday released its report.",
        "Officials said Ida Moss pleaded not guilty, as did Delsey Rodriguez.",
        "Officials said Tova Moss pleaded not guilty.",
    ]
    swapped = (
        "Mr. Orsa, who is charged with leaking trade secrets to his brother, says he "
        "expects to be cleared."
    )
    assert misattributed(swapped, evidence) == "puts Orsa where its quote has Halden"
    # A quote with no name in that place clears nothing.
    nameless = [*evidence, swapped.replace("Mr. Orsa", "He")]
    assert misattributed(swapped, nameless) == "puts Orsa where its quote has Halden"
    for right in (
        "Mr. Halden, who is charged with leaking trade secrets, expects to be cleared.",
        # A spelling of the same name, a pronoun made a name, a title-case headline, and
        # a day or a verb after a name are no swap and no owner.
        "Officials said Delsey Rodriguez is reducing the security dependence on Cuba.",
        "Orsa Wrote to the Prosecutors on Tuesday",
        "The Council's Release of the Report",
        # One quote says it of Ida, another of Tova: copying the second is no swap.
        "Officials said Tova Moss pleaded not guilty.",
    ):
        assert misattributed(right, evidence) is None, right


def test_a_headline_act_its_quotes_never_state_is_set_aside() -> None:
    """As in a live brief: "Senate Democrats Threaten Nuclear Option ..." over quotes in
    which the Democrats vowed to filibuster; the threat was another party's."""
    evidence = ["Senate Democrats pledged on Friday to block Judge Ode's nomination."]
    wrong = "Senate Democrats Threaten Nuclear Option to Block Nomination"
    assert unstated_act(wrong, evidence) == "its quotes do not say 'Threaten'"
    assert unstated_act("Senate Democrats Pledge to Block Nominee", evidence) is None
    assert unstated_act("Blockade Looms Over Nomination", evidence) is None
    # A clash between two parties, over quotes in which one vows to work with the other.
    allies = ["Ida Moss said she would work closely with Tova Lind to defeat the plan."]
    assert unstated_act("Moss and Lind Clash Over Plan", allies) == "its quotes do not say 'Clash'"
    # Running mates set against each other: the quotes set their plan against a third's.
    mates = ["Moss said Lind's plan ruins the port, while the Moss-Kessel plan saves it."]
    wrong = "Moss's Port Plan vs. Kessel's: The Battle Goes On"
    assert unstated_act(wrong, mates) == "its quotes do not say 'vs.'"
    assert unstated_act("Court Hears Moss v. Lind", ["The court heard Moss versus Lind."]) is None
    assert unstated_act("Kelby vs. Orsa Ends 3-1", ["Kelby beat Orsa 3-1 on Sunday."]) is None


def test_a_code_headline_is_a_clause_not_an_opening_phrase() -> None:
    statement = "In recent years, senators questioned nominees on temperament, aides said."
    assert _clause(statement) == "In recent years, senators questioned nominees on temperament"


def test_a_code_headline_ends_at_a_break_inside_a_closing_quotation_mark() -> None:
    statement = (
        "Mayor Ida Lind on Monday called the audit of the harbour board “deeply unfair,” "
        "claiming she and her deputy both had been misled by the auditors."
    )
    assert _clause(statement) == (
        "Mayor Ida Lind on Monday called the audit of the harbour board “deeply unfair”"
    )
    straight = statement.replace("“", '"').replace("”", '"')
    assert _clause(straight).endswith('"deeply unfair"')


@pytest.mark.parametrize(
    ("headline", "quote"),
    [
        ("Maduro Denies Election Fraud", "He denied any fraud, Maduro told reporters."),
        ("Ministry Denies Report", "The ministry, in a statement, denied the report."),
        ("Maduro Warns of Retaliation", '"We will respond," warned Maduro on Sunday.'),
        ("Trump Orders Withdrawal by March", "Trump ordered the withdrawal by March."),
    ],
)
def test_a_headline_whose_quote_gives_the_act_to_its_subject_stands(
    headline: str, quote: str
) -> None:
    assert misattributed(headline, [quote]) is None


def test_roles_come_from_titles_and_appositions_not_from_lists() -> None:
    assert title_of(
        "talks with Cuban Foreign Minister Bruno Rodríguez Padilla", "Bruno Rodríguez Padilla"
    ) == ("Cuban Foreign Minister")
    frank = "Frank Mora, who served as US ambassador to the Organization of American States, said"
    assert (
        apposition_of(frank, "Frank Mora") == "US ambassador to the Organization of American States"
    )
    listed = "The summit drew Nicolás Maduro, Cuban President Miguel Díaz-Canel, and others."
    assert apposition_of(listed, "Nicolás Maduro") is None
    talks = (
        "Talks between Maduro, the opposition leader María Corina Machado and US envoys stalled."
    )
    assert apposition_of(talks, "Maduro") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("said Secretary of State Ana Lind on Monday", "Ana Lind", "Secretary of State"),
        (
            "said Harbour Workers for Safety President Ola Berg",
            "Ola Berg",
            "Harbour Workers for Safety President",
        ),
        ("as the port reopened on Friday. Rep. Ida Moss said", "Ida Moss", "Rep."),
        ("a letter from Senator Ida Moss of Veloria", "Veloria", None),
        ("President Vos’s Harbour Authority said", "Harbour Authority", None),
        # Who someone might be, not who they are.
        ("in the sights of a President Lind, who backs the levy", "Lind", None),
        ("an aide to President Lind said", "Lind", "President"),
    ],
)
def test_a_title_is_read_whole_and_never_across_a_sentence(
    text: str, name: str, role: str | None
) -> None:
    assert title_of(text, name) == role


def test_an_apposition_runs_past_an_abbreviation() -> None:
    said = "said Jon Ek, a spokesman for Mr. Vos, on Friday"
    assert apposition_of(said, "Jon Ek") == "spokesman for Mr. Vos"


def test_two_months_of_two_events_are_not_a_dispute() -> None:
    """A meeting in June and the last message in July date two steps, not one event."""
    analysis = _analysis(
        ("In June, the minister accepted a meeting with the envoy about the harbour deal.", DAY),
        ("The last message the minister received from the envoy about the deal came in July.", DAY),
    )
    a, b = (next(s for s in analysis.context.all() if w in s.text) for w in ("June", "July"))
    assert checked_difference(analysis.context, Named(a, "In June"), Named(b, "in July")) is None


def test_the_last_one_and_one_of_a_kind_date_two_events() -> None:
    """ "The last message" and "a message" are two messages, though the words around
    their dates are alike."""
    first = "The envoy got a text from the harbour council on September 20, aides said."
    second = "The last text the envoy got from the harbour council was in July."
    assert _rejected((first, "September"), (second, "July"), "September", "July") == [
        "no difference code can check"
    ]


def test_an_amount_of_money_is_no_count_of_something_else() -> None:
    first = "At the port clinic, the pilot's heart rate was 72 and rising on Friday."
    second = "At the port clinic, the pilot's fee rate was $225,000 on Friday."
    assert _rejected((first, "72"), (second, "$225,000"), "72", "225,000") == [
        "no difference code can check"
    ]


def test_undecided_words_about_another_act_are_not_a_dispute() -> None:
    """ "would have been her first public appearance" leaves open no act the other report
    says was done ("touched off the public row")."""
    earlier = (
        "The Wednesday hearing before the water committee in the capital would have been "
        "Reyes's first public appearance.",
        DAY,
    )
    later = ("Governor Alma Reyes touched off the public row over the water bill.", DAY)
    analysis = _analysis((earlier[0], DAY - dt.timedelta(days=1)), (later[0], DAY))
    a, b = (next(s for s in analysis.context.all() if w in s.text) for w in ("would", "row"))
    named = Named(a, "would have been Reyes's first public appearance")
    assert (
        checked_difference(analysis.context, named, Named(b, "touched off the public row")) is None
    )


def test_an_event_is_no_actor_unless_it_acts() -> None:
    analysis = _analysis(
        ("The Maravia rail strike left commuters stranded across the capital on Monday.", DAY),
        ("Union leader Petra Holm said the strike would go on, and the union said so too.", DAY),
    )
    event = Actor(
        id="a1", name="Maravia rail strike", aliases=[], kind="", role="", stance="",
        source_ids=["src0"], mentions=1,
    )  # fmt: skip
    union = event.model_copy(update={"name": "Petra Holm"})
    assert names_no_actor(event, analysis.context)
    assert not names_no_actor(union, analysis.context)
    # What is left of "Former Kelby Gov. Ivo Lind" when the title is cut from the name.
    cut = event.model_copy(update={"name": "Kelby Gov"})
    assert names_no_actor(cut, analysis.context)


def _rejected(first: tuple[str, str], second: tuple[str, str], one: str, two: str) -> list[str]:
    """Why code rejects a proposal naming ``first[1]`` and ``second[1]`` in the two
    sentences (found by ``first[0]`` and ``second[0]``)."""
    analysis = _analysis((first[0], DAY), (second[0], DAY))
    proposal = FakeProposal(_id(analysis, first[1]), _id(analysis, second[1]), one, two)
    admitted, review = analysis.admit([proposal])
    return [] if admitted else list(review.rejected)


def test_a_number_that_names_a_thing_is_not_a_count() -> None:
    older = "The tax office did not count same-sex marriages under section 3 of the marriage law."
    newer = "Same-sex marriages still go uncounted under the marriage law in 37 states."
    assert _rejected((older, "section 3"), (newer, "37 states"), "3", "37") == [
        "no difference code can check"
    ]


def test_two_groups_of_one_noun_are_not_one_count() -> None:
    # Both near "vote": one measure, votes, must not stand in for what the figures count.
    first = "The bill won its vote in the Senate with support from 33 Democrats on Friday night."
    second = "Of 10 Democrats meeting reporters by the Senate after the vote, six face voters."
    assert _rejected((first, "33"), (second, "10 Democrats"), "33", "10") == [
        "no difference code can check"
    ]


def test_an_act_a_pronoun_stands_before_is_not_the_named_persons() -> None:
    first = "Asked about his film with Mayor Dana Lind, the director said he did not regret it."
    second = "Mayor Dana Lind regretted the film in a statement about the director on Monday."
    assert _rejected((first, "did not regret"), (second, "regretted"), "not regret it", "regretted")


def test_a_quotation_cut_short_is_not_one_quoted_in_other_words() -> None:
    first = 'Senator Okafor said: "The port deal is bad for the workers of this town."'
    second = (
        'Senator Okafor said: "The port deal is bad for the workers of this town and its ships."'
    )
    assert _rejected(
        (first, "workers of this town."), (second, "its ships"), "this town", "town and its ships"
    )


def test_a_term_of_years_is_not_the_date_of_an_event() -> None:
    first = "Lind was the harbour board's deputy chair from 2011 to 2014, the board said."
    second = "As chair of the harbour board in 2018, Lind closed the old pier, the board said."
    assert _rejected((first, "2011"), (second, "2018"), "2011", "2018") == [
        "no difference code can check"
    ]


def test_a_reckless_proposer_gets_nothing_past_code_on_the_project_sets() -> None:
    """Every checkable pair of words in every pair shown, proposed (briefing.eval.reckless):
    on the seeds, harbour and bridge sets code admits none of them (it admitted 2, 6 and 4
    pairs, all false, before briefing.analysis.disputes.one_thing)."""
    from briefing.eval import reckless
    from briefing.eval.real import analysed

    root = Path(__file__).resolve().parents[1]
    for folder in ("seeds", "eval/sets/harbour", "eval/sets/bridge"):
        articles = load_articles([root / folder]).articles
        today = max(a.published for a in articles if a.published)
        found, review = reckless.admitted(analysed(articles, today))
        assert review.proposed > 0, folder
        assert found == [], (folder, [c.evidence for c in found])


def test_a_pronoun_before_opposed_words_blocks_their_doer_however_the_words_are_named() -> None:
    first = "Asked about the port deal with Mayor Dana Lind, the director said he denied it."
    second = "Mayor Dana Lind admitted the port deal in a statement about the director."
    for named in ("denied", "he denied", "said he denied"):
        assert _rejected((first, "he denied"), (second, "admitted the"), named, "admitted"), named


def test_two_remarks_that_share_a_few_words_are_not_one_remark_in_other_words() -> None:
    first = 'Senator Okafor said: "Mayor Lind must demand a full inquiry into the port deal now."'
    second = 'Senator Okafor said: "Mayor Lind must never sign the port deal, whatever happens."'
    assert _rejected(
        (first, "full inquiry"), (second, "never sign"), "demand a full inquiry into", "never sign"
    )


def test_an_age_is_no_count_of_what_the_other_figure_counts() -> None:
    first = "Harbour master Ilse Brandt, 58, who served on the port board, met the mayor on Monday."
    second = "Ilse Brandt, who served three terms on the port board, met the mayor on Monday."
    assert _rejected((first, "58"), (second, "three terms"), "58", "three") == [
        "no difference code can check"
    ]


def test_figures_two_speakers_give_are_two_claims_not_a_dispute() -> None:
    first = 'A union leader told a crowd on Monday: "The council has cut 40 jobs at the port."'
    second = 'Speaking at the harbour gates, a councillor said: "They cut 55 jobs at the port."'
    assert _rejected((first, "40 jobs"), (second, "55 jobs"), "40", "55") == [
        "no difference code can check"
    ]


def test_a_date_that_says_which_event_is_not_the_date_of_one() -> None:
    first = "Lind won a council seat in the November election after the port vote."
    second = "Lind was elected to lead the council in January after the port vote."
    assert _rejected((first, "November"), (second, "January"), "November", "January") == [
        "no difference code can check"
    ]


def test_years_of_two_amounts_are_their_periods_not_one_date() -> None:
    first = "The port authority earned about $30 million from pilot fees in 2014, its filing shows."
    second = "The port authority was paid $9 million in 2013 for pilot fees, its filing shows."
    assert _rejected((first, "in 2014"), (second, "in 2013"), "2014", "2013") == [
        "no difference code can check"
    ]


def test_amounts_named_for_two_things_are_two_quantities() -> None:
    analysis = _analysis(
        ("The harbour council's $447 million port package fell short in a single vote.", DAY),
        (
            "The mayor asked the harbour council to approve $60 million in dredging spending.",
            DAY,
        ),
    )
    a, b = (next(s for s in analysis.context.all() if w in s.text) for w in ("447", "$60"))
    assert checked_difference(analysis.context, Named(a, "$447"), Named(b, "$60")) is None


@pytest.mark.parametrize(
    ("denial", "admission"),
    [
        (
            "Both the council and lawyers for Mayor Dana Lind denied the payments report.",
            "Officials said Dana Lind admitted the payments report to the harbour inquiry.",
        ),
        (
            "Mayor Dana Lind denied the payments report in a statement on Friday.",
            "Officials said Ilse Brandt, Dana Lind's former aide, admitted the payments report.",
        ),
    ],
)
def test_a_name_that_is_an_object_or_a_possessor_is_not_the_doer(
    denial: str, admission: str
) -> None:
    assert _rejected((denial, "denied"), (admission, "admitted"), "denied", "admitted") == [
        "no difference code can check"
    ]


def test_what_a_later_report_has_done_is_not_to_watch() -> None:
    """ "expected to sign" is overtaken by the later "signed" (a settled-later dispute):
    it is no longer what comes next."""
    from briefing.brief.build import stating
    from briefing.brief.evidence import Quotes
    from briefing.brief.outlook import watch_list
    from briefing.reduce import ShownSignal

    analysis = _analysis(
        (
            "Governor Ada Lind is expected to sign the water bill, though she has not said "
            "when. The harbour board will meet on Friday to set new fees.",
            DAY - dt.timedelta(days=1),
        ),
        ("Governor Ada Lind signed the water bill into law at the capitol.", DAY),
    )
    assert any(c.detector == "overtaken by events" for c in analysis.candidates)
    quotes = Quotes(
        analysis.claims.claims, analysis.corroboration.support, stating(analysis.context)
    )
    signals = [ShownSignal(s.id, s) for s in analysis.signals]
    texts = [i.quote.text for i in watch_list(signals, quotes, (), analysis.candidates)]
    assert any("harbour board will meet" in t for t in texts)
    assert not any("expected to sign" in t for t in texts)
    assert any("expected to sign" in i.quote.text for i in watch_list(signals, quotes))


def _watched(analysis: Analysis) -> list[str]:
    """The What to watch quotes of an analysis, its candidates' overtaken sides left out."""
    from briefing.brief.build import stating
    from briefing.brief.evidence import Quotes
    from briefing.brief.outlook import watch_list
    from briefing.reduce import ShownSignal

    quotes = Quotes(
        analysis.claims.claims, analysis.corroboration.support, stating(analysis.context)
    )
    signals = [ShownSignal(s.id, s) for s in analysis.signals]
    return [i.quote.text for i in watch_list(signals, quotes, (), analysis.candidates)]


def test_a_decision_a_later_report_says_was_made_is_not_to_watch() -> None:
    """ "has not said how she will act" is overtaken by the same day's "announced her
    decision to veto": the decision is no longer what comes next."""
    analysis = _analysis(
        (
            "Governor Ada Lind will likely veto the water bill, but she has not said how she "
            "will act. The harbour board will meet on Friday to set new fees.",
            DAY,
        ),
        ("Governor Ada Lind announced her decision to veto the water bill on Monday.", DAY),
    )
    assert any("reported as decided" in c.positions for c in analysis.candidates)
    texts = _watched(analysis)
    assert any("harbour board will meet" in t for t in texts)
    assert not any("has not said" in t for t in texts)
    # A vow to veto decides; the veto itself, expected on a day, is still to come.
    vowed = _analysis(
        ("Governor Ada Lind is expected to veto the water bill on Friday.", DAY),
        ("Governor Ada Lind vowed to veto the water bill on Monday.", DAY),
    )
    assert any("expected to veto" in t for t in _watched(vowed))


def test_what_to_watch_leaves_out_a_day_already_past() -> None:
    """A source of Monday saying the board meets on Friday, in a brief of the Saturday
    after: the meeting is past, not to watch."""
    from briefing.brief.build import stating
    from briefing.brief.evidence import Quotes
    from briefing.brief.outlook import watch_list
    from briefing.reduce import ShownSignal

    monday = dt.date(2026, 2, 23)
    analysis = _analysis(
        ("The harbour board will meet on Friday to set new fees, its chair said.", monday),
    )
    quotes = Quotes(
        analysis.claims.claims, analysis.corroboration.support, stating(analysis.context)
    )
    signals = [ShownSignal(s.id, s) for s in analysis.signals]
    published = {s.id: s.published for s in analysis.sources}

    def watched(today: dt.date) -> list[str]:
        items = watch_list(signals, quotes, published=published, today=today)
        return [i.quote.text for i in items]

    assert any("will meet on Friday" in t for t in watched(dt.date(2026, 2, 27)))
    assert watched(dt.date(2026, 2, 28)) == []


def test_two_dates_near_one_name_are_two_events() -> None:
    """A name near both dates says who, not what happened."""
    told = factories.article("a", "The counsel told Kessel in January that Orsa lied to agents.")
    fired = factories.article("b", "The mayor said he fired Kessel in February over the affair.")
    again = factories.article("c", "The mayor has said he fired Kessel in January over it.")
    context = factories.context(told, fired, again)
    [first], [second], [third] = (context.statements[k] for k in "abc")
    assert (
        checked_difference(context, Named(first, "in January"), Named(second, "in February"))
        is None
    )
    assert checked_difference(context, Named(third, "in January"), Named(second, "in February"))
    # A capitalised opener the other writes in lower case, or a name of several words,
    # says what happened.
    resumed = factories.article("d", "Talks resumed in March, Moss said on Friday.")
    restarted = factories.article("e", "Lind said on Friday that the talks restarted in May.")
    held = factories.article("f", "Moss said the Orsa Harbour Festival took place in March.")
    again_held = factories.article("g", "The Orsa Harbour Festival was held in May, Lind said.")
    for x, y in ((resumed, restarted), (held, again_held)):
        context = factories.context(x, y)
        [first], [second] = context.statements[x.id], context.statements[y.id]
        assert checked_difference(context, Named(first, "in March"), Named(second, "in May"))


def test_ever_since_tells_the_past() -> None:
    """ "Ever since the mayor signed it" is no undecided signing."""
    since = factories.article(
        "a", "Kessel has praised the Velmar Water Act ever since the mayor signed it."
    )
    signed = factories.article(
        "b", "Lind opposed the Velmar Water Act, signed by Mayor Orsa last week."
    )
    context = factories.context(since, signed)
    [first], [second] = context.statements["a"], context.statements["b"]
    named = Named(first, "ever since the mayor signed"), Named(second, "signed")
    assert checked_difference(context, *named) is None


def test_a_past_year_dates_what_a_watch_item_is_about_not_when() -> None:
    from briefing.brief.build import stating
    from briefing.brief.evidence import Quotes
    from briefing.brief.outlook import watch_list
    from briefing.reduce import ShownSignal

    day = dt.date(2026, 2, 23)
    analysis = _analysis(
        ("Orsa expects to be charged over the 2024 harbour contract, aides said.", day),
        ("The harbour board will decide in 2027 whether to renew it, its chair said.", day),
    )
    quotes = Quotes(
        analysis.claims.claims, analysis.corroboration.support, stating(analysis.context)
    )
    signals = [ShownSignal(s.id, s) for s in analysis.signals]
    published = {s.id: s.published for s in analysis.sources}
    items = watch_list(signals, quotes, published=published, today=day)
    dates = {i.quote.text.split()[0]: i.when for i in items}
    assert dates == {"Orsa": None, "The": "in 2027"}


def _ended(
    first: tuple[str, str], second: tuple[str, str], days: tuple[int, int] = (0, 0)
) -> str | None:
    """What code finds differing in the words ``first[1]`` and ``second[1]`` name in the
    two sentences (found by those words, shown to the model or not), or None; the first
    report published ``days[0]`` days before DAY, the second ``days[1]``."""
    analysis = _analysis(
        (first[0], DAY - dt.timedelta(days=days[0])), (second[0], DAY - dt.timedelta(days=days[1]))
    )
    a, b = (
        next(s for s in analysis.context.all() if s.article_id == f"src{n}" and w in s.text)
        for n, w in ((0, first[1]), (1, second[1]))
    )
    found = checked_difference(analysis.context, Named(a, first[1]), Named(b, second[1]))
    return None if found is None else found.evidence


FIRED = "Mayor Ada Lind fired Tom Moss, the harbour chief, on Monday after the audit."
STEPPED_DOWN = "Tom Moss stepped down as harbour chief on Monday after the audit."


def test_fired_against_stepped_down_is_a_dispute_set_from_the_words() -> None:
    evidence = _ended((FIRED, "fired Tom Moss"), (STEPPED_DOWN, "stepped down"))
    assert evidence == "ended two ways (fired / stepped down)"
    # Code finds it on its own (briefing.analysis.disputes.two_ways), a contradiction.
    analysis = _analysis((FIRED, DAY), (STEPPED_DOWN, DAY))
    [found] = [c for c in analysis.candidates if c.detector == "ended two ways"]
    assert found.topic == "Was Moss fired, or did Moss resign?"
    assert found.positions == ("fired", "stepped down")
    assert found.settled == "contradiction"
    # A model's heading must say how he left, not only who: else code's question stands.
    assert not found.about(stems("Moss's actions"), frozenset({"moss"}))
    assert found.about(stems("How Moss left: fired or resigned"), frozenset({"moss"}))


def test_a_source_telling_both_ways_is_no_side() -> None:
    both = STEPPED_DOWN + " Officials said Mayor Ada Lind had in effect fired Tom Moss."
    analysis = _analysis((FIRED, DAY), (both, DAY))
    assert not [c for c in analysis.candidates if c.detector == "ended two ways"]
    # Another person's firing in the same report does not count against it.
    other = STEPPED_DOWN + " Mayor Ada Lind fired Ida Kelby, the port's lawyer, in 2026."
    analysis = _analysis((FIRED, DAY), (other, DAY))
    assert [c for c in analysis.candidates if c.detector == "ended two ways"]


def test_abandoned_against_put_on_hold_is_a_dispute_when_it_is_one_plan() -> None:
    scrapped = "Kessel Shipping scrapped its plan to expand the Orsa container terminal."
    on_hold = "Kessel Shipping put plans to expand its Orsa container terminal on hold."
    assert _ended((scrapped, "scrapped"), (on_hold, "put plans")) is not None
    # One company's two acts on two things: no dispute.
    flights = "Kessel Shipping cancelled 200 sailings from the Orsa terminal on Monday."
    route = "Kessel Shipping suspended its Veloria ferry route from Orsa on Monday."
    assert _ended((flights, "cancelled"), (route, "suspended")) is None


@pytest.mark.parametrize(
    ("first", "words"),
    [
        ("Orsa Kelby stepped down as harbour chief on Monday after the audit.", "stepped down"),
        ("Tom Moss threatened to resign as harbour chief on Monday after the audit.", "resign"),
        ("Tom Moss did not step down as harbour chief on Monday after the audit.", "step down"),
        ("Tom Moss resigned in 2019 as harbour chief after the audit of the pier.", "resigned"),
        ("Moss's deputy resigned as harbour chief on Monday after the audit.", "resigned"),
        ('"Tom Moss resigned as harbour chief on Monday," the audit office said.', "resigned"),
        (
            "Tom Moss resigned on Monday after the audit, though aides said he was fired.",
            "resigned",
        ),
        ("Ida Kelby, who worked with Tom Moss, resigned on Monday after the audit.", "resigned"),
        # A second review's probes: other people, posts, times, doubts.
        ("Ida Moss stepped down as harbour chief on Monday after the audit.", "stepped down"),
        ("Tom Moss resigned his seat on the Veloria board on Monday after the audit.", "resigned"),
        ("Tom Moss stepped down as deputy harbour chief on Monday after the audit.", "stepped"),
        ("Tom Moss resigned last week, before the audit of the harbour.", "resigned"),
        ("Tom Moss resigned on Friday after the audit of the harbour.", "resigned"),
        ("Tom Moss resigned on Monday after the audit, a claim he denies.", "resigned"),
        ("Tom Moss reportedly resigned on Monday after the audit of the harbour.", "resigned"),
        ("Neither Lind nor Tom Moss resigned on Monday after the audit.", "resigned"),
        ("After Tom Moss stepped down on Monday, the audit of the harbour began.", "stepped"),
        ("Tom Moss was sacked by Kessel FC on Monday after the cup defeat.", "sacked"),
        ("Tom Moss stepped down, or was pushed, on Monday after the audit.", "stepped down"),
    ],
)
def test_leaving_of_another_or_not_done_is_no_dispute(first: str, words: str) -> None:
    assert _ended((first, words), (FIRED, "fired Tom Moss")) is None


@pytest.mark.parametrize(
    ("first", "words"),
    [
        ("Guards fired at Tom Moss outside the harbour office on Monday.", "fired at"),
        ("Mayor Ada Lind fired Moss's lawyer at the harbour office on Monday.", "fired Moss"),
        ("A judge dismissed Tom Moss's lawsuit at the harbour office on Monday.", "dismissed"),
        ("Mayor Ada Lind fired the deputy of Tom Moss on Monday after the audit.", "fired"),
        ("Mayor Ada Lind fired questions at Tom Moss on Monday after the audit.", "fired"),
        ("Police fired tear gas as Tom Moss spoke on Monday after the audit.", "fired"),
        ("Mayor Ada Lind fired Tom Moss up on Monday after the audit of the harbour.", "fired"),
    ],
)
def test_firing_at_someone_or_someones_lawyer_is_no_firing_of_them(first: str, words: str) -> None:
    assert _ended((first, words), (STEPPED_DOWN, "stepped down")) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two different plans of one company
        (
            "Kessel Shipping cancelled 200 sailings from the Orsa terminal on Monday.",
            "Kessel Shipping suspended its Veloria ferry route from Orsa on Monday.",
        ),
        (
            "Kessel Shipping scrapped plans to expand the terminal at Orsa on Monday.",
            "Kessel Shipping suspended plans to expand the terminal at Veloria on Monday.",
        ),
        (
            "Kessel Shipping scrapped its plan to expand the Orsa grain terminal.",
            "Kessel Shipping suspended its plan to expand the Orsa container terminal.",
        ),
        (
            "Kessel Shipping scrapped the Orsa terminal expansion on Monday.",
            "Kessel Shipping postponed the Orsa terminal expansion vote on Monday.",
        ),
        (
            "Kessel Shipping scrapped the Orsa terminal expansion on Monday.",
            "Kessel Shipping postponed a decision on the Orsa terminal expansion on Monday.",
        ),
        # another body stops it, or at another time
        (
            "Kessel Shipping scrapped the Orsa terminal expansion on Monday.",
            "A regulator suspended the Orsa terminal expansion on Monday.",
        ),
        (
            "Kessel Shipping scrapped the Orsa terminal expansion on Monday.",
            "The Orsa terminal expansion was suspended by a court on Monday.",
        ),
        (
            "Kessel Shipping scrapped the Orsa terminal expansion on Monday.",
            "Kessel Shipping suspended the Orsa terminal expansion in 2019.",
        ),
    ],
)
def test_another_plan_or_another_stopper_is_no_dispute(first: str, second: str) -> None:
    ended = next(w for w in ("scrapped", "cancelled") if w in first)
    paused = next(w for w in ("suspended", "postponed") if w in second)
    assert _ended((first, ended), (second, paused)) is None


def test_a_plan_a_passive_names_is_the_plan_an_active_names() -> None:
    on_hold = "The Orsa terminal expansion was put on hold by Kessel Shipping on Monday."
    scrapped = "Kessel Shipping scrapped the Orsa terminal expansion on Monday."
    assert _ended((on_hold, "put on hold"), (scrapped, "scrapped")) is not None


def test_a_plan_put_on_hold_then_abandoned_is_the_story_moving_on() -> None:
    on_hold = "Kessel Shipping put plans to expand its Orsa container terminal on hold."
    scrapped = "Kessel Shipping scrapped its plan to expand the Orsa container terminal."
    # The hold reported two days before the plan was scrapped.
    assert _ended((on_hold, "put plans"), (scrapped, "scrapped"), days=(2, 0)) is None
    # The other way round, the later report has only a hold: two accounts.
    assert _ended((on_hold, "put plans"), (scrapped, "scrapped"), days=(0, 2)) is not None


def test_a_changed_quotations_side_is_carried_only_by_sources_writing_its_words() -> None:
    """A third source quoting the remark without the word in dispute states the same
    fact as the side with it, but stands on the other side."""
    from briefing.brief.build import stating
    from briefing.brief.disputes import _side
    from briefing.brief.evidence import Quotes

    said = "Mayor Ida Moss told the Kelby council on Monday."
    analysis = _analysis(
        (f"“We learned something truly useful from the Orsa flood last spring,” {said}", DAY),
        (f"“We learned something useful from the Orsa flood last spring,” {said}", DAY),
        (f"“We learned something useful from the Orsa flood last spring,” {said}", DAY),
    )
    [found] = [c for c in analysis.candidates if c.detector == "changed quotation"]
    quotes = Quotes(
        analysis.claims.claims,
        analysis.corroboration.support,
        stating(analysis.context),
        analysis.context.texts,
    )
    with_word, without = (_side(found, n, "", quotes).source_ids for n in (0, 1))
    assert with_word == ["src0"]
    assert set(without) == {"src1", "src2"}
