"""Write a run's files under ``<out>/<date>/``, each atomically.

Formats: md (brief.md), json (brief.json), html (brief.html), eml (brief.eml);
manifest.json is always written.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from email import policy
from pathlib import Path
from typing import Any

from briefing.brief import Day
from briefing.choices import DEFAULT_FORMATS
from briefing.errors import OutputError
from briefing.redact import redact
from briefing.render.html import render_html
from briefing.render.markdown import render_markdown

OUTPUT_FILES = {"md": "brief.md", "json": "brief.json", "html": "brief.html", "eml": "brief.eml"}


@dataclass(frozen=True)
class Envelope:
    """Sender and recipients written into brief.eml."""

    sender: str = "briefing@localhost"
    to: tuple[str, ...] = field(default_factory=tuple)
    reply_to: str | None = None


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_files(day: Day, formats: Sequence[str], envelope: Envelope) -> dict[str, str | bytes]:
    """File name -> content for the chosen formats."""
    markdown = render_markdown(day)
    html = render_html(day) if {"html", "eml"} & set(formats) else ""
    files: dict[str, str | bytes] = {"md": markdown, "json": _json(day.model_dump(mode="json"))}
    files["html"] = html
    if "eml" in formats:
        # Imported here: only an email needs the CSS inliner.
        from briefing.render.email import build_message  # noqa: PLC0415

        message = build_message(
            day,
            markdown=markdown,
            html=html,
            sender=envelope.sender,
            to=envelope.to,
            reply_to=envelope.reply_to,
        )
        files["eml"] = message.as_bytes(policy=policy.SMTP)
    return {OUTPUT_FILES[f]: files[f] for f in formats}


def _encoded(files: dict[str, str | bytes]) -> dict[str, bytes]:
    """Every file as bytes before any is written: one that cannot be encoded stops the run
    with the previous outputs untouched."""
    try:
        return {n: c.encode("utf-8") if isinstance(c, str) else c for n, c in files.items()}
    except UnicodeEncodeError as exc:
        raise OutputError(
            f"cannot encode the outputs as UTF-8 ({exc.reason})", "report this as a bug"
        ) from exc


def _replace_set(folder: Path, files: dict[str, bytes]) -> None:
    """Stage every file, then move them in and drop the previous run's other outputs, so
    the folder never mixes two runs."""
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder, prefix=".staging-"))
    try:
        for name, content in files.items():
            (staging / name).write_bytes(content)
        for name in files:
            os.replace(staging / name, folder / name)
        for stale in {*OUTPUT_FILES.values(), "manifest.json"} - set(files):
            (folder / stale).unlink(missing_ok=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def write_outputs(
    out_dir: Path,
    day: Day,
    manifest: dict[str, Any],
    formats: Sequence[str] = DEFAULT_FORMATS,
    envelope: Envelope | None = None,
) -> Path:
    """Write the chosen formats and manifest.json as one set; returns the folder."""
    folder = out_dir / day.date.isoformat()
    files = render_files(day, formats, envelope or Envelope())
    files["manifest.json"] = redact(_json(manifest))
    encoded = _encoded(files)
    try:
        _replace_set(folder, encoded)
    except OSError as exc:
        raise OutputError(
            f"cannot write {folder}: {exc.strerror or exc}", "choose another --out"
        ) from exc
    return folder
