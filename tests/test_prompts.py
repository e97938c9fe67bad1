"""Prompt rendering, strictness, sandboxing and the release lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.articles import load_articles
from briefing.chunks import chunk_article
from briefing.errors import MissingVariables, PromptError, PromptLockError
from briefing.extract.map import extract_variables
from briefing.prompting import PromptLibrary
from tests.conftest import SEEDS

TEMPLATE = """{#
description = "test"
output = "ChunkExtraction"
temperature = 0.0
max_tokens = 10
#}
{% block system %}Extract from {{ title }}.{% endblock %}
{% block user %}<article>{{ text }}</article>{% endblock %}
"""


@pytest.fixture
def library(tmp_path: Path) -> PromptLibrary:
    (tmp_path / "extract").mkdir()
    (tmp_path / "extract" / "v1.j2").write_text(TEMPLATE)
    (tmp_path / "active.toml").write_text('extract = "v1"\n')
    return PromptLibrary(tmp_path)


def test_renders_system_and_user(library: PromptLibrary) -> None:
    system, user = library.active("extract").render({"title": "T", "text": "body"})
    assert (system.role, system.content) == ("system", "Extract from T.")
    assert (user.role, user.content) == ("user", "<article>body</article>")


def test_missing_variables_are_an_error_naming_them(library: PromptLibrary) -> None:
    with pytest.raises(MissingVariables, match="needs text, title"):
        library.get("extract", "v1").render({})


def test_article_text_is_never_template_source(library: PromptLibrary) -> None:
    hostile = "{{ 7*7 }} {% for x in range(3) %}x{% endfor %} {{ ''.__class__ }}"
    _, user = library.get("extract", "v1").render({"title": "T", "text": hostile})
    assert user.content == f"<article>{hostile}</article>"


def test_sandbox_blocks_unsafe_attribute_access(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    unsafe = TEMPLATE.replace("{{ title }}", "{{ title.__class__.__mro__ }}")
    (tmp_path / "x" / "v1.j2").write_text(unsafe)
    with pytest.raises(Exception, match=r"unsafe|__class__"):
        PromptLibrary(tmp_path).get("x", "v1").render({"title": "T", "text": ""})


def test_unknown_version_lists_the_known_ones(library: PromptLibrary) -> None:
    with pytest.raises(PromptError) as caught:
        library.get("extract", "v9")
    assert "use one of: extract/v1" in caught.value.one_line()


def test_editing_a_released_version_is_refused(tmp_path: Path, library: PromptLibrary) -> None:
    assert library.release_new() == ["extract/v1"]
    (tmp_path / "extract" / "v1.j2").write_text(TEMPLATE.replace("Extract", "Pull"))
    edited = PromptLibrary(tmp_path)
    assert edited.status(edited.get("extract", "v1")) == "CHANGED"
    with pytest.raises(PromptLockError) as caught:
        edited.check_released(edited.get("extract", "v1"))
    assert "new version" in caught.value.one_line()


def test_every_shipped_prompt_matches_its_released_hash() -> None:
    library = PromptLibrary()
    lock = library.lock()
    for template in library.all():
        assert template.name in lock, (
            f"{template.name} is unreleased: run briefing prompts --release"
        )
        assert lock[template.name] == template.sha256, (
            f"{template.name} changed after release; put the change in a new version"
        )
    for stage, version in library.active_versions().items():
        library.get(stage, version)


def test_extract_v5_sends_the_title_only_when_the_chunk_does_not_open_with_it() -> None:
    prompt = PromptLibrary().get("extract", "v5")
    articles = load_articles([SEEDS]).articles
    titled = 0
    for article in articles:
        for chunk in chunk_article(article, budget=400):
            _, user = prompt.render(extract_variables(article, chunk))
            opens_with_title = chunk.text.startswith(article.title.rstrip("…"))
            assert (f'title="{article.title}"' in user.content) is not opens_with_title
            titled += not opens_with_title
    # Every seed opens with its title; their later chunks still say which article they are.
    assert titled == sum(len(chunk_article(a, budget=400)) - 1 for a in articles) > 0
