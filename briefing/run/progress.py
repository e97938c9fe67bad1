"""How a run reports its progress to whoever shows it (the CLI draws a bar)."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """Receives the number of chunks, then one call per chunk extracted."""

    def start(self, total: int) -> None:
        """The run has ``total`` chunks to extract."""

    def advance(self) -> None:
        """One more chunk was extracted."""

    def note(self, text: str) -> None:
        """A status line (a batch being processed)."""


class NoProgress:
    """A Progress that shows nothing."""

    def start(self, total: int) -> None:
        """Ignore the total."""

    def advance(self) -> None:
        """Ignore the step."""

    def note(self, text: str) -> None:
        """Ignore the status."""
