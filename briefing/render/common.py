"""What both brief templates need besides the Brief: labels, story counts, and which
quotes rest only on weak sources (stale, opinion, content farm)."""

from __future__ import annotations

import re
from typing import Any

from briefing.brief import Brief, Quote


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


# Words of a quote a development shows when the bottom line already shows it whole.
OPENING_WORDS = 12


def opening(text: str) -> str:
    """The first ``OPENING_WORDS`` words of a quote, "…" after them when it goes on."""
    words = text.split()
    cut = " ".join(words[:OPENING_WORDS]).rstrip(",;:")
    return cut + (" …" if len(words) > OPENING_WORDS else "")


def template_context(brief: Brief) -> dict[str, Any]:
    """Variables and helpers shared by brief.md and brief.html."""
    labels = {source.id: source.label for source in brief.sources}
    by_id = {source.id: source for source in brief.sources}
    stories = len({s.rewrite_of or s.id for s in brief.sources})

    def src(ids: list[str]) -> str:
        return ", ".join(labels[i] for i in ids)

    def weak_only(quote: Quote) -> bool:
        return all(by_id[s].weak for s in quote.carried_by)

    def weak_note(quote: Quote) -> str:
        notes = []
        for s in quote.carried_by:
            source = by_id[s]
            notes.append(f"{source.label} ({'stale' if source.stale else source.kind})")
        return ", ".join(notes)

    def verbatim(headline: str, quote: Quote) -> bool:
        """The headline is the quote (the model's sentence did not stand)."""
        return _plain(headline) == _plain(quote.text)

    shown = {(q.source_id, q.start, q.end) for q in brief.bottom_line_quotes}

    def above(quote: Quote) -> bool:
        """The bottom line shows this quote already, whole: a development points to it
        rather than print it twice."""
        return (quote.source_id, quote.start, quote.end) in shown

    def fresh(quotes: list[Quote]) -> list[Quote]:
        """A development's quotes the bottom line does not show."""
        return [q for q in quotes if not above(q)]

    def pointer(quotes: list[Quote]) -> str:
        """What a development says of its quotes the bottom line shows."""
        left = len(fresh(quotes))
        if left == len(quotes):
            return ""
        return " · also quoted in the bottom line" if left else " · quoted in the bottom line"

    return {
        "above": above,
        "fresh": fresh,
        "pointer": pointer,
        "opening": opening,
        "verbatim": verbatim,
        "brief": brief,
        "labels": labels,
        "stories": stories,
        "src": src,
        "weak_only": weak_only,
        "weak_note": weak_note,
    }
