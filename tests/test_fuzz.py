"""Property-based tests (hypothesis): what a machine finds before a person does. A fixed
example budget and derandomised runs keep CI fast and repeatable.

Properties: loading any bytes raises nothing but is reported; cleaning keeps only lines
of its input; every chunk is within its budget and an exact slice of the text; a quote
taken from a source verifies and is verbatim there; rendered text is inert (Markdown and
HTML) and its escaping round-trips."""

from __future__ import annotations

import html
import re
import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from briefing.articles import load_articles
from briefing.articles.cleaning import clean
from briefing.articles.model import Article
from briefing.brief import Day
from briefing.chunks import chunk_article
from briefing.merge.quotes import _normalised, _trim, verify_quote
from briefing.render.html import render_html
from briefing.render.markdown import render_markdown
from briefing.render.templates import inert
from tests.conftest import GOLDEN

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Text as articles come: letters and digits, punctuation, line breaks, curly quotes,
# invisible characters, markup and a little of everything else.
ODD = ["\u00ad", "\u200b", "\ufeff", "“", "”", "’", "—", "é", "ß", "中", "🙂", "\r", "\x00"]
ALPHABET = st.sampled_from(
    [*(string.ascii_letters + string.digits + string.punctuation), *" \n\t", *ODD]
)
TEXT = st.text(alphabet=ALPHABET, max_size=3000)
WORDS = st.lists(
    st.text(alphabet=st.sampled_from(string.ascii_letters + "éß’-"), min_size=1, max_size=12),
    min_size=4,
    max_size=12,
)


@FUZZ
@given(data=st.binary(max_size=4000))
def test_loading_any_bytes_raises_nothing_it_does_not_report(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.txt"
    path.write_bytes(data)
    loaded = load_articles([path])
    assert len(loaded.articles) + len(loaded.skipped) == 1


@FUZZ
@given(text=TEXT)
def test_cleaning_keeps_only_lines_of_its_input(text: str) -> None:
    cleaned = clean(text)
    normalised = text.replace("\r\n", "\n")
    for line in cleaned.text.split("\n"):
        assert line.strip() in normalised or not line.strip()


def _article(text: str) -> Article:
    return Article(
        id="fuzz",
        path="fuzz.txt",
        title="Fuzz",
        outlet=None,
        url=None,
        published=None,
        date_source="unknown",
        text=text,
        removed=(),
    )


@FUZZ
@given(text=TEXT, budget=st.integers(min_value=20, max_value=400))
def test_every_chunk_is_within_budget_and_a_slice_of_the_text(text: str, budget: int) -> None:
    article = _article(text)
    for chunk in chunk_article(article, budget=budget, overlap=min(10, budget // 4)):
        assert chunk.tokens <= budget
        assert chunk.text == text[chunk.start : chunk.end]


@FUZZ
@given(before=TEXT, words=WORDS, after=TEXT)
def test_a_quote_taken_from_the_source_verifies_verbatim(
    before: str, words: list[str], after: str
) -> None:
    quote = " ".join(words)
    source = f"{before} {quote} {after}"
    span = verify_quote(quote, source)
    assert span is not None
    found = source[span.start : span.end]
    assert _normalised(found)[0] == _normalised(_trim(quote))[0], "the same words, verbatim"


@FUZZ
@given(text=TEXT)
def test_markdown_escaping_round_trips_on_one_line(text: str) -> None:
    shown = inert(text)
    assert "\n" not in shown
    assert re.sub(r"\\(.)", r"\1", shown) == " ".join(text.split())


DAY = Day.model_validate_json((GOLDEN / "brief.json").read_text(encoding="utf-8"))


HEADINGS = re.compile(r"^#{1,4} ")


@FUZZ
@given(hostile=TEXT)
def test_hostile_text_anywhere_renders_inert(hostile: str) -> None:
    day = DAY.model_copy(deep=True)
    brief = day.lead
    brief.headline = hostile or "x"
    brief.bottom_line = hostile
    brief.bottom_line_quotes[0].text = hostile
    brief.actors[0].role = hostile
    brief.sources[0].outlet = hostile
    markdown = render_markdown(day)
    assert re.search(r"(?<!\\)<", markdown) is None
    template_headings = {
        "## Bottom line",
        "## Key developments",
        "## Disputed facts",
        "## Actors",
        "## Outlook",
        "## Sources",
    }
    for line in markdown.splitlines():
        if HEADINGS.match(line) and not line.startswith("# ") and not line.startswith("### "):
            assert line in template_headings or line.startswith("#### "), line
    page = render_html(day)
    assert "<script" not in page.lower().replace("&lt;script", "")
    shown = str(escape(hostile))
    assert shown in page, "autoescaped"
    assert html.unescape(shown) == hostile, "and the escaping round-trips"
