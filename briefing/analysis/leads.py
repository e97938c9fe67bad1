"""What each report leads with: its first sentences.

News reports follow the inverted pyramid: the first sentences carry the news, later
paragraphs background, colour and reaction; of several reports, the newest carries the
day's development. The model extracts a handful of claims per chunk and may miss a
report's lead, so each strong source's first sentence is made a claim in code (its own
words, verbatim) when no claim of the model covers it; ranking then puts first the facts
the newest strong reports lead with (briefing.analysis.ranking).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing.analysis.text import Statement, is_sentence
from briefing.brief.model import Source
from briefing.merge.claims import Evidence

# How many of a report's first sentences are its lead.
LEAD_SENTENCES = 2
# Shorter first sentences are a caption or a fragment, not a lead.
MIN_LEAD_WORDS = 8


def _is_lead(item: Statement) -> bool:
    text = item.text
    return (
        is_sentence(text)
        and not text.rstrip('"”’').endswith("?")
        and len(text.split()) >= (MIN_LEAD_WORDS)
    )


def leads(
    statements: Mapping[str, Sequence[Statement]], sources: Mapping[str, Source]
) -> dict[str, list[Statement]]:
    """Each strong source's lead: its first ``LEAD_SENTENCES`` sentences of a lead's shape."""
    return {
        source_id: [s for s in items if _is_lead(s)][:LEAD_SENTENCES]
        for source_id, items in statements.items()
        if source_id in sources and not sources[source_id].weak
    }


def newest_strong(sources: Mapping[str, Source]) -> set[str]:
    """The strong sources of the newest publication date (all strong ones when none is
    dated)."""
    strong = [s for s in sources.values() if not s.weak]
    dates = [s.published for s in strong if s.published]
    newest = max(dates, default=None)
    return {s.id for s in strong if newest is None or s.published == newest}


def lead_claims(
    claims: Sequence[Evidence], lead: Mapping[str, Sequence[Statement]]
) -> list[Evidence]:
    """Claims for the first lead sentence of every strong source that no claim covers."""
    found: list[Evidence] = []
    for source_id, items in lead.items():
        if not items:
            continue
        sentence = items[0].sentence
        covered = any(
            c.article_id == source_id and c.start < sentence.end and sentence.start < c.end
            for c in claims
        )
        if not covered:
            found.append(
                Evidence(
                    id=f"L{len(found) + 1}",
                    article_id=source_id,
                    chunk_id=f"{source_id}#sentence-{sentence.index}",
                    statement=sentence.text,
                    asserted_by="the article",
                    quote=sentence.text,
                    start=sentence.start,
                    end=sentence.end,
                    figures=[],
                )
            )
    return found
