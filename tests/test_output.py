"""brief.html and brief.eml: escaping, structure, encodings; SMTP delivery and its failures."""

from __future__ import annotations

import email
import socket
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.brief import Day
from briefing.cli import app
from briefing.deliver import SmtpTarget, send_message
from briefing.errors import DeliveryError
from briefing.render.email import build_message
from briefing.render.html import render_html
from briefing.render.markdown import render_markdown
from briefing.render.templates import counted
from briefing.settings import Settings
from tests.conftest import GOLDEN
from tests.smtp_server import smtp_server

HOSTILE_ROLE = "<script>alert('x')</script>"
HOSTILE_QUOTE = '<img src=x onerror="alert(1)">'
runner = CliRunner()


def _brief() -> Day:
    return Day.model_validate_json((GOLDEN / "brief.json").read_text(encoding="utf-8"))


def _hostile() -> Day:
    day = _brief()
    day.lead.actors[0].role = HOSTILE_ROLE
    day.lead.bottom_line_quotes[0].text = HOSTILE_QUOTE
    day.lead.headline = "Rodríguez & <b>Cuba</b>"
    return day


def test_model_text_is_inert_in_html() -> None:
    html = render_html(_hostile())
    assert HOSTILE_ROLE not in html
    assert HOSTILE_QUOTE not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    # A quote's own double marks are shown single inside the brief's (briefing.brief.nested).
    assert "&lt;img src=x onerror=&#39;alert(1)&#39;&gt;" in html
    assert "<script" not in html.lower()


def test_html_is_self_contained_with_all_sections() -> None:
    brief = _brief()
    html = render_html(brief).lower()
    for section in (
        "bottom line",
        "key developments",
        "actors",
        "disputed facts",
        "outlook",
        "sources",
    ):
        assert f">{section}</h2>" in html
    for external in ("<link", "<img", "<script", "@import", "url(", "@font-face"):
        assert external not in html
    assert 'href="#src-a1"' in html
    assert 'id="src-a1"' in html
    assert "also: delcy rodriguez" in html
    assert ">what to watch</h" in html
    assert brief.lead.watch[0].quote.text.lower()[:60] in html


def _message(brief: Day, reply_to: str | None = None) -> EmailMessage:
    return build_message(
        brief,
        markdown=render_markdown(brief),
        html=render_html(brief),
        sender="Brief Desk <desk@example.org>",
        to=["ana@example.org", "bo@example.org"],
        reply_to=reply_to,
    )


def _parse(raw: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _check(parsed: EmailMessage, brief: Day) -> None:
    assert parsed.get_content_type() == "multipart/alternative"
    plain, html = parsed.iter_parts()
    assert (plain.get_content_type(), html.get_content_type()) == ("text/plain", "text/html")
    assert plain.get_content_charset() == html.get_content_charset() == "utf-8"
    assert "Delcy Rodríguez" in plain.get_content()
    html_text = html.get_content()
    assert "Delcy Rodríguez" in html_text
    assert 'style="' in html_text, "CSS must be inlined"
    assert str(parsed["Subject"]) == f"Brief {brief.date.isoformat()}: {brief.lead.headline}"
    for header in ("From", "To", "Date", "Message-ID"):
        assert parsed[header], header


def test_email_is_multipart_alternative_utf8_with_inline_css() -> None:
    brief = _brief()
    parsed = _parse(_message(brief, reply_to="desk@example.org").as_bytes(policy=policy.SMTP))
    _check(parsed, brief)
    assert parsed["Reply-To"] == "desk@example.org"
    assert _parse(_message(brief).as_bytes())["Reply-To"] is None


def _target(port: int, user: str | None = None, password: str | None = None) -> SmtpTarget:
    return SmtpTarget("smtp", "127.0.0.1", port, user, password, timeout_s=5)


def test_the_brief_arrives_through_a_real_smtp_server_intact() -> None:
    brief = _hostile()
    with smtp_server(user="desk", password="s3cret-pw") as (port, mailbox):
        send_message(_message(brief), _target(port, "desk", "s3cret-pw"), ["ana@example.org"])
    assert mailbox.recipients == [["ana@example.org"]]
    parsed = _parse(mailbox.messages[0])
    plain, html = parsed.iter_parts()
    assert parsed["Subject"] == "Brief 2026-01-07: Rodríguez & <b>Cuba</b>"
    assert HOSTILE_ROLE not in html.get_content()
    assert "&lt;script&gt;" in html.get_content()
    assert 'style="' in html.get_content()
    assert "Rodríguez" in plain.get_content()


def test_refused_connection_names_the_server() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(DeliveryError) as caught:
        send_message(_message(_brief()), _target(port), ["ana@example.org"])
    assert f"smtp://127.0.0.1:{port}: connection refused" in caught.value.one_line()


def test_auth_failure_is_reported_without_the_password() -> None:
    with (
        smtp_server(user="desk", password="right") as (port, _),
        pytest.raises(DeliveryError) as caught,
    ):
        send_message(_message(_brief()), _target(port, "desk", "wrong-pw-123"), ["a@example.org"])
    line = caught.value.one_line()
    assert "authentication failed (535)" in line
    assert "wrong-pw-123" not in line


def test_server_5xx_is_reported() -> None:
    with smtp_server() as (port, mailbox):
        mailbox.data_reply = "554 5.7.1 rejected as spam"
        with pytest.raises(DeliveryError, match="554"):
            send_message(_message(_brief()), _target(port), ["a@example.org"])


def test_credentials_come_from_the_url_or_the_password_setting() -> None:
    url = Settings(smtp_url="smtps://desk:p%40ss@mail.example.org")
    assert SmtpTarget.from_settings(url) == SmtpTarget(
        "smtps", "mail.example.org", 465, "desk", "p@ss", 30.0
    )
    split = Settings(smtp_url="smtp://desk@mail.example.org:2525", smtp_password="pw")
    target = SmtpTarget.from_settings(split)
    assert (target.port, target.password, target.label) == (
        2525,
        "pw",
        "smtp://mail.example.org:2525",
    )
    with pytest.raises(DeliveryError, match="not configured"):
        SmtpTarget.from_settings(Settings())


def _daily(tmp_path: Path, *extra: str) -> object:
    args = ["daily", "--date", "2026-01-07", "--out", str(tmp_path), *extra]
    return runner.invoke(app, args)


def test_daily_email_to_sends_and_keeps_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtp_server(user="desk", password="pw-Zx81") as (port, mailbox):
        monkeypatch.setenv("BRIEFING_SMTP_URL", f"smtp://desk:pw-Zx81@127.0.0.1:{port}")
        monkeypatch.setenv("BRIEFING_EMAIL_FROM", "desk@example.org")
        result = runner.invoke(
            app,
            [
                "daily",
                "--date",
                "2026-01-07",
                "--out",
                str(tmp_path),
                "--email-to",
                "ana@example.org",
            ],
        )
    assert result.exit_code == 0, result.output
    assert "brief sent to ana@example.org" in result.stdout
    folder = tmp_path / "2026-01-07"
    assert (folder / "brief.eml").exists()
    _check(_parse(mailbox.messages[0]), _brief())
    for path in folder.iterdir():
        assert "pw-Zx81" not in path.read_text(encoding="utf-8", errors="replace")
    assert "pw-Zx81" not in result.output


def test_daily_email_without_smtp_fails_after_writing_the_files(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["daily", "--date", "2026-01-07", "--out", str(tmp_path), "--email-to", "ana@example.org"],
    )
    assert result.exit_code == 1
    assert "SMTP is not configured" in result.output
    assert "BRIEFING_SMTP_URL" in result.output
    assert (tmp_path / "2026-01-07" / "brief.eml").exists()
    assert (tmp_path / "2026-01-07" / "brief.md").exists()


def test_send_resends_a_written_brief(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(
        app, ["daily", "--date", "2026-01-07", "--out", str(tmp_path), "--format", "eml"]
    )
    assert result.exit_code == 0, result.output
    eml = tmp_path / "2026-01-07" / "brief.eml"
    assert sorted(p.name for p in eml.parent.iterdir()) == ["brief.eml", "manifest.json"]
    with smtp_server() as (port, mailbox):
        monkeypatch.setenv("BRIEFING_SMTP_URL", f"smtp://127.0.0.1:{port}")
        sent = runner.invoke(app, ["send", str(eml), "--to", "bo@example.org"])
    assert sent.exit_code == 0, sent.output
    assert mailbox.recipients == [["bo@example.org"]]
    assert _parse(mailbox.messages[0])["To"] == "bo@example.org"


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["daily", "--out", str(tmp_path), "--format", "md,pdf"])
    assert result.exit_code == 2
    assert "md,json,html,eml" in result.output


@pytest.mark.parametrize(
    ("n", "one", "many", "expected"),
    [
        (1, "claim", None, "1 claim"),
        (9, "claim", None, "9 claims"),
        (0, "story", "stories", "0 stories"),
    ],
)
def test_counts_take_the_noun_in_the_right_number(
    n: int, one: str, many: str | None, expected: str
) -> None:
    assert counted(n, one, many) == expected


def test_sources_link_to_their_pages_in_markdown() -> None:
    day = _brief()
    day.lead.sources[0].url = "https://example.org/cuba (report)|1"
    day.lead.sources[1].url = "javascript:alert(1)"
    markdown = render_markdown(day)
    row = next(line for line in markdown.splitlines() if line.startswith("| A1 |"))
    assert "](https://example.org/cuba%20%28report%29%7C1)" in row
    assert row.count(" | ") == 5
    assert "javascript" not in markdown


def test_a_development_the_bottom_line_quotes_is_pointed_to_not_printed_twice() -> None:
    day = _brief()
    markdown = render_markdown(day)
    html = render_html(day)
    shown = day.lead.bottom_line_quotes[0]
    developments = markdown.split("## Key developments")[1].split("## Disputed facts")[0]
    assert shown.text not in developments, "the bottom line shows it"
    assert "quoted in the bottom line" in developments
    assert "quoted in the bottom line" in html
    # A development quoting something the bottom line does not is printed whole.
    others = [
        q.text
        for d in day.lead.key_developments
        for q in d.quotes
        if (q.source_id, q.start)
        not in {(b.source_id, b.start) for b in day.lead.bottom_line_quotes}
    ]
    assert others
    assert all(text in developments for text in others)


def test_a_quote_opening_with_quotation_marks_shows_them_nested() -> None:
    day = _brief()
    day.lead.bottom_line_quotes[0].text = "“The goal was to get rich,” the charge sheet says."
    markdown = render_markdown(day)
    assert "“‘The goal was to get rich,’ the charge sheet says.”" in markdown
    assert "““" not in markdown
    html = render_html(day)
    assert "“‘The goal was to get rich,’ the charge sheet says.”" in html


def test_a_quote_cut_inside_a_quotation_keeps_its_marks() -> None:
    day = _brief()
    for text in (
        'I will walk if I have to," said a nurse.',  # cut inside a quotation
        "the port,” she said. “We stay",  # curly marks out of turn
        'a 6" pipe and an 8" pipe burst',  # inches
    ):
        day.lead.bottom_line_quotes[0].text = text
        assert f"“{text}”" in render_markdown(day)
