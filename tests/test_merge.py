"""Quote verification and actor merging."""

from __future__ import annotations

from briefing.extract import ActorMention
from briefing.merge import verify_quote
from briefing.merge.actors import Actor, Mention, add_spellings, another_given_name, merge_actors
from briefing.merge.generations import join_generations
from briefing.merge.names import name_key

SOURCE = "He said: “Cuba looks like it’s going to fall,   I don’t know if they’ll last.” Then left."


def test_exact_quote_gets_its_span() -> None:
    quote = "Then left."
    assert verify_quote("He said: “Cuba looks", SOURCE) is not None
    span = verify_quote("I don’t know if they’ll last.", SOURCE)
    assert span is not None
    assert SOURCE[span.start : span.end] == "I don’t know if they’ll last"
    assert verify_quote(quote, SOURCE) is None, "too short to verify"


def test_normalised_quote_maps_back_to_the_original_text() -> None:
    span = verify_quote("\"cuba looks like it's going to fall, i don't know", SOURCE)
    assert span is not None
    assert SOURCE[span.start : span.end] == "Cuba looks like it’s going to fall,   I don’t know"


def test_paraphrase_is_not_verified() -> None:
    assert verify_quote("Cuba looks like it will fall soon", SOURCE) is None


def test_search_prefers_the_given_range() -> None:
    text = "the same four words here. the same four words here."
    span = verify_quote("the same four words", text, within=(20, len(text)))
    assert span is not None
    assert span.start == 26


def _mention(
    name: str, article: str, kind: str = "person", aliases: tuple[str, ...] = ()
) -> Mention:
    actor = ActorMention(name=name, aliases=list(aliases), kind=kind, role="", stance="")
    return Mention(actor=actor, article_id=article, aliases=aliases)


def test_rodriguez_spellings_are_one_actor_and_bruno_stays_apart() -> None:
    actors = merge_actors(
        [
            _mention("Delsey Rodriguez", "000"),
            _mention("President Rodrigues", "000"),
            _mention("Delcy Rodriguez", "001"),
            _mention("Delcy Rodríguez", "004"),
            _mention("Rodríguez", "004"),
            _mention("Bruno Rodríguez Padilla", "004"),
            _mention("Miguel Díaz-Canel", "004"),
            _mention("Miguel Diaz Canel", "000"),
        ]
    )
    by_name = {a.name: a for a in actors}
    delcy = by_name["Delcy Rodríguez"]
    assert set(delcy.aliases) == {"Delsey Rodriguez", "President Rodrigues", "Delcy Rodriguez"}
    assert delcy.source_ids == ["000", "001", "004"]
    assert "Bruno Rodríguez Padilla" in by_name
    assert "Rodríguez" not in {alias for a in actors for alias in a.aliases}, "ambiguous surname"
    assert by_name["Miguel Díaz-Canel"].aliases == ["Miguel Diaz Canel"]


def test_a_nickname_and_the_full_first_name_are_one_person_and_two_committees_are_two() -> None:
    actors = merge_actors(
        [
            _mention("Dick Marsh", "a"),
            _mention("Richard T. Marsh", "b"),
            _mention("Tom Marsh", "b"),
            _mention("Harbour Safety Committee", "a", kind="organisation"),
            _mention("Harbour Finance Committee", "b", kind="organisation"),
        ]
    )
    names = sorted(a.name for a in actors)
    assert len(names) == 4, names
    [richard] = [a for a in actors if "Dick Marsh" in (a.name, *a.aliases)]
    assert "Richard T. Marsh" in (richard.name, *richard.aliases)
    assert "Tom Marsh" not in (richard.name, *richard.aliases), "Tom is no nickname of Richard"
    family = merge_actors(
        [_mention("Bill Lind", "a"), _mention("William Lind", "b"), _mention("Robert Lind", "b")]
    )
    assert len(family) == 3, "Bill may be either; no one is merged"
    one_man = merge_actors(
        [
            _mention("Bob Kessel", "a"),
            _mention("Robert Kessel", "b"),
            _mention("Robert T. Kessel", "c"),
        ]
    )
    assert len(one_man) == 1, "Robert Kessel and Robert T. Kessel are one man, and Bob is him"


def test_a_models_alias_with_another_given_name_is_another_person() -> None:
    """A model listing one spouse's name as the other's alias: "Bill Kessel" is no
    spelling of Linda Moss Kessel; a nickname ("Bill" for William) or a misspelt given name
    ("Delsey" for Delcy) still is."""
    couple = merge_actors(
        [
            _mention("Linda Moss Kessel", "a", aliases=("Bill Kessel", "Kessel")),
            _mention("Bill Kessel", "b"),
        ]
    )
    assert len(couple) == 2
    linda = next(a for a in couple if a.name == "Linda Moss Kessel")
    assert "Bill Kessel" not in linda.aliases
    [william] = merge_actors([_mention("William Orsa", "a", aliases=("Bill Orsa",))])
    assert william.aliases == ["Bill Orsa"]
    [delcy] = merge_actors([_mention("Delcy Vell", "a", aliases=("Delsey Vell",))])
    assert delcy.aliases == ["Delsey Vell"]
    [tomas] = merge_actors([_mention("Tomas Vell", "a", aliases=("Tito Vell",))])
    assert tomas.aliases == ["Tito Vell"], "a nickname the dataset may lack"
    # "Mr. Kessel" and "Mrs. Kessel" among one row's spellings: two people, neither shown.
    # A title or a given name the dataset lacks is no other person's.
    assert len(merge_actors([_mention("Ivo Lind", "a", aliases=("Coach Lind",))])) == 1
    assert not another_given_name("beto orsa", "robert orsa")
    [wife] = merge_actors([_mention("Ida Kessel", "a", aliases=("Mrs. Kessel", "Mr. Kessel"))])
    assert wife.aliases == []
    [man] = merge_actors([_mention("Ivo Kessel", "a", aliases=("Mr. Kessel",))])
    assert man.aliases == ["Mr. Kessel"]


def test_a_name_with_middle_names_is_the_one_person_without_them() -> None:
    actors = merge_actors(
        [
            _mention("Vera Lind", "a"),
            _mention("Vera Kessel Lind", "b"),
            _mention("Harbour Committee", "a", kind="organisation"),
            _mention("Harbour Safety Committee", "b", kind="organisation"),
        ]
    )
    assert sorted(a.name for a in actors) == [
        "Harbour Committee",
        "Harbour Safety Committee",
        "Vera Kessel Lind",
    ]
    two = merge_actors(
        [
            _mention("Ida Moss", "a"),
            _mention("Ida Kessel Moss", "b"),
            _mention("Ida Orsa Moss", "b"),
        ]
    )
    assert len(two) == 3, "Ida Moss may be either"
    for pair in ("Ivo and Ada Marsh", "Ivo Marsh, Ada Marsh"):
        couple = merge_actors([_mention("Ivo Marsh", "a"), _mention(pair, "b")])
        assert len(couple) == 2, f"{pair}: a couple is no middle name"
    son = merge_actors([_mention("Ivo Marsh", "a"), _mention("Ivo T. Marsh Jr.", "b")])
    assert len(son) == 2, "a suffix is no middle name"


def test_verified_alias_links_mentions() -> None:
    actors = merge_actors(
        [
            _mention("Diosdado Cabello", "a"),
            _mention("Number Two", "b", aliases=("Diosdado Cabello",)),
        ]
    )
    assert len(actors) == 1


def test_statement_numbers_must_be_in_the_quote() -> None:
    from briefing.merge.claims import supported

    quote = "Cuba admitted that 32 officers were killed, and 1,200 were deployed."
    assert supported("32 officers were killed", quote)
    assert supported("1200 deployed", quote)
    assert not supported("About 140 Cuban security personnel were deployed", quote)
    assert supported("Cuba lost officers", quote)


def test_a_heading_is_not_a_claim() -> None:
    from briefing.merge.quotes import is_heading

    text = "The Raid That Changed Everything\n\nIt all went down in the early hours."
    heading = verify_quote("The Raid That Changed Everything", text)
    sentence = verify_quote("It all went down in the early hours.", text)
    assert heading is not None
    assert sentence is not None
    assert is_heading(text, heading)
    assert not is_heading(text, sentence)


def test_sources_are_scanned_for_other_spellings_of_a_person() -> None:
    from briefing.merge.actors import add_spellings

    texts = {
        "000": "If he does not help the new president Delsey Rodriguez, he may fall. "
        "His rivalry with President Rodrigues is known.",
        "004": "Cuban Foreign Minister Bruno Rodríguez Padilla met Delcy Rodríguez. "
        "Rodríguez spoke to Díaz-Canel.",
    }
    actors = merge_actors(
        [
            _mention("Delcy Rodríguez", "004"),
            _mention("Bruno Rodríguez Padilla", "004"),
            _mention("Cuba", "004", kind="country"),
        ]
    )
    by_name = {a.name: a for a in add_spellings(actors, texts)}
    delcy = by_name["Delcy Rodríguez"]
    assert set(delcy.aliases) == {"Delsey Rodriguez", "President Rodrigues"}
    assert delcy.source_ids == ["000", "004"]
    assert by_name["Bruno Rodríguez Padilla"].aliases == []
    assert by_name["Cuba"].aliases == []
    # "Like" opening a quoted sentence is no part of the name after it.
    moss = merge_actors([_mention("Ida Moss", "001")])
    quoted = {"001": 'Ida Moss spoke. "Like Governor Moss has said, the port will stay shut."'}
    assert add_spellings(moss, quoted)[0].aliases == ["Governor Moss"]


def test_phrases_are_not_actors_and_aliases_must_resemble_the_name() -> None:
    from briefing.merge.claims import _alias_of
    from briefing.merge.names import fold_text, is_proper_name

    text = (
        "Focus on internal surveillance. Agent cells were dismantled. Cuban advisers stepped"
        " in, and more Cuban troops came. Havana and Caracas."
    )
    assert not is_proper_name("Internal surveillance", text)
    assert not is_proper_name("Agent cells", text), "capitalised only to open a sentence"
    assert is_proper_name("Cuban advisers", text)
    folded = fold_text("Delcy Rodríguez, or Rodríguez, met Cuba in Caracas.")
    assert _alias_of("Delcy Rodríguez", "Rodríguez", folded)
    assert not _alias_of("Cuba", "Caracas", folded)


def test_an_alias_keeps_a_title_only_where_the_source_writes_it() -> None:
    from briefing.merge.claims import _as_written
    from briefing.merge.names import fold_text

    folded = fold_text("Attorney General Ivo Lind met Sen. Ida Moss.")
    assert _as_written("Sen. Ivo Lind", folded) == "Ivo Lind", "the model's title"
    assert _as_written("Sen. Ida Moss", folded) == "Sen. Ida Moss"
    assert _as_written("Attorney General Ivo Lind", folded) == "Attorney General Ivo Lind"


def test_titles_and_nationalities_are_stripped_from_names() -> None:
    from briefing.merge.names import display_name, name_key

    assert (
        display_name("Cuban Foreign Minister Bruno Rodríguez Padilla") == "Bruno Rodríguez Padilla"
    )
    assert name_key("President Rodrigues") == "rodrigues"
    assert name_key("Cuban government") == "cuban government"
    # A state, party or acronym tag in brackets is no part of the name.
    assert name_key("Rep. Ada Moss (D-Ore.)") == name_key("Ada Moss") == "ada moss"
    assert display_name("Ida Lind (Ohio)") == "Ida Lind"
    assert name_key("(HT)") == "ht", "a name that is all tag keeps it"
    assert name_key("Orsa Labour (United)") != name_key("Orsa Labour (Secular)"), "two parties"
    # "Pro Tem" is a title's, not a name's: not "Pro Tem Ida" and "Moss".
    assert display_name("Senate President Pro Tem Ida Moss") == "Ida Moss"
    assert name_key("President pro tempore Ida Moss") == "ida moss"
    # Offices American reporting writes before a name, with what qualifies them.
    assert display_name("Special Counsel Ivo Lind") == "Ivo Lind"
    assert display_name("House Minority Whip Ida Moss") == "Ida Moss"
    assert name_key("Orsa County Prosecutor Tomas Kessel") == "tomas kessel"
    assert display_name("RNC Chair Ada Veloria") == "Ada Veloria"
    assert display_name("Kelby Police Officer Ana Orsa") == "Ana Orsa"
    assert name_key("Kelby Police Department") == "kelby police department", "a body keeps it"
    # A weak title word only before a full name; an office with no name left is whole.
    assert display_name("Agent Orange") == "Agent Orange"
    assert display_name("FBI Agent Ivo Lind") == "Ivo Lind"
    assert display_name("Kelby Auditor General") == "Kelby Auditor General"


def test_a_surname_only_actor_gets_the_full_name_in_its_source() -> None:
    from briefing.merge.actors import add_spellings

    texts = {"000": "the Trump administration has marked a new target: Minister Diosdado Cavajo."}
    (actor,) = add_spellings(merge_actors([_mention("Cavajo", "000")]), texts)
    assert actor.name == "Diosdado Cavajo"
    assert actor.aliases == ["Cavajo"]


def test_name_scan_stays_on_one_line_and_skips_sentence_words() -> None:
    from briefing.merge.actors import _capitalised

    text = "Domestic risks in the United States\n\nIf Trump truly wanted. For Trump, this matters."
    assert _capitalised(text) == ["Domestic", "United States", "Trump", "Trump"]


def test_an_alias_spells_the_name_and_a_suffix_links_no_one() -> None:
    spelled = ("Jesse L. Jackson Jr.", "Martin Luther King Jr", "Jr", "well-known lawmaker")
    jesse = ActorMention(name="Jesse Jackson Jr.", aliases=[], kind="person", role="", stance="")
    actors = merge_actors(
        [
            Mention(actor=jesse, article_id="a", aliases=spelled),
            _mention("Jr", "a"),
            _mention("Martin Luther King Jr.", "b"),
        ]
    )
    [jackson] = [a for a in actors if a.name == "Jesse Jackson Jr."]
    assert jackson.aliases == ["Jesse L. Jackson Jr."]
    # A title word inside a name ("King") leaves it whole: not "Jr", and not Jackson.
    assert name_key("Martin Luther King Jr.") == "martin luther king jr"
    assert [a.name for a in actors if a.name.startswith("Martin")] == ["Martin Luther King Jr."]


def test_a_bare_suffix_in_the_text_is_no_spelling_of_anyone() -> None:
    jesse = merge_actors([_mention("Jesse Jackson Jr.", "a")])
    text = "Jesse Jackson Jr. spoke. Jr. was a nickname. Martin Luther King Jr. was quoted."
    [actor] = add_spellings(jesse, {"a": text})
    assert actor.aliases == ["Jesse Jackson Jr"]


def test_what_a_model_says_of_the_text_is_no_stance() -> None:
    actor = ActorMention(
        name="Brendan Buck",
        aliases=[],
        kind="person",
        role="spokesman",
        stance="The article credits Brendan Buck as a spokesman",
    )
    [merged] = merge_actors([Mention(actor=actor, article_id="a", aliases=())])
    assert (merged.role, merged.stance) == ("spokesman", "")


def test_a_father_and_a_son_of_one_name_stay_two_people() -> None:
    actors = merge_actors(
        [
            _mention("Ivo Lind Jr.", "a"),
            _mention("President Lind", "a"),
            _mention("Ivo Lind", "b"),
            _mention("Lind", "b"),
            _mention("Tomas K. Orsa Jr.", "a"),
            _mention("Orsa", "a"),
        ]
    )
    rows = {a.name: sorted(a.aliases) for a in actors}
    assert rows["Ivo Lind Jr."] == []
    assert rows["Ivo Lind"] == ["Lind", "President Lind"], "the surname alone is the father"
    assert rows["Tomas K. Orsa Jr."] == ["Orsa"], "a surname joins the one suffixed name"


def test_a_models_alias_does_not_join_a_son_to_his_father() -> None:
    son = _mention("Ivo Lind Jr.", "a", aliases=("Ivo Lind",))
    actors = merge_actors([son, _mention("Ivo Lind", "b")])
    assert sorted(a.name for a in actors) == ["Ivo Lind", "Ivo Lind Jr."]
    assert all(a.aliases == [] for a in actors), "the father's name is no spelling of the son"


def test_a_surname_joins_the_son_where_his_father_is_not_named() -> None:
    from briefing.merge.actors import _generations

    actors = merge_actors(
        [
            _mention("Tomas Kelby Orsa Jr.", "a"),
            _mention("Orsa", "a"),
            _mention("Tomas Kelby Orsa", "b"),
        ]
    )
    rows = {a.name: (sorted(a.aliases), a.source_ids) for a in actors}
    assert rows["Tomas Kelby Orsa Jr."] == (["Orsa"], ["a"])
    assert rows["Tomas Kelby Orsa"] == ([], ["b"])
    assert not _generations("tomas kelby orsa sr", "tomas kelby orsa"), "Sr. is often left out"


def test_an_age_after_a_name_is_no_part_of_it() -> None:
    actors = merge_actors([_mention("Ivo Orsa, 66,", "a"), _mention("Ivo Orsa", "b")])
    assert [(a.name, a.source_ids, a.aliases) for a in actors] == [("Ivo Orsa", ["a", "b"], [])]


def test_a_surname_a_model_gives_a_son_beside_his_father_joins_neither() -> None:
    son = _mention("Ivo Lind Jr.", "a", aliases=("Lind",))
    actors = merge_actors([son, _mention("Lind", "a"), _mention("Ivo Lind", "a")])
    rows = {a.name: sorted(a.aliases) for a in actors}
    assert rows["Ivo Lind"] == ["Lind"], "the surname alone is the father's"
    assert "Lind" not in rows["Ivo Lind Jr."]


def test_a_fathers_title_does_not_make_his_son() -> None:
    """The son is named in full once; the father only by title and surname. The model
    gives the son the surname as an alias."""
    son = _mention("Ivo Lind Jr.", "a", aliases=("Lind",))
    actors = merge_actors([son, _mention("President Lind", "a"), _mention("Lind", "b")])
    rows = {a.name: sorted(a.aliases) for a in actors}
    assert rows["Ivo Lind Jr."] == []
    # A surname written without a title still joins the one full name it fits.
    actors = merge_actors([_mention("Tomas K. Orsa Jr.", "a"), _mention("Mr. Orsa", "a")])
    assert [a.name for a in actors] == ["Tomas K. Orsa Jr."]


def _row(name: str, *sources: str, kind: str = "person") -> Actor:
    return Actor(
        id=name_key(name).replace(" ", "-"),
        name=name,
        aliases=[],
        kind=kind,
        role="",
        stance="",
        source_ids=list(sources),
        mentions=1,
    )


def test_one_man_written_with_and_without_his_suffix_is_one_row() -> None:
    texts = {
        "a": "Ivo T. Lind Jr., a longtime aide, was charged. Mr. Lind denied it.",
        "b": "Kelby aide Ivo Lind was charged on Friday.",
    }
    rows = join_generations(
        [_row("Ivo Lind", "b", kind="other"), _row("Ivo T. Lind Jr.", "a")], texts
    )
    assert [(r.name, r.aliases, r.source_ids) for r in rows] == [
        ("Ivo Lind", ["Ivo T. Lind Jr."], ["a", "b"])
    ]


def test_a_nickname_and_the_office_his_suffixed_name_holds_are_one_man() -> None:
    """ "Joe Kessel" in one report, "Vice President Joseph T. Kessel Jr." and "Vice
    President Kessel" in another: one man (the model's row and a found one of the plain
    name count once). "President Kessel" beside a Jr. with no office is the father."""
    texts = {
        "a": "Vice President Joseph T. Kessel Jr. met the mayor. Vice President Kessel said "
        "the talks went well.",
        "b": "Joe Kessel spoke on Friday.",
    }
    rows = [
        _row("Joe Kessel", "b"),
        _row("Joe Kessel", "b", kind="other"),
        _row("Joseph T. Kessel Jr.", "a", kind="other"),
    ]
    joined = join_generations(rows, texts)
    assert [r.name for r in joined] == ["Joe Kessel", "Joe Kessel"]
    assert "Joseph T. Kessel Jr." in joined[0].aliases
    father = {"a": "Joseph T. Kessel Jr. flew in. President Kessel spoke.", "b": texts["b"]}
    assert len(join_generations(rows, father)) == 3


def test_a_father_and_a_son_stay_two_rows() -> None:
    younger, elder = _row("Ivo Lind Jr.", "a"), _row("Ivo Lind", "b")
    # A report writing both names, or the surname with an office the son is not given.
    for text in (
        "Ivo Lind Jr. met his father, Ivo Lind, on Friday.",
        "Ivo Lind Jr. flew in. President Lind spoke on Friday.",
        "Ivo Lind Jr. took over the firm his father founded.",
        "Ivo Lind Jr., the port chief, said the elder Lind had no role.",
    ):
        rows = join_generations([younger, elder], {"a": text, "b": "Ivo Lind spoke."})
        assert len(rows) == 2, text
    # Two men the plain name may be: neither is joined.
    rows = join_generations(
        [younger, elder, _row("Ivo K. Lind", "c")],
        {"a": "Ivo Lind Jr. flew in.", "b": "Ivo Lind spoke.", "c": "Ivo K. Lind left."},
    )
    assert len(rows) == 3
    # A third holder of the name ("Sr.") makes it a family: nothing is joined.
    rows = join_generations(
        [younger, elder, _row("Ivo Lind Sr.", "c")],
        {"a": "Ivo Lind Jr. flew in.", "b": "Ivo Lind spoke.", "c": "Ivo Lind Sr. left."},
    )
    assert len(rows) == 3
