"""Which side of a dispute is better supported, and why, in one line: more independent
sources, or neither. Stale, opinion and content-farm sources repeat rather than report,
so they count for a side only against a side that has nothing else."""

from __future__ import annotations

import dataclasses

from briefing.analysis.disputes.candidate import Candidate
from briefing.analysis.disputes.context import Context

_KIND_NAMES = {"official": "official statement", "wire": "wire story"}


def _describe(context: Context, articles: set[str]) -> str:
    """'A3 (official statement), A6 (opinion)'."""
    parts = []
    for article in sorted(articles, key=context.label):
        source = context.sources[article]
        note = "stale" if source.stale else _KIND_NAMES.get(source.kind, source.kind)
        parts.append(f"{source.label}" + (f" ({note})" if note != "news" else ""))
    return ", ".join(parts)


def weigh(candidate: Candidate, context: Context) -> Candidate:
    """The candidate with ``better`` and ``why`` set, unless its detector set them."""
    if candidate.why:
        return candidate
    strong = [
        {context.story(a) for a in candidate.articles(n) if not context.sources[a].weak}
        for n in (0, 1)
    ]
    counts = [len(s) for s in strong]
    described = [_describe(context, candidate.articles(n)) for n in (0, 1)]
    if counts[0] != counts[1]:
        better = 0 if counts[0] > counts[1] else 1
        why = (
            f"Side {better + 1}: {_sources(counts[better])} ({described[better]}), against "
            f"{counts[1 - better]} ({described[1 - better]})."
        )
        if counts[1 - better] == 0:
            why = (
                f"Side {better + 1}: side {2 - better} rests only on a stale, opinion or "
                f"content-farm source ({described[1 - better]})."
            )
    else:
        better = None
        each = "one independent source each" if counts[0] == 1 else f"{counts[0]} each"
        why = f"Neither: {each} (side 1: {described[0]}; side 2: {described[1]})."
    return dataclasses.replace(candidate, better=better, why=why)


def _sources(count: int) -> str:
    return f"{count} independent source{'s' if count != 1 else ''}"
