"""What earlier fetches saw, kept in ``<out>/fetch-state.json``: each link and canonical
URL and each article text already stored (with the day and file), and each URL's
validators for the next conditional GET. The articles themselves are on disk under each
day's ``articles/`` folder; this file only saves fetching and storing them twice."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from pydantic import BaseModel, ValidationError

from briefing.fetch.http import Validators
from briefing.files import read_bounded, write_file

STATE_FILE = "fetch-state.json"


class Seen(BaseModel):
    """Where an item went: the day it was fetched and the file it was stored in (none
    when it was skipped, e.g. as not an article)."""

    date: dt.date
    file: str | None = None


class Remembered(BaseModel):
    """A URL's validators from its last 200 answer."""

    etag: str | None = None
    last_modified: str | None = None

    def validators(self) -> Validators:
        """As the fetcher sends them."""
        return Validators(self.etag, self.last_modified)


class FetchState(BaseModel):
    """Links, canonical URLs and texts already stored, and validators by URL."""

    urls: dict[str, Seen] = {}
    texts: dict[str, Seen] = {}
    validators: dict[str, Remembered] = {}

    def remember(self, url: str, validators: Validators) -> None:
        """Keep a 200's validators (or forget stale ones when it sent none)."""
        if validators.etag or validators.last_modified:
            self.validators[url] = Remembered(
                etag=validators.etag, last_modified=validators.last_modified
            )
        else:
            self.validators.pop(url, None)

    def since(self, url: str) -> Validators | None:
        """The validators to send with the next GET of ``url``."""
        kept = self.validators.get(url)
        return kept.validators() if kept else None


def text_key(text: str) -> str:
    """The key an article's text is known by: its words, case and spacing aside."""
    return hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()


# Far above a year of daily fetches of a few hundred feeds; a larger file is not read.
MAX_STATE_BYTES = 64 * 1024 * 1024


def load_state(out: Path) -> tuple[FetchState, str | None]:
    """The state under ``out``, and a warning when it could not be read (a fresh state is
    used: already-fetched items may then be fetched again, nothing is lost)."""
    path = out / STATE_FILE
    if not path.exists() and not path.is_symlink():
        return FetchState(), None
    try:
        return FetchState.model_validate_json(read_bounded(path, MAX_STATE_BYTES)), None
    except ValidationError as exc:
        return FetchState(), f"{path}: unreadable ({type(exc).__name__}); starting afresh"
    except (OSError, ValueError) as exc:
        return FetchState(), f"{path}: not read ({exc}); starting afresh"


def save_state(out: Path, state: FetchState) -> None:
    """Write the state atomically: an interrupted run leaves the previous one whole."""
    write_file(out / STATE_FILE, state.model_dump_json(indent=1))
