"""The Brief: everything an analyst reads, with every quote traceable to its source span.

``briefing schema`` prints this model's JSON Schema. brief.json holds no timings, so two
runs on the same input give the same bytes.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from briefing.merge import Actor
from briefing.sources import Source
from briefing.stories import StoryInfo


class Quote(BaseModel):
    """A verbatim excerpt: ``text == <source cleaned text>[start:end]``."""

    claim_id: str | None = Field(description="The verified claim it states, if it is one.")
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
    speaker: str | None = Field(
        default=None,
        description="Whose words these are, as the source names them, when the quote is "
        "inside someone's quotation; None when it is the source's own words.",
    )


class Side(BaseModel):
    """One side of a disputed fact."""

    position: str
    source_ids: list[str]
    quotes: list[Quote] = Field(min_length=1)
    single_source: bool = Field(description="Only one source carries this side.")
    independent_sources: int = Field(description="Independent stories carrying this side.")


class DisputedFact(BaseModel):
    """A point on which sources disagree, or a question they leave open, found in code."""

    topic: str
    kind: str
    detector: str = Field(description="What found it: rewrite drift, figure conflict ...")
    evidence: str = Field(description="What code saw, in one line.")
    sides: list[Side] = Field(min_length=2)
    better_supported: int | None = Field(description="1-based index into sides, or None.")
    reason: str = Field(description="Why that side is better supported, or that neither is.")
    cross_source: bool = Field(description="The sides come from different sources.")
    odd_one_out: str | None = Field(
        description="A rewrite that changed a name or figure of the article it rewrites."
    )


class Scenario(BaseModel):
    """One way things may develop, resting on verified quotes that concern it."""

    title: str
    description: str
    likelihood: str
    horizon: str
    drivers: list[str]
    indicators: list[str]
    evidence: list[Quote]


class WatchItem(BaseModel):
    """Something a source says comes next (a scheduled event, a plan, a deadline, a
    warning), in its own words, with the date it gives when it gives one."""

    when: str | None = Field(description="The date as the source writes it, e.g. 'on Friday'.")
    quote: Quote


class Development(BaseModel):
    """A key development (a fact ranked in code) and its evidence."""

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
    statements_replaced: int = Field(
        description="Claim statements naming someone or a figure their quote lacks, replaced by it."
    )
    filler_dropped: int = Field(description="Questions, asides and reader address: not claims.")
    claims_reattributed: int
    dispute_candidates: int = Field(description="Candidates found in code and shown to the model.")
    disputes_agreeing: int = Field(description="Candidates the model read as agreement (dropped).")
    kinds_overruled: int = Field(description="Model labels the evidence contradicts, replaced.")
    disputes_proposed: int = Field(
        default=0, description="Pairs of statements the model proposed as disputes."
    )
    proposals_admitted: int = Field(
        default=0, description="Proposals code verified and admitted as dispute candidates."
    )
    proposals_rejected: dict[str, int] = Field(
        default_factory=dict, description="Proposals code rejected, by reason."
    )
    prose_sentences: int = Field(description="Sentences of model prose checked against evidence.")
    prose_replaced: int = Field(
        description="Sentences of model prose replaced or dropped: naming or counting what "
        "their evidence does not, stating one side of a disputed figure, or not fitting."
    )
    scenarios_dropped: int = Field(
        description="Scenarios the sources report as done, or resting on nothing about them."
    )


class RunInfo(BaseModel):
    """What produced the brief (no timings: those are in manifest.json)."""

    model: str
    prompts: dict[str, str] = Field(description="stage -> 'version sha256'.")
    chunk_tokens: int


class Brief(BaseModel):
    """The brief on one story."""

    date: dt.date
    story: StoryInfo | None = Field(
        None, description="The story this brief covers (None: a set briefed as one, in eval)."
    )
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
    watch: list[WatchItem] = Field(
        default_factory=list, description="What the sources say comes next, in code."
    )
    sources: list[Source]
    counts: Counts
    run: RunInfo


class StoryChange(BaseModel):
    """What changed in one story reported on both days."""

    story_id: str
    headline: str
    earlier_headline: str
    new_actors: list[str] = Field(default_factory=list)
    new_disputes: list[str] = Field(default_factory=list)
    resolved_disputes: list[str] = Field(default_factory=list)
    moved_scenarios: list[str] = Field(default_factory=list)
    new_figures: list[str] = Field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Anything to report."""
        lists = (self.new_actors, self.new_disputes, self.resolved_disputes)
        return any(lists) or bool(self.moved_scenarios or self.new_figures)


class Delta(BaseModel):
    """Today's brief against an earlier one."""

    since: dt.date
    new_stories: list[str] = Field(description="Headlines of stories not reported before.")
    gone_stories: list[str] = Field(description="Earlier headlines no longer reported.")
    continuing: list[StoryChange]


class Day(BaseModel):
    """The day's brief: its stories in front-page order, each with its full brief, and
    what changed since the brief before it (when the output folder holds one). A day with
    nothing new has no stories and says why in ``nothing_new``."""

    date: dt.date
    stories: list[Brief] = Field(default_factory=list)
    run: RunInfo
    since: Delta | None = None
    nothing_new: str | None = Field(
        None, description="Why there are no stories (no new articles), on a day with none."
    )

    @property
    def incomplete(self) -> str | None:
        """What failed, over every story (None when every chunk was briefed)."""
        notes = [
            f"{b.story.id if b.story else 'story'}: {b.incomplete}"
            for b in self.stories
            if b.incomplete
        ]
        return "; ".join(notes) or None

    @property
    def lead(self) -> Brief:
        """The first story's brief (the only one on a one-story day); a day with nothing
        new has none (check ``stories`` first)."""
        return self.stories[0]
