"""What the model returns in the reduce stages. Claims are referred to by id (C1, C2 ...);
quotes and sources are attached in code, so the model never has to copy them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PairKind = Literal["agreement", "contradiction", "scope difference", "framing", "open question"]
Likelihood = Literal["low", "medium", "high"]
ClaimIds = list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PairFinding(_Strict):
    """The model's reading of one candidate pair of claims."""

    pair: int = Field(ge=1, le=6, description="Number of the pair, as listed.")
    kind: PairKind = Field(description="How the two claims relate.")
    topic: str = Field(description="What the pair is about, at most 10 words.")
    first: str = Field(description="What the first claim holds, one short sentence.")
    second: str = Field(description="What the second claim holds, one short sentence.")
    better_supported: Literal["first", "second", "neither"]
    reason: str = Field(description="Why, one sentence.")


class DisputeFindings(_Strict):
    """The model's reading of every candidate pair."""

    pairs: list[PairFinding] = Field(max_length=6, description="One entry per pair.")


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
    claim_ids: ClaimIds = Field(max_length=3, description="Ids of claims it rests on.")


class OutlookFindings(_Strict):
    """Scenarios for what comes next."""

    scenarios: list[ScenarioFinding] = Field(min_length=2, max_length=4)


class DevelopmentFinding(_Strict):
    """A key development."""

    headline: str = Field(description="One sentence.")
    claim_ids: ClaimIds = Field(min_length=1, max_length=3, description="Ids of supporting claims.")


class SummaryFindings(_Strict):
    """The bottom line up front and the key developments."""

    headline: str = Field(description="Headline of the brief, at most 12 words.")
    bottom_line: str = Field(description="Bottom line up front, two or three sentences.")
    bottom_line_claim_ids: ClaimIds = Field(min_length=1, max_length=4)
    developments: list[DevelopmentFinding] = Field(min_length=2, max_length=5)


class Selection(_Strict):
    """The claims worth keeping when there are too many to reduce at once."""

    keep: ClaimIds = Field(max_length=12, description="Ids of the most important claims.")
