"""Analysis in code: figures, filler, corroboration, ranking and grounded prose."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis.claims import is_filler
from briefing.analysis.facts import corroborate
from briefing.analysis.figures import compatible, figures
from briefing.analysis.grounding import Grounding
from briefing.analysis.leads import cut_short, leans_on_before, titled
from briefing.analysis.ranking import Overtaken, RankedFact, rank_facts, title_states
from briefing.analysis.same import one_remark, restates, retells, same_fact
from briefing.analysis.text import Statement, entities_for, statement, statements
from briefing.articles import Article, load_articles, stems
from briefing.articles.duplicates import near_duplicate_groups
from briefing.articles.entities import Entities
from briefing.articles.sentences import Sentence, split
from briefing.merge import Evidence
from briefing.sources import profile_sources
from tests import factories
from tests.conftest import SEEDS


def test_an_hour_without_minutes_is_no_count() -> None:
    assert figures("Lind will speak at 8 p.m. on Friday, and at 11am on Monday.") == []
    assert [f.value for f in figures("Lind said 8 amendments passed.")] == [8]
    assert [f.value for f in figures("The fire damaged 4 A.M.E. churches.")] == [4]


@pytest.mark.parametrize(
    ("text", "value", "unit", "measure", "qualifier"),
    [
        (
            "About 140 Cuban security personnel were deployed to protect him.",
            140,
            "people",
            "presence",
            "about",
        ),
        (
            "Fourteen crew members were injured, two of them seriously.",
            14,
            "people",
            "injuries",
            "",
        ),
        ("Twenty-two people were treated in hospital.", 22, "people", "injuries", ""),
        (
            "spilling at least 1,800 tonnes of crude oil into the bay",
            1800,
            "mass",
            "releases",
            "at least",
        ),
        ("killing at least nine people and injuring 31", 9, "people", "deaths", "at least"),
        ("oil worth up to two billion dollars", 2e9, None, "money", "at most"),
    ],
)
def test_a_figure_knows_what_it_counts(
    text: str, value: float, unit: str | None, measure: str, qualifier: str
) -> None:
    first = figures(text)[0]
    assert (first.value, first.unit, first.measure, first.qualifier) == (
        value,
        unit,
        measure,
        qualifier,
    )


def test_dates_years_ordinals_and_clock_times() -> None:
    found = figures("On January 3rd, 2026, at 11:40 p.m., in 2018, the 23:52 call came.")
    assert [(f.text, f.kind, f.value) for f in found] == [
        ("11:40 p.m.", "time", 23 * 60 + 40),
        ("23:52", "time", 23 * 60 + 52),
    ]
    assert figures("stationed for the past 20 years")[0].kind == "duration"


def test_bounds_make_figures_compatible() -> None:
    least, nearly = figures("at least 1,800 tonnes")[0], figures("nearly 2,000 tonnes")[0]
    about, exact = figures("about 600 tonnes")[0], figures("1,800 tonnes")[0]
    assert compatible(least, nearly)
    assert not compatible(about, least)
    assert compatible(exact, least)


@pytest.mark.parametrize(
    ("quote", "filler"),
    [
        ("What do you think? Could this be the beginning of wider changes", True),
        ("I’ve always found these geopolitical webs fascinating", True),
        ("Imagine waking up to news that shakes the foundations", True),
        ("32 officers from its military forces were killed during the operation", False),
        ("“I will not step down while the search is under way,” Vos said", False),
    ],
)
def test_filler_is_never_a_claim(quote: str, filler: bool) -> None:
    assert is_filler(quote) is filler


def _statement(text: str, entities: Entities) -> object:
    return statement(Sentence("x", -1, 0, len(text), text), entities)


def test_same_fact_counts_paraphrase_with_the_same_figures_and_names() -> None:
    entities = Entities(["Cuba"])
    killed = statement(
        Sentence("a", 0, 0, 1, "Cuba said 32 officers were killed during the operation."), entities
    )
    lost = statement(
        Sentence(
            "b", 0, 0, 1, "Reports say 32 Cuban agents lost their lives during the operation."
        ),
        entities,
    )
    deployed = statement(
        Sentence("c", 0, 0, 1, "Cuba said 32 officers were deployed for the operation."), entities
    )
    assert same_fact(killed, lost), "same figure, Cuba/Cuban, related wording"
    assert not same_fact(killed, deployed), "32 killed is not 32 deployed"


def test_a_second_wording_of_one_event_is_a_restatement_not_a_rival() -> None:
    entities = Entities(["Ida Moss"])

    def said(text: str) -> Statement:
        return statement(Sentence("x", 0, 0, len(text), text), entities)

    first = said(
        "Mayor Ida Moss and her deputy, Ivo, were charged on Monday with diverting $80,000 of"
        " city grants to a private account, the state auditor announced."
    )
    again = said(
        "Mayor Ida Moss and her deputy, Ivo Moss, were charged Monday with misusing city"
        " grants meant for the harbour school."
    )
    other = said("Mayor Ida Moss is the second mayor in the province charged this year.")
    rival = said(
        "Mayor Ida Moss and her deputy were charged on Monday with diverting $60,000 of city"
        " grants to a private account, the auditor said."
    )
    assert restates(again, first), "one charge in two newsrooms' words"
    assert not same_fact(first, again), "the second does not carry the $80,000"
    assert not restates(other, first)
    assert not restates(rival, first), "another amount is a dispute, not a restatement"
    assert not restates(first, again), "a figure of its own is news"


def test_32_killed_is_stated_by_four_sources_on_the_seeds() -> None:
    articles = load_articles([SEEDS]).articles
    quote = (
        "Cuba admitted after the raid that 32 officers from its military forces and from the"
        " Ministry of the Interior, which operates the intelligence services, were killed"
        " during the operation, as part of Maduro’s security team"
    )
    claim = factories.claim(articles[0], quote, "32 killed", figures=("32",))
    entities = entities_for(articles)
    found = corroborate(
        [claim], statements(articles, entities), near_duplicate_groups(articles), entities
    )
    carried = found.support.sources("C1")
    assert len(carried) == 4, "000, 001, 003 and 004 state it in their own words"
    # 004 retells the wire story 001 rewrites, but copies none of its words: without
    # evidence of copying it counts as its own source (docs/calibration.md, rewrites).
    assert found.support.independent(carried) == 4


def test_a_stale_or_farm_source_never_leads() -> None:
    stale = factories.article(
        "s", "Officials said the port would open in May. The port is safe.", dt.date(2026, 1, 1)
    )
    fresh = factories.article(
        "f", "Officials said ten ships docked on Friday. Trade resumed.", dt.date(2026, 3, 1)
    )
    claims = [
        factories.claim(stale, "Officials said the port would open in May", claim_id="C1"),
        factories.claim(fresh, "Officials said ten ships docked on Friday", claim_id="C2"),
    ]
    entities = entities_for([stale, fresh])
    found = corroborate(claims, statements([stale, fresh], entities), [], entities)
    sources = profile_sources([stale, fresh], [], dt.date(2026, 3, 2))
    ranked = rank_facts(found, claims, sources, statements([stale, fresh], entities), entities)
    assert ranked[0].lead.id == "C2"
    assert ranked[-1].weak_only


def _ranked(articles: list[Article], claims: list[Evidence], day: dt.date) -> list[RankedFact]:
    """The facts of the claims, in the order code ranks them."""
    entities = entities_for(articles)
    by_article = statements(articles, entities)
    found = corroborate(claims, by_article, [], entities)
    return rank_facts(found, claims, profile_sources(articles, [], day), by_article, entities)


def _ranked_leads(articles: list[Article], claims: list[Evidence], day: dt.date) -> list[str]:
    """The claims leading the facts, in the order code ranks them."""
    return [f.lead.id for f in _ranked(articles, claims, day)]


def _ranked_whole(articles: list[Article], day: dt.date) -> list[RankedFact]:
    """The facts of articles whose whole text is each one's only claim, ranked."""
    claims = [
        factories.claim(a, a.text.rstrip("."), claim_id=f"C{n}")
        for n, a in enumerate(articles, start=1)
    ]
    return _ranked(articles, claims, day)


def test_a_fact_retelling_a_higher_ones_event_ranks_after_the_others() -> None:
    day = dt.date(2026, 3, 1)
    wire = factories.article(
        "w",
        "Mayor Ida Moss and her deputy, Ivo, were charged on Monday with diverting $80,000 of"
        " city grants to a private account, the state auditor announced.",
        day,
    )
    paper = factories.article(
        "p",
        "Mayor Ida Moss and her deputy, Ivo Moss, were charged Monday with misusing city"
        " grants meant for the harbour school. Ida Moss is the second mayor in the province"
        " charged this year.",
        day,
    )
    claims = [
        factories.claim(wire, wire.text.rstrip("."), claim_id="C1", figures=("80,000",)),
        factories.claim(paper, paper.text[: paper.text.index(" Ida Moss is")], claim_id="C2"),
        factories.claim(paper, "Ida Moss is the second mayor in the province", claim_id="C3"),
    ]
    ranked = _ranked_leads([wire, paper], claims, day)
    assert ranked[-1] == "C2", "the second wording of the charge last"


def test_two_newest_leads_on_one_event_are_one_development() -> None:
    day = dt.date(2026, 3, 6)
    wire = factories.article(
        "w",
        "Governor Ada Lind on Friday shut the Kessel toll bridge to lorries so that engineers"
        " can brace the cracked piers the council had refused to repair.",
        day,
    )
    paper = factories.article(
        "p",
        "Governor Ada Lind said Friday she is shutting the Kessel toll bridge to lorries,"
        " using her own powers to brace the cracked piers while 300 engineers inspect the"
        " span. Hauliers said the detour would add an hour to each trip.",
        day,
    )
    lead = paper.text[: paper.text.index(" Hauliers")]
    claims = [
        factories.claim(wire, wire.text.rstrip("."), claim_id="C1"),
        factories.claim(paper, lead.rstrip("."), claim_id="C2", figures=("300",)),
        factories.claim(paper, "Hauliers said the detour would add an hour", claim_id="C3"),
    ]
    ranked = _ranked_leads([wire, paper], claims, day)
    assert ranked[1] == "C3", "the second newsroom's lead on the same closure comes last"


def test_two_newest_leads_on_one_act_of_one_doer_are_one_development() -> None:
    """Few words in common, but one act of one doer: the indictment, told twice."""
    day = dt.date(2026, 3, 6)
    wire = factories.article(
        "w",
        "Mayor Ida Moss and her husband were indicted for diverting $80,000 in "
        "harbour funds to family trips, prosecutors announced Friday.",
        day,
    )
    paper = factories.article(
        "p",
        "Ida Moss was indicted by a grand jury in Kelby on Friday after a long inquiry into "
        "claims that she spent harbour funds on a boat. The deputy mayor resigned within hours.",
        day,
    )
    lead = paper.text[: paper.text.index(" The deputy")]
    claims = [
        factories.claim(wire, wire.text.rstrip("."), claim_id="C1", figures=("80,000",)),
        factories.claim(paper, lead.rstrip("."), claim_id="C2"),
        factories.claim(paper, "The deputy mayor resigned within hours", claim_id="C3"),
    ]
    ranked = _ranked_leads([wire, paper], claims, day)
    assert ranked == ["C1", "C3", "C2"], "the second newsroom's lead on the indictment last"


def test_a_lead_retells_another_only_on_the_same_side_and_outlook() -> None:
    entities = Entities(["Ada Lind", "Kessel"])

    def said(text: str) -> Statement:
        return statement(Sentence("x", 0, 0, len(text), text), entities)

    shut = said(
        "Governor Ada Lind on Friday shut the Kessel toll bridge to lorries so that engineers"
        " can brace the cracked piers."
    )
    shutting = said(
        "Governor Ada Lind said Friday she is shutting the Kessel toll bridge to lorries while"
        " 300 engineers brace the cracked piers."
    )
    funded = said(
        "Governor Ada Lind said Friday she is shutting the Kessel toll bridge to lorries and"
        " set aside just $2 million to brace the cracked piers."
    )
    expected = said(
        "Governor Ada Lind is expected to shut the Kessel toll bridge to lorries on Friday so"
        " that engineers can brace the cracked piers."
    )
    denied = said(
        "Governor Ada Lind on Friday denied she would shut the Kessel toll bridge to lorries"
        " so that engineers can brace the cracked piers."
    )
    stranded = said(
        "About 1,200 lorries were stranded overnight on the Kessel ring road and the coast"
        " highway on Friday after Ada Lind shut the toll bridge with its cracked piers, angry"
        " hauliers and drivers said."
    )
    short = said("Ada Lind shut the Kessel toll bridge with its cracked piers")
    assert retells(shutting, shut), "a count of its own is a detail of one event"
    assert not retells(funded, shut), "an amount of its own is news"
    assert not retells(stranded, short), "a short clause does not tell a longer lead's figure"
    assert not retells(expected, shut), "a preview is not the report of the act"
    assert not retells(denied, shut), "a denial is not the act"
    denied_done = said(
        "Governor Ada Lind on Friday denied shutting the Kessel toll bridge to lorries while"
        " engineers braced the cracked piers."
    )
    not_done = said(
        "Governor Ada Lind on Friday did not shut the Kessel toll bridge to lorries while"
        " engineers braced the cracked piers."
    )
    for turned in (denied_done, not_done):
        assert not retells(turned, shut), turned.text
        assert not retells(shut, turned), turned.text
    # What looks ahead after the lead's act is colour of the act; after a saying, the news.
    hoping = said(
        "Governor Ada Lind on Friday shut the Kessel toll bridge to lorries in a move she"
        " hopes will let engineers brace the cracked piers."
    )
    vowing = said(
        "Governor Ada Lind said Friday she will shut the Kessel toll bridge to lorries so"
        " that engineers can brace the cracked piers."
    )
    assert retells(hoping, shut), "a hope after the act does not make the lead a preview"
    assert not retells(vowing, shut), "a vow is not the act"
    for preview in (
        "Governor Ada Lind vowed on Friday she will shut the Kessel toll bridge to lorries so"
        " that engineers can brace the cracked piers.",
        "Asked on Friday about the Kessel toll bridge, Governor Ada Lind said she will shut it"
        " to lorries so that engineers can brace the cracked piers.",
        "Governor Ada Lind, who was elected in 2024, will shut the Kessel toll bridge to"
        " lorries on Friday so that engineers can brace the cracked piers.",
    ):
        assert not retells(said(preview), shut), preview


def test_grounding_checks_names_and_figures_against_the_evidence() -> None:
    entities = Entities(["Maduro", "Cuba"], common=["officials", "said"])
    ground = Grounding(entities)
    evidence = ["Havana said 32 Cuban officers were killed protecting Maduro"]
    assert ground.missing("Cuba lost 32 officers guarding Maduro.", evidence) == []
    assert ground.missing("Officials said 32 died.", evidence) == [], "a common word opening"
    assert ground.missing("Trump said 40 died.", evidence) == ["Trump", "40"]
    assert ground.missing("Cuba Mourns Its Dead After Raid", evidence) == [], "Title Case"
    # A plural of a name written in the singular ("Every Veloran on the panel").
    panel = ["Every Veloran on the Kelby panel demanded that Ida Moss resign."]
    assert ground.missing("Velorans demand Moss resign.", panel) == []
    assert ground.missing("Orsans demand Moss resign.", panel) == ["Orsans"]


def test_a_date_the_evidence_does_not_give_is_missing() -> None:
    """The model dating a visit itself ("on August 21" for a quote's "Wednesday")."""
    ground = Grounding(Entities(["Moss", "Orsa"]))
    evidence = ["Moss said Wednesday that the Orsa visit in 2026 went well, as on 3 March."]
    assert ground.missing("Moss visited Orsa on August 21.", evidence) == ["August 21"]
    assert ground.missing("On Thursday, Moss visited Orsa in 2025.", evidence) == [
        "Thursday",
        "2025",
    ]
    assert (
        ground.missing(
            "On Wednesday, Moss said the 2026 visit and the March 3 one went well.", evidence
        )
        == []
    )
    # A month cut or in figures is the same date; a count is no year; "may" and a
    # Title Case "March" after a number date nothing.
    cut = ["Moss left Orsa on Jan. 6, after the 9/11 talks; 2,000 people saw it."]
    for same in (
        "Moss left Orsa on January 6.",
        "Moss left after the September 11 talks.",
        "2000 people saw Moss leave Orsa.",
    ):
        assert ground.missing(same, cut) == [], same
    assert "Aug. 6" in ground.missing("Moss left Orsa on Aug. 6.", cut)
    assert (
        ground.missing(
            "Up to 40 may leave Orsa with Moss.", ["Up to 40 of them may leave Orsa with Moss"]
        )
        == []
    )


def test_sentences_keep_initials_and_times_whole() -> None:
    text = "The U.S. military acted at 11:40 p.m. on Monday. It was over fast."
    assert [s.text for s in split("a", text)] == [
        "The U.S. military acted at 11:40 p.m. on Monday.",
        "It was over fast.",
    ]


def test_a_same_day_report_another_overtook_does_not_lead() -> None:
    day = dt.date(2026, 3, 1)
    morning = factories.article(
        "m", "Fishing crews rallied at the pier, urging a veto of the harbour plan.", day
    )
    evening = factories.article(
        "e", "Mayor Ida Moss vetoed the dredging bill at the town hall on Sunday evening.", day
    )
    claims = [
        factories.claim(morning, morning.text.rstrip("."), claim_id="C1"),
        factories.claim(evening, evening.text.rstrip("."), claim_id="C2"),
    ]
    entities = entities_for([morning, evening])
    found = corroborate(claims, statements([morning, evening], entities), [], entities)
    sources = profile_sources([morning, evening], [], day)
    by_article = statements([morning, evening], entities)
    first = rank_facts(found, claims, sources, by_article, entities)[0].lead.id
    assert first == "C1", "of two leads of the newest day, the first in order"
    lead = Overtaken("m", 0, frozenset(), "e")
    ranked = rank_facts(found, claims, sources, by_article, entities, overtaken=[lead])
    assert ranked[0].lead.id == "C2", "the afternoon's news leads the morning's preview"
    # A sentence below the lead on another matter does not take the report out of the
    # newest; one about what the lead is about does.
    below = [Overtaken("m", len(morning.text) + 1, frozenset({"budget", "tax"}), "e")]
    assert rank_facts(found, claims, sources, by_article, entities, overtaken=below)[0].lead.id == (
        "C1"
    )
    same = [Overtaken("m", len(morning.text) + 1, frozenset({"harbour", "plan", "veto"}), "e")]
    assert rank_facts(found, claims, sources, by_article, entities, overtaken=same)[0].lead.id == (
        "C2"
    )
    # Two reports overtaking each other on two points both stay among the newest.
    both = [lead, Overtaken("e", 0, frozenset(), "m")]
    assert rank_facts(found, claims, sources, by_article, entities, overtaken=both)[0].lead.id == (
        "C1"
    )


def test_what_a_later_report_overtook_ranks_after_what_none_did() -> None:
    """The day before's call for a veto, once a later report has the veto, is how the story
    stood: it ranks after the later news and after the earlier report's other facts, even
    one further down that names the mayor and the plan."""
    morning = factories.article(
        "m",
        "Fishing crews rallied at the pier on Friday, urging Mayor Ida Moss to veto the harbour"
        " plan. Cafe owners on the quay counted 300 visitors at the rally. The harbour plan"
        " would cost the town 3 million, Mayor Ida Moss said.",
        dt.date(2026, 3, 6),
    )
    evening = factories.article(
        "e",
        "Mayor Ida Moss vetoed the harbour plan at the town hall on Saturday evening.",
        dt.date(2026, 3, 7),
    )
    call, count, cost = morning.text.split(". ")
    claims = [
        factories.claim(morning, call, claim_id="C1"),
        factories.claim(morning, count, claim_id="C2"),
        factories.claim(morning, cost.rstrip("."), claim_id="C4"),
        factories.claim(evening, evening.text.rstrip("."), claim_id="C3"),
    ]
    articles = [morning, evening]
    entities = entities_for(articles)
    by_article = statements(articles, entities)
    found = corroborate(claims, by_article, [], entities)
    sources = profile_sources(articles, [], dt.date(2026, 3, 7))

    def order(overtaken: list[Overtaken]) -> list[str]:
        ranked = rank_facts(found, claims, sources, by_article, entities, overtaken=overtaken)
        return [r.lead.id for r in ranked]

    assert order([]) == ["C3", "C1", "C2", "C4"], "the earlier report's lead before its detail"
    settled = Overtaken("m", 0, stems(call), "e")
    assert order([settled]) == ["C3", "C2", "C4", "C1"]
    # Two reports overtaking each other on two points: neither is how the story stood.
    assert order([settled, Overtaken("e", 0, stems(evening.text), "m")]) == order([])


def test_a_title_case_headline_names_only_what_the_articles_name() -> None:
    """ "Mayor Lind Asks Council To Vet Harbour Plan": "Asks", "Vet" and "Plan" are no names,
    so the headline states the fact a sentence with the names the article uses states."""
    article = factories.article(
        "a",
        "Mayor Ivo Lind asked the council on Friday to review the harbour plan before the vote.",
        title="Mayor Lind Asks Council To Vet Harbour Plan",
    )
    entities = entities_for([article])
    title = titled([article], entities)["a"]
    assert title.entities == {entities.key("Lind")}
    [item] = statements([article], entities)["a"]
    assert same_fact(item, title)


def test_a_headline_states_the_claim_that_holds_what_it_says_happened() -> None:
    """A headline is short: "Mayor Lind Asks Council To Vet Harbour Plan" states the
    claim holding its words besides names (asked, plan), not one that only shares its
    names."""
    article = factories.article(
        "a",
        "Mayor Ivo Lind asked the council on Friday to review the harbour plan before the "
        "vote. Mayor Ivo Lind has led the council since 2019 and chairs its harbour board.",
        title="Mayor Lind Asks Council To Vet Harbour Plan",
    )
    entities = entities_for([article])
    title = titled([article], entities)["a"]
    asked, led = statements([article], entities)["a"]
    assert title_states(asked, title)
    assert not title_states(led, title)
    other = factories.article("b", "Kessel, the council's treasurer, spoke.", title="x")
    faults = titled(
        [factories.article("c", "x", title="Kessel Faults Lind On Harbour Plan")],
        entities_for([article, other]),
    )["c"]
    assert not title_states(asked, faults)


def test_a_sentence_leaning_on_the_one_before_it_does_not_lead() -> None:
    day = dt.date(2026, 3, 1)
    wire = factories.article(
        "w",
        "Ivo Orsa was arrested on Friday on charges of lying to the harbour inquiry. "
        "After that, the charges say, the harbour board sought more from him.",
        day,
    )
    paper = factories.article(
        "p",
        "Harbour board aide Ivo Orsa was charged with witness tampering and arrested. "
        "After that, the charges say, the harbour board sought more from Orsa.",
        day,
    )
    claims = [
        factories.claim(wire, wire.text[: wire.text.index(" After")].rstrip("."), claim_id="C1"),
        factories.claim(
            wire,
            "After that, the charges say, the harbour board sought more",
            claim_id="C2",
        ),
        factories.claim(
            paper,
            "After that, the charges say, the harbour board sought more",
            claim_id="C3",
        ),
    ]
    ranked = _ranked_leads([wire, paper], claims, day)
    assert ranked[0] == "C1", "two outlets' 'After that' is no headline"
    assert leans_on_before("He was arrested Friday")
    # A quote cut where no sentence ends stands for no development.
    assert cut_short("Lind, at the harbour, declared once again that")
    assert not cut_short("Lind declared the harbour open on Friday.")
    assert leans_on_before("“But we will not wait,” Orsa said")
    for plain in (
        "This week the board voted",
        "Then-Governor Lind spoke",
        "So far, 12 died",
        "Still Waters Group sued the board",
        "In response to the strike, Veloria Rail cut fares",
        "Later Monday, the board met",
        "Soon after the vote, Lind left the hall",
        "Soon-Yi Moss sued the board",
    ):
        assert not leans_on_before(plain), plain
    assert not leans_on_before("Butler County sued the board")
    for narrated in (
        "Soon, Captain Ida Moss stopped by",
        "Moments later, the crane fell",
        "Two days later, Lind resigned",
        "Later that day, the board met",
    ):
        assert leans_on_before(narrated), narrated


def test_a_recollection_or_a_sentence_leaning_on_another_is_no_key_development() -> None:
    from briefing.analysis.leads import recalls_the_past
    from briefing.reduce.reduce import ShownFact, spread

    day = dt.date(2026, 12, 4)
    wire = factories.article(
        "w",
        "Ivo Orsa admitted on Friday that he misled the harbour inquiry. "
        "In May, the mayor told a reporter that she had fired the harbour master. "
        "After that, the inquiry sought more from Orsa. "
        "Orsa will be sentenced in March.",
        day,
    )
    sentences = [s.strip() + "." for s in wire.text.split(".") if s.strip()]
    claims = [
        factories.claim(wire, text.rstrip("."), claim_id=f"C{n}")
        for n, text in enumerate(sentences, start=1)
    ]
    entities = entities_for([wire])
    by_article = statements([wire], entities)
    found = corroborate(claims, by_article, [], entities)
    sources = profile_sources([wire], [], day)
    ranked = rank_facts(found, claims, sources, by_article, entities)
    assert [f.lead.id for f in ranked if f.aside] == ["C2", "C3"]
    assert [f.lead.id for f in ranked][-2:] == ["C2", "C3"], "after the day's news"
    developments = spread([ShownFact(f"F{n}", f) for n, f in enumerate(ranked, start=1)])
    assert [f.ranked.lead.id for f in developments] == ["C1", "C4"]
    # A time before the report's month, not one after it or this month's.
    for past in (
        "In May, Moss ran",
        "In December 2025, Moss ran",
        "Last year, Moss ran",
        "In 2019, Moss ran",
        "Years ago, Moss ran",
        "Back in 2016, Moss ran",
    ):
        assert recalls_the_past(past, day), past
    for now in (
        "In December, Moss ran",
        "In June, voters will decide",
        "In Kelby, Moss ran",
        "In 2026, Moss ran",
        "In the past, Moss ran",
        "In May 2027 the vote is due",
    ):
        assert not recalls_the_past(now, day), now
    assert not recalls_the_past("In May, Moss faces trial", dt.date(2026, 4, 1)), "may be to come"
    for past in ("In late March, Moss ran", "Two years ago, Moss ran", "In the 1990s, Moss ran"):
        assert recalls_the_past(past, dt.date(2026, 4, 1)), past
    assert not recalls_the_past("Last year's budget was cut on Tuesday", day)
    assert not recalls_the_past("In May, Moss ran", None), "undated: not known to be past"


def test_a_reports_lead_leans_on_nothing_before_it() -> None:
    day = dt.date(2026, 12, 4)
    paper = factories.article(
        "p",
        "He may admire the mayor, but Senator Ivo Orsa said on Friday that her harbour plan "
        "was reckless and would cost the city dearly. He said he would vote against it.",
        day,
    )
    lead, second = (s.strip().rstrip(".") for s in paper.text.split(". "))
    claims = [
        factories.claim(paper, lead, claim_id="C1"),
        factories.claim(paper, second, claim_id="C2"),
    ]
    entities = entities_for([paper])
    by_article = statements([paper], entities)
    found = corroborate(claims, by_article, [], entities)
    ranked = rank_facts(found, claims, profile_sources([paper], [], day), by_article, entities)
    assert [(f.lead.id, f.aside) for f in ranked] == [("C1", False), ("C2", True)]


def test_a_retold_fact_names_the_fact_it_retells() -> None:
    day = dt.date(2026, 3, 1)
    texts = {
        "w": "Ida Moss was indicted on Tuesday on charges of misusing city grants, prosecutors"
        " said.",
        "p": "Mayor Ida Moss was indicted after a two-year inquiry into city grants to her"
        " brother's firm.",
    }
    ranked = _ranked_whole([factories.article(a, text, day) for a, text in texts.items()], day)
    assert len(ranked) == 2, "two facts: the retelling is not corroboration"
    assert ranked[0].retold_of is None
    assert ranked[1].retold_of == ranked[0].fact.id


def test_two_accounts_of_one_remark_are_one_development() -> None:
    day = dt.date(2026, 3, 1)
    texts = {
        "w": "Harbour spokesman Ivo Lind, touring the Orsa docks with the governor, told"
        " dockers that one leak must not close a port for good, but that Mayor Moss would"
        " “keep the quay shut until the divers are done.”",
        "p": "Answering shipping lines about lost cargo contracts and insurance claims,"
        " Kessel's office said on Friday the governor expects Ida Moss to ‘keep the quay"
        " shut until the divers are done’.",
    }
    # A day apart: only the newest reports' leads are joined by the event they tell.
    articles = [
        factories.article(a, text, day - dt.timedelta(days=n))
        for n, (a, text) in enumerate(texts.items())
    ]
    ranked = _ranked_whole(articles, day)
    assert len(ranked) == 2
    assert ranked[1].retold_of == ranked[0].fact.id, "one remark quoted in both"


def test_one_remark_needs_the_same_words_in_quotation_marks() -> None:
    said = "Moss said, “Kelby will reopen the harbour to tankers once the divers sign off.”"
    assert one_remark("Lind quoted Moss: “reopen the harbour to tankers once the”.", said)
    # The same words outside quotation marks are the report's own, and five are too few.
    assert not one_remark("Moss will reopen the harbour to tankers once the divers sign.", said)
    assert not one_remark("Orsa said “Kelby will reopen the harbour” soon.", said)
    # A report denying the remark, another figure, or a title quoted is no second account.
    quay = "“keep the quay shut until the divers are done”"
    told = f"Lind said on Friday that Moss told dockers to {quay}."
    assert one_remark(f"Moss's office said she told dockers to {quay}.", told)
    assert not one_remark(f"Moss on Friday denied she told dockers to {quay}.", told)
    assert not one_remark(
        "Moss said “we will cut 40 jobs at the Orsa yard this year”.",
        "Lind quoted Moss: “we will cut 400 jobs at the Orsa yard this year”.",
    )
    assert not one_remark(
        "The senate passed the “Orsa Harbour Safety and Renewal Act” on Friday.",
        "Moss will veto the “Orsa Harbour Safety and Renewal Act” next week.",
    )
