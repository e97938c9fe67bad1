"""Actors: titles, discovery, one row per entity, kinds and roles from evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis.actors import (
    _names_a_role,
    _one_row_per_name,
    is_description,
    refine_actors,
)
from briefing.analysis.actors.deeds import deed, gives_act
from briefing.analysis.actors.kinds import kind_of
from briefing.analysis.actors.lower_titles import lower_title_of, set_off_title_of
from briefing.analysis.actors.rows import bare_given_name
from briefing.analysis.disputes.context import Context
from briefing.analysis.grounding import Grounding
from briefing.analysis.leads import cut_short
from briefing.analysis.text import entities_for, object_of, statements
from briefing.articles import Article, Entities
from briefing.merge import Actor
from briefing.merge.actors import _close
from briefing.merge.discover import names_written
from briefing.merge.names import display_name, name_key
from briefing.sources import profile_sources
from tests import factories

TEXT = (
    "PORT ILSEN (Meridian Press) - The tanker Aurora Bay ran aground near the Kelby district. "
    "Captain Anya Petrov had followed the port's instructions, the operator said. "
    "Petrov was questioned by police. "
    "The environmental group Blue Coast Maravia said the slick was large. "
    '"We will find out what went wrong," said Lukas Brenner, the transport minister. '
    "Washington sent a message to Havana. The United States urged calm. "
    "The ship later drifted off the Kessel Bank."
)


def _article() -> Article:
    return factories.article("a", TEXT, dt.date(2026, 4, 14), title="t")


def _actor(name: str, *aliases: str, role: str = "", stance: str = "") -> Actor:
    return Actor(
        id=name_key(name).replace(" ", "-"),
        name=name,
        aliases=list(aliases),
        kind="other",
        role=role,
        stance=stance,
        source_ids=["a"],
        mentions=1,
    )


def test_titles_are_not_names() -> None:
    assert display_name("Captain Anya Petrov") == "Anya Petrov"
    assert name_key("Rear Admiral Jonas Weir") == "jonas weir"
    assert name_key("Kelby General Hospital") == "kelby general hospital"
    assert name_key("Ministry of the Interior") == "ministry of the interior"


def test_names_the_model_missed_are_found_by_what_surrounds_them() -> None:
    found = set(names_written(TEXT, set()))
    assert {"Anya Petrov", "Blue Coast Maravia", "Lukas Brenner"} <= found
    assert not {"The", "Operator", "We"} & found


def test_kinds_come_from_evidence_in_the_sources() -> None:
    article = _article()
    entities = entities_for([article])
    texts = [TEXT]
    assert kind_of(["Aurora Bay"], texts, entities)[0] == "vessel"
    assert kind_of(["Kelby"], texts, entities)[0] == "place"
    assert kind_of(["Kessel Bank"], texts, entities)[0] == "place"
    assert kind_of(["Anya Petrov"], texts, entities)[0] == "person"
    assert kind_of(["Blue Coast Maravia"], texts, entities)[0] == "organisation"
    assert kind_of(["Lukas Brenner"], texts, entities)[0] == "person", "said Lukas Brenner"
    assert kind_of(["Washington"], texts, entities)[0] == "government"
    # A capital that only shortens the row's name stands for no government.
    college = kind_of(["Washington College", "Washington"], texts, entities)[0]
    assert college != "government"
    assert kind_of(["US government", "Washington"], texts, entities)[0] == "government"
    assert kind_of(["Maravia Star"], texts, entities) == ("", ""), "no evidence, no kind"
    graham = ["Senator Ida Moss of North Vell said on Thursday that she would relent."]
    assert kind_of(["North Vell"], graham, entities) == ("", ""), "a place is not who spoke"
    # A word that only qualifies a title types no one; an assembly is a government body.
    panel = ["Lind testified to the Kelby Foreign Affairs panel; the Kelby Assembly voted."]
    assert kind_of(["Affairs"], panel, entities) == ("", "")
    assert kind_of(["Kelby Assembly"], panel, entities)[0] == "government"
    # A town before a US state, as American reports write it, is a place; a senator
    # written with her state stays a person.
    towns = ["Floods hit Orsa, Conn. and Kelby, Ohio.", "Senator Ida Moss, Ind., spoke."]
    assert kind_of(["Orsa"], towns, entities)[0] == "place"
    assert kind_of(["Kelby"], towns[:1], entities)[0] == "place"
    assert kind_of(["Ida Moss"], towns, entities)[0] == "person"
    # A party and state after a name: a lawmaker's, with or without brackets.
    tagged = [
        "Two did not vote: Sens. Ida Vell (D-Va.) and Ivo Kessel (I-Vt.). Tova Brandt, R-Utah, did."
    ]
    assert [
        kind_of([n], tagged, entities)[0] for n in ("Ida Vell", "Ivo Kessel", "Tova Brandt")
    ] == ["person"] * 3
    # A newspaper's joined name is read by its parts; a joined surname is no body.
    papers = ["The Kelby Union-Tribune and the Orsa Press-Enterprise reported it first."]
    assert kind_of(["Kelby Union-Tribune"], papers, entities)[0] == "organisation"
    assert kind_of(["Orsa Press-Enterprise"], papers, entities)[0] == "organisation"
    assert kind_of(["Veloria Gazette"], papers, entities)[0] == "organisation"
    assert kind_of(["Ivo Campa-Lind"], papers, entities) == ("", "")
    # An acronym with its stops is a body; a name after "the" is no one who spoke.
    body = ["Ivo Lind, a former lawyer at the Kelby Archive Trust, told us the C.I.A. knew."]
    assert kind_of(["C.I.A."], body, entities)[0] == "organisation"
    assert kind_of(["Kelby Archive Trust"], body, entities)[0] != "person"
    # A capitalised "The" inside a sentence opens a publication's name, never a person's.
    told = ["Lind said so, according to The Ridge. The Ridge Moss spoke too."]
    assert kind_of(["Ridge"], told, entities)[0] == "organisation"
    assert kind_of(["Ridge Moss"], told, entities) == ("", "")
    paper = ["Lind told The Port Orsa Ledger-Herald on Monday."]
    assert kind_of(["Port Orsa"], paper, entities)[0] != "organisation", "a piece of its name"
    # A title's period is an abbreviation's; after a whole word it ends the sentence.
    cafe = ["She was Council speaker. Tidewell, the cafe she ran, closed. Gov. Ida Moss spoke."]
    assert kind_of(["Tidewell"], cafe, entities)[0] != "person"
    assert kind_of(["Ida Moss"], cafe, entities) == ("person", "“Gov. Ida Moss”")
    king = ["He thanked the King. The Orsa Trust paid. GOV. Ida Moss spoke."]
    assert kind_of(["Orsa Trust"], king, entities)[0] != "person"
    assert kind_of(["Ida Moss"], king, entities)[0] == "person", "an abbreviation in capitals"
    # "Jr." and "Sr." end a person's name; a numeral also ends a fund's or a war's.
    assert kind_of(["Ivo Lind Jr."], [], entities)[0] == "person"
    assert kind_of(["Ivo de Lind Jr."], [], entities)[0] == "person"
    assert kind_of(["Orsa Rovers Jr"], [], entities) == ("", ""), "a junior side"
    assert kind_of(["Ivo K. Lind III"], [], entities)[0] == "person", "the initial"
    assert kind_of(["Kelby Growth Partners III"], [], entities)[0] != "person"
    assert kind_of(["Aurora Star II"], [], entities) == ("", "")


def test_a_name_opening_on_a_given_name_is_a_persons() -> None:
    # A name opening on a given name, no cue written: a person, unless a word of it is a
    # place's, a body's or a common word of the articles.
    guests = [
        "Guests at the Kelby gala included Linda McOrsa, Kristen Vell-Brandt, Washington "
        "Vell, George Tides and Jeff Kessel Group. The tides rose. Families met at Sandy "
        "Hook, and the Christian Democrats in Beverly Hills."
    ]
    entities = entities_for([factories.article("g", guests[0])])
    typed = {
        n: kind_of([n], guests, entities)[0]
        for n in (
            "Linda McOrsa",
            "Kristen Vell-Brandt",
            "Washington Vell",
            "George Tides",
            "Sandy Hook",
            "Christian Democrats",
            "Beverly Hills",
        )
    }
    assert typed == {
        "Linda McOrsa": "person",
        "Kristen Vell-Brandt": "person",
        "Washington Vell": "",
        "George Tides": "",
        "Sandy Hook": "",
        "Christian Democrats": "",
        "Beverly Hills": "",
    }
    assert kind_of(["Jeff Kessel Group"], guests, entities)[0] == "organisation"


def test_a_description_is_no_role_nor_deed_and_one_name_is_one_row() -> None:
    """A model's "X is a …" sentence is neither a role nor what X did; a surname-only row
    given its full name meets the model's own row of that name: one row."""
    article = _article()
    entities = entities_for([article])
    sources = {s.id: s for s in profile_sources([article], [], dt.date(2026, 4, 15))}
    context = Context(statements([article], entities), sources, [], entities)
    described = "Lukas Brenner is a transport minister."
    actors = [_actor("Lukas Brenner", role=described, stance=described)]
    [brenner] = refine_actors(actors, context, Grounding(entities), [TEXT])
    assert described not in (brenner.role, brenner.stance)
    full = _actor("Anya Petrov", "Petrov", role="captain").model_copy(update={"mentions": 3})
    plain = _actor("Anya Petrov", "Captain Petrov", stance="was questioned by police")
    [row] = _one_row_per_name([plain, full])
    assert (row.role, row.stance, row.mentions) == ("captain", "was questioned by police", 4)
    assert row.aliases == ["Captain Petrov", "Petrov"]


def test_one_row_per_entity_and_roles_only_with_a_backing_sentence() -> None:
    article = _article()
    entities = entities_for([article])
    sources = {s.id: s for s in profile_sources([article], [], dt.date(2026, 4, 15))}
    context = Context(statements([article], entities), sources, [], entities)
    actors = [
        _actor("United States", role="urged calm"),
        _actor("Washington"),
        _actor("Anya Petrov", "Captain Anya Petrov", role="captain", stance="supporting Maduro"),
        _actor("Petrov"),
    ]
    refined = {a.name: a for a in refine_actors(actors, context, Grounding(entities), [TEXT])}
    assert set(refined) == {"United States", "Anya Petrov", "Petrov"} or set(refined) == {
        "United States",
        "Anya Petrov",
    }
    us = refined["United States"]
    assert "Washington" in us.aliases
    # A country holds no office: the model's "role" is what it did, its stance.
    assert (us.role, us.stance, us.stance_source) == ("", "urged calm", "a")
    petrov = refined["Anya Petrov"]
    assert petrov.kind == "person"
    assert petrov.stance == "", "no sentence backs it"
    assert petrov.stance_source is None


def _context(text: str) -> Context:
    article = factories.article("a", text, dt.date(2026, 4, 14), title="t")
    entities = entities_for([article])
    sources = {s.id: s for s in profile_sources([article], [], dt.date(2026, 4, 15))}
    return Context(statements([article], entities), sources, [], entities, {"a": text})


def test_what_an_actor_did_or_said_is_quoted_from_the_sources() -> None:
    context = _context(
        '"We will not wait," Mayor Ida Moss said. '
        "Ida Moss, the city's mayor, ordered an inquiry into the collapse of the Ostrand bridge. "
        "Ida Moss's aides said the report was late. "
        "The minister said the water had reached 4.2 metres at the gauge on Monday."
    )
    assert deed(_actor("Ida Moss"), context) == (
        "“ordered an inquiry into the collapse of the Ostrand bridge”",
        "a",
    )
    # A possessive is someone else's act, and a bare "said" says nothing.
    others = _context('"Late again," Ida Moss said. Ida Moss\'s aides said the report was late.')
    assert deed(_actor("Ida Moss"), others) is None
    minister = deed(_actor("The minister"), context)
    assert minister is not None
    assert "4.2 metres" in minister[0]  # a decimal point does not end the clause
    # Inside someone's quotation an act is their account, not the report's.
    quoted = _context("“Ida Moss ordered the inquiry into the pier last month,” the aide said.")
    assert deed(_actor("Ida Moss"), quoted) is None


def test_a_saying_that_tells_only_where_gives_way_to_what_was_said() -> None:
    context = _context(
        "“The pier will reopen in a week,” Ida Moss said before the vote. "
        "Ida Moss wrote in a note handed to the council on Tuesday. "
        "Ida Moss said Tuesday in remarks at the pier."
    )
    assert deed(_actor("Ida Moss"), context) == (
        "said “The pier will reopen in a week”",
        "a",
    )
    # A saying followed by what was said is the act, with "that" or without.
    for said in (
        "Ida Moss said on Monday she would reopen the pier within a week.",
        "Ida Moss wrote to the harbour council demanding a recount of the levy vote.",
    ):
        found = deed(_actor("Ida Moss"), _context(said))
        assert found is not None, said
        assert found[0].startswith(("“said on Monday", "“wrote to")), said
    # A saying that says what ("said on Friday that ...") is the act.
    told = _context("Ida Moss said on Friday that the pier would reopen within a week.")
    found = deed(_actor("Ida Moss"), told)
    assert found is not None
    assert found[0].startswith("“said on Friday that")
    # A state's abbreviation before a comma does not end the clause.
    place = _context("Ida Moss called the flood in Kelby, Ore., a disaster for the whole coast.")
    found = deed(_actor("Ida Moss"), place)
    assert found is not None
    assert "a disaster" in found[0]


def test_a_description_among_the_spellings_gives_the_person_no_act() -> None:
    # A model listed "Moss campaign aide" as a spelling of Ida Moss: the aide's words
    # are not hers.
    context = _context("A Moss campaign aide, though, said the tax plan was fair to the harbour.")
    assert deed(_actor("Ida Moss", "Moss campaign aide"), context) is None
    # A body's name written in lower case is still its name.
    board = _context("The Orsa harbour board voted to raise mooring fees by a third.")
    assert deed(_actor("Orsa Harbour Board", "Orsa harbour board"), board) is not None


def test_a_longer_surname_is_the_one_person_whose_name_ends_with_it() -> None:
    text = "Ada Wasserman Lind chairs the board. Wasserman Lind said she would stay on."
    context = _context(text)
    rows = [_actor("Ada Wasserman Lind"), _actor("Wasserman Lind")]
    refined = refine_actors(rows, context, Grounding(context.entities), [text])
    assert [(a.name, a.aliases) for a in refined] == [("Ada Wasserman Lind", ["Wasserman Lind"])]
    # A title and a surname are one word of a name: the president is not his daughter.
    family = "President Lind spoke. Vera Lind, his daughter, spoke too."
    context = _context(family)
    rows = [_actor("President Lind"), _actor("Vera Lind")]
    refined = refine_actors(rows, context, Grounding(context.entities), [family])
    assert sorted(a.name for a in refined) == ["President Lind", "Vera Lind"]


def test_a_fathers_name_inside_his_sons_is_not_the_son() -> None:
    text = (
        "The gunman, Ivo Petar Oren Lind, was 29. Ivo Lind had worked as a guard. "
        "His father, Oren Lind, spoke to reporters in Kelby. Detective Vera Orsa led the case."
    )
    context = _context(text)
    rows = [
        _actor("Ivo Petar Oren Lind", "Ivo Lind"),
        _actor("Oren Lind", role="gunman"),  # a small model's role for the father
        _actor("Vera Orsa", role="detective"),
    ]
    refined = refine_actors(rows, context, Grounding(context.entities), [text])
    assert sorted((a.name, a.aliases, a.role) for a in refined) == [
        ("Ivo Petar Oren Lind", ["Ivo Lind"], ""),
        ("Oren Lind", [], ""),
        ("Vera Orsa", [], "Detective"),  # the source's title, as it writes it
    ], "the son's name holds the father's: it neither joins nor gives the father a role"


def test_rows_that_name_no_single_actor_are_left_out_and_shared_spellings_settled() -> None:
    text = (
        "Governor Ada Lind's Harvest address drew praise. Governor Ada Lind signed the bill. "
        "Ms. Tova Lind and Ms. Vera Lind, her daughters, watched; the girls smiled. "
        "A letter to Tova and Vera posted online praised them. "
        "The Lind administration said the bill would pass. The Selva river rose."
    )
    context = _context(text)
    mother = _actor("Ada Lind", "Lind", "Governor Lind")
    mother = mother.model_copy(update={"mentions": 4})
    rows = [
        mother,
        _actor("Tova Lind", "Lind", "Governor Lind"),
        _actor("Vera Lind", "Governor Lind"),
        _actor("Vera"),
        _actor("Ada Lind's Harvest"),
        _actor("Tova and Vera"),
        _actor("Lind Girls"),
        _actor("Very Serious public events"),
        _actor("Selva river"),
        _actor("Lind administration"),
    ]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(context.entities), [text])}
    assert set(refined) == {"Ada Lind", "Tova Lind", "Vera Lind", "Lind administration"}
    # The governor's spellings stay hers: her daughters hold no office.
    assert "Governor Lind" in refined["Ada Lind"].aliases
    assert (refined["Tova Lind"].role, refined["Vera Lind"].role) == ("", "")
    assert "Vera" in refined["Vera Lind"].aliases, "a first name joins its full name"
    assert refined["Tova Lind"].kind == "person", "“Ms. Tova Lind”"
    # "to Tova and Vera posted": the letter was posted, not by them.
    assert refined["Vera Lind"].stance == ""


def test_a_nations_name_is_no_spelling_of_a_group_named_after_it() -> None:
    text = (
        "The environmental group Green Veloria said the slick had grown. "
        "Velorian officials closed the beaches. Veloria asked for help."
    )
    context = _context(text)
    rows = [_actor("Green Veloria"), _actor("Veloria")]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(context.entities), [text])}
    assert set(refined) == {"Green Veloria", "Veloria"}
    assert refined["Green Veloria"].aliases == []
    assert refined["Veloria"].kind == "country", "“Velorian”"
    man = "Julia Marsh met Julian Lind at the port. Julia said the talks went well."
    context = _context(man)
    [julia] = refine_actors([_actor("Julia")], context, Grounding(context.entities), [man])
    assert julia.kind != "country", "Julian is a man's name, not a people's"


def test_a_first_name_two_fuller_rows_share_names_neither() -> None:
    text = (
        "President George Lind met George Marsh, the harbour master, on Friday. "
        "George Lind said the port would reopen."
    )
    context = _context(text)
    rows = [_actor("George Lind"), _actor("George Marsh"), _actor("George")]
    refined = refine_actors(rows, context, Grounding(context.entities), [text])
    assert sorted(a.name for a in refined) == ["George Lind", "George Marsh"]
    bodies = (
        "The Bank of Veloria raised its rate. The Veloria Defence Forces moved north. "
        "Veloria said it would talk."
    )
    context = _context(bodies)
    rows = [_actor("Bank of Veloria"), _actor("Veloria Defence Forces"), _actor("Veloria")]
    refined = refine_actors(rows, context, Grounding(context.entities), [bodies])
    assert "Veloria" in {a.name for a in refined}, "bodies named after it leave it an actor"


def test_an_office_in_someone_elses_name_is_no_apposition_role() -> None:
    from briefing.analysis.actors.roles import apposition_of

    charged = "Ivo Moss, who was charged in Special Counsel Ida Lind’s inquiry, left early."
    assert apposition_of(charged, "Ivo Moss") is None
    aide = "Ivo Moss, the president’s top adviser, left early."
    assert apposition_of(aide, "Ivo Moss") == "president’s top adviser"


def test_an_apposition_runs_past_an_abbreviated_title() -> None:
    context = _context(
        "Elsa Rune, the communications director for Rep. Ivo Marsh (R-Tenn.), wrote a post."
    )
    assert (
        refine_actors([_actor("Elsa Rune")], context, Grounding(context.entities), [""])[0].role
        == "communications director for Rep. Ivo Marsh"
    )


def test_an_act_of_this_story_goes_before_one_dated_in_the_past() -> None:
    context = _context(
        "Ida Moss told a radio host last year that she would never leave the harbour board. "
        "Ida Moss announced on Friday that she would resign from the harbour board."
    )
    found = deed(_actor("Ida Moss"), context)
    assert found is not None
    assert found[0].startswith("“announced on Friday")
    longer = _context(
        "Ida Moss told a radio host last year that she would never ever leave the harbour "
        "board. Ida Moss announced her resignation on Friday."
    )
    found = deed(_actor("Ida Moss"), longer)
    assert found is not None
    assert found[0].startswith("“announced"), "this story's act first, even a short one"


def test_an_act_or_the_name_again_is_no_role_and_one_word_is_no_stance() -> None:
    text = (
        "The Justice Department indicted the mayor on Tuesday. "
        "The Rail Workers' Union said 11,000 members joined the strike. "
        "Lawyer Ida Moss said the charges came far too soon and would be fought."
    )
    context = _context(text)
    rows = [
        _actor("Justice Department", role="indicted"),
        _actor("Rail Workers' Union", role="union"),
        _actor("Ida Moss", stance="Indicted"),
    ]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(context.entities), [text])}
    assert refined["Justice Department"].role == ""
    assert refined["Rail Workers' Union"].role == ""
    moss = refined["Ida Moss"]
    assert moss.stance.startswith("“said the charges came"), "her own words, not “Indicted”"


def test_a_models_office_is_set_aside_when_it_is_anothers_title() -> None:
    text = (
        "Candidate Ada Moss ripped Mayor Ivo Brandt and Vera Lind for their silence. "
        "Union leader Tova Kress said the strike would go on. "
        "Ida Marsh became harbour master Tuesday after Ivo Brandt resigned."
    )
    context = _context(text)
    rows = [
        _actor("Vera Lind", role="mayor"),
        _actor("Tova Kress", role="union leader"),
        _actor("Ada Moss", role="candidate for mayor"),
        _actor("Ida Marsh", role="harbour master"),
    ]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(context.entities), [text])}
    assert refined["Vera Lind"].role == "", "the mayor is the man named before her"
    assert refined["Ada Moss"].role == "", "the only mayor near her is another's title"
    # The job written before her name, as the source writes it, comes before the model's.
    assert refined["Tova Kress"].role == "Union leader"
    assert refined["Ida Marsh"].role == "harbour master", "a weekday after it is no name"


def test_a_party_tag_a_suffix_or_two_bodies_joined_is_no_actor() -> None:
    text = "Sen. Ida Moss (R-Texas) and the Red Cross spoke. Moss Jr. did not."
    context = _context(text)
    rows = [
        _actor("Ida Moss"),
        _actor("R-Texas"),
        _actor("Jr"),
        _actor("Feb"),
        _actor("Thrusday"),
        _actor("Northern Aid League and Coastal Relief Fund"),
    ]
    refined = refine_actors(rows, context, Grounding(context.entities), [text])
    assert [a.name for a in refined] == ["Ida Moss"]


def test_the_tail_of_a_longer_name_does_not_act() -> None:
    context = _context(
        "The head of the Board of Staff confirmed she had read the memo. "
        "White House Staff said nothing. President Ida Moss announced a new inquiry today."
    )
    assert deed(_actor("Staff"), context) is None
    moss = deed(_actor("Ida Moss"), context)
    assert moss is not None
    assert moss[0].startswith("“announced a new inquiry"), "a title before a name is no name"


def test_a_former_office_stays_former() -> None:
    context = _context(
        "In the survey, former House Speaker Ivo Marsh won 12 percent. Marsh said he would run."
    )
    [marsh] = refine_actors(
        [_actor("Ivo Marsh", "Marsh")], context, Grounding(context.entities), [""]
    )
    assert marsh.role == "former House Speaker"


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("acting Port Director", "acting Port Director"),
        ("then-acting Port Director", "then-acting Port Director"),
        ("outgoing Port Director", "outgoing Port Director"),
        ("ex-Port Director", "ex-Port Director"),
        ("the Port Director", "Port Director"),
    ],
)
def test_an_acting_or_outgoing_office_keeps_the_word_that_says_so(written: str, role: str) -> None:
    context = _context(f"The board met {written} Ivo Marsh on Friday. Marsh said he would stay.")
    [marsh] = refine_actors(
        [_actor("Ivo Marsh", "Marsh")], context, Grounding(context.entities), [""]
    )
    assert marsh.role == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Special Counsel", "Special Counsel"),
        ("House Majority Whip", "House Majority Whip"),
        ("Orsa County Prosecutor", "Orsa County Prosecutor"),
        ("Kelby Police Officer", "Kelby Police Officer"),
        ("Last Friday Special Counsel", "Special Counsel"),
    ],
)
def test_an_american_office_before_the_name_is_the_role(written: str, role: str) -> None:
    context = _context(f"On Friday {written} Ivo Marsh spoke to reporters. Marsh said little.")
    [marsh] = refine_actors(
        [_actor("Ivo Marsh", "Marsh")], context, Grounding(context.entities), [""]
    )
    assert marsh.role == role


@pytest.mark.parametrize("written", ["Ivo Marsh", "Ivo K. Marsh"])
def test_a_spelling_with_the_title_in_it_leaves_the_whole_title(written: str) -> None:
    # The model may give the titled form as an alias; its words are the title's, so
    # "State" is no given name to strip from "Secretary of State", and an initial the
    # other spellings lack is the name's.
    context = _context(f"Secretary of State {written} flew in. Marsh said little.")
    [marsh] = refine_actors(
        [_actor("Ivo Marsh", "Marsh", f"Secretary of State {written}")],
        context,
        Grounding(context.entities),
        [""],
    )
    assert marsh.role == "Secretary of State"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Kelby Port press secretary Ivo Marsh said so.", "Kelby Port press secretary"),
        ("It was, said budget director Ivo Marsh, too late.", "budget director"),
        ("Neither Moss nor Kelby Party nominee Ivo Marsh came.", "Kelby Party nominee"),
        ("Then Moss's former aide Ivo Marsh left.", "Moss's former aide"),
        ("The Kelby Star reporter Ivo Marsh wrote it.", "Kelby Star reporter"),
        ("Then presumptive Kelby Party nominee Ivo Marsh won.", "presumptive Kelby Party nominee"),
        ("It angered radio host Ivo Marsh.", "radio host"),
        ("The vote went to Lind. Kelby economist Ivo Marsh agreed.", "Kelby economist"),
        ("White House chief of staff Ivo Marsh met Moss.", "White House chief of staff"),
        ("Moss spoke with then-president Ivo Marsh.", "then-president"),
        ("The bank, according to economist Ivo Marsh, will fail.", "economist"),
        ("In May economist Ivo Marsh warned of a slowdown.", "economist"),
        ("The Kelby Port press secretary, Ivo Marsh, said so.", "Kelby Port press secretary"),
        ("Lind Jr.'s attorney, Ivo Marsh, said so.", "Lind Jr.'s attorney"),
        ("It was the sister of Kelby Party candidate Ivo Marsh.", "Kelby Party candidate"),
        ("It was the party's nominee for president, Ivo Marsh.", None),
        ("The site's founder, Ivo Marsh, said so.", "founder"),
    ],
)
def test_a_job_written_in_lower_case_before_the_name_is_the_role(
    sentence: str, role: str | None
) -> None:
    context = _context(f"{sentence} Marsh said little.")
    [marsh] = refine_actors(
        [_actor("Ivo Marsh", "Marsh")], context, Grounding(context.entities), [""]
    )
    assert marsh.role == (role or "")


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Moss told host Ivo Marsh nothing.", "host"),
        ("Moss said she would challenge incumbent Ivo Marsh.", "incumbent"),
        ("They hired her to host Ivo Marsh on Friday.", None),
        ("Moss met officials Ivo Marsh and Ada Lind.", None),
        ("Ivo Marsh spoke to reporters.", None),
        ("Ada Moss faces incumbent Ivo Marsh in May.", "incumbent"),
        ("Kelby Bank hires economist Ivo Marsh.", "economist"),
        ("Moss, citing economist Ivo Marsh, said no.", "economist"),
        ("The show will also host Ivo Marsh next week.", None),
        ("Prosecutors told the judge Ivo Marsh had fled.", None),
        ("It ran on Iran. Kelby economist Ivo Marsh agreed.", "Kelby economist"),
        ("Meanwhile Kelby economist Ivo Marsh agreed.", "Kelby economist"),
        ("In Veloria former president Ivo Marsh was arrested.", "former president"),
        ("Moss fired her campaign manager\nIvo Marsh said so.", None),
        ("The campaign manager Ivo Marsh hired last year quit.", None),
        ('Moss called him "a fake economist Ivo Marsh" on Friday.', None),
        ("The Kelby press secretary Ivo Marsh said no.", "Kelby press secretary"),
    ],
)
def test_a_verb_or_a_word_of_the_sentence_is_no_part_of_a_lower_case_role(
    sentence: str, role: str | None
) -> None:
    assert lower_title_of(sentence, "Ivo Marsh") == role


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The special counsel, Ivo Marsh, said so.", "special counsel"),
        ("It was late, said the press secretary, Ivo Marsh, on Monday.", "press secretary"),
        ("In a letter to the mayor, Ivo Marsh, who chairs the panel, wrote.", None),
        ("After meeting the president, Ivo Marsh, 54, said so.", None),
        ("The mayor, Ivo Marsh, Ada Moss and Vera Kessel attended.", None),
    ],
)
def test_a_role_set_off_before_the_name_opens_its_sentence(sentence: str, role: str | None) -> None:
    assert set_off_title_of(sentence, "Ivo Marsh") == role


def test_a_surname_row_takes_the_one_full_name_the_sources_give() -> None:
    text = (
        "Harbour press secretary Tomas K. Orsa said the fees would rise. "
        "“The board is not concerned,” Mr. Orsa said on Friday. But Orsa left early. "
        "Linda Kessel and Vera Kessel, two sisters, sued the board. Kessel said she would win."
    )
    context = _context(text)
    rows = [_actor("Orsa"), _actor("Kessel")]
    refined = refine_actors(rows, context, Grounding(context.entities), [text])
    by_name = {a.name: a for a in refined}
    assert by_name["Tomas K. Orsa"].aliases == ["Orsa"]
    assert by_name["Tomas K. Orsa"].kind == "person"
    assert "Kessel" in by_name, "two sisters: the surname may be either's"
    others = (
        "Rep. Rosa Velez won the vote, Mr. Velez's rival said. Representative Ana Vélez of "
        "Orsa won, the clerk said. Ivo Lind Jr. spoke for Mr. Lind."
    )
    context = _context(others)
    rows = [_actor("Velez"), _actor("Lind")]
    refined = refine_actors(rows, context, Grounding(context.entities), [others])
    assert sorted(a.name for a in refined) == ["Lind", "Velez"], "accents aside; a son's name"
    longer = "Tomas Ivo Kessel spoke. Veloria's Orsa scored. Mr. Kessel and Mr. Orsa left."
    context = _context(longer)
    rows = [_actor("Kessel"), _actor("Orsa")]
    refined = refine_actors(rows, context, Grounding(context.entities), [longer])
    assert sorted(a.name for a in refined) == ["Kessel", "Orsa"], "a middle name; a possessive"


def test_a_law_or_a_bill_is_no_actor_row() -> None:
    text = (
        "The Kelby Harbour Act, passed in 2010, set the fees. Senator Ida Moss said the "
        "Harbour Safety Bill would change them. Bill Orsa said he agreed."
    )
    context = _context(text)
    rows = [
        _actor("Kelby Harbour Act"),
        _actor("Harbour Safety Bill"),
        _actor("Ida Moss"),
        _actor("Bill Orsa"),
    ]
    refined = refine_actors(rows, context, Grounding(context.entities), [text])
    assert sorted(a.name for a in refined) == ["Bill Orsa", "Ida Moss"]


def test_a_place_no_source_has_act_is_no_actor_row() -> None:
    text = (
        "The tanker ran aground off the Kessel Bank on Monday. "
        "Captain Ida Moss said the crew followed the port's instructions."
    )
    context = _context(text)
    rows = [_actor("Kessel Bank"), _actor("Ida Moss")]
    refined = refine_actors(rows, context, Grounding(context.entities), [text])
    assert [a.name for a in refined] == ["Ida Moss"]
    senator = "Senator Ivo Marsh of Kentucky said the port should reopen."
    context = _context(senator)
    rows = [_actor("Kentucky"), _actor("Ivo Marsh")]
    refined = refine_actors(rows, context, Grounding(context.entities), [senator])
    assert [a.name for a in refined] == ["Ivo Marsh"], "a US state that does nothing"
    town = "Ivo Marsh recalled the flood in Kelby, Conn. Kelby, Ore. was spared."
    context = _context(town)
    refined = refine_actors(
        [_actor("Kelby"), _actor("Ivo Marsh")], context, Grounding(context.entities), [town]
    )
    assert [a.name for a in refined] == ["Ivo Marsh"], "a town, as US reports write one"
    mayor = "Ida Moss, the mayor of Orsa, who is a Quaker, said a plant in Orsa would open."
    context = _context(mayor)
    rows = [_actor("Orsa"), _actor("Quaker"), _actor("Ida Moss")]
    refined = refine_actors(rows, context, Grounding(context.entities), [mayor])
    assert [a.name for a in refined] == ["Ida Moss"], "her town and what she is are no actors"
    veteran = (
        "A former Marine in the Gulf War, Ida Moss said the pier would reopen. "
        "A Harbour Authority spokesman said the pier was safe."
    )
    context = _context(veteran)
    rows = [_actor("Marine in the Gulf War"), _actor("Harbour Authority"), _actor("Ida Moss")]
    refined = refine_actors(rows, context, Grounding(context.entities), [veteran])
    names = sorted(a.name for a in refined)
    assert names == ["Harbour Authority", "Ida Moss"], "what she was is no actor; a body is"
    won = "The recount handed victory to a jubilant Ivo Lind. Ida Moss conceded."
    context = _context(won)
    refined = refine_actors(
        [_actor("Ivo Lind"), _actor("Ida Moss")], context, Grounding(context.entities), [won]
    )
    assert sorted(a.name for a in refined) == ["Ida Moss", "Ivo Lind"], (
        "an adjective, no description"
    )
    village = "Amsel is a village on the Kessel Bank. Captain Ida Moss said the water rose."
    context = _context(village)
    described = _actor("Kessel Bank", stance="Amsel is a village on the Kessel Bank")
    refined = refine_actors(
        [described, _actor("Ida Moss")], context, Grounding(context.entities), [village]
    )
    assert [a.name for a in refined] == ["Ida Moss"], "a description is no act"


def test_a_report_naming_its_own_outlet_names_no_actor() -> None:
    text = "An aide sent a note to HuffPost about the vote. Ida Moss said she would run."
    article = factories.article("a", text, dt.date(2026, 4, 14), title="t", outlet="HuffPost")
    entities = entities_for([article])
    sources = {s.id: s for s in profile_sources([article], [], dt.date(2026, 4, 15))}
    context = Context(statements([article], entities), sources, [], entities)
    rows = [_actor("HuffPost"), _actor("Ida Moss")]
    refined = refine_actors(rows, context, Grounding(context.entities), [text])
    assert [a.name for a in refined] == ["Ida Moss"]


def test_a_quotation_its_speaker_is_named_after_is_what_they_said() -> None:
    context = _context("“The harbour stays shut until the divers are done,” said Mayor Ida Moss.")
    assert deed(_actor("Ida Moss"), context) == (
        "said “The harbour stays shut until the divers are done”",
        "a",
    )
    spokesman = _context(
        "“The harbour stays shut until the divers are done,” said Moss aide Tom Reed."
    )
    assert deed(_actor("Moss"), spokesman) is None, "her aide said it"
    aide = _context("“The harbour stays shut until the divers are done,” Ida Moss's aide said.")
    assert deed(_actor("Ida Moss"), aide) is None, "her aide said it"
    long = _context(
        "“The harbour stays shut until the divers are done and every pile of the old pier "
        "has been checked twice,” Ida Moss said."
    )
    found = deed(_actor("Ida Moss"), long)
    assert found is not None
    assert found[0].startswith("said “"), "said, then the speaker's words"
    assert found[0].endswith("…”"), "a quotation cut short is still closed"


@pytest.mark.parametrize(
    ("text", "name", "is_object"),
    [
        ("Both the board and lawyers for Mr. Ivo Marsh denied it.", "Marsh", True),
        ("A note to Tova and Vera Lind was read out.", "Vera", True),
        ("Secretary of State Dana Lind denied it.", "Dana", False),
        ("The Bank of Maravia denied it.", "Maravia", False),
        ("Officials said on Tuesday Dana Lind denied it.", "Dana", False),
    ],
)
def test_a_name_after_a_preposition_is_its_object_unless_a_title_joins_it(
    text: str, name: str, is_object: bool
) -> None:
    assert object_of(text, text.index(name)) is is_object


def test_an_office_beside_a_name_types_a_person_and_a_legislature_is_government() -> None:
    text = (
        "Ivo Brandt, a spokesman for the harbour board, spoke to the press. "
        "Congress and the U.S. Senate debated the harbour bill; Indian National Congress did not."
    )
    context = _context(text)
    rows = [_actor("Ivo Brandt"), _actor("Congress"), _actor("U.S. Senate")]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(context.entities), [text])}
    assert refined["Ivo Brandt"].kind == "person"
    assert refined["Ivo Brandt"].role == "spokesman for the harbour board"
    assert refined["Congress"].kind == "government"
    assert refined["U.S. Senate"].kind == "government"
    assert kind_of(["Indian National Congress"], [text], context.entities)[0] != "government"


def test_a_body_keeps_the_models_role_only_when_it_names_a_kind_of_body() -> None:
    for role, kept in (
        ("port operator", True),
        ("operator of the port", True),
        ("negotiator", False),
        ("head of the press office", False),
    ):
        text = f"The Harbour Authority, {role}, said on Monday that fees would rise."
        context = _context(text)
        row = _actor("Harbour Authority", role=role)
        [board] = refine_actors([row], context, Grounding(context.entities), [text])
        assert board.kind == "organisation"
        assert (board.role == role) is kept, role


def test_a_capitalised_event_names_no_actor_and_a_job_before_a_name_types_a_person() -> None:
    text = (
        "Moss was never posted to the Orsa War, records show. On his show the comedian "
        "Ivo Marsh, an old ally, mocked the claim. The Kelby Strike said Moss lied."
    )
    context = _context(text)
    text += " Ida Storm, a lawyer for the union, filed the appeal."
    context = _context(text)
    rows = [_actor("Orsa War"), _actor("Ivo Marsh"), _actor("Kelby Strike"), _actor("Ida Storm")]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(context.entities), [text])}
    # A war is an event, as a strike is; one that speaks ("the Kelby Strike said", a
    # club's name) stays.
    assert set(refined) == {"Ivo Marsh", "Kelby Strike", "Ida Storm"}, "a surname is no event"
    assert (refined["Ivo Marsh"].role, refined["Ivo Marsh"].kind) == ("comedian", "person")


def test_a_nations_people_describes_and_names_no_actor() -> None:
    text = "Maravians voted across Maravia. Americans watched. Laos sent observers."
    context = _context(text)
    described = [
        a for a in ("Maravians", "Americans", "Laos") if is_description(_actor(a), context)
    ]
    assert described == ["Maravians", "Americans"], "a country's name ending in s is no plural"


def test_a_piece_of_a_longer_name_or_a_headings_words_name_no_actor() -> None:
    text = (
        "Mayor Appoints Old Friend to Harbour Board\n\n"
        "Delegates met at the Coastal Nations General Assembly on Monday, where former "
        "President Tomas R. Lind spoke. The husband of Vera Ostrova said she was abroad. "
        "Democrat Ada Moss voted against the plan, and so did Ivo Brandt, a Democrat. "
        "“We lost,” one aide said. People said the vote was rushed; few "
        "people came. On Monday Tova Lind spoke, and Harbour Trust's Ida Brenner left. "
        "Kelby Watch's leaders met at the Kelby Watch Hall. WHO warned of a surge. "
        "The Coastal Foreign Trade Committee met. Lind had testified to the Kelby Foreign "
        "Affairs panel. Americans voted. She will see Lind at the Meridian Nations General "
        "Assembly in the spring."
    )
    context = _context(text)
    rows = [
        _actor("Assembly"),
        _actor("Affairs"),
        _actor("Americans"),
        _actor("Trade Committee"),
        _actor("Coastal Foreign Trade Committee"),
        _actor("Appoints Old Friend"),
        _actor("Tomas"),
        _actor("Vera Ostrova"),
        _actor("Ada Moss"),
        _actor("People"),
        _actor("Coastal Nations General Assembly"),
        _actor("Tova Lind"),
        _actor("Ida Brenner"),
        _actor("Kelby Watch"),
        _actor("Democrat"),
        _actor("We"),
        _actor("WHO"),
    ]
    refined = [a.name for a in refine_actors(rows, context, Grounding(context.entities), [text])]
    # A headline's capitals, a first name only ever written before the rest of the name,
    # a plural common word, a party member and a pronoun are no actors; after "of", a
    # party word, a weekday or a possessive a name starts, and a possessive is a mention;
    # a title word before a body's name is part of it ("Foreign" of the committee's, and
    # "General" of the assembly's); a word qualifying a title is no title before a name
    # ("Foreign Affairs" is the panel's); a nation's people is no actor.
    assert sorted(refined) == [
        "Ada Moss",
        "Coastal Foreign Trade Committee",
        "Coastal Nations General Assembly",
        "Ida Brenner",
        "Kelby Watch",
        "Tova Lind",
        "Vera Ostrova",
        "WHO",
    ]


def test_a_word_ending_a_buildings_or_a_parishs_name_and_a_silent_school_are_no_actors() -> None:
    """ "Center" of "the Orsa County Justice Center" (a title word before an institution's
    noun is part of its name) and "Serena" of "Our Lady of Serena"; "the President of
    Maravia" names a country, and "Judge Ada Moss" a person."""
    text = (
        "Outside the Orsa County Justice Center, after the review panel convened, protesters "
        "gathered. Rev. Ivo Brandt of "
        "Our Lady of Serena spoke. The President of Maravia called. Judge Ada Moss ruled. "
        "Students met at the Orsa Community College–Kelby Valley campus. Kelby University "
        "said it would reopen. A Kelby Medical Center spokesman said two were hurt, "
        "according to the Orsa Policy Center. Ivo Brandt of Amnesty Watch called. "
        "Critics of Ivo Brandt spoke.\nSupporters of Kessel rallied and Kessel thanked them."
    )
    context = _context(text)
    rows = [
        _actor("Center"),
        _actor("Serena"),
        _actor("Maravia"),
        _actor("Ada Moss"),
        _actor("Orsa Community College–Kelby Valley"),
        _actor("Kelby University"),
        _actor("Kelby Medical Center"),
        _actor("Orsa Policy Center"),
        _actor("Amnesty Watch"),
        _actor("Ivo Brandt"),
        _actor("Kessel"),
    ]
    refined = [a.name for a in refine_actors(rows, context, Grounding(context.entities), [text])]
    # A school where things happen is no actor; one that speaks is.
    assert sorted(refined) == [
        "Ada Moss",
        "Amnesty Watch",
        "Ivo Brandt",
        "Kelby Medical Center",
        "Kelby University",
        "Kessel",
        "Maravia",
        "Orsa Policy Center",
    ]


def test_a_name_only_inside_quotations_is_someones_words_not_an_actor() -> None:
    text = (
        "Mayor Ida Moss posted that “the Blues will never fund the harbour, and Kestrel"
        " Works knows it.” Kestrel Works said on Monday it would bid. “Norway is watching,”"
        " Moss added.\n\"We will not sell the quay,” the dockers' leader, Tova Kress, said."
        ' “The port is ours."'
    )
    context = _context(text)
    rows = [
        _actor("Ida Moss"),
        _actor("Blues"),
        _actor("Kestrel Works"),
        _actor("Norway"),
        _actor("Tova Kress"),
    ]
    refined = [a.name for a in refine_actors(rows, context, Grounding(context.entities), [text])]
    # "Blues" is only in the mayor's post; the company is also named by the report, a
    # country is a name wherever written, and a quotation opened with a straight mark and
    # closed with a curly one ends at its close.
    assert sorted(refined) == ["Ida Moss", "Kestrel Works", "Norway", "Tova Kress"]


def test_a_surname_after_an_honorific_types_the_full_name_a_person() -> None:
    text = (
        "Ida Brenner met the board. Ms. Brenner left early. Harbour Trust Fund paid. "
        "Gen. Martin praised Kessel Martin, the shipyard. The Coastal General Assembly met."
    )
    context = _context(text)
    assert kind_of(["Ida Brenner"], [text], context.entities)[0] == "person"
    assert kind_of(["Tomas R. Lind"], [text], context.entities)[0] == "person"  # an initial
    assert kind_of(["Tomas R. Lind III"], [text], context.entities)[0] == "person"
    assert kind_of(["Ada P. Moss Foundation"], [text], context.entities)[0] == "organisation"
    # A title is no honorific, nor is a name's own word.
    for body in ("Harbour Trust Fund", "Kessel Martin", "Coastal General Assembly"):
        assert kind_of([body], [text], context.entities)[0] != "person", body


def test_a_chamber_is_not_the_longer_name_ending_in_its_word() -> None:
    text = (
        "The White House said the bill was fair. The House voted on Friday; the House "
        "passed it 230-190. Acting White House aide Ida Moss spoke. The U.S. Senate will "
        "vote next; the Senate is split."
    )
    context = _context(text)
    rows = [_actor("White House"), _actor("House"), _actor("U.S. Senate"), _actor("Senate")]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(context.entities), [text])}
    assert set(refined) == {"White House", "House", "U.S. Senate"}
    assert refined["U.S. Senate"].aliases == ["Senate"]
    assert refined["House"].kind == "government"
    assert "House" not in refined["White House"].aliases


def test_an_acronym_joins_the_name_it_abbreviates_and_an_initial_is_no_spelling() -> None:
    text = (
        "The Meridian Press Agency reported the closure. MPA said the port would reopen. "
        "Tomas R. Lind, the port chief, spoke. Ada P. Moss posted on X that it would. "
        "X said it removed the post."
    )
    context = _context(text)
    rows = [
        _actor("Meridian Press Agency"),
        _actor("MPA"),
        _actor("Tomas R. Lind", "R"),
        _actor("R"),
        _actor("Ada P. Moss"),
        _actor("AP"),
        _actor("X"),
    ]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(context.entities), [text])}
    # A person's initials are no acronym; "X" is no one's initial.
    assert set(refined) == {"Meridian Press Agency", "Tomas R. Lind", "Ada P. Moss", "AP", "X"}
    assert refined["Meridian Press Agency"].aliases == ["MPA"]
    assert refined["Tomas R. Lind"].aliases == []


def test_a_stance_that_tells_no_act_gives_way_to_the_actors_deed() -> None:
    text = "Days after the election, Vera Lind said the harbour would stay open all winter."
    context = _context(text)
    rows = [_actor("Vera Lind", stance="days after the election")]
    [refined] = refine_actors(rows, context, Grounding(context.entities), [text])
    assert "election" not in refined.stance, "a time is nothing she did or said"
    assert "harbour would stay open" in refined.stance


def test_a_quotation_inside_a_deed_is_shown_in_single_marks_and_closed() -> None:
    """The clause ends at the full stop inside the marks, so the quotation it opens ends
    there too."""
    context = _context(
        "Ida Moss said the inquiry proved that “no harbour chief is above the law.” "
        "The pier stays shut."
    )
    assert deed(_actor("Ida Moss"), context) == (
        "“said the inquiry proved that ‘no harbour chief is above the law’”",
        "a",
    )


def test_a_given_name_alone_is_no_row() -> None:
    text = (
        "Ivo Orsa was charged on Friday. Orsa said he would fight. "
        "Richard Kelby Moss, a former aide, and Richard Lind testified. Lind left early. "
        "Senate Republicans met. Veloria CEO Ada Moss spoke."
    )
    context = _context(text)
    rows = [_actor(n) for n in ("Richard", "Lind", "Ivo Orsa", "Senate", "Veloria")]
    refined = [a.name for a in refine_actors(rows, context, Grounding(context.entities), [text])]
    assert "Richard" not in refined, "only ever a given name before a surname"
    assert {"Ivo Orsa", "Senate", "Veloria"} <= set(refined), "a body, a firm"
    assert "Richard Lind" in refined, "the surname, under the one full name written"


def test_the_office_another_holds_and_a_hypothetical_title_back_no_role() -> None:
    text = (
        "President Ivo Brandt spoke on Monday. Asked if the president had changed course, "
        "Vera Lind said voters would judge. Aides feared a President Lind would act. "
        "Ada Moss, the deputy mayor, agreed with Vera Lind."
    )
    context = _context(text)
    rows = [_actor("Vera Lind", role="president"), _actor("Ada Moss", role="deputy mayor")]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(context.entities), [text])}
    assert refined["Vera Lind"].role == "", "the president is Brandt; a President Lind is a wish"
    assert refined["Ada Moss"].role == "deputy mayor"


def test_a_name_of_no_kind_written_only_where_places_stand_is_no_row() -> None:
    text = (
        "Lawmakers on Kessel Hill called on Ivo Orsa to quit during the governor's Veloria "
        "trip. Aides who flew to Veloria on Monday said Orsa would stay. Tomas Lind said so "
        "on Orsa News Channel."
    )
    context = _context(text)
    rows = [_actor("Kessel Hill"), _actor("Veloria"), _actor("Tomas Lind")]
    rows.append(_actor("Orsa News Channel"))
    refined = [a.name for a in refine_actors(rows, context, Grounding(context.entities), [text])]
    assert refined == ["Orsa News Channel", "Tomas Lind"], "a channel is no place"


@pytest.mark.parametrize(
    "other",
    [
        "Vice President Ivo Brandt spoke on Monday.",
        "Kelby Bank President Ivo Brandt spoke on Monday.",
        "Moss faulted former President Ivo Brandt on Monday.",
        "The firm's president Ivo Brandt spoke on Monday.",
    ],
)
def test_another_office_or_becoming_it_leaves_the_models_role(other: str) -> None:
    for text in (
        f"{other} Asked whether the president would resign, Vera Lind said no.",
        "President Ivo Brandt spoke. Vera Lind, who became the president in May, said no.",
    ):
        context = _context(text)
        rows = [_actor("Vera Lind", role="president")]
        [lind] = refine_actors(rows, context, Grounding(context.entities), [text])
        assert lind.role == "president", text


def test_an_office_serving_the_actor_is_not_the_actors() -> None:
    text = (
        "“They could have called my lawyer,” Ivo Orsa said on Friday. "
        "Orsa's spokesman declined to comment. "
        "Vera Lind, the city's mayor, said the raid was lawful."
    )
    context = _context(text)
    rows = [_actor("Ivo Orsa", role="lawyer"), _actor("Vera Lind", role="mayor")]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(context.entities), [text])}
    assert refined["Ivo Orsa"].role == "", "his lawyer is someone else"
    assert refined["Vera Lind"].role.endswith("mayor")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Her lawyer, Tova Brandt, said the charges were false.", "lawyer"),
        ("Tova Brandt, her lawyer, said the charges were false.", "lawyer"),
        ("A lawyer for Tova Brandt said the charges were false.", ""),
        ("Tova Brandt's own lawyer said the charges were false.", ""),
        ("Tova Brandt, whose lawyer said the charges were false, left.", ""),
    ],
)
def test_a_role_set_beside_the_name_is_the_actors_one_serving_them_is_not(
    text: str, role: str
) -> None:
    context = _context(text)
    [actor] = refine_actors(
        [_actor("Tova Brandt", role="lawyer")], context, Grounding(context.entities), [text]
    )
    assert actor.role == role


def test_a_stance_telling_what_someone_else_did_is_not_the_actors() -> None:
    from briefing.analysis.actors import _anothers_act

    post = _actor("Orsa Post", "The Orsa Post")
    entities = _context("The board voted. It repeatedly denied it. US troops left.").entities
    assert _anothers_act("The Kelby Star reported the leak to the Orsa Post", post, entities)
    assert _anothers_act("the Kelby Star reported the leak", post, entities)
    for own in (
        "The Orsa Post reported the leak",
        "Supports the harbour plan",
        "The board voted to raise fees",
        "Repeatedly denied the report",
    ):
        assert not _anothers_act(own, post, entities), own
    assert not _anothers_act("Lind pleaded guilty to lying", _actor("Ivo Lind"), entities)
    assert not _anothers_act("US imposed sanctions", _actor("United States"), entities)


def test_an_attribution_between_commas_is_no_deed_of_the_reporter() -> None:
    text = (
        "The harbour plan, the Orsa Post reported, but the board kept it quiet until May. "
        "The Orsa Post reported on Friday that the harbour plan would cost $5 million."
    )
    found = deed(_actor("Orsa Post"), _context(text))
    assert found is not None
    assert found[0].startswith("“reported on Friday that the harbour plan")
    agreed = "Ida Moss said, and the board agreed, that the harbour levy was unlawful."
    found = deed(_actor("Ida Moss"), _context(agreed))
    assert found is not None
    assert "levy was unlawful" in found[0], "what she said"


def test_the_sources_column_holds_the_source_a_role_or_deed_quotes() -> None:
    text = "Harbour Master Ida Moss ordered the pier closed on Friday."
    context = _context(text)
    elsewhere = _actor("Ida Moss").model_copy(update={"source_ids": ["b"]})  # the model's
    [moss] = refine_actors([elsewhere], context, Grounding(context.entities), [text])
    assert moss.source_ids == ["a", "b"]
    assert moss.role == "Harbour Master"
    assert moss.role_source in moss.source_ids
    assert moss.stance_source in moss.source_ids


def test_who_after_a_name_types_a_person() -> None:
    text = (
        "Ida Moss, who runs the Orsa ferry, said the quay was safe. Senator Lind of Kelby"
        " Harbour, who chairs the committee, disagreed. Kelby Republicans, who hold the"
        " council, said nothing."
    )
    assert kind_of(["Ida Moss"], [text], Entities([]))[0] == "person"
    assert kind_of(["Kelby Harbour"], [text], Entities([]))[0] != "person", "the senator's"
    assert kind_of(["Kelby Republicans"], [text], Entities([]))[0] != "person", "a group"


def test_a_title_a_states_party_member_or_a_day_is_no_actor_nor_part_of_a_name() -> None:
    """ "Orsa Gazette Editor" written only before a name is her title; "the Utah
    Republican" stands for someone named elsewhere; "Sunday" after a name is the
    sentence's. A surname that is also an office ("Tom Bishop said") stays a name."""
    text = (
        "Orsa Gazette Editor Ida Moss said the mayor must go. Chairman Ivo Lind Sunday "
        "refused. The Utah Republican said Lind must explain. Tom Bishop said nothing."
    )
    context = _context(text)
    entities = context.entities
    rows = [
        _actor("Ida Moss"),
        _actor("Orsa Gazette Editor"),
        _actor("Utah Republican"),
        _actor("Ivo Lind"),
        _actor("Tom Bishop"),
    ]
    refined = refine_actors(rows, context, Grounding(entities), [text])
    assert sorted(a.name for a in refined) == ["Ida Moss", "Ivo Lind", "Tom Bishop"]
    found = set(names_written(text, set()))
    assert "Ivo Lind" in found
    assert not any("Sunday" in name for name in found)


def test_a_surname_of_no_kind_written_after_one_given_name_is_that_person() -> None:
    """ "Kessel said" and "Vera Kessel" elsewhere: the row is Vera Kessel, a person. A
    party's members after a body's name ("House Democrats") are no one's full name."""
    text = (
        "The fund was set up by Vera Kessel in 2019. Kessel said the fund would grow. "
        "House Democrats objected to the plan. Democrats said it was too small."
    )
    refined = refine_actors(
        [_actor("Kessel").model_copy(update={"kind": ""}), _actor("Democrats")],
        _context(text),
        Grounding(_context(text).entities),
        [text],
    )
    rows = {a.name: a.kind for a in refined}
    assert rows.get("Vera Kessel") == "person"
    assert "House Democrats" not in rows


def test_a_body_named_with_a_lower_case_word_or_a_web_address_is_no_person() -> None:
    """ "said Justice for Orsa" names a body, not a speaker; "KelbyVotes.org" is a site's
    or a group's name; "House Republican leaders" holds no one's name."""
    text = (
        "The cut was a disgrace, said Justice for Orsa. KelbyVotes.org said it would fight. "
        "Activists warned that House Republican leaders might stall the Orsa levy. "
        "The bill was drafted, said Ida de Moss."
    )
    entities = entities_for([factories.article("a", text)])
    assert kind_of(["Justice for Orsa"], [text], entities)[0] != "person"
    assert kind_of(["KelbyVotes.org"], [text], entities)[0] == "organisation"
    assert kind_of(["Ida de Moss"], [text], entities)[0] == "person"
    context = _context(text)
    rows = [_actor("House Republican"), _actor("Ida de Moss")]
    refined = refine_actors(rows, context, Grounding(context.entities), [text])
    assert [a.name for a in refined] == ["Ida de Moss"]


def test_a_name_in_brackets_does_not_do_what_its_sentence_says() -> None:
    """ "Dockers echo the views of some conservatives (Ida Moss and Ivo Lind)": the model's
    stance "echoes the views of some conservatives" is not what Moss did."""
    text = (
        "Ida Moss wrote a column on Friday. Dockers in Kelby now echo the views of some "
        "conservatives (Ida Moss and Ivo Lind) on the port."
    )
    context = _context(text)
    moss = _actor("Ida Moss", stance="echoes the views of some conservatives")
    [row] = refine_actors([moss], context, Grounding(context.entities), [text])
    assert "echoes" not in row.stance
    lind = _actor("Ivo Lind", stance="echoes the views of some conservatives on the port")
    plain = "Ivo Lind echoes the views of some conservatives on the port, he said."
    [kept] = refine_actors([lind], _context(plain), Grounding(_context(plain).entities), [plain])
    assert kept.stance.startswith("echoes"), "named as the doer: the stance stands"


def test_near_misses_of_the_title_description_day_and_surname_rules_stay_names() -> None:
    """A surname that is an office before a weekday or a suffix, a state's newspaper, a
    weekday as a surname after "said", a party's plural, a place before another place's
    name, particles joined to a name, and one actor named in brackets."""
    text = (
        "Tom Bishop Sunday urged calm. Tom Bishop Jr. said nothing. "
        "The Utah Independent reported the vote. The vote was close, said Ida Friday. "
        "Kelby Liberals met. Liberals said no. The Kelby Veloria ferry sailed. "
        "The bill's sponsor (Ida Moss) vowed to fight the harbour levy in court."
    )
    context = _context(text)
    entities = context.entities
    rows = [
        _actor("Tom Bishop"),
        _actor("Utah Independent"),
        _actor("Liberals").model_copy(update={"kind": ""}),
        _actor("Veloria").model_copy(update={"kind": ""}),
        _actor("Ida Moss", stance="vowed to fight the harbour levy in court"),
    ]
    refined = {a.name: a for a in refine_actors(rows, context, Grounding(entities), [text])}
    assert "Tom Bishop" in refined
    assert "Utah Independent" in refined
    assert "Kelby Liberals" not in refined
    assert "Kelby Veloria" not in refined
    assert refined["Ida Moss"].stance.startswith("vowed to fight")
    assert "Ida Friday" in set(names_written(text, set()))
    for name in ("Ivo al-Lind", "Ida d'Orsa", "Ivo ter Lind"):
        said = f"The levy is unfair, said {name}."
        assert kind_of([name], [said], entities_for([factories.article("b", said)]))[0] == "person"


def test_a_row_named_with_a_lower_case_job_is_the_name_after_it() -> None:
    """The model copies a sentence's words as a row's name: the job written before the
    name is the role the sources give, the name after it the row, one with its own."""
    text = (
        "Kelby Party presidential nominee Ida Moss lost. Ida Moss spoke to reporters. "
        "The Orsa Harbour Trust met."
    )
    context = _context(text)
    rows = [
        _actor("Kelby Party presidential nominee Ida Moss", "Kelby"),
        _actor("Ida Moss"),
        _actor("Orsa Harbour Trust"),
    ]
    refined = refine_actors(rows, context, Grounding(context.entities), [text])
    moss = next(a for a in refined if a.name == "Ida Moss")
    assert [a.name for a in refined].count("Ida Moss") == 1
    assert not any("nominee" in a.name for a in refined)
    assert moss.role == "Kelby Party presidential nominee"
    assert "Kelby" not in moss.aliases
    assert "Orsa Harbour Trust" in [a.name for a in refined], "no job in a body's name"


def _refined(text: str, *rows: Actor) -> dict[str, Actor]:
    context = _context(text)
    refined = refine_actors(list(rows), context, Grounding(context.entities), [text])
    return {a.name: a for a in refined}


def test_a_models_stance_stands_only_where_the_sentence_gives_its_verb_to_the_actor() -> None:
    # The act is the next clause's subject's, not the actor's.
    text = "Ida Moss resigned, but councillors are demanding the full audit."
    refined = _refined(text, _actor("Ida Moss", stance="demanding the full audit"))
    assert refined["Ida Moss"].stance == ""
    # Her own clause, or "said" right before her titles and name, gives it to her.
    own = "Ida Moss, the chair, demanded the full audit on Monday."
    mine = _refined(own, _actor("Ida Moss", stance="demanded the full audit"))["Ida Moss"]
    assert mine.stance == "demanded the full audit"
    said = "The audit was late, said Harbour Chair Ida Moss on Monday in Kelby."
    assert (
        _refined(said, _actor("Ida Moss", stance="said the audit was late"))["Ida Moss"].stance
        == "said the audit was late"
    )


def test_the_sources_words_for_the_models_act_are_shown_in_full() -> None:
    text = 'Mayor Ida Moss called the strike "reckless" and said the city would not pay.'
    moss = _refined(text, _actor("Ida Moss", stance="calling the strike"))["Ida Moss"]
    assert moss.stance == "“called the strike 'reckless' and said the city would not pay”"
    # A party tag's periods are an aside, and a straight quotation the clause cuts is closed.
    tagged = _context('Ivo Lind, R-Ariz., said the levy was "plainly unlawful." He left.')
    assert deed(_actor("Ivo Lind"), tagged) == ("“said the levy was 'plainly unlawful'”", "a")


def test_an_object_named_before_its_subject_gives_the_subject_no_act() -> None:
    text = "Voters cheered Kessel, whom Ivo Lind accused of hiding the harbour levy from the board."
    assert deed(_actor("Ivo Lind"), _context(text)) is None


def test_a_verb_and_its_object_is_no_role() -> None:
    agency = _actor("Orsa Agency")
    assert not _names_a_role("attacking the Harbour Board", agency)
    assert _names_a_role("ruling party", agency)
    assert _names_a_role("acting director", _actor("Ida Moss"))


def test_a_saying_of_what_gives_way_to_the_quotation_its_speaker_is_named_after() -> None:
    text = "“I was shocked by how dark it was,” Senator Ida Moss, of Orsa, said of the address."
    assert deed(_actor("Ida Moss"), _context(text)) == (
        "said “I was shocked by how dark it was”",
        "a",
    )


def test_after_a_preposition_which_opens_a_clause_the_name_is_subject_of() -> None:
    text = "It was an exchange in which Ivo Lind accused Kessel of hiding the harbour levy."
    assert deed(_actor("Ivo Lind"), _context(text)) == (
        "“accused Kessel of hiding the harbour levy”",
        "a",
    )


def test_a_bare_given_name_or_an_initial_is_no_spelling_shown() -> None:
    text = "Ada T. Moss said on Thursday that the levy stands. Moss left. Ada waved."
    row = _actor("Ada T. Moss", "Ada", "Moss", "T", "Rev. Ada Moss")
    refined = _refined(text, row)["Ada T. Moss"]
    assert refined.aliases == ["Moss", "Rev. Ada Moss"]
    assert bare_given_name("Ada", "Ada T. Moss")
    assert bare_given_name("Joseph", "Joe Moss"), "the formal name of the first"
    assert not bare_given_name("Moss", "Ada T. Moss"), "the surname is how reports name her"
    assert not bare_given_name("Ada", "Ada"), "one name is the name"
    assert not bare_given_name("Washington", "United States"), "a capital for its country"
    assert bare_given_name("Heidi", "Ada T. Moss", person=True), "another given name"
    assert not bare_given_name("Heidi", "Ada T. Moss"), "unless a person's"


def test_an_act_runs_past_a_months_abbreviation() -> None:
    text = "Ida Moss told the council on Oct. 28 that the levy would stand."
    assert deed(_actor("Ida Moss"), _context(text)) == (
        "“told the council on Oct. 28 that the levy would stand”",
        "a",
    )


def test_a_clergy_title_is_no_part_of_the_name() -> None:
    assert display_name("Father Ivo Lind") == "Ivo Lind"


def test_an_act_another_outlet_reported_is_not_given_as_done() -> None:
    text = (
        "The Kelby Star first reported Friday that the Harbour Union, which opposed the "
        "levy under Mayor J. Orsa, has decided to accept cuts to pensions."
    )
    assert deed(_actor("Harbour Union"), _context(text)) is None


def test_an_act_in_an_opening_subordinate_clause_ends_at_its_comma() -> None:
    text = (
        "While the Harbour Union claims its position on pensions is unchanged, others saw a shift."
    )
    assert deed(_actor("Harbour Union"), _context(text)) == (
        "“claims its position on pensions is unchanged”",
        "a",
    )


def test_a_body_named_beside_a_speaker_is_not_who_spoke() -> None:
    entities = entities_for([_article()])
    firm = ["“It will be slow,” Ivo Lind, a tax lawyer at Kessel Traurig, said on Monday."]
    assert kind_of(["Kessel Traurig"], firm, entities)[0] != "person"
    titled = ["“We won,” said Kelby Rights Campaign President Ida Moss."]
    assert kind_of(["Kelby Rights Campaign"], titled, entities)[0] != "person"
    assert kind_of(["Ida Moss"], titled, entities)[0] == "person"


def test_a_phrase_the_sources_write_in_lower_case_is_no_actor_row() -> None:
    text = "Voters want to stop the Kelby developer from winning the Orsa mayoral primary."
    rows = _refined(text, _actor("Kelby Developer"), _actor("Orsa Mayoral Primary"))
    assert not rows


def test_said_about_someone_tells_of_whom_but_says_about_a_figure_tells_what() -> None:
    about = "“It was a disgrace,” Ida Moss said about her rival on Monday."
    assert deed(_actor("Ida Moss"), _context(about)) == ("said “It was a disgrace”", "a")
    figure = "The Harbour Authority says about 600 tonnes escaped into the bay."
    assert deed(_actor("Harbour Authority"), _context(figure)) == (
        "“says about 600 tonnes escaped into the bay”",
        "a",
    )


@pytest.mark.parametrize(
    ("text", "stance", "stands"),
    [
        # A pronoun after her own saying is hers; an aside after the name is hers too.
        (
            "Ida Moss said she will appeal the harbour ruling.",
            "will appeal the harbour ruling",
            True,
        ),
        ("Ida Moss, chair since 2019, vetoed the harbour levy.", "vetoed the harbour levy", True),
        ("The levy is unlawful, argued Governor Ida Moss.", "argued the levy is unlawful", True),
        # Told, not telling; sued, not suing; the object of another's verb.
        (
            "Kessel told Ida Moss the harbour levy was unfair.",
            "told Kessel the levy was unfair",
            False,
        ),
        ("Ida Moss was sued by the harbour board on Monday.", "sued the harbour board", False),
        (
            "Kessel, who beat Ida Moss in the primary, demanded a recount.",
            "demanded a recount",
            False,
        ),
        (
            "Opposes the levy, Kessel said of the board; Ida Moss rejected it.",
            "Opposes the levy",
            False,
        ),
        (
            "Ida Moss found the ledgers as they investigated the fund.",
            "investigated the fund",
            False,
        ),
    ],
)
def test_the_stance_verb_is_the_actors_own(text: str, stance: str, stands: bool) -> None:
    assert gives_act(text, ["Ida Moss"], stance) is stands


def test_another_saying_of_the_actor_does_not_replace_the_models_act() -> None:
    text = (
        "Ida Moss said on Monday that she would not attend the gala dinner. "
        "Later, Ida Moss said the harbour levy was unlawful."
    )
    moss = _refined(text, _actor("Ida Moss", stance="said the harbour levy was unlawful"))
    assert moss["Ida Moss"].stance == "said the harbour levy was unlawful"


def test_a_relatives_quotation_or_a_condition_is_not_the_actors() -> None:
    husband = "“She never hid anything from the board,” Ivo Moss, her husband, said."
    assert deed(_actor("Ida Moss", "Moss"), _context(husband)) is None
    condition = "If Ida Moss had signed the harbour levy, the council would have sued her."
    assert deed(_actor("Ida Moss"), _context(condition)) is None
    rejected = "The offer, which the Harbour Union rejected on Monday, would have raised pay."
    assert deed(_actor("Harbour Union"), _context(rejected)) is None
    dated = "Although Ida Moss said on Oct. 28, 2025, that the levy stands, the board disagreed."
    found = deed(_actor("Ida Moss"), _context(dated))
    assert found == ("“said on Oct. 28, 2025, that the levy stands”", "a")


def test_an_act_on_an_office_is_no_role_and_a_quote_tag_with_that_is_whole() -> None:
    assert not _names_a_role("met with the senator", _actor("Ida Moss"))
    assert not _names_a_role("Attacking the Harbour Board", _actor("Orsa Agency"))
    assert cut_short("Mr. Lind said, describing it as a “minor error.”")
    assert not cut_short("Police said, citing witnesses, that the ship ran aground at night.")
    assert not cut_short("Ida Moss said, “We will appeal the ruling on the levy.”")


def test_a_capital_before_officials_stands_for_its_government() -> None:
    entities = entities_for([_article()])
    assert kind_of(["Washington officials", "Washington"], [TEXT], entities)[0] == "government"
    post = kind_of(["The Washington Post", "Washington"], [TEXT], entities)[0]
    assert post != "government"
    assert not bare_given_name("Charles", "Charles III", person=True)


def test_a_clause_is_no_role_and_one_short_word_for_another_is_no_spelling() -> None:
    assert not _names_a_role("insistent he is not a candidate", _actor("Ida Moss"))
    assert _names_a_role("candidate for mayor", _actor("Ida Moss"))
    assert not _close("abc news", "nbc news")
    assert not _close("joe lind", "jon lind")
    assert _close("delsey rodriguez", "delcy rodriguez")


def test_a_who_is_clause_with_its_own_subject_is_no_role() -> None:
    text = (
        "Ida Moss, who is insistent she herself is no candidate for mayor in 2030, said "
        "she was not sure."
    )
    assert _refined(text, _actor("Ida Moss", "Moss"))["Ida Moss"].role == ""


def test_a_quotation_named_after_an_office_of_capitalised_words_is_the_speakers() -> None:
    text = (
        "“Today the ruling gives certainty to every family,” Treasury Secretary Ida K. Lind said."
    )
    assert deed(_actor("Ida Lind", "Lind"), _context(text)) == (
        "said “Today the ruling gives certainty to every family”",
        "a",
    )


def test_a_quotation_named_after_a_lower_case_job_or_the_is_the_speakers() -> None:
    job = "“We will not be moved by the harbour board,” spokeswoman Ida Moss said."
    assert deed(_actor("Ida Moss"), _context(job)) == (
        "said “We will not be moved by the harbour board”",
        "a",
    )
    body = "“It is a failed plan for the harbour,” the Kelby Union said."
    assert deed(_actor("Kelby Union"), _context(body)) == (
        "said “It is a failed plan for the harbour”",
        "a",
    )


def test_told_whom_and_when_gives_way_and_an_act_at_the_time_is_background() -> None:
    told = "Ida Moss told the crowd Thursday night."
    assert deed(_actor("Ida Moss"), _context(told)) is None
    text = (
        "Ida Moss issued a statement at the time and called the levy a mistake. "
        "Ida Moss said on Friday that the harbour levy would stand."
    )
    found = deed(_actor("Ida Moss"), _context(text))
    assert found is not None
    assert found[0].startswith("“said on Friday")


def test_a_plural_title_before_the_first_of_two_names_is_no_part_of_it() -> None:
    assert display_name("Sens. Ida Moss") == "Ida Moss"
