"""Write a run's files under ``<out>/<date>/``, each atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefing.brief import Brief
from briefing.errors import OutputError
from briefing.files import write_atomic
from briefing.render.markdown import render_markdown

OUTPUT_FILES = ("brief.md", "brief.json", "manifest.json")


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_outputs(out_dir: Path, brief: Brief, manifest: dict[str, Any]) -> Path:
    """Write brief.md, brief.json and manifest.json; returns the folder."""
    folder = out_dir / brief.date.isoformat()
    files = {
        "brief.md": render_markdown(brief),
        "brief.json": _json(brief.model_dump(mode="json")),
        "manifest.json": _json(manifest),
    }
    try:
        for name, text in files.items():
            write_atomic(folder / name, text)
    except OSError as exc:
        raise OutputError(f"cannot write {folder}: {exc.strerror}", "choose another --out") from exc
    return folder
