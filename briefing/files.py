"""Writing files so that a killed run never leaves a truncated one."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

log = logging.getLogger("briefing")
LOCK_FILE = ".briefing.lock"
# How long a run waits for another on the same --out (a cron run and a manual one).
LOCK_WAIT_S = 600.0
# Output folders this process holds: `daily --feeds` fetches under the lock it took.
_HELD: set[Path] = set()


class TooLarge(ValueError):
    """A file over the size a reader allows."""


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, never blocking on a pipe
    and never reading more. A link to a device (``/dev/zero``), a FIFO, a sparse file of
    gigabytes or one that grows while read raises ValueError (TooLarge for size) saying
    which, so a hostile file costs a warning, never the run's memory; OSError as the
    system raises it."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    with os.fdopen(os.open(path, flags), "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ValueError("not a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"larger than {limit:,} bytes")
    return data


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_file(path: Path, text: str | bytes) -> None:
    """``write_atomic``, a failure raised as OutputError naming the file."""
    # Imported here: errors imports nothing, and files is imported by low-level modules.
    from briefing.errors import OutputError  # noqa: PLC0415

    try:
        write_atomic(path, text)
    except OSError as exc:
        raise OutputError(
            f"{path}: cannot be written ({exc.strerror})", "check permissions"
        ) from exc


def _open_locked(path: Path, wait_s: float) -> IO[str] | None:
    """The lock file at ``path``, opened and locked by this process, waiting up to
    ``wait_s`` for another holder; None when it still holds it then. A file system without
    locks is not waited on (the run goes on unlocked, as before locks existed), and a file
    removed by its holder as this one got it is opened again."""
    deadline = time.monotonic() + wait_s
    told = False
    while True:
        handle = path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            if time.monotonic() >= deadline:
                return None
            if not told:
                log.warning("waiting for another briefing run writing in %s", path.parent)
                told = True
            time.sleep(0.2)
            continue
        except OSError:
            return handle
        if path.exists() and os.fstat(handle.fileno()).st_ino == path.stat().st_ino:
            return handle
        handle.close()


@contextmanager
def out_lock(out: Path, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold ``out`` for this run: a second ``fetch`` or ``daily`` on the same folder waits
    for the first (up to ``wait_s``), then stops with one line, instead of both writing
    the fetch state and the day's files at once."""
    from briefing.errors import OutputError  # noqa: PLC0415

    key = out.resolve()
    if key in _HELD:
        yield
        return
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        handle = _open_locked(out / LOCK_FILE, wait_s)
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror}", "choose another --out") from exc
    if handle is None:
        raise OutputError(
            f"{out}: another briefing run has been writing there for {wait_s:g} s",
            "wait for it to finish, or pass another --out",
        )
    with handle:
        _HELD.add(key)
        try:
            yield
        finally:
            _HELD.discard(key)
            # A run that wrote nothing leaves no folder it made (a failed first run); a
            # run waiting on the removed lock file opens the folder's new one instead.
            if created and [p.name for p in out.iterdir()] == [LOCK_FILE]:
                with contextlib.suppress(OSError):  # another run wrote there meanwhile
                    (out / LOCK_FILE).unlink()
                    out.rmdir()
