"""The reduce stages over what code prepared, and the brief code assembles from the
model's answers: labels the evidence contradicts, ungrounded prose, scenarios already
done."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefing.analysis.disputes.candidate import Candidate, SideQuote
from briefing.analysis.disputes.context import Context
from briefing.analysis.facts import Fact, Support
from briefing.analysis.grounding import Grounding
from briefing.analysis.ranking import RankedFact
from briefing.analysis.same import tells_again
from briefing.analysis.text import entities_for, statements
from briefing.articles import Article
from briefing.brief.disputes import _copied, disputed_facts
from briefing.brief.evidence import Prose, Quotes, unfinished
from briefing.brief.model import Quote
from briefing.brief.outlook import scenarios
from briefing.brief.summary import (
    Top,
    Voices,
    _before_conjunction,
    _clause,
    _sentence,
    _unsaid,
    _untitled,
    _voiced,
    top_of_brief,
    unvoiced,
)
from briefing.llm import CallLog, StructuredCaller
from briefing.llm.recorder import Recorder, RecordingStore
from briefing.merge import Evidence
from briefing.prompting import PromptLibrary
from briefing.reduce import ReduceInput, reduce_evidence
from briefing.reduce.reduce import ShownFact, ShownSignal, shown
from briefing.reduce.schema import (
    CandidateReading,
    DevelopmentHeadline,
    DisputeReadings,
    OutlookFindings,
    ScenarioFinding,
    SummaryFindings,
)
from briefing.settings import Settings
from briefing.sources import profile_sources
from tests import factories
from tests.fakes.models import SchemaChatModel
from tests.fakes.schema_answers import answer

TEXTS = {
    "a": (
        "Cuba said 32 of its officers were killed in the raid on Monday."
        " The port may reopen next week."
    ),
    "b": "Washington said the operation captured Maduro on Monday. Talks could resume soon.",
}


def _article(article_id: str) -> Article:
    return factories.article(article_id, TEXTS[article_id], dt.date(2026, 1, 6))


ARTICLES = [_article("a"), _article("b")]
ENTITIES = entities_for(ARTICLES)


def _claim(cid: str, article: str, sentence: int, statement: str | None = None) -> Evidence:
    quote = TEXTS[article].split(". ")[sentence].rstrip(".")
    source = next(a for a in ARTICLES if a.id == article)
    return factories.claim(source, quote, statement, claim_id=cid)


CLAIMS = [_claim("C1", "a", 0, "32 Cuban officers were killed"), _claim("C2", "b", 0)]
SUPPORT = Support({"C1": ("a",), "C2": ("b",)}, {})


def _fact(n: int, claim: Evidence, strong: int = 1) -> RankedFact:
    return RankedFact(Fact(f"F{n}", (claim.id,), (claim.article_id,), 1), claim, strong, None)


def _context() -> Context:
    sources = {s.id: s for s in profile_sources(ARTICLES, [], dt.date(2026, 1, 7))}
    return Context(statements(ARTICLES, ENTITIES), sources, [], ENTITIES)


def _prose() -> Prose:
    return Prose(Grounding(ENTITIES))


def _summary(
    headline: str, bottom_line: str, cited: list[str], development: tuple[str, str]
) -> SummaryFindings:
    """The model's summary: one development headline, as (fact id, headline)."""
    fact, written = development
    return SummaryFindings(
        headline=headline,
        bottom_line=bottom_line,
        bottom_line_facts=cited,
        developments=[DevelopmentHeadline(fact=fact, headline=written)],
    )


def _top(
    summary: SummaryFindings,
    facts: list[ShownFact],
    claims: Iterable[Evidence],
    *,
    support: Support = SUPPORT,
    prose: Prose | None = None,
    voices: Voices | None = None,
) -> Top:
    """The top of a brief whose facts are also its developments."""
    claims = list(claims)
    return top_of_brief(
        summary,
        facts=facts,
        developments=facts,
        claims={c.id: c for c in claims},
        quotes=Quotes(claims, support),
        prose=prose or _prose(),
        voices=voices,
    )


def _candidate(detector: str = "rewrite drift", **fields: Any) -> Candidate:
    a, b = TEXTS["a"].split(". ")[0], TEXTS["b"].split(". ")[0]
    values: dict[str, Any] = {
        "detector": detector,
        "sides": ((SideQuote("a", 0, len(a), a),), (SideQuote("b", 0, len(b), b),)),
        "kinds": ("contradiction",),
        "evidence": "code saw it",
        "topic": "Who said what about the raid?",
        "positions": ("Cuba's account", "Washington's account"),
        "score": 1.0,
    }
    return Candidate(**{**values, **fields})


def _reading(
    number: int, kind: str, topic: str, first: str = "", second: str = ""
) -> CandidateReading:
    return CandidateReading.model_validate(
        {"candidate": number, "kind": kind, "topic": topic, "first": first, "second": second}
    )


def test_summary_reads_strong_facts_first_within_the_budget() -> None:
    weak = _fact(1, CLAIMS[1], strong=0)
    facts = shown([weak, _fact(2, CLAIMS[0])], budget=5000)
    assert [f.ranked.fact.id for f in facts] == ["F2"], "only a stale or farm source: left out"
    assert [f.id for f in facts] == ["F1"], "prompt ids follow the ranking"
    assert len(shown([_fact(n, CLAIMS[0]) for n in range(40)], budget=80)) < 10


async def test_the_disputes_call_asks_for_one_reading_per_candidate(tmp_path: Path) -> None:
    model = SchemaChatModel(answer)
    caller = StructuredCaller(
        Recorder(RecordingStore(tmp_path), "live", model), Settings(mode="live"), CallLog()
    )
    prepared = ReduceInput(
        candidates=[_candidate(), _candidate("open question")],
        facts=[_fact(1, CLAIMS[0])],
        signals=[],
        labels={"a": "A1", "b": "A2"},
    )
    await reduce_evidence(caller, PromptLibrary(), {}, prepared, budget=5000)
    [disputes] = [r for r in model.requests if r.schema_name == "DisputeReadings"]
    array = disputes.json_schema["properties"]["candidates"]
    assert (array["minItems"], array["maxItems"]) == (2, 2)
    assert "code noticed: code saw it" in disputes.messages[1].content
    assert {r.schema_name for r in model.requests} == {
        "DisputeReadings",
        "SummaryFindings",
        "OutlookFindings",
    }


def test_a_source_on_one_side_never_carries_the_other() -> None:
    # A sentence stating the fact of either side's quote (a stand-in for ``stating``,
    # which reads "from 1967 to 1979" as the fact of "from 1966 to 1978" too).
    quotes = Quotes(CLAIMS, SUPPORT, stating=lambda _: ["a", "b"])
    candidate = _candidate()
    readings = DisputeReadings(candidates=[_reading(1, "contradiction", "Who said what?")])
    [fact], _ = disputed_facts([candidate], readings, quotes, _prose())
    assert [side.source_ids for side in fact.sides] == [["a"], ["b"]]
    assert [side.quotes[0].carried_by for side in fact.sides] == [["a"], ["b"]]


def test_code_disposes_of_the_models_dispute_readings() -> None:
    candidates = [
        _candidate(settled="contradiction"),
        _candidate("overtaken by events", kinds=("contradiction",)),
        _candidate(
            "figure conflict", kinds=("contradiction", "scope difference"), topic="How many?"
        ),
    ]
    readings = DisputeReadings(
        candidates=[
            # A changed name is a contradiction, whatever the model calls it.
            _reading(1, "framing", "Rodríguez and the raid"),
            # A stale assurance the model reads as agreement is dropped (a hint, not proof).
            _reading(2, "agreement", "x y"),
            # The topic repeats the first: code's own is used.
            _reading(3, "scope difference", "Rodríguez and the raid", "32 officers", "copied"),
        ]
    )
    prose = _prose()
    facts, counts = disputed_facts(candidates, readings, Quotes(CLAIMS, SUPPORT), prose)
    assert [f.kind for f in facts] == ["contradiction", "scope difference"]
    assert counts.overruled == 1
    assert counts.agreeing == 1
    # "Rodríguez" is in neither quote: the model's topic does not stand.
    assert facts[0].topic == "Who said what about the raid?"
    assert facts[1].topic == "How many?"
    assert facts[1].sides[0].position == "32 officers"
    assert any(p.where == "dispute topic" for p in prose.failures)


def test_bottom_line_sentences_stand_on_the_facts_they_cite_or_are_replaced() -> None:
    facts = [ShownFact("F1", _fact(1, CLAIMS[0])), ShownFact("F2", _fact(2, CLAIMS[1]))]
    summary = _summary(
        "Cuba Counts Its Dead After Raid",
        "Cuba said 32 officers died. Washington captured Maduro. Venezuela's army mutinied.",
        ["F1"],
        ("F2", "Trump captured Maduro."),
    )
    prose = _prose()
    claims = {c.id: c for c in CLAIMS}
    top = _top(summary, facts, claims.values(), prose=prose)
    # Sentence 2 names Washington and Maduro, which F2 (not cited) grounds: code re-cites it.
    # Sentence 3 names Venezuela, in no fact: replaced by a cited fact's statement.
    assert top.bottom_line.startswith("Cuba said 32 officers died. Washington captured Maduro.")
    assert "mutinied" not in top.bottom_line
    assert [q.claim_id for q in top.bottom_line_quotes] == ["C1", "C2"]
    assert top.headline == "Cuba Counts Its Dead After Raid", "Title Case is not a name"
    # "Trump" is not in F2's quote: the fact's own statement stands instead.
    assert top.developments[1].headline == CLAIMS[1].statement
    assert top.developments[0].headline == CLAIMS[0].statement, "no headline written for F1"


def test_a_fact_statement_too_long_for_a_headline_gives_way_to_its_quote() -> None:
    wordy = CLAIMS[1].model_copy(
        update={"statement": " ".join(["Officials counted the dead"] * 6), "id": "C9"}
    )
    facts = [ShownFact("F1", _fact(1, CLAIMS[0])), ShownFact("F2", _fact(2, wordy))]
    # The model wrote no headline for F2: the fact's own statement would stand.
    summary = _summary(
        "Cuba Counts Its Dead",
        "Cuba said 32 officers died.",
        ["F1"],
        ("F1", "Cuba counts its dead"),
    )
    top = _top(summary, facts, [CLAIMS[0], wordy])
    assert top.developments[1].headline == wordy.quote, "no 24-word headline"
    # Nor when the model gives F2 the headline it gave F1: the statement would stand.
    twice = summary.model_copy(
        update={
            "developments": [
                DevelopmentHeadline(fact="F1", headline="Said on Monday"),
                DevelopmentHeadline(fact="F2", headline="Said on Monday"),
            ]
        }
    )
    again = _top(twice, facts, [CLAIMS[0], wordy])
    assert again.developments[0].headline == "Said on Monday"
    assert again.developments[1].headline == wordy.quote
    assert top.developments[0].headline == CLAIMS[0].statement, "a short statement stands"


def test_a_sentence_on_another_fact_does_not_stand_for_the_news() -> None:
    day = dt.date(2026, 1, 6)
    wire = factories.article(
        "w",
        "Mayor Ida Moss pleaded guilty on Monday to diverting $80,000 of city grants."
        " Moss's plea covered one fraud count.",
        day,
    )
    paper = factories.article(
        "p", "Ida Moss entered a guilty plea to a fraud charge on Monday in the city court.", day
    )
    lead = factories.claim(wire, wire.text.split(". ")[0], claim_id="C1", figures=("80,000",))
    also = factories.claim(paper, paper.text.rstrip("."), claim_id="C2")
    charge = factories.claim(wire, "Moss's plea covered one fraud count", claim_id="C3")
    news = RankedFact(Fact("F1", ("C1", "C2"), ("w", "p"), 2), lead, 2, day)
    facts = [ShownFact("F1", news), ShownFact("F2", _fact(2, charge))]
    claims = {c.id: c for c in (lead, also, charge)}
    summary = _summary(
        "Mayor Pleads Guilty",
        "Moss's guilty plea covered one fraud count.",
        ["F2"],
        ("F1", "Mayor pleads guilty"),
    )
    entities = entities_for([wire, paper])
    support = Support({"C1": ("w", "p"), "C2": ("p",), "C3": ("w",)}, {})
    top = _top(summary, facts, claims.values(), support=support, prose=Prose(Grounding(entities)))
    # The model cited the charge alone; its words are in the plea's quotes too, but the
    # news the ranking put first still opens the bottom line.
    assert top.bottom_line.startswith(lead.statement), top.bottom_line


def test_scenarios_already_done_or_unsupported_are_dropped_and_likelihood_is_capped() -> None:
    signal = _claim("S1", "a", 1)
    done = ScenarioFinding(
        title="Cuba officers killed in raid",
        description="Cuba said 32 officers were killed.",
        likelihood="high",
        horizon="days",
        drivers=[],
        indicators=["x"],
        basis=["S1"],
    )
    port = ScenarioFinding(
        title="The port reopens",
        description="The port may reopen next week.",
        likelihood="high",
        horizon="next week",
        drivers=[],
        indicators=["the port may reopen"],
        basis=["F1"],
    )
    nothing = port.model_copy(update={"title": "Elections in Peru", "description": "Peru votes."})
    # Nothing grounded to watch for: "ships arriving" is in no source.
    unwatched = port.model_copy(update={"indicators": ["ships arriving"]})
    kept, counts = scenarios(
        OutlookFindings(scenarios=[done, port, nothing]),
        facts=[ShownFact("F1", _fact(1, CLAIMS[0]))],
        signals=[ShownSignal("S1", signal)],
        context=_context(),
        quotes=Quotes([*CLAIMS, signal], SUPPORT),
        prose=_prose(),
    )
    assert [s.title for s in kept] == ["The port reopens"]
    assert kept[0].likelihood == "medium", "the source says 'may'"
    assert [q.claim_id for q in kept[0].evidence] == ["S1"], "code found the signal it rests on"
    assert kept[0].indicators == ["the port may reopen"]
    assert (counts.done, counts.unsupported) == (1, 1)
    none_kept, _ = scenarios(
        OutlookFindings(scenarios=[unwatched]),
        facts=[ShownFact("F1", _fact(1, CLAIMS[0]))],
        signals=[ShownSignal("S1", signal)],
        context=_context(),
        quotes=Quotes([*CLAIMS, signal], SUPPORT),
        prose=_prose(),
    )
    assert none_kept == []


def test_a_scenario_described_by_a_cut_sentence_or_a_past_report_is_dropped() -> None:
    signal = _claim("S1", "a", 1)
    past = _claim("S2", "b", 0)

    def outlook(description: str, basis: list[str]) -> list[str]:
        finding = ScenarioFinding(
            title="The port reopens",
            description=description,
            likelihood="medium",
            horizon="next week",
            drivers=[],
            indicators=["the port may reopen"],
            basis=basis,
        )
        kept, _ = scenarios(
            OutlookFindings(scenarios=[finding]),
            facts=[],
            signals=[ShownSignal("S1", signal), ShownSignal("S2", past)],
            context=_context(),
            quotes=Quotes([*CLAIMS, signal, past], SUPPORT),
            prose=_prose(),
        )
        return [k.description for k in kept]

    assert outlook("The port may reopen next week.", ["S1"]) == ["The port may reopen next week."]
    assert outlook("The port may reopen next week and the", ["S1"]) == [], "cut mid-sentence"
    assert outlook("The port may reopen, but few think it will.", ["S1"]) != [], "a whole one"
    # A condition the quote does not put is what may come.
    assert outlook("If the operation captured Maduro on Monday, the port may reopen.", ["S1", "S2"])
    # A quote of what happened, again, says nothing of what comes next.
    assert outlook("Washington said the operation captured Maduro on Monday.", ["S1", "S2"]) == []


def test_readings_validate_against_the_exact_count_schema() -> None:
    from briefing.reduce.schema import readings_for

    body = {"candidates": [json.loads(_reading(1, "framing", "t").model_dump_json())]}
    readings_for(1).model_validate(body)


def test_a_dispute_position_that_is_its_short_quote_again_is_a_copy() -> None:
    """A live side read "A1: <its quote>." over that very sentence: a
    position says what differs ("2002"), not the quote again."""
    short = "Moss has chaired the Orsa port board since 2011."
    assert _copied("A1: Moss has chaired the Orsa port board since 2011.", short)
    assert not _copied("since 2011", short)
    long = (
        "Moss, who has chaired the Orsa port board since 2011 and the dock union since 2015,"
        " said on Monday that he would stay on."
    )
    assert not _copied("chaired the port board since 2011", long)


def test_a_development_headline_on_one_speakers_words_says_whose_they_are() -> None:
    """A live development headline stated a candidate's charge as fact; only his quotation
    says so."""

    def said(speaker: str | None) -> Quote:
        return factories.quote("the mayor would not say a word on the harbour tax", speaker)

    claim = "The mayor would not say a word on the harbour tax."
    assert _voiced(claim, [said("Ida Moss")]) == (
        "The mayor would not say a word on the harbour tax, Ida Moss says"
    )
    assert _voiced(claim, [said(None)]) == claim, "the source's own words"
    cut = "The mayor would not say a word on the harbour tax,"
    assert _voiced(cut, [said("Ida Moss")]).endswith("tax, Ida Moss says"), "one comma"
    assert _voiced("Moss: the mayor dodged the tax", [said("Ida Moss")]).startswith("Moss:")
    assert _voiced(claim, [said("Ida Moss"), said("Ivo Brandt")]) == claim, "two speakers"


def test_a_development_headline_its_quotes_do_not_say_is_not_put_in_a_speakers_mouth() -> None:
    """A live headline filed under a chief of staff's remark about money said the move
    would be challenged in court, and naming the speaker attributed it to him."""
    remark = factories.quote("It is not as if he is waving a magic wand over the money", "Moss")
    assert _unsaid("The levy is sure to face a lawsuit in the Kelby court", [remark])
    assert not _unsaid("Moss says the mayor is not waving a magic wand", [remark])
    assert not _unsaid("Magic wand over the money, Moss says", [remark])


def test_a_development_headline_on_what_a_quote_reports_someone_said_says_whose() -> None:
    """A live headline stated a widow's charge against a minister, reported with "saying
    that", as fact."""
    reported = factories.quote(
        "Vera Lind, a pilot's widow, criticised the report, saying that the minister had "
        "told the council last week that he was no expert on the harbour"
    )
    claim = "The minister had told the council last week that he was no expert on the harbour."
    assert _voiced(claim, [reported]) == (
        "The minister had told the council last week that he was no expert on the harbour, "
        "Vera Lind says"
    )
    dated = factories.quote(
        "On Friday, she told the council that the minister would review the harbour report"
    )
    assert _voiced("The minister will review the harbour report", [dated]) == (
        "The minister will review the harbour report"
    ), "a day is no speaker"


def test_a_bottom_line_sentence_stating_one_speakers_words_as_fact_is_found() -> None:
    """A live bottom line stated, in its second clause, what only a candidate's quotation
    said."""
    text = (
        "The harbour tax vote failed on Monday. “The mayor refused to even name the harbour "
        "tax in her speech,” Ida Moss said."
    )
    source = factories.article("a", text, dt.date(2026, 1, 6))
    said = factories.claim(source, "The mayor refused to even name the harbour tax in her speech")
    quotes = Quotes([said], Support({"C1": ("a",)}, {}), texts={"a": text})
    stated = "The vote failed, and the mayor refused to even name the harbour tax in her speech."
    assert unvoiced(stated, [said], quotes) == "Ida Moss"
    for attributed in (
        "The vote failed, and Moss said the mayor refused to even name the harbour tax.",
        "The vote failed; the mayor refused to even name the harbour tax, according to a rival.",
        "According to her challenger, the mayor refused to even name the harbour tax.",
        "A rival candidate argued the mayor refused to even name the harbour tax.",
        "The mayor refused to even name the harbour tax in her speech, Moss said in a statement.",
        "The mayor refused to even name the harbour tax, her challenger, Ida Moss, said.",
        "The mayor refused to even name the harbour tax in her speech, in Moss's telling.",
    ):
        assert unvoiced(attributed, [said], quotes) is None, attributed
    for stated_anyway in (
        "Moss lost the vote as the mayor refused to even name the harbour tax in her speech.",
        "The mayor refused to even name the harbour tax in the speech she gave on Monday.",
        "The mayor refused to even name the harbour tax in her speech, which aides said ran long.",
        "Voters said little as the mayor refused to even name the harbour tax in her speech.",
        "The mayor refused to even name the harbour tax in her speech but later told reporters.",
    ):
        assert unvoiced(stated_anyway, [said], quotes) == "Ida Moss", stated_anyway
    # The source's own words are no one's claim, even where a speaker uses them too.
    both = "The harbour tax vote failed. “We will take the harbour tax vote to court,” Moss said."
    paper = factories.article("b", both, dt.date(2026, 1, 6))
    own = factories.claim(paper, "The harbour tax vote failed", claim_id="C2")
    court = factories.claim(paper, "We will take the harbour tax vote to court", claim_id="C3")
    quoted = Quotes([own, court], Support({"C2": ("b",), "C3": ("b",)}, {}), texts={"b": both})
    assert unvoiced("The harbour tax vote failed.", [own, court], quoted) is None


def test_a_headline_that_stops_mid_sentence_gives_way() -> None:
    """A live development headline stopped at "… afterward that she was"."""
    assert unfinished("Moss says afterward that she was")
    assert unfinished("Lind to meet the")
    for whole in (
        "Lind Weighs In",
        "What Voters Look For",
        "Port to reopen, aides say",
        "Who Lind Is",
        "Lind Backs Moss, Moss Backs Her",
    ):
        assert not unfinished(whole), whole
    prose = _prose()
    chosen = prose.choose("headline", "Moss says afterward that she was", ["x"], "Moss won")
    assert chosen == "Moss won"
    assert prose.failures[-1].missing == ["unfinished: it ends on a word that needs more"]


def test_a_headline_written_by_code_takes_no_side_of_a_disputed_figure() -> None:
    facts = [ShownFact("F1", _fact(1, CLAIMS[0])), ShownFact("F2", _fact(2, CLAIMS[1]))]
    summary = _summary(
        "Venezuela Mourns", "Cuba said 32 officers died.", ["F1"], ("F2", "Trump seized him.")
    )
    prose = Prose(Grounding(ENTITIES), disputed=[(32.0, 40.0)])
    top = _top(summary, facts, CLAIMS, prose=prose)
    # Venezuela is in no quote; F1's statement gives 32, one side of a dispute
    # (attributed, but a headline by code takes no side): F2's clause stands instead.
    assert top.headline == "Washington said the operation captured Maduro on Monday"


def test_a_development_headline_code_falls_back_on_states_only_what_its_quotes_do() -> None:
    """A live brief's model headline was set aside for giving an act no quote states
    ("accused"), and code fell back on the model's development headline with that act."""
    facts = [ShownFact("F1", _fact(1, CLAIMS[0])), ShownFact("F2", _fact(2, CLAIMS[1]))]
    summary = _summary(
        "Cuba Accused Of Raid", "Cuba said 32 officers died.", ["F1"], ("F1", "Cuba accused")
    )
    top = _top(summary, facts, CLAIMS)
    assert "ccused" not in top.headline
    assert top.headline == "32 Cuban officers were killed"


def test_a_copied_sentence_may_not_carry_a_consequence_of_the_models_own() -> None:
    evidence = [
        "Mayor Ida Moss and her deputy were charged on Monday with diverting $80,000 of city"
        " grants to a private account, the state auditor announced"
    ]
    prose = _prose()
    added = (
        "The charges against Mayor Ida Moss and her deputy for diverting $80,000 of city grants"
        " have sparked outrage and calls for tighter oversight rules."
    )
    said = "Mayor Ida Moss and her deputy were accused of diverting $80,000 of city grants."
    attributed = "Meanwhile, the auditor reported that Mayor Ida Moss diverted $80,000 of grants."
    assert any("words its evidence does not use" in m for m in prose.missing(added, evidence))
    assert prose.missing(said, evidence) == [], "one word of its own is a paraphrase"
    assert prose.missing(attributed, evidence) == [], "who reports it adds no fact"
    plural = "Harbour Board Cuts Fees and Bars Tankers, Ends Night Sailings"
    bars = ["The Harbour Board cut fees, put a bar on tankers and will end night sailings."]
    assert prose.missing(plural, bars) == [], "'cuts' and 'bars' are the evidence's words"
    confirmed = (
        "Meanwhile, the auditor confirmed that Mayor Ida Moss had certainly stolen $80,000 of"
        " grants."
    )
    assert prose.missing(confirmed, evidence) != [], "confirmed and certainly stolen are new"


def test_what_only_an_official_statement_says_is_attributed_to_it() -> None:
    facts = [ShownFact("F1", _fact(1, CLAIMS[0])), ShownFact("F2", _fact(2, CLAIMS[1]))]
    summary = _summary(
        "Raid on Monday",
        "Cuba said 32 officers died. The operation captured Maduro on Monday.",
        ["F1", "F2"],
        ("F2", "Maduro captured"),
    )
    top = _top(summary, facts, CLAIMS, voices=Voices({"a": "A1", "b": "A2"}, frozenset({"b"})))
    # Source b is an official statement: its claim is a party's, never the brief's voice.
    assert top.bottom_line == (
        "Cuba said 32 officers died. "
        "The operation captured Maduro on Monday, according to the official statement (A2)."
    )


def test_the_briefs_own_source_references_are_not_names() -> None:
    grounding = Grounding(ENTITIES)
    assert grounding.missing("The port reopened (A3).", ["The port reopened."]) == []
    assert grounding.missing("The port reopened (A3, A4).", ["The port reopened."]) == []


def test_a_shared_country_alone_does_not_make_a_sentence_a_scenarios_basis() -> None:
    from briefing.brief.outlook import _concerns, _features

    context = _context()
    scenario = _features("Cuba withdraws its officers from Venezuela.", context)
    aside = _features("Cuba said talks could resume soon.", context)
    related = _features("Cuba began to withdraw officers on Monday.", context)
    assert not _concerns(aside, scenario)
    assert _concerns(related, scenario)


def test_a_scenario_resting_on_a_past_that_did_not_happen_is_dropped() -> None:
    """'Would have raised questions' is about the past: no source says anything comes
    next, so there is no scenario (a live brief showed one on such a quote)."""
    text = (
        "Critics said the memo would have stirred doubts over the port. "
        "The port authority will publish its safety review next week. "
        "Critics said the port likely stays shut for weeks over the doubts."
    )
    article = factories.article("c", text, dt.date(2026, 1, 6))
    entities = entities_for([article])
    first, second, third = text.rstrip(".").split(". ")
    past = factories.claim(article, first, claim_id="S1")
    ahead = factories.claim(article, second, claim_id="S2")
    likely = factories.claim(article, third, claim_id="S1")
    sources = {s.id: s for s in profile_sources([article], [], dt.date(2026, 1, 7))}
    context = Context(statements([article], entities), sources, [], entities)
    finding = ScenarioFinding(
        title="Memo stirs doubts over the port",
        description="Critics said the memo would have stirred doubts over the port.",
        likelihood="medium",
        horizon="weeks",
        drivers=[],
        indicators=["doubts over the port"],
        basis=["S1"],
    )
    review = finding.model_copy(
        update={
            "title": "Port safety review published",
            "description": "The port authority will publish its safety review next week.",
            "indicators": ["safety review"],
            "basis": ["S2"],
        }
    )

    def kept(signals: list[Evidence], finding: ScenarioFinding) -> list[str]:
        found, _ = scenarios(
            OutlookFindings(scenarios=[finding]),
            facts=[],
            signals=[ShownSignal(s.id, s) for s in signals],
            context=context,
            quotes=Quotes(signals, SUPPORT),
            prose=Prose(Grounding(entities)),
        )
        return [s.title for s in found]

    assert kept([past], finding) == []
    assert kept([past, ahead], review) == ["Port safety review published"]
    # A source's own judgement of likelihood is about what comes next too.
    judged = finding.model_copy(
        update={"title": "Port stays shut", "description": "The port likely stays shut."}
    )
    assert kept([likely], judged) == ["Port stays shut"]


def test_a_newsroom_that_reported_it_is_no_driver_or_indicator() -> None:
    """ "The port may reopen next week, Harbour Wire is told": the outlet's name is in
    the quote, but the newsroom drives nothing and is nothing to watch for."""
    text = "The port may reopen next week, Harbour Wire is told."
    article = factories.article("w", text, dt.date(2026, 1, 6), outlet="Harbour Wire")
    entities = entities_for([article])
    signal = factories.claim(article, text.rstrip("."), claim_id="S1")
    finding = ScenarioFinding(
        title="The port reopens",
        description="The port may reopen next week.",
        likelihood="medium",
        horizon="next week",
        drivers=["Harbour Wire", "the port"],
        indicators=["Harbour Wire", "the port may reopen"],
        basis=["S1"],
    )
    sources = {s.id: s for s in profile_sources([article], [], dt.date(2026, 1, 7))}
    prose = Prose(Grounding(entities))
    [kept], _ = scenarios(
        OutlookFindings(scenarios=[finding]),
        facts=[],
        signals=[ShownSignal("S1", signal)],
        context=Context(statements([article], entities), sources, [], entities),
        quotes=Quotes([signal], Support({"S1": ("w",)}, {})),
        prose=prose,
    )
    assert kept.drivers == ["the port"]
    assert kept.indicators == ["the port may reopen"]
    assert sum(c.missing == ["names a newsroom that reported it"] for c in prose.failures) == 2


def test_a_bottom_line_tells_each_event_once() -> None:
    """Two newsrooms' leads on one indictment, in their own words: the second gives way to
    the next fact, which tells another event."""
    day = dt.date(2026, 1, 6)
    wire = factories.article(
        "w", "Ida Moss was indicted on Tuesday on charges of diverting $80,000 of city grants.", day
    )
    paper = factories.article(
        "p",
        "Mayor Ida Moss was indicted by a grand jury in Kelby over city grants after a "
        "two-year inquiry. Her deputy, Ivo Lind, resigned on Wednesday.",
        day,
    )
    first = factories.claim(wire, wire.text.rstrip("."), claim_id="C1", figures=("80,000",))
    again = factories.claim(paper, paper.text.split(". ")[0], claim_id="C2")
    other = factories.claim(paper, "Her deputy, Ivo Lind, resigned on Wednesday", claim_id="C3")
    facts = [ShownFact(f"F{n}", _fact(n, c)) for n, c in enumerate((first, again, other), 1)]
    claims = {c.id: c for c in (first, again, other)}
    summary = _summary(
        "Mayor Indicted",
        f"{first.statement}. {again.statement}.",
        ["F1", "F2"],
        ("F1", "Mayor indicted"),
    )
    entities = entities_for([wire, paper])
    support = Support({"C1": ("w",), "C2": ("p",), "C3": ("p",)}, {})
    prose = Prose(Grounding(entities))
    top = _top(summary, facts, claims.values(), support=support, prose=prose)
    assert top.bottom_line == f"{first.statement}. {other.statement}.", top.bottom_line
    assert any("again" in f.missing[0] for f in prose.failures)


def test_an_event_is_told_again_by_its_act_and_its_named_subject() -> None:
    told = "Ida Moss was indicted on Tuesday on charges of diverting city grants."
    assert tells_again("Mayor Ida Moss was indicted over city grants by a grand jury.", told)
    assert not tells_again("Ida Moss was indicted in 2019 for tax fraud.", told), (
        "one doer's two acts of one verb"
    )
    assert not tells_again("Tom Moss was indicted on charges over city grants.", told), (
        "another person of one surname"
    )
    assert not tells_again("Moss resigned as mayor over the city grants.", told), "another act"
    assert not tells_again(
        "Mayor Ida Moss, who was indicted over city grants, resigned on Friday.", told
    ), "a relative clause tells what she did before"
    assert not tells_again("Ida Moss was not indicted on charges over city grants.", told)
    assert not tells_again("Ida Moss could be indicted on charges over city grants.", told)
    assert not tells_again(
        "In Kelby, police arrested two men over the harbour fire.",
        "In Kelby, police arrested a woman over the harbour fire on Monday.",
    ), "a place is no doer"
    assert not tells_again("Moss toured a packed Kelby pier.", "Moss packed her bags."), (
        "a participle after a determiner describes"
    )
    sued = "Orsa was sued by Moss over the harbour contract."
    assert tells_again(sued, "Moss sued Orsa over the harbour contract."), "passive and active"
    assert not tells_again(sued, "Orsa sued Moss over the harbour contract."), "roles reversed"
    assert tells_again(
        "Ida Moss (D-Kelby) was offered a harbour post if she left the mayoral race.",
        "Ivo Lind offered Ida Moss a harbour post if she would leave the mayoral race.",
    ), "a condition after the act does not make it unsure"
    assert not tells_again("If Moss had resigned over the grants, the vote was moot.", told)


def test_an_event_naming_no_doer_is_told_again_by_its_act_and_the_words_after_it() -> None:
    first = (
        "The harbour fire in Kelby spread across the old town docks overnight, and Mayor "
        "Ida Moss ordered an evacuation."
    )
    again = (
        "The deadliest blaze in years spread across the old town docks, as Mayor Ida "
        "Moss ordered the evacuation of the harbour front."
    )
    assert tells_again(again, first)
    assert not tells_again(
        "Wages rose across the country on Monday as well.",
        "Prices rose across the country on Monday.",
    ), "two subjects, few words in common"
    assert not tells_again(
        "The blaze spread to the north pier, and Mayor Ida Moss ordered an evacuation.",
        first,
    ), "the same act told with other words after it"


def test_a_code_headline_cut_mid_clause_gives_way_to_a_whole_one() -> None:
    long = (
        "The harbour board relayed the mayor's answer late on Thursday to the charge that"
        " the Kelby ferry company kept two unsafe boats in service all through the winter"
    )
    short = "Ferry captains in Kelby defended their company, Kelby Ferries, after the report"
    articles = [
        factories.article("c", long + ".", dt.date(2026, 1, 6)),
        factories.article("d", short + ".", dt.date(2026, 1, 6)),
    ]
    claims = [
        factories.claim(articles[0], long, claim_id="C1"),
        factories.claim(articles[1], short, claim_id="C2"),
    ]
    facts = [ShownFact("F1", _fact(1, claims[0])), ShownFact("F2", _fact(2, claims[1]))]
    summary = _summary(
        "Veloria Mourns", "The board answered.", ["F1"], ("F2", "Veloria Ferries Sued")
    )
    support = Support({"C1": ("c",), "C2": ("d",)}, {})
    top = _top(
        summary, facts, claims, support=support, prose=Prose(Grounding(entities_for(articles)))
    )
    # "Veloria" is in no quote; F1's statement runs past the headline's length unbroken.
    assert top.headline == short


def test_a_fact_retelling_a_higher_ones_event_is_no_second_development() -> None:
    from briefing.reduce.reduce import code_contested, spread

    first, second, third = (_fact(n, c) for n, c in enumerate([*CLAIMS, CLAIMS[0]], start=1))
    retelling = RankedFact(second.fact, second.lead, 1, None, retold_of="F1")
    facts = [ShownFact(f"F{n}", f) for n, f in enumerate([first, retelling, third], start=1)]
    assert [f.id for f in spread(facts)] == ["F1", "F3"], "three outlets, one indictment: once"
    # When the higher fact is a side code sets aside (a rewrite's changed figure), the
    # brief cannot show it, and the retelling stands in for it.
    contested = code_contested([_candidate(odd_one_out="a")])
    assert contested == [("a", 0, len(TEXTS["a"].split(". ")[0]))]
    assert [f.id for f in spread(facts, contested=contested)] == ["F1", "F2", "F3"]
    assert code_contested([_candidate()]) == [], "no odd one out, nothing overtaken"
    # A count a later report revised: its preview (side 1 here) is set aside too.
    revised = _candidate("figure conflict", better=1, superseded=True)
    assert code_contested([revised]) == [("a", 0, len(TEXTS["a"].split(". ")[0]))]


def test_a_sentence_written_from_a_quote_cut_inside_a_quotation_closes_it() -> None:
    # The source's words end inside someone's quotation: the prose closes it after its
    # full stop; a quotation closed as written, or straight marks, are left alone.
    assert _sentence("The Orsa Gazette said Moss had “served on the Kelby board") == (
        "The Orsa Gazette said Moss had “served on the Kelby board.”"
    )
    assert _sentence("Moss called it “a disgrace,") == "Moss called it “a disgrace.”"
    assert _sentence("Moss called it “a disgrace” on Friday") == (
        "Moss called it “a disgrace” on Friday."
    )
    assert _sentence('Moss called it "a disgrace') == 'Moss called it "a disgrace.'


def test_a_clause_too_long_for_a_headline_is_cut_where_a_subordinate_clause_opens() -> None:
    statement = (
        "Mayor Ida Moss said Monday that she understands why many Orsa dockers distrust the "
        "harbour board as she made a one-day tour of the Kelby quay, where a crane fell."
    )
    clause = _clause(statement)
    assert clause.endswith("…")
    assert _before_conjunction(clause, statement) == [
        "Mayor Ida Moss said Monday that she understands why many Orsa dockers distrust the "
        "harbour board"
    ]
    # "as well as" and "as many as" open no clause; a clause that fits is left alone.
    listed = (
        "The Orsa harbour board and the Kelby dockers' union as well as as many as forty "
        "shipping agents and their lawyers met the mayor's staff on the quay for six hours."
    )
    assert _before_conjunction(_clause(listed), listed) == []
    assert _before_conjunction("Moss closed the quay", "Moss closed the quay as it rained.") == []
    # "as", "before" and "after" before a noun are prepositions.
    named = (
        "The Orsa city council on Tuesday named Tova Brandt as the new head of the harbour "
        "authority and of its board of trustees for the next four years, officials said."
    )
    assert _before_conjunction(_clause(named), named) == []


def test_a_sentence_pointing_back_stands_only_on_the_fact_before_it() -> None:
    facts = [ShownFact("F1", _fact(1, CLAIMS[0])), ShownFact("F2", _fact(2, CLAIMS[1]))]
    # "This raid" is the officers' deaths of the sentence before, but its words are F2's,
    # which says Washington captured Maduro: the model gave F2's act to what F1 told.
    summary = _summary(
        "Cuba Counts Its Dead After Raid",
        "Cuba said 32 of its officers were killed. This raid captured Maduro on Monday.",
        ["F1", "F2"],
        ("F1", "Cuba counts its dead"),
    )
    prose = _prose()
    top = _top(summary, facts, CLAIMS, prose=prose)
    assert "This raid" not in top.bottom_line
    assert top.bottom_line.endswith("Washington said the operation captured Maduro on Monday.")
    assert any("points back" in " ".join(p.missing) for p in prose.failures)
    # On the same fact, it stands.
    same = _summary(
        "Cuba Counts Its Dead After Raid",
        "Cuba said 32 of its officers were killed. These officers were killed in the raid.",
        ["F1", "F2"],
        ("F1", "Cuba counts its dead"),
    )
    assert "These officers were killed in the raid." in _top(same, facts, CLAIMS).bottom_line


def test_a_time_opening_points_back_to_nothing() -> None:
    facts = [ShownFact("F1", _fact(1, CLAIMS[0])), ShownFact("F2", _fact(2, CLAIMS[1]))]
    summary = _summary(
        "Cuba Counts Its Dead After Raid",
        "Cuba said 32 of its officers were killed. That same day, Washington said the "
        "operation captured Maduro.",
        ["F1", "F2"],
        ("F1", "Cuba counts its dead"),
    )
    prose = _prose()
    _top(summary, facts, CLAIMS, prose=prose)
    assert not any("points back" in " ".join(p.missing) for p in prose.failures)


def test_a_headline_from_a_long_first_fact_leaves_its_titles_out() -> None:
    assert (
        _untitled(
            "Harbour Safety Adviser Ida Moss warned that Kelby Port Director Ivo Lind’s plan "
            "will fail, the board said."
        )
        == "Ida Moss warned that Ivo Lind’s plan will fail, the board said."
    )
    assert _untitled("the foreign minister Ida Moss spoke on Tuesday.") == (
        "the foreign minister Ida Moss spoke on Tuesday."
    )
    assert _untitled("Moss said Tuesday. Transport Minister Ivo Lind left.") == (
        "Moss said Tuesday. Ivo Lind left."
    )
