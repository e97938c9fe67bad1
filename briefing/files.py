"""Writing files so that a killed run never leaves a truncated one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes. A link to a device
    (``/dev/zero``), a sparse file of gigabytes or a file that grows while read raises
    ValueError saying which, so a hostile file costs a warning, never the run's memory."""
    if not path.is_file():
        raise ValueError("not a regular file")
    size = path.stat().st_size
    if size > limit:
        raise ValueError(f"larger than {limit:,} bytes ({size:,})")
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"larger than {limit:,} bytes")
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
