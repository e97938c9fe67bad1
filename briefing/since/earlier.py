"""The brief before today's in the output folder, if there is one to compare with."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import ValidationError

from briefing.brief import Day, Delta
from briefing.errors import InputError
from briefing.files import read_bounded
from briefing.since.delta import diff_days

# A day's brief.json is a few hundred kilobytes; a larger one is not read (it would cost
# the run its memory), and says so.
MAX_BRIEF_BYTES = 32 * 1024 * 1024


def read_day(path: Path) -> Day:
    """A brief.json written by ``briefing daily``; InputError naming the file otherwise."""
    fix = "pass a brief.json briefing wrote"
    try:
        data = read_bounded(path, MAX_BRIEF_BYTES)
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror})", "check the path") from exc
    except ValueError as exc:
        raise InputError(str(path), f"is not read: {exc}", fix) from exc
    try:
        return Day.model_validate_json(data)
    except ValidationError as exc:
        raise InputError(str(path), "is not a brief.json of this version", fix) from exc


def earlier_brief(out: Path, date: dt.date) -> Path | None:
    """The newest ``<out>/<YYYY-MM-DD>/brief.json`` dated before ``date``."""
    found = []
    for folder in out.glob("????-??-??"):
        try:
            day = dt.date.fromisoformat(folder.name)
        except ValueError:
            continue
        if day < date and (folder / "brief.json").is_file():
            found.append((day, folder / "brief.json"))
    return max(found)[1] if found else None


def diff_files(old: Path, new: Path) -> Delta:
    """What changed from the brief.json at ``old`` to the one at ``new``."""
    return diff_days(read_day(old), read_day(new))
