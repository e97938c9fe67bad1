"""The Brief: everything an analyst reads, with every quote traceable to its source span.

``briefing schema`` prints this model's JSON Schema. brief.json holds no timings, so two
runs on the same input give the same bytes.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from briefing.merge.actors import Actor


class Quote(BaseModel):
    """A verbatim excerpt: ``text == <source cleaned text>[start:end]``."""

    claim_id: str
    source_id: str
    text: str
    start: int
    end: int
    carried_by: list[str] = Field(
        description="Sources stating this claim: its own and any whose sentence covers the quote."
    )
    independent_sources: int = Field(
        description="How many independent stories carry it (near-duplicates count once)."
    )


class Source(BaseModel):
    """An article the brief draws on."""

    id: str
    label: str = Field(description="Short label used in the brief, e.g. A1.")
    title: str
    outlet: str | None
    url: str | None
    published: dt.date | None
    date_source: str
    stale: bool = Field(description="Published well before the newest source.")
    rewrite_of: str | None = Field(
        description="Id of the near-duplicate this article rewrites (mapped in its place)."
    )
    similarity: float | None = Field(
        description="Content-word Jaccard similarity to that near-duplicate."
    )


class Side(BaseModel):
    """One side of a disputed fact."""

    position: str
    source_ids: list[str]
    quotes: list[Quote] = Field(min_length=1)
    single_source: bool = Field(description="Only one source carries this side.")
    independent_sources: int = Field(description="Independent stories carrying this side.")


class DisputedFact(BaseModel):
    """A point on which sources disagree, or a question they leave open."""

    topic: str
    kind: str
    sides: list[Side] = Field(min_length=2)
    better_supported: int | None = Field(description="1-based index into sides, or None.")
    reason: str
    cross_source: bool = Field(description="The sides come from different sources.")


class Scenario(BaseModel):
    """One way things may develop."""

    title: str
    description: str
    likelihood: str
    horizon: str
    drivers: list[str]
    indicators: list[str]
    evidence: list[Quote]


class Development(BaseModel):
    """A key development and its evidence."""

    headline: str
    source_ids: list[str]
    quotes: list[Quote] = Field(min_length=1)
    independent_sources: int = Field(description="Independent stories carrying it.")


class Counts(BaseModel):
    """How much was verified and how much was dropped."""

    chunks: int
    near_duplicates: int = Field(description="Articles read only where they add to a rewrite.")
    claims_verified: int
    signals_verified: int
    quotes_dropped: int
    names_dropped: int
    statements_unsupported: int = Field(description="Claims dropped: a number not in the quote.")
    claims_reattributed: int
    candidate_pairs: int = Field(description="Cross-source claim pairs shown to the model.")
    pairs_agreeing: int = Field(description="Pairs the model judged to agree.")
    disputes_dropped: int = Field(description="Answers about pairs that do not exist.")
    reduce_levels: int


class RunInfo(BaseModel):
    """What produced the brief (no timings: those are in manifest.json)."""

    model: str
    prompts: dict[str, str] = Field(description="stage -> 'version sha256'.")
    chunk_tokens: int


class Brief(BaseModel):
    """The analyst's brief."""

    date: dt.date
    incomplete: str | None = Field(
        None, description="Set when chunks failed and --allow-partial briefed the rest."
    )
    headline: str
    bottom_line: str
    bottom_line_quotes: list[Quote]
    key_developments: list[Development]
    actors: list[Actor]
    disputed_facts: list[DisputedFact]
    outlook: list[Scenario]
    sources: list[Source]
    counts: Counts
    run: RunInfo
