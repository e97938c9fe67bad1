"""What every detector reads: the day's statements by source, and each source's weight."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from briefing.analysis.text import Statement
from briefing.articles.duplicates import DuplicateGroup
from briefing.articles.entities import Entities
from briefing.brief.model import Source


@dataclass(frozen=True)
class Context:
    """Statements by source, the sources' weight and their rewrite groups."""

    statements: Mapping[str, Sequence[Statement]]
    sources: Mapping[str, Source]
    groups: Sequence[DuplicateGroup]
    entities: Entities

    def story(self, article_id: str) -> str:
        """The rewrite group an article belongs to (its own id when it has none)."""
        for group in self.groups:
            if article_id in group.members:
                return group.representative
        return article_id

    def independent(self, a: str, b: str) -> bool:
        """Whether two sources are different stories (not one a rewrite of the other)."""
        return self.story(a) != self.story(b)

    def label(self, article_id: str) -> str:
        """The source's short label (A1 ...)."""
        return self.sources[article_id].label

    def all(self) -> Iterator[Statement]:
        """Every statement of every source."""
        return (s for found in self.statements.values() for s in found)

    def cross_pairs(self) -> Iterator[tuple[Statement, Statement]]:
        """Pairs of statements from independent sources, each pair once."""
        ids = list(self.statements)
        for n, a in enumerate(ids):
            for b in ids[n + 1 :]:
                if self.independent(a, b):
                    for x in self.statements[a]:
                        for y in self.statements[b]:
                            yield x, y
