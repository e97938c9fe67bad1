"""What every detector reads: the day's statements by source, and each source's weight."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from briefing.analysis.disputes.quoted import Quotation, quotations
from briefing.analysis.index import StatementIndex
from briefing.analysis.text import Statement
from briefing.articles import DuplicateGroup, Entities
from briefing.sources import Source


@dataclass(frozen=True)
class Context:
    """Statements by source, the sources' weight and their rewrite groups."""

    statements: Mapping[str, Sequence[Statement]]
    sources: Mapping[str, Source]
    groups: Sequence[DuplicateGroup]
    entities: Entities
    # Each article's text, for what a sentence alone does not say (who speaks a quotation).
    texts: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def _stories(self) -> dict[str, str]:
        return {m: g.representative for g in self.groups for m in g.members}

    @cached_property
    def index(self) -> StatementIndex:
        """Every statement of the day, indexed by stem and figure."""
        return StatementIndex(self.all())

    @cached_property
    def quoted(self) -> dict[str, tuple[Quotation, ...]]:
        """Each article's quotations, read once for the detectors that compare them."""
        return {a: tuple(quotations(a, text)) for a, text in self.texts.items()}

    @cached_property
    def _stating(self) -> dict[int, tuple[Statement, ...]]:
        return {}

    def stating(self, item: Statement) -> tuple[Statement, ...]:
        """The day's statements stating a statement's fact (``StatementIndex.same_fact``),
        looked up once per statement: detectors ask it of one sentence against many."""
        found = self._stating.get(id(item))
        if found is None:
            found = self._stating[id(item)] = tuple(self.index.same_fact(item))
        return found

    def story(self, article_id: str) -> str:
        """The rewrite group an article belongs to (its own id when it has none)."""
        return self._stories.get(article_id, article_id)

    def independent(self, a: str, b: str) -> bool:
        """Whether two sources are different stories (not one a rewrite of the other)."""
        return self.story(a) != self.story(b)

    def label(self, article_id: str) -> str:
        """The source's short label (A1 ...)."""
        return self.sources[article_id].label

    def all(self) -> Iterator[Statement]:
        """Every statement of every source."""
        return (s for found in self.statements.values() for s in found)
