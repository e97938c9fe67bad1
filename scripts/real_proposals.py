"""The model's dispute proposals on the real corpus's annotated events, verified in code.

    .venv/bin/python scripts/real_proposals.py --half tune --base-url http://127.0.0.1:8088/v1 \
        --model qwen2.5-coder-1.5b-instruct --recordings /tmp/real-proposals

For each annotated event of the half: code's candidates, the statements the proposal
call reads, the model's proposals, what code admits and why it rejects the others, and
the gold disputes found by code alone and with the admitted proposals. Responses go
through the project's own client and recorder into ``--recordings`` (a temporary folder:
they quote real articles, which may not enter the repository); a second run replays them.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from briefing.analysis.disputes import Candidate
from briefing.analysis.disputes.proposals import ProposalReview
from briefing.articles import Article
from briefing.eval.real import (
    DisputeTally,
    Half,
    analysed,
    annotated,
    corpus_dir,
    load_real_gold,
    sides_of,
    tally,
)
from briefing.llm import CallLog
from briefing.reduce.reduce import ReduceInput, propose_disputes
from briefing.run.context import RunContext
from briefing.run.endpoint import connect
from briefing.settings import Settings


async def _event(
    ctx: RunContext, articles: Sequence[Article], today: dt.date, name: str
) -> tuple[list[Candidate], list[Candidate], ProposalReview]:
    analysis = analysed(articles, today)
    prepared = ReduceInput(
        candidates=analysis.candidates,
        facts=[],
        signals=[],
        labels={s.id: s.label for s in analysis.sources},
        subjects=analysis.subjects,
        admit=analysis.admit,
        dates={s.id: s.published.isoformat() for s in analysis.sources if s.published},
    )
    admitted, review = await propose_disputes(
        ctx.caller(CallLog()), ctx.library, ctx.versions, prepared, f"event {name}"
    )
    return analysis.candidates, admitted, review


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "report"), required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--recordings", type=Path, required=True)
    args = parser.parse_args()
    corpus = corpus_dir()
    if corpus is None:
        raise SystemExit("error: the real corpus is not there; set BRIEFING_REAL_NEWS")
    settings = Settings(
        mode="record",
        recordings_dir=args.recordings,
        base_url=args.base_url,
        model=args.model,
        concurrency=1,
        no_cache=True,
    )
    half: Half = "tune" if args.half == "tune" else "report"
    asyncio.run(_run(settings, corpus, half))


async def _run(settings: Settings, corpus: Path, half: Half) -> None:
    ctx = RunContext.create(settings, connect(settings))
    code, both = DisputeTally(), DisputeTally()
    rejected: Counter[str] = Counter()
    proposed = admitted_total = 0
    for name, event, articles, today in annotated(corpus, load_real_gold(), half):
        candidates, admitted, review = await _event(ctx, articles, today, name)
        alone = tally(corpus, name, event, [sides_of(c) for c in candidates])
        with_model = tally(corpus, name, event, [sides_of(c) for c in [*candidates, *admitted]])
        code.add(alone)
        both.add(with_model)
        rejected.update(review.rejected)
        proposed += review.proposed
        admitted_total += review.admitted
        print(
            f"{name}: shown {review.shown_statements} statements, proposed {review.proposed},"
            f" admitted {review.admitted}; gold {with_model.gold}, found by code"
            f" {alone.found}, with proposals {with_model.found}; false {with_model.false},"
            f" traps {with_model.traps}, framing {with_model.framing}",
            flush=True,
        )
        for c in admitted:
            print(f"    admitted ({c.kinds[0]}, {c.evidence}): {c.topic}")
    print(f"\n{half} half: proposals {proposed}, admitted {admitted_total}")
    print("rejected:", dict(rejected.most_common()))
    for label, t in (("code alone", code), ("code + proposals", both)):
        print(
            f"{label}: gold found {t.found} of {t.gold}; shown {t.shown}; false {t.false};"
            f" traps {t.traps}; framing {t.framing}"
        )


if __name__ == "__main__":
    main()
