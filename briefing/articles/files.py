"""Which files a run reads, and how: regular files under the given paths, read with a
size bound; hidden folders (.git, .venv) are not searched; a link that leads out of the
given folders is followed only when asked (``follow_links``). Everything left out is
reported with its reason, and every article gets an id unique in the set."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing import files
from briefing.errors import InputError

SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass
class Found:
    """The files to read, and the paths left out with why."""

    files: list[Path] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def _admit(path: Path, roots: Sequence[Path], follow_links: bool) -> InputError | None:
    """Why ``path`` may not be read, or None."""
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            target = path.resolve()
            if not follow_links and not _inside(target, roots):
                return InputError(
                    str(path),
                    f"a link to {target}, outside the given folders",
                    "pass the file itself, or --follow-links to read such links",
                )
            info = os.stat(path)
    except OSError as exc:
        return InputError(str(path), f"cannot be read ({exc.strerror})", "check the path")
    if not stat.S_ISREG(info.st_mode):
        return InputError(
            str(path), "not a regular file (a pipe, device or socket)", "pass article files"
        )
    return None


def _walk(folder: Path) -> Iterable[Path]:
    """Article files under ``folder`` in a stable order, hidden folders left out."""
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name


def find_files(paths: Iterable[Path], *, follow_links: bool = False) -> Found:
    """Article files under ``paths``: files as given, folders searched recursively; a
    file reached twice (named, and inside a named folder) is read once."""
    given = list(paths)
    roots = [p.resolve() for p in given if p.is_dir()]
    found, seen = Found(), set()
    for path in given:
        if not os.path.lexists(path):
            found.skipped.append(InputError(str(path), "no such file or folder", "check the path"))
            continue
        candidates = _walk(path) if path.is_dir() else [path]
        for file in candidates:
            # A file named on the command line is an explicit choice, even through a link.
            problem = _admit(file, roots or [file.resolve()], follow_links or file is path)
            if problem is not None:
                found.skipped.append(problem)
            elif (key := file.resolve()) not in seen:
                seen.add(key)
                found.files.append(file)
    return found


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The article file's bytes (briefing.files.read_bounded), or InputError naming it."""
    try:
        return files.read_bounded(path, max_bytes)
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file", "check the path") from exc
    except OSError as exc:
        raise InputError(
            str(path), f"cannot be read ({exc.strerror})", "check permissions"
        ) from exc
    except files.TooLarge as exc:
        raise InputError(
            str(path), str(exc), "split it, or raise max_article_bytes (BRIEFING_MAX_ARTICLE_BYTES)"
        ) from exc
    except ValueError as exc:
        raise InputError(str(path), str(exc), "pass article files") from exc


def shown(path: Path | str) -> str:
    """A path as text that can be written anywhere: bytes of a file name that are not
    UTF-8 (read by Python as surrogates) become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def article_ids(files: Sequence[Path]) -> dict[Path, str]:
    """An id per file, unique in the set and the same for the same set: the file's stem,
    or, where stems collide, its path from the set's common folder (without the suffix,
    unless that still collides)."""
    stems: dict[str, list[Path]] = {}
    for file in files:
        stems.setdefault(file.stem, []).append(file)
    ids = {file: shown(file.stem) for file in files}
    clashing = [f for group in stems.values() if len(group) > 1 for f in group]
    if not clashing:
        return ids
    base = Path(os.path.commonpath([str(f.resolve().parent) for f in clashing]))
    relative = {f: f.resolve().relative_to(base).with_suffix("").as_posix() for f in clashing}
    counts: dict[str, int] = {}
    for name in relative.values():
        counts[name] = counts.get(name, 0) + 1
    for file, name in relative.items():
        ids[file] = shown(name if counts[name] == 1 else f"{name}{file.suffix}")
    return ids
