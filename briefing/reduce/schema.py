"""What the model returns in the reduce stages. It refers to candidates, facts and signals
by number or id (C1, F1, S1); quotes and sources are attached in code, so the model never
copies them, and code decides what its answers may change."""

from __future__ import annotations

import functools
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

ReadKind = Literal["agreement", "contradiction", "scope difference", "framing", "open question"]
Likelihood = Literal["low", "medium", "high"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CandidateReading(_Strict):
    """The model's reading of one dispute candidate found in code."""

    candidate: int = Field(ge=1, le=8, description="Number of the candidate, as listed.")
    kind: ReadKind = Field(description="One of the kinds allowed for it, or agreement.")
    topic: str = Field(description="What is in dispute, at most 8 words.")
    first: str = Field(description="What the first quote holds, at most 12 words.")
    second: str = Field(description="What the second quote holds, at most 12 words.")


class DisputeReadings(_Strict):
    """The model's reading of every candidate."""

    candidates: list[CandidateReading] = Field(max_length=8, description="One per candidate.")


@functools.cache
def readings_for(count: int) -> type[DisputeReadings]:
    """DisputeReadings asking for exactly ``count`` readings: a small model given the
    choice answers with none. The name stays, so prompts and recordings agree on it."""
    return create_model(
        "DisputeReadings",
        __base__=DisputeReadings,
        candidates=(
            list[CandidateReading],
            Field(min_length=count, max_length=count, description="One per candidate."),
        ),
    )


ProposedKind = Literal["contradiction", "scope difference", "open question"]


class DisputeProposal(_Strict):
    """Two statements the model says disagree, and the words of each that differ."""

    first: str = Field(description="Id of a statement, e.g. S1.")
    second: str = Field(description="Id of a statement from another source, e.g. S2.")
    first_words: str = Field(description="The words of the first that differ, copied exactly.")
    second_words: str = Field(description="The words of the second that differ, copied exactly.")
    kind: ProposedKind = Field(description="How they disagree.")


class DisputeProposals(_Strict):
    """Pairs of statements that disagree (none when no pair does)."""

    pairs: list[DisputeProposal] = Field(max_length=4, description="At most four pairs.")


class ScenarioFinding(_Strict):
    """One way the situation may develop."""

    title: str = Field(description="At most 8 words.")
    description: str = Field(description="One or two sentences.")
    likelihood: Likelihood
    horizon: str = Field(description="When it could happen, e.g. 'next 2-4 weeks'.")
    drivers: list[str] = Field(max_length=3, description="What pushes toward it, short phrases.")
    indicators: list[str] = Field(
        min_length=1, max_length=3, description="Observable signs to watch, short phrases."
    )
    basis: list[str] = Field(
        min_length=1, max_length=3, description="Ids of the facts or signals it rests on."
    )


class OutlookFindings(_Strict):
    """Scenarios for what comes next."""

    scenarios: list[ScenarioFinding] = Field(min_length=1, max_length=3)


class DevelopmentHeadline(_Strict):
    """One sentence for one of the listed facts."""

    fact: str = Field(description="The fact's id, e.g. F1.")
    headline: str = Field(description="One sentence.")


class SummaryFindings(_Strict):
    """The top of the brief, over facts ranked in code."""

    headline: str = Field(description="Headline of the brief, at most 12 words.")
    bottom_line: str = Field(description="Bottom line up front, two or three sentences.")
    bottom_line_facts: list[str] = Field(
        min_length=1, max_length=4, description="Ids of the facts the bottom line rests on."
    )
    developments: list[DevelopmentHeadline] = Field(
        min_length=1, max_length=5, description="One headline per listed development fact."
    )
