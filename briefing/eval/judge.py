"""A pairwise judge, run in both orders: a preference counts only when both orders agree.

LLM judges favour the first position and the longer answer, so each pair of briefs is
judged twice, A first then B first; a section goes to A or B only when both verdicts name
it, otherwise it is a tie.
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


async def judge(
    caller: StructuredCaller, prompt: PromptTemplate, a: Brief, b: Brief, case: str
) -> dict[str, Outcome]:
    """Judge A against B in both orders; the combined per-section outcomes."""
    digest_a, digest_b = digest(a), digest(b)
    a_first, b_first = await asyncio.gather(
        caller.call(
            prompt, {"first": digest_a, "second": digest_b}, JudgeVerdict, f"{case} A-first"
        ),
        caller.call(
            prompt, {"first": digest_b, "second": digest_a}, JudgeVerdict, f"{case} B-first"
        ),
    )
    return combine(a_first, b_first)
