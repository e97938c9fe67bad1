"""Print the measurements behind the analysis thresholds, per article set.

Usage: .venv/bin/python scripts/calibration.py

For every set in eval/sets.toml plus the held-out bridge set: rewrite evidence for every
ordered pair of articles (share of sentences found in order, shared quotations), the
staleness of each source, and the dispute candidates against the gold. docs/calibration.md
quotes this output.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from briefing.analysis.disputes import Context, find_candidates
from briefing.analysis.text import entities_for, statements
from briefing.articles import load_articles
from briefing.articles.duplicates import _copied, _in_order, _Profile, near_duplicate_groups
from briefing.eval.gold import load_gold, quote_matches
from briefing.sources import profile_sources

SETS = {
    "seeds (development)": ("seeds", "eval/seeds.gold.json"),
    "harbour (development)": ("eval/sets/harbour", "eval/harbour.gold.json"),
    "bridge (held out)": ("eval/sets/bridge", "eval/bridge.gold.json"),
}


def _rewrites(name: str, folder: str) -> None:
    articles = load_articles([Path(folder)]).articles
    profiles = {a.id: _Profile.of(a) for a in articles}
    rows = []
    for a, b in itertools.permutations(articles, 2):
        order = _in_order(profiles[a.id], profiles[b.id])
        rows.append((_copied(profiles[a.id], profiles[b.id]), order, a.id[:4], b.id[:4]))
    rows.sort(reverse=True)
    groups = [
        (g.representative[:4], [m[:4] for m in g.rewrites()])
        for g in near_duplicate_groups(articles)
    ]
    independent = [
        r
        for r in rows
        if not any((r[2] in m and r[3] == g) or (r[3] in m and r[2] == g) for g, m in groups)
    ]
    top = independent[0]
    print(
        f"{name}: rewrite groups {groups}; highest independent pair {top[2]}->{top[3]} "
        f"copied {top[0]:.2f}, in order {top[1]:.2f}"
    )
    for copied, order, first, second in rows[:3]:
        print(f"    {first} -> {second}: copied {copied:.2f}, in order {order:.2f}")


def _disputes(name: str, folder: str, gold_file: str) -> None:
    articles = load_articles([Path(folder)]).articles
    groups = near_duplicate_groups(articles)
    entities = entities_for(articles)
    sources = {s.id: s for s in profile_sources(articles, groups, dt.date(2026, 12, 1))}
    context = Context(statements(articles, entities), sources, groups, entities)
    candidates = find_candidates(context)
    gold = load_gold(Path(gold_file))
    print(
        f"{name}: {len(candidates)} candidates; stale: "
        f"{[(s.label, s.stale_days) for s in sources.values() if s.stale]}"
    )
    for g in gold.disputes:
        hit = None
        for c in candidates:
            texts = [[q.text for q in side] for side in c.sides]
            for i in (0, 1):
                if any(quote_matches(q, x) for q in texts[i] for x in g.sides[0]) and any(
                    quote_matches(q, x) for q in texts[1 - i] for x in g.sides[1]
                ):
                    hit = c
        kind = (hit.settled or hit.kinds[0]) if hit else None
        mark = "found" if hit else "missed"
        right = " (right kind)" if kind == g.kind else f" (as {kind})" if hit else ""
        print(f"    {mark}: {g.topic} [{g.kind}]{right}{' by ' + hit.detector if hit else ''}")


def main() -> None:
    for name, (folder, _gold) in SETS.items():
        _rewrites(name, folder)
    for name, (folder, gold) in SETS.items():
        _disputes(name, folder, gold)


if __name__ == "__main__":
    main()
