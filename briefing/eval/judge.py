"""A pairwise judge, run in both orders: a preference counts only when both orders agree.

LLM judges favour the first position and the longer answer, so each pair of briefs is
judged twice, A first then B first; a section goes to A or B only when both verdicts name
it, otherwise it is a tie. The raw verdicts are kept, so the report can say how often
the judge followed position instead of content (``position_bias``): a judge that says
"first" whichever brief is first tells nothing, and the report says so rather than
counting ties.
"""

from __future__ import annotations

import asyncio
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from briefing.brief import Brief
from briefing.llm import StructuredCaller
from briefing.prompting import PromptTemplate

SECTIONS = ("bottom line", "key developments", "actors", "disputed facts", "outlook")
Section = Literal["bottom line", "key developments", "actors", "disputed facts", "outlook"]
Outcome = Literal["A", "B", "tie"]
# Above this share of position-following verdicts the judge is inconclusive.
BIAS_LIMIT = 0.75
MIN_VERDICTS = 5


class SectionVerdict(BaseModel):
    """The judge's verdict on one section."""

    model_config = ConfigDict(extra="forbid")

    section: Section
    better: Literal["first", "second", "tie"] = Field(description="Which brief does it better.")
    reason: str = Field(description="One short sentence.")


class JudgeVerdict(BaseModel):
    """The judge's verdicts, one per section."""

    model_config = ConfigDict(extra="forbid")

    sections: list[SectionVerdict] = Field(min_length=5, max_length=5)


def _quoted(count: int) -> str:
    return f"{count} verified quote{'s' if count != 1 else ''}"


def _developments(brief: Brief, labels: dict[str, str]) -> list[str]:
    return [
        f"- {d.headline} ({', '.join(labels[s] for s in d.source_ids)}; {_quoted(len(d.quotes))})"
        for d in brief.key_developments
    ]


def _disputes(brief: Brief, labels: dict[str, str]) -> list[str]:
    lines = []
    for fact in brief.disputed_facts:
        sides = " / ".join(
            f"{s.position} [{', '.join(labels[i] for i in s.source_ids)}]" for s in fact.sides
        )
        lines.append(f"- {fact.topic} ({fact.kind}): {sides}")
    return lines or ["- none"]


def _outlook(brief: Brief) -> list[str]:
    return [
        f"- {s.title} ({s.likelihood}, {s.horizon}); watch: {'; '.join(s.indicators)}; "
        f"{_quoted(len(s.evidence))}"
        for s in brief.outlook
    ]


def digest(brief: Brief) -> str:
    """The brief as the judge reads it: every section, compact, with evidence counts."""
    labels = {s.id: s.label for s in brief.sources}
    actors = "; ".join(
        f"{a.name} ({a.kind}{', ' + a.role if a.role else ''})" for a in brief.actors
    )
    lines = [
        f"HEADLINE: {brief.headline}",
        f"BOTTOM LINE: {brief.bottom_line} ({_quoted(len(brief.bottom_line_quotes))})",
        "KEY DEVELOPMENTS:",
        *_developments(brief, labels),
        f"ACTORS: {actors}",
        "DISPUTED FACTS:",
        *_disputes(brief, labels),
        "OUTLOOK:",
        *_outlook(brief),
    ]
    return "\n".join(lines)


def _by_section(verdict: JudgeVerdict) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in verdict.sections:
        found.setdefault(item.section, item.better)
    return found


def combine(a_first: JudgeVerdict, b_first: JudgeVerdict) -> dict[str, Outcome]:
    """Per section: A or B when both orders prefer it, else tie (a missing verdict is a tie)."""
    first, second = _by_section(a_first), _by_section(b_first)
    outcomes: dict[str, Outcome] = {}
    for section in SECTIONS:
        one = {"first": "A", "second": "B"}.get(first.get(section, "tie"), "tie")
        two = {"first": "B", "second": "A"}.get(second.get(section, "tie"), "tie")
        outcomes[section] = one if one == two and one != "tie" else "tie"  # type: ignore[assignment]
    return outcomes


class Verdicts(BaseModel):
    """One section's verdict in each order."""

    section: str
    a_first: str
    b_first: str


class Judged(BaseModel):
    """The combined outcomes and the raw verdicts behind them."""

    outcomes: dict[str, Outcome]
    verdicts: list[Verdicts]


class JudgeBias(BaseModel):
    """How far the judge followed position rather than content."""

    verdicts: int
    first: int
    position_following: int
    decided: int
    inconclusive: bool
    note: str


def position_bias(verdicts: list[Verdicts]) -> JudgeBias:
    """Count verdicts naming the first brief, and comparisons where both orders named the
    same position (the judge followed position, not content)."""
    said = [v for item in verdicts for v in (item.a_first, item.b_first)]
    first = said.count("first")
    decided = [v for v in verdicts if "tie" not in (v.a_first, v.b_first)]
    following = sum(v.a_first == v.b_first for v in decided)
    share = following / len(decided) if decided else 0.0
    inconclusive = len(decided) >= MIN_VERDICTS and share >= BIAS_LIMIT
    note = (
        f"judge inconclusive: it picked the first brief in {first} of {len(said)} verdicts"
        if inconclusive
        else f"the judge followed position in {following} of {len(decided)} decided comparisons"
    )
    return JudgeBias(
        verdicts=len(said),
        first=first,
        position_following=following,
        decided=len(decided),
        inconclusive=inconclusive,
        note=note,
    )


async def judge(
    caller: StructuredCaller, prompt: PromptTemplate, a: Brief, b: Brief, case: str
) -> Judged:
    """Judge A against B in both orders; the combined outcomes and the raw verdicts."""
    digest_a, digest_b = digest(a), digest(b)
    a_first, b_first = await asyncio.gather(
        caller.call(
            prompt, {"first": digest_a, "second": digest_b}, JudgeVerdict, f"{case} A-first"
        ),
        caller.call(
            prompt, {"first": digest_b, "second": digest_a}, JudgeVerdict, f"{case} B-first"
        ),
    )
    first, second = _by_section(a_first), _by_section(b_first)
    verdicts = [
        Verdicts(section=s, a_first=first.get(s, "tie"), b_first=second.get(s, "tie"))
        for s in SECTIONS
    ]
    return Judged(outcomes=combine(a_first, b_first), verdicts=verdicts)
