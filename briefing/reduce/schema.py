"""What the model returns in the reduce stages. Claims are referred to by id (C1, C2 ...);
quotes and sources are attached in code, so the model never has to copy them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DisputeKind = Literal["contradiction", "scope difference", "framing", "open question"]
Likelihood = Literal["low", "medium", "high"]
ClaimIds = list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SideFinding(_Strict):
    """One position in a dispute."""

    position: str = Field(description="What this side holds, one short sentence.")
    claim_ids: ClaimIds = Field(
        min_length=1, max_length=3, description="Ids of the claims (C1, C2 ...) stating it."
    )


class DisputeFinding(_Strict):
    """A point on which the sources disagree or leave the question open."""

    topic: str = Field(description="The disputed point, at most 10 words.")
    kind: DisputeKind = Field(description="How the sides differ.")
    sides: list[SideFinding] = Field(min_length=2, max_length=3, description="2 or 3 sides.")
    better_supported: int = Field(
        ge=0, le=3, description="Number of the better supported side (1, 2 or 3), 0 if neither."
    )
    reason: str = Field(description="Why that side is better supported, one sentence.")


class DisputeFindings(_Strict):
    """The disputes found among the claims."""

    disputes: list[DisputeFinding] = Field(max_length=4, description="Up to 4 disputes.")


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
