"""Hierarchical reduce, brief assembly from claim ids, and source dating."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from briefing.articles import Article
from briefing.brief import build_brief
from briefing.brief.model import RunInfo
from briefing.llm import CallLog, StructuredCaller
from briefing.llm.recorder import Recorder, RecordingStore
from briefing.merge import Evidence, MergeResult
from briefing.merge.support import Support
from briefing.pipeline import sources_of
from briefing.prompting import PromptLibrary
from briefing.reduce import ReduceResult, SourceLabel, reduce_evidence
from briefing.reduce.candidates import CandidatePair, dispute_candidates
from briefing.reduce.schema import (
    DevelopmentFinding,
    DisputeFindings,
    OutlookFindings,
    PairFinding,
    ScenarioFinding,
    SummaryFindings,
)
from briefing.settings import Settings
from tests.fakes.models import SchemaChatModel
from tests.fakes.schema_answers import answer

VERSIONS = {"extract": "v1", "condense": "v1", "disputes": "v1", "outlook": "v1", "summary": "v1"}


def _claim(n: int, article: str = "a", text: str = "") -> Evidence:
    return Evidence(
        id=f"C{n}",
        article_id=article,
        chunk_id=f"{article}#1",
        statement=f"Claim number {n} says something about the situation in the region.",
        asserted_by="the article",
        quote=text or f"quote {n}",
        start=0,
        end=7,
        figures=[],
    )


def _merged(claims: list[Evidence]) -> MergeResult:
    return MergeResult(claims=claims, signals=[], actors=[], dropped=[], reattributed=0)


def _select_first_half(payload: dict[str, Any]) -> str:
    if payload["response_format"]["json_schema"]["name"] != "Selection":
        return answer(payload)
    ids = [line.split(" | ")[0] for line in payload["messages"][1]["content"].splitlines()]
    return json.dumps({"keep": ids[: max(1, len(ids) // 2)][:12]})


async def test_too_many_claims_are_condensed_until_they_fit(tmp_path: Path) -> None:
    labels = {
        "a": SourceLabel("A1", "t", "o", "2026-01-01", stale=False),
        "b": SourceLabel("A2", "t", "o", "2026-01-02", stale=False),
    }
    model = SchemaChatModel(_select_first_half)
    settings = Settings(model="m", mode="live")
    caller = StructuredCaller(
        Recorder(RecordingStore(tmp_path), "live", model), settings, CallLog()
    )
    claims = [_claim(n, "ab"[n % 2]) for n in range(1, 61)]
    reduced = await reduce_evidence(
        caller,
        PromptLibrary(),
        VERSIONS,
        merged=_merged(claims),
        labels=labels,
        texts=[c.statement for c in claims],
        budget=600,
    )
    assert reduced.levels >= 1
    assert 0 < len(reduced.claims) < 60
    assert {c.id for c in reduced.claims} <= {c.id for c in claims}
    stages = [r.schema_name for r in model.requests]
    assert stages.count("Selection") >= 2
    assert set(stages[-3:]) == {"DisputeFindings", "OutlookFindings", "SummaryFindings"}


def _pair(first: Evidence, second: Evidence, *support: Evidence) -> CandidatePair:
    return CandidatePair(first, second, support, ())


def _finding(pair: int, kind: str, better: str = "first") -> PairFinding:
    return PairFinding.model_validate(
        {
            "pair": pair,
            "kind": kind,
            "topic": f"t{pair}",
            "first": "x",
            "second": "y",
            "better_supported": better,
            "reason": "r",
        }
    )


def test_pairs_become_disputes_with_verified_quotes() -> None:
    claims = [
        _claim(1, "a", "alpha"),
        _claim(2, "b", "beta"),
        _claim(3, "c", "gamma"),
        _claim(4, "b", "delta"),
        _claim(5, "c", "eps"),
    ]
    pairs = [_pair(claims[0], claims[1], claims[2]), _pair(claims[3], claims[4])]
    findings = DisputeFindings(
        pairs=[
            _finding(1, "contradiction", "second"),
            _finding(2, "agreement"),
            _finding(1, "framing"),
            _finding(6, "framing"),
        ]
    )
    scenario = ScenarioFinding(
        title="s",
        description="d",
        likelihood="low",
        horizon="weeks",
        drivers=[],
        indicators=["i"],
        claim_ids=["C2", "C404"],
    )
    summary = SummaryFindings(
        headline="h",
        bottom_line="b",
        bottom_line_claim_ids=["C1"],
        developments=[
            DevelopmentFinding(headline="d1", claim_ids=["C2"]),
            DevelopmentFinding(headline="unsupported", claim_ids=["C77"]),
        ],
    )
    outlook = OutlookFindings(scenarios=[scenario, scenario])
    reduced = ReduceResult(claims, pairs, findings, outlook, summary, 0)
    brief = build_brief(
        dt.date(2026, 1, 7),
        sources=[],
        merged=_merged(claims),
        reduced=reduced,
        support=Support({"C1": ("a", "d")}, {"a": "a", "d": "a"}),
        chunks=2,
        run=RunInfo(model="m", prompts={}, chunk_tokens=800),
    )
    assert [d.topic for d in brief.disputed_facts] == ["t1"]
    fact = brief.disputed_facts[0]
    assert fact.kind == "contradiction"
    assert fact.better_supported == 2
    assert fact.cross_source
    assert [q.text for q in fact.sides[0].quotes] == ["alpha", "gamma"]
    assert fact.sides[0].source_ids == ["a", "c"]
    assert not fact.sides[0].single_source
    assert fact.sides[1].single_source
    alpha = fact.sides[0].quotes[0]
    assert (alpha.carried_by, alpha.independent_sources) == (["a", "d"], 1), "d rewrites a"
    assert fact.sides[0].independent_sources == 2, "a (with its rewrite d) and c"
    assert (brief.counts.candidate_pairs, brief.counts.pairs_agreeing) == (2, 1)
    assert brief.counts.disputes_dropped == 2, "a repeated pair and a pair that does not exist"
    assert [q.claim_id for q in brief.outlook[0].evidence] == ["C2"]
    assert len(brief.outlook) == 1, "a scenario written twice is kept once"
    assert [d.headline for d in brief.key_developments] == ["d1"]


def _article(article_id: str, published: dt.date | None) -> Article:
    return Article(
        id=article_id,
        path="p",
        title="t",
        outlet=None,
        url=None,
        published=published,
        date_source="text" if published else "unknown",
        text="x",
        removed=(),
    )


def test_sources_are_labelled_and_old_ones_marked_stale() -> None:
    sources = sources_of(
        [
            _article("old", dt.date(2025, 10, 31)),
            _article("new", dt.date(2026, 1, 6)),
            _article("undated", None),
        ]
    )
    assert [(s.label, s.stale) for s in sources] == [("A1", True), ("A2", False), ("A3", False)]


def test_candidates_pair_rare_shared_words_across_sources_once() -> None:
    def claim(n: int, article: str, text: str) -> Evidence:
        return _claim(n, article, text).model_copy(update={"statement": text})

    claims = [
        claim(1, "a", "Venezuela says 140 Cuban bodyguards protected Maduro"),
        claim(2, "b", "Venezuela hosted 25,000 Cuban bodyguards for two decades"),
        claim(3, "c", "Venezuela oil exports fell as tariffs rose"),
        claim(4, "a", "Venezuela oil exports fell sharply"),
        claim(5, "a", "Cuban bodyguards protected Maduro, in the same source"),
    ]
    background = [
        "Venezuela said this. Venezuela said that. Venezuela again. Venezuela and oil.",
        "Cuban officials spoke. The weather was fine. Exports were a topic.",
    ]
    pairs = dispute_candidates(claims, [*background, *(c.statement for c in claims)])
    assert [(p.first.id, p.second.id) for p in pairs] == [("C1", "C2"), ("C3", "C4")]
