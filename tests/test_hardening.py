"""Hostile folders, hostile models, broken disks: one test per class of the second
hardening round (issue 14). Each failed before its fix."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import os
import random
import re
import string
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import typer
from pydantic import SecretStr
from rich.console import Console
from typer.testing import CliRunner, Result

from briefing.articles import load_articles
from briefing.brief import Day
from briefing.chunks import chunk_article
from briefing.cli import app
from briefing.errors import OutputError
from briefing.render.email import subject
from briefing.render.markdown import render_markdown
from tests.conftest import GOLDEN
from tests.fakes.openai_server import serve
from tests.fakes.runs import live_daily
from tests.fakes.schema_answers import answer

TEN_MB = 10_000_000


def _load_and_chunk(path: Path) -> tuple[float, list[int]]:
    started = time.monotonic()
    loaded = load_articles([path])
    tokens = [c.tokens for a in loaded.articles for c in chunk_article(a, 800, 60)]
    return time.monotonic() - started, tokens


# Class 4: inputs that cost quadratic time.
def test_a_ten_megabyte_line_loads_and_chunks_in_linear_time_within_budget(tmp_path: Path) -> None:
    rng = random.Random(4)
    block = "".join(
        rng.choice(string.ascii_letters + string.digits + ".,/-:") for _ in range(10**6)
    )
    path = tmp_path / "line.txt"
    path.write_text("Title\n\n" + block * (TEN_MB // len(block)), encoding="utf-8")
    seconds, tokens = _load_and_chunk(path)
    assert seconds < 5
    assert tokens
    assert max(tokens) <= 800, "a single word longer than the budget is cut"


@pytest.mark.parametrize("head", ["Title\n", "---\n", "---\ntitle: x\n---\n"])
def test_ten_megabytes_of_blank_lines_load_in_linear_time(tmp_path: Path, head: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(head + "\n" * TEN_MB + "Body text.", encoding="utf-8")
    seconds, tokens = _load_and_chunk(path)
    assert seconds < 5
    assert tokens == [t for t in tokens if t <= 800]


def test_a_front_matter_field_over_its_limit_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("---\noutlet: " + "x" * 250 + "\n---\nBody text.", encoding="utf-8")
    [error] = load_articles([path]).skipped
    assert "outlet" in error.one_line()
    assert "200 characters" in error.one_line()


# Class 1: two articles, one id.
def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _page(lead: str) -> str:
    """A web page with an article long enough to be one (a page of a few words is a
    section front, not an article)."""
    more = "".join(
        f"<p>Paragraph {n} adds detail from the officials who spoke on the day.</p>"
        for n in range(5)
    )
    return f"<html><body><article><p>{lead}</p>{more}</article></body></html>"


def test_files_with_one_name_in_several_folders_are_several_articles(tmp_path: Path) -> None:
    _write(tmp_path, "a/report.txt", "Ports reopened on Monday after the storm passed.")
    _write(tmp_path, "b/report.txt", "The central bank raised rates by half a point.")
    _write(tmp_path, "b/report.md", "A new bridge opened to traffic across the river.")
    _write(tmp_path, "c/index.html", _page("Trains ran again on Sunday."))
    _write(tmp_path, "d/index.html", _page("Schools closed for the holiday."))
    first = load_articles([tmp_path]).articles
    ids = [a.id for a in first]
    assert len(set(ids)) == 5
    assert set(ids) == {"a/report", "b/report.txt", "b/report.md", "c/index", "d/index"}
    assert [a.id for a in load_articles([tmp_path]).articles] == ids, "stable for the set"
    by_id = {a.id: a.text for a in first}
    assert "bridge" in by_id["b/report.md"]
    assert "bank" in by_id["b/report.txt"]


def test_a_unique_name_keeps_its_plain_id(tmp_path: Path) -> None:
    _write(tmp_path, "x/one.txt", "Ports reopened on Monday after the storm passed.")
    _write(tmp_path, "y/two.txt", "The central bank raised rates by half a point.")
    assert sorted(a.id for a in load_articles([tmp_path]).articles) == ["one", "two"]


# Class 3: files that are not files.
def _reasons(tmp_path: Path, **kw: bool) -> tuple[list[str], list[str]]:
    loaded = load_articles([tmp_path / "in"], **kw)
    return [a.id for a in loaded.articles], [e.one_line() for e in loaded.skipped]


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    _write(folder, "good.txt", "Ports reopened on Monday after the storm passed.")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    outside = _write(tmp_path, "outside/secret.txt", "A secret outside the article folder.")
    (folder / "secret.txt").symlink_to(outside)
    _write(folder, ".venv/lib/readme.txt", "Hidden folders are not articles.")
    return folder


def test_pipes_devices_and_links_out_are_skipped_with_a_reason(
    tmp_path: Path, hostile_folder: Path
) -> None:
    started = time.monotonic()
    ids, reasons = _reasons(tmp_path)
    assert time.monotonic() - started < 5, "a FIFO never blocks the run"
    assert ids == ["good"]
    text = "\n".join(reasons)
    assert "pipe.txt: not a regular file" in text
    assert "zero.txt: a link to /dev/zero, outside the given folders" in text
    assert "secret.txt: a link to" in text
    assert "--follow-links" in text
    assert "readme" not in text, "hidden folders are not searched"


def test_links_out_are_read_only_when_asked(tmp_path: Path, hostile_folder: Path) -> None:
    ids, reasons = _reasons(tmp_path, follow_links=True)
    assert sorted(ids) == ["good", "secret"]
    assert any("zero.txt: not a regular file" in r for r in reasons), "still never a device"


def test_a_file_over_the_size_limit_is_skipped_without_reading_it_all(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", "word " * 400)
    [error] = load_articles([path], max_bytes=1000).skipped
    assert "larger than 1,000 bytes" in error.one_line()
    assert "max_article_bytes" in error.one_line()


# Class 8: smaller ones.
def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Ports reopened on Monday after the storm.".encode("utf-16"))
    [article] = load_articles([path]).articles
    assert article.text.startswith("Ports reopened")


def test_a_missing_folder_is_named_as_missing(tmp_path: Path) -> None:
    [error] = load_articles([tmp_path / "nowhere"]).skipped
    assert "no such file or folder" in error.one_line()


def test_an_empty_path_argument_is_refused_in_one_line() -> None:
    result = CliRunner().invoke(app, ["stories", ""])
    assert result.exit_code == 2
    assert "empty path" in result.output
    assert "Traceback" not in result.output


# Class 2: secrets in tracebacks and logs.
@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("OPENAI_BASE_URL", "http://user:se#cr/et@127.0.0.1:9/v1"),
        ("BRIEFING_PRICES", "{not json"),
        ("BRIEFING_EMAIL_FROM", "desk@example.org\nBcc: all@example.org"),
    ],
)
def test_a_bad_setting_is_one_line_without_its_secret(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    result = CliRunner().invoke(app, ["daily", "--dry-run"])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert "se#cr" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_malformed_smtp_url_is_a_delivery_error_without_the_password() -> None:
    from briefing.deliver.smtp import SmtpTarget
    from briefing.errors import DeliveryError
    from briefing.settings import Settings

    settings = Settings(smtp_url=SecretStr("smtp://user:pa#ss/word@mail.example.org:25"))
    with pytest.raises(DeliveryError) as raised:
        SmtpTarget.from_settings(settings)
    assert "pa#ss" not in raised.value.one_line()
    assert "percent-encode" in raised.value.one_line()


def test_every_logged_url_is_shown_without_credentials() -> None:
    import logging

    from briefing.redact import RedactingFilter, redact

    assert redact("POST http://user:p/a#ss@host:8/v1 ok") == "POST http://***@host:8/v1 ok"
    url = ("https://u:p@h/",)
    record = logging.LogRecord("httpx", logging.INFO, "x", 1, "HTTP Request: %s", url, None)
    RedactingFilter().filter(record)
    assert record.getMessage() == "HTTP Request: https://***@h/"


# Class 5: markup from outside.
def test_a_model_refusal_holding_markup_stays_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import cli
    from briefing.errors import ModelRefusal

    buffer = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=buffer, soft_wrap=True))
    refusal = ModelRefusal("the model refused: [/INST] [bold]no[/bold]", "try another model")
    with pytest.raises(typer.Exit) as exited, cli._errors():
        raise refusal
    assert exited.value.exit_code == refusal.exit_code
    assert "[/INST] [bold]no[/bold]" in buffer.getvalue()
    assert len(buffer.getvalue().strip().splitlines()) == 1


def _hostile_day() -> Day:
    day = Day.model_validate_json((GOLDEN / "brief.json").read_text(encoding="utf-8"))
    brief = day.lead
    brief.bottom_line_quotes[0].text = "Talks failed.\n\n# Injected heading <script>x</script>"
    brief.key_developments[0].quotes[0].text = '<img src=x onerror="alert(1)"> [go](javascript:x)'
    brief.sources[0].outlet = "Wire | Service"
    brief.headline = "Cuba\r\nBcc: all@example.org \x1b[31m"
    return day


def test_article_and_model_text_is_inert_in_markdown() -> None:
    markdown = render_markdown(_hostile_day())
    assert "\n# Injected" not in markdown
    assert re.search(r"(?<!\\)<", markdown) is None, "every < is escaped: no tag survives"
    assert re.search(r"(?<!\\)\]\(javascript", markdown) is None, "no link survives"
    table = [line for line in markdown.splitlines() if line.startswith("| A1 |")]
    assert table[0].count(" | ") == 5, "a | in an outlet keeps its cell"


def test_control_characters_never_reach_the_subject() -> None:
    line = subject(_hostile_day())
    assert all(unicodedata.category(c)[0] != "C" for c in line)
    assert "Bcc: all@example.org" in line, "kept as text, on the one Subject line"


# Class 6: a cache that breaks.
def _one_article(tmp_path: Path) -> Path:
    return _write(tmp_path, "in/ports.txt", "Ports reopened on Monday after the storm passed.")


def _cached_run(tmp_path: Path, cache: Path, port: int = 0) -> tuple[Result, list[Any], str]:
    with serve(answer, port) as (url, server):
        result = live_daily([_one_article(tmp_path)], url, tmp_path / "out", cache=cache)
    return result, server.requests, url


@pytest.mark.parametrize("damage", ["cut inside a character", "invalid byte", "a directory"])
def test_a_damaged_cache_entry_is_reported_and_fetched_again(
    tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    first, _, url = _cached_run(tmp_path, cache)
    assert first.exit_code == 0, first.output
    victim = sorted(cache.rglob("*.json"))[0]
    if damage == "a directory":
        victim.unlink()
        victim.mkdir()
    else:
        body = victim.read_bytes()[:40] + (b"\xc3" if damage.startswith("cut") else b"\xff\xfe")
        victim.write_bytes(body)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    again, requests, _ = _cached_run(tmp_path, cache, port)
    assert again.exit_code == 0, again.output
    assert "Traceback" not in again.output
    assert len(requests) == 1, "only the damaged entry is asked again"
    assert "cannot be read" in caplog.text


@pytest.mark.parametrize("broken", ["a file", "read-only"])
def test_a_cache_that_cannot_be_written_costs_a_warning_not_the_run(
    tmp_path: Path, broken: str, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    if broken == "a file":
        cache.write_text("not a folder")
    else:
        cache.mkdir()
        cache.chmod(0o500)
    try:
        result, _, _ = _cached_run(tmp_path, cache)
    finally:
        cache.chmod(0o700)
    if broken == "read-only" and os.access(cache, os.W_OK) and os.geteuid() == 0:
        assert result.exit_code == 0  # root writes anyway: nothing to warn about
        return
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "the answer was not cached" in caplog.text


def test_answers_of_one_endpoint_are_never_served_for_another(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _cached_run(tmp_path, cache)
    _, requests, _ = _cached_run(tmp_path, cache)
    assert requests, "another --base-url: asked, not served from the first one's answers"


# Class 7: one output set.
def _fake_day(tmp_path: Path, folder: Path, formats: list[str]) -> Path:
    from briefing.run import run_daily
    from briefing.settings import Settings
    from tests.fakes.models import SchemaChatModel

    settings = Settings(mode="live", no_cache=True, recordings_dir=tmp_path / "none")
    run = run_daily(
        settings,
        [folder],
        date=dt.date(2026, 1, 7),
        out=tmp_path / "out",
        formats=formats,
        model=SchemaChatModel(answer),
    )
    return asyncio.run(run).folder


def test_a_file_name_that_is_not_utf8_is_briefed_and_written(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(name, "w", encoding="utf-8") as file:
        file.write("Ports reopened on Monday after the storm passed, the harbour master said.")
    written = _fake_day(tmp_path, folder, ["md", "json", "html"])
    brief = json.loads((written / "brief.json").read_text(encoding="utf-8"))
    assert brief["stories"][0]["sources"][0]["id"] == "caf\ufffd"
    assert (written / "manifest.json").exists()


def test_outputs_are_replaced_as_a_set_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _one_article(tmp_path).parent
    written = _fake_day(tmp_path, folder, ["md", "json", "html", "eml"])
    before = {p.name: p.read_bytes() for p in written.iterdir()}
    from briefing.render import write

    real = write.render_files

    def broken(*args: Any, **kwargs: Any) -> dict[str, str | bytes]:
        files = real(*args, **kwargs)
        files["brief.json"] = "\ud800 a lone surrogate"
        return files

    monkeypatch.setattr(write, "render_files", broken)
    with pytest.raises(OutputError):
        _fake_day(tmp_path, folder, ["md", "json", "html", "eml"])
    assert {p.name: p.read_bytes() for p in written.iterdir()} == before, "untouched"
    monkeypatch.setattr(write, "render_files", real)
    _fake_day(tmp_path, folder, ["md"])
    assert sorted(p.name for p in written.iterdir()) == ["brief.md", "manifest.json"]


# Class 8: smaller ones.
def test_invisible_characters_in_the_source_do_not_fail_a_correct_quote() -> None:
    from briefing.merge.quotes import verify_quote

    source = "The minis\u00adter said the ports would re\u200bopen on Mon\ufeffday morning."
    span = verify_quote("the ports would reopen on Monday morning", source)
    assert span is not None
    assert source[span.start : span.end].startswith("the ports would re")


def test_a_source_dated_after_the_brief_makes_no_other_source_stale(tmp_path: Path) -> None:
    from briefing.sources.profile import profile_sources

    for name, day in (("a", "2026-01-05"), ("b", "2026-01-06"), ("c", "2027-03-01")):
        _write(
            tmp_path,
            f"{name}.txt",
            f"---\npublished: {day}\n---\nPorts reopened after the storm {name}.",
        )
    articles = load_articles([tmp_path]).articles
    sources = profile_sources(articles, [], dt.date(2026, 1, 7))
    assert not any(s.stale for s in sources)


# Every class at once, through the CLI: never a traceback.
@pytest.fixture
def everything_hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    _write(
        folder, "a/report.txt", "Ports reopened on Monday after the storm passed, officials said."
    )
    _write(folder, "b/report.txt", "The [/INST] model said <script>alert(1)</script> nothing new.")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "utf16.txt").write_bytes(
        "Trains ran again on Sunday, the operator said.".encode("utf-16")
    )
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "empty.txt").write_text("")
    _write(folder, "front.txt", "---\ntitle: " + "x" * 400 + "\n---\nBody text here.")
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "w", encoding="utf-8") as file:
        file.write("Schools closed for the holiday, the ministry said on Friday.")
    return folder


@pytest.mark.parametrize(
    "command",
    [["stories"], ["stories", "--json"], ["daily", "--dry-run"], ["daily", "--mode", "live"]],
)
def test_no_cli_path_prints_a_traceback(
    tmp_path: Path, everything_hostile: Path, command: list[str]
) -> None:
    sent: list[Any] = []
    if command[-1] == "live":
        with serve(answer) as (url, server):
            result = live_daily([everything_hostile], url, tmp_path / "out")
        sent = server.requests
    else:
        result = CliRunner().invoke(app, [*command, str(everything_hostile)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 3), result.output
    assert "root:" not in json.dumps(sent), "a link out of the folder is never sent"
