"""Time the analysis done in code, stage by stage, on a synthetic corpus.

    .venv/bin/python benchmarks/analysis.py --articles 300

The corpus is the pipeline benchmark's (re-worded copies of the seeds, no two
near-duplicates). Prints seconds per stage: loading, rewrite grouping, sentence
statements, source profiles, dispute candidates; no model is involved.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pipeline import corpus
from briefing.analysis.disputes import Context, find_candidates
from briefing.analysis.text import entities_for, statements
from briefing.articles import load_articles
from briefing.articles.duplicates import near_duplicate_groups
from briefing.sources import profile_sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=50)
    args = parser.parse_args()
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus(Path(tmp), args.articles)
        start = time.perf_counter()
        articles = load_articles([Path(tmp)]).articles
        timings["load"] = time.perf_counter() - start
        start = time.perf_counter()
        groups = near_duplicate_groups(articles)
        timings["rewrites"] = time.perf_counter() - start
        start = time.perf_counter()
        entities = entities_for(articles)
        found = statements(articles, entities)
        timings["statements"] = time.perf_counter() - start
        start = time.perf_counter()
        sources = {s.id: s for s in profile_sources(articles, groups, dt.date(2026, 1, 7))}
        timings["sources"] = time.perf_counter() - start
        start = time.perf_counter()
        candidates = find_candidates(Context(found, sources, groups, entities))
        timings["disputes"] = time.perf_counter() - start
    cells = " | ".join(f"{name} {seconds:.2f} s" for name, seconds in timings.items())
    print(f"{args.articles} articles | {cells} | {len(candidates)} candidates")


if __name__ == "__main__":
    main()
