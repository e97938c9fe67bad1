"""Print the measurements behind the analysis thresholds, per article set.

Usage: .venv/bin/python scripts/calibration.py [--real-only]

For the seeds, the harbour set and the held-out bridge set: rewrite evidence for the
most alike pairs of articles (share of own words copied, share of sentences in order), the
staleness of each source, and the dispute candidates against the gold. Then the real
corpus (../shared/real-news/basil, or $BRIEFING_REAL_NEWS), tune half and report half side
by side: cross-outlet pairs judged rewrites, the highest copied share between independent
newsrooms, grouping (BCubed) and independent-source counts of each half briefed as one
day, and code's disputes against the gold of the annotated events (found, traps shown,
false). docs/calibration.md quotes this output.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from pathlib import Path

from briefing.analysis.disputes import Context, find_candidates
from briefing.analysis.text import entities_for, statements
from briefing.articles import load_articles
from briefing.articles.duplicates import _copied, _in_order, _Profile, near_duplicate_groups
from briefing.eval.clusters import bcubed
from briefing.eval.gold import load_gold, quote_matches
from briefing.eval.real import (
    DisputeTally,
    Half,
    corpus_dir,
    events,
    load_half,
    load_real_gold,
    score_events,
)
from briefing.settings import Settings
from briefing.sources import profile_sources
from briefing.stories.group import group_stories

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


def _real_rewrites(corpus: Path, half: Half) -> str:
    pairs = judged = 0
    highest = 0.0
    for event in events(corpus, half):
        articles = load_articles([event.folder]).articles
        profiles = {a.id: _Profile.of(a) for a in articles}
        for a, b in itertools.combinations(articles, 2):
            pairs += 1
            copied = max(
                _copied(profiles[a.id], profiles[b.id]), _copied(profiles[b.id], profiles[a.id])
            )
            highest = max(highest, copied)
        judged += sum(len(g.members) - 1 for g in near_duplicate_groups(articles))
    return f"rewrites {judged} of {pairs} cross-outlet pairs; highest copied share {highest:.3f}"


def _real_grouping(corpus: Path, half: Half) -> str:
    articles, event_of = load_half(corpus, half)
    stories = group_stories(articles, Settings(), dt.date(2020, 1, 1))
    found = {a.id: s.info.id for s in stories for a in s.articles}
    p, r, f1 = bcubed([found[a.id] for a in articles], [event_of[a.id] for a in articles])
    whole = [s for s in stories if len({event_of[a.id] for a in s.articles}) == 1]
    three = [s.info.independent_sources for s in whole if len(s.articles) == 3]
    counts = ", ".join(f"{n}: {three.count(n)}" for n in (3, 2, 1))
    return (
        f"{len(articles)} articles -> {len(stories)} stories, BCubed P {p:.3f} R {r:.3f} "
        f"F1 {f1:.3f}; three-outlet stories {len(three)} counted as {counts}"
    )


def _real_disputes(corpus: Path, half: Half) -> str:
    found = score_events(corpus, load_real_gold(), half)
    total = DisputeTally()
    for tally in found.values():
        total.add(tally)
    share = total.found / total.gold if total.gold else 0.0
    return (
        f"{len(found)} annotated events: gold disputes found {total.found} of {total.gold} "
        f"({share:.0%}); shown {total.shown}: traps {total.traps}, framing {total.framing}, "
        f"false {total.false}"
    )


def _real() -> None:
    corpus = corpus_dir()
    if corpus is None:
        print("real corpus: absent (../shared/real-news/basil or $BRIEFING_REAL_NEWS)")
        return
    for half in ("tune", "report"):
        print(f"real news, {half} half:")
        print(f"    {_real_rewrites(corpus, half)}")
        print(f"    {_real_grouping(corpus, half)}")
        print(f"    {_real_disputes(corpus, half)}")


def main() -> None:
    if "--real-only" not in sys.argv:
        for name, (folder, _gold) in SETS.items():
            _rewrites(name, folder)
        for name, (folder, gold) in SETS.items():
            _disputes(name, folder, gold)
    _real()


if __name__ == "__main__":
    main()
