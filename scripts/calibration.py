"""Print the measurements behind the analysis thresholds, per article set.

Usage: .venv/bin/python scripts/calibration.py [--real-only]

For the seeds, the harbour set and the held-out bridge set: rewrite evidence for the
most alike pairs of articles (share of own words copied, share of sentences in order), the
staleness of each source, and the dispute candidates against the gold. Then the real
corpus (../shared/real-news/basil, or $BRIEFING_REAL_NEWS), tune half and report half side
by side: cross-outlet pairs judged rewrites, the highest copied share between independent
newsrooms, grouping (BCubed) and independent-source counts of each half briefed as one
day, code's disputes against the gold of the annotated events (found, traps shown,
false), and what the proposals channel could add from a careless or a perfect proposer.
docs/calibration.md quotes this output.
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
from briefing.eval import reckless
from briefing.eval.ceiling import perfect_proposer
from briefing.eval.gold import load_gold, quote_matches
from briefing.eval.real import (
    GOLD,
    LATER_GOLD,
    UNSEEN_GOLD,
    Half,
    analysed,
    corpus_dir,
    dispute_total,
    grouping,
    load_half,
    load_real_gold,
    reckless_total,
    rewrites_judged,
    shown_for_proposals,
    top_fact_states_main,
)
from briefing.eval.watch import load_watch_gold, score_watch
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


def _reckless(name: str, folder: str, gold_file: str) -> None:
    """What code admits from a proposer naming every checkable pair of words."""
    articles = load_articles([Path(folder)]).articles
    today = max((a.published for a in articles if a.published), default=dt.date(2026, 12, 1))
    found, review = reckless.admitted(analysed(articles, today))
    gold = load_gold(Path(gold_file))
    hits = sum(
        any(
            all(any(quote_matches(q.text, g) for q in side for g in gs) for side, gs in pairing)
            for d in gold.disputes
            for pairing in (
                zip(c.sides, d.sides, strict=True),
                zip(c.sides, reversed(d.sides), strict=True),
            )
        )
        for c in found
    )
    print(
        f"{name}: a reckless proposer: {review.proposed} proposed, {len(found)} admitted, "
        f"{hits} of them gold"
    )
    for c in found:
        print(f"    {c.positions[0]!r} / {c.positions[1]!r}: {c.evidence}")


def _real_half(corpus: Path, half: Half) -> None:
    rewrites = rewrites_judged(corpus, half)
    print(
        f"    rewrites {rewrites.judged} of {rewrites.pairs} cross-outlet pairs; highest "
        f"copied share {rewrites.highest_copied:.3f}"
    )
    articles, event_of = load_half(corpus, half)
    found = grouping(articles, event_of)
    counts = ", ".join(f"{n}: {found.three_outlets.count(n)}" for n in (3, 2, 1))
    print(
        f"    {len(articles)} articles -> {found.stories} stories, BCubed P "
        f"{found.precision:.3f} R {found.recall:.3f} F1 {found.f1:.3f}; three-outlet stories "
        f"{len(found.three_outlets)} counted as {counts}"
    )
    scored, total = dispute_total(corpus, load_real_gold(), half)
    share = total.found / total.gold if total.gold else 0.0
    print(
        f"    {scored} annotated events: gold disputes found {total.found} of {total.gold} "
        f"({share:.0%}); shown {total.shown}: traps {total.traps}, framing {total.framing}, "
        f"false {total.false}"
    )
    later = LATER_GOLD if half == "tune" else UNSEEN_GOLD
    for path in (GOLD, later):
        top = top_fact_states_main(corpus, load_real_gold(path), half)
        print(
            f"    {path.name}: the first fact states the annotated main development in "
            f"{sum(top.values())} of {len(top)}"
        )
    scored, total = dispute_total(corpus, load_real_gold(later), half)
    print(
        f"    {scored} events of {later.name}: gold disputes found {total.found} of "
        f"{total.gold}; shown {total.shown}: traps {total.traps}, framing "
        f"{total.framing}, false {total.false}"
    )
    for note in total.notes:
        print(f"        {note}")
    held, gold = shown_for_proposals(corpus, load_real_gold(), half)
    print(f"    gold disputes among the pairs the proposals call shows: {held} of {gold}")
    for path in (GOLD, later):
        verdicts = ", ".join(
            f"{reason} {n}"
            for reason, n in perfect_proposer(corpus, load_real_gold(path), half).most_common()
        )
        print(f"    {path.name}, each gold dispute as a perfect proposer names it: {verdicts}")
    watch = score_watch(corpus, load_watch_gold(), half)
    print(
        f"    What to watch: {watch.ahead} of {watch.shown} items shown still to come "
        f"({watch.precision:.0%}), {watch.unlabelled} unlabelled; of {watch.events_with_ahead} "
        f"events with a sentence still to come, {watch.events_showing_ahead} show one"
    )
    for path in (GOLD, later):
        proposed, admitted = reckless_total(corpus, load_real_gold(path), half)
        print(
            f"    {path.name}, a reckless proposer (every checkable pair of words): "
            f"{proposed} proposed, {admitted.shown} admitted: gold {admitted.found}, traps "
            f"{admitted.traps}, framing {admitted.framing}, false {admitted.false}"
        )


def _real() -> None:
    corpus = corpus_dir()
    if corpus is None:
        print("real corpus: absent (../shared/real-news/basil or $BRIEFING_REAL_NEWS)")
        return
    for half in ("tune", "report"):
        print(f"real news, {half} half:")
        _real_half(corpus, half)


def main() -> None:
    if "--real-only" not in sys.argv:
        for name, (folder, _gold) in SETS.items():
            _rewrites(name, folder)
        for name, (folder, gold) in SETS.items():
            _disputes(name, folder, gold)
        for name, (folder, gold) in SETS.items():
            _reckless(name, folder, gold)
    _real()


if __name__ == "__main__":
    main()
