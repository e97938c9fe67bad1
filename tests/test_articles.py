"""Cleaning rules, date extraction and loading."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.articles import load_articles
from briefing.articles.cleaning import clean
from briefing.articles.loader import load_article
from briefing.articles.words import first_sentences
from briefing.errors import InputError
from tests.conftest import SEEDS


@pytest.mark.parametrize(
    ("header", "expected", "source"),
    [
        ("Cuba’s Deep Grip\n\nJan 6, 2026\n\nThe body.", dt.date(2026, 1, 6), "header"),
        ("Title\n\nYesterday, October 30, 2025, it became known.", dt.date(2025, 10, 31), "text"),
        ("Title\n\nYesterday, Tuesday 3 March, it emerged.", dt.date(2026, 3, 4), "text"),
        (
            "Title\n\nPublished 3 March 2024 | example.org\n\nThe body.",
            dt.date(2024, 3, 3),
            "header",
        ),
        ("Title\n\n05.03.2026\n\nThe body.", dt.date(2026, 3, 5), "header"),
        ("Title\n\n3/3/2026\n\nThe body.", dt.date(2026, 3, 3), "header"),
        (
            "Title\n\nLONDON, March 3, 2026 (Reuters) - The body.",
            dt.date(2026, 3, 3),
            "header",
        ),
        ("Title\n\nThe body: captured Maduro on January 3rd.", None, "unknown"),
        ("Title\n\nNo date at all.", None, "unknown"),
    ],
)
def test_publication_date(
    tmp_path: Path, header: str, expected: dt.date | None, source: str
) -> None:
    # A neighbour settles the year that "Tuesday 3 March" omits.
    (tmp_path / "other.txt").write_text("Other\n\nMarch 2, 2026\n\nText.", encoding="utf-8")
    (tmp_path / "a.txt").write_text(header, encoding="utf-8")
    [article] = [a for a in load_articles([tmp_path]).articles if a.id == "a"]
    assert (article.published, article.date_source) == (expected, source)


def test_an_ambiguous_numeric_date_is_read_near_the_other_dates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n\n06/01/2026\n\nText.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B\n\nJanuary 5, 2026\n\nText.", encoding="utf-8")
    by_id = {a.id: a for a in load_articles([tmp_path]).articles}
    assert by_id["a"].published == dt.date(2026, 1, 6)


def test_a_weekday_settles_the_year_of_a_date_printed_without_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A\n\nThursday 16 April\n\nText.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B\n\nMarch 1, 2027\n\nText.", encoding="utf-8")
    by_id = {a.id: a for a in load_articles([tmp_path]).articles}
    # 16 April 2026 is a Thursday; 2027 is nearer the reference but falls on a Friday.
    assert by_id["a"].published == dt.date(2026, 4, 16)


@pytest.mark.parametrize(
    ("text", "outlet", "how"),
    [
        ("Title\n\nLONDON, March 3, 2026 (Reuters) - Body.", "Reuters", "dateline"),
        ("Title\n\nVELMAR, Ardania (AP) — Body.", "AP", "dateline"),
        (
            "THE DAILY HERALD\n\nShips collide in the strait\n\nBody.",
            "The Daily Herald",
            "masthead",
        ),
        (
            "Velmar Daily Post\n\nFamilies wait at the river\n\nBody.",
            "Velmar Daily Post",
            "masthead",
        ),
        ("Share this @internewscast.com\n\nTitle\n\nBody.", "internewscast.com", "web address"),
        ("Short Title Case Headline\n\nThe body is a paragraph.", None, "not stated"),
    ],
)
def test_outlet(tmp_path: Path, text: str, outlet: str | None, how: str) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    article = load_article(tmp_path / "a.txt")
    assert (article.outlet, article.outlet_source) == (outlet, how)


def test_a_masthead_is_not_the_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "THE DAILY HERALD\n\nBy Ana Ruiz, Chief Correspondent\n\nShips collide\n\nBody.",
        encoding="utf-8",
    )
    article = load_article(tmp_path / "a.txt")
    assert (article.title, article.author) == ("Ships collide", "Ana Ruiz")


def _body(lines: int) -> list[str]:
    return [f"Paragraph {n} of the article says something." for n in range(lines)]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Share this @internewscast.com", "share-prompt"),
        ("4 min read", "reading-meta"),
        ("2 views", "reading-meta"),
        ("?>", "stray-markup"),
        ("www.bankingnews.gr", "bare-domain"),
        (
            "Financial market analysis from 06/01/2026. Market conditions may have changed.",
            "site-disclaimer",
        ),
        ("Jan 6, 2026", "dateline"),
    ],
)
def test_line_rules(line: str, rule: str) -> None:
    cleaned = clean("\n".join([*_body(3), line, *_body(3)]))
    assert [(r.text, r.rule) for r in cleaned.removed] == [(line, rule)]
    assert line not in cleaned.text


def test_end_marker_drops_the_trailer() -> None:
    raw = "\n".join([*_body(9), "Source link", "Disclaimer in Greek", "Ροή Ειδήσεων"])
    cleaned = clean(raw)
    assert [r.rule for r in cleaned.removed] == [
        "source-link",
        "after-source-link",
        "after-source-link",
    ]
    assert cleaned.text.endswith("Paragraph 8 of the article says something.")


def test_end_marker_early_in_the_text_only_drops_its_line() -> None:
    raw = "\n".join(["Read more", *_body(9)])
    cleaned = clean(raw)
    assert [r.rule for r in cleaned.removed] == ["related-articles"]
    assert cleaned.text.count("Paragraph") == 9


def test_repeated_title_line_is_dropped() -> None:
    raw = "Crisis – what next\nCrisis - what next\n" + "\n".join(_body(3))
    cleaned = clean(raw)
    assert [r.rule for r in cleaned.removed] == ["repeated-line"]


def test_seed_metadata_and_boilerplate() -> None:
    loaded = load_articles([SEEDS])
    by_id = {a.id[:3]: a for a in loaded.articles}
    assert len(by_id) == 5
    assert not loaded.skipped
    assert by_id["002"].published == dt.date(2025, 10, 31)
    assert by_id["003"].published == dt.date(2026, 1, 6)
    assert by_id["000"].published is None
    assert by_id["001"].outlet == "internewscast.com"
    assert by_id["002"].outlet == "bankingnews.gr"
    assert by_id["003"].title == "Cuba’s Deep Grip on Venezuela Exposed By Deadly Raid"
    for junk in ("Source link", "Related Articles", "?>", "Cameron Winklevoss", "Share this"):
        assert all(junk not in a.text for a in loaded.articles)
    assert "Steven Soarez" not in by_id["003"].text


def test_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: The Title\noutlet: Wire\npublished: 2026-01-05\n---\nFirst line.\n"
    )
    article = load_article(path)
    assert (article.title, article.outlet, article.published) == (
        "The Title",
        "Wire",
        dt.date(2026, 1, 5),
    )
    assert article.date_source == "front matter"
    assert article.text == "First line."


def test_bad_front_matter_names_the_file_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\npublished: yesterday\n---\nText.\n")
    with pytest.raises(InputError) as caught:
        load_article(path)
    assert str(path) in caught.value.one_line()
    assert "YYYY-MM-DD" in caught.value.one_line()


def test_unusable_files_are_skipped_and_odd_ones_converted(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A real article line about the raid.\n")
    (tmp_path / "copy.txt").write_text("A real article line about the raid.\n")
    (tmp_path / "latin1.txt").write_bytes(
        "Caf\xe9 owners in Caracas \x93protest\x94.".encode("latin-1")
    )
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "blank.md").write_text("  \n\t\n")
    (tmp_path / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    more = "".join(f"<p>Detail {n} came from officials in both capitals.</p>" for n in range(6))
    (tmp_path / "page.html").write_text(
        "<html><head><title>T</title><script>var x = 1;</script></head>"
        "<body><nav>Home | World</nav><h1>Raid in Caracas</h1>"
        f"<p>Cuba &amp; Venezuela <b>met</b>.</p>{more}</body></html>"
    )
    (tmp_path / "notes.docx").write_text("ignored: not an article suffix")
    loaded = load_articles([tmp_path])
    by_name = {Path(a.path).name: a for a in loaded.articles}
    assert sorted(by_name) == ["copy.txt", "latin1.txt", "page.html"]
    assert by_name["latin1.txt"].text == "Café owners in Caracas “protest”."
    # The headline is the title; the text is the article's body, without scripts or nav.
    assert by_name["page.html"].title == "Raid in Caracas"
    assert by_name["page.html"].text.startswith("Cuba & Venezuela met.\n\nDetail 0 came")
    assert "Home" not in by_name["page.html"].text
    reasons = {Path(e.path).name: e.message for e in loaded.skipped}
    assert set(reasons) == {"good.txt", "empty.md", "blank.md", "binary.txt"}
    assert "same text as" in reasons["good.txt"]
    assert "empty file" in reasons["blank.md"]
    assert "binary file" in reasons["binary.txt"]
    assert loaded.warnings == [f"{tmp_path / 'latin1.txt'}: not UTF-8, decoded as cp1252"]


def test_first_sentences_skips_initials_and_titles() -> None:
    text = "The U.S. forces left. Gen. Lopez said “no.” Third one! Fourth here. Fifth."
    assert first_sentences(text, 3) == "The U.S. forces left. Gen. Lopez said “no.” Third one!"
    assert first_sentences("One. Two. Three.", 3) == "One. Two. Three."
    assert first_sentences("One. Two.", 3) == "One. Two."
