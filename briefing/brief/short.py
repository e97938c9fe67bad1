"""A short entry: a story only one independent source tells, written in code from that
source's own words. With nothing to weigh it against, a model's paraphrase adds only
risk (the local model turned "gave Lorano FC a 2-1 win over Marro United ... and lifted
them to third place in the Celdoran league" into "Lorano FC won the Celdoran league"), so
the headline is the source's title, quoted and credited, and the bottom line and
developments are its verified quotes, verbatim."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.articles import nested
from briefing.brief.evidence import Quotes
from briefing.brief.model import Development
from briefing.brief.summary import Top
from briefing.reduce import ShownFact

# "LORANO, Celdora, Oct 11, 2026 - ", "WASHINGTON (AP) — ": where a wire report starts.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’]{2,}\b[^.!?\n]{0,60}?\s[-–—]{1,2}\s")


def _bottom_line(quote: str, label: str) -> str:
    """The quote without its dateline, in quotation marks, with its source."""
    text = _DATELINE.sub("", quote, count=1).strip()
    return f"“{nested(text)}” ({label})"


def headline_of(title: str, label: str | None) -> str:
    """The source's title as a headline that says it is the source's words, not a finding
    of the brief: a page's ``<title>`` can say anything ("BUY NOW at ...")."""
    said = " ".join(title.split())
    said = nested(said)
    return f"“{said}” (title of {label})" if label else f"“{said}” (the source's title)"


def short_entry(
    title: str,
    facts: Sequence[ShownFact],
    quotes: Quotes,
    labels: Mapping[str, str],
    titled_by: str | None = None,
) -> Top:
    """Headline, bottom line and developments of a one-source story, all verbatim: the
    headline is the title of the source ``titled_by`` (a label) in quotation marks, the
    bottom line the strongest fact's quote, the developments the other facts'."""
    title = headline_of(title, titled_by)
    developments = []
    for fact in facts[1:]:
        quote = quotes.of_claim(fact.ranked.lead)
        developments.append(
            Development(
                headline=quote.text,
                source_ids=list(fact.ranked.fact.sources),
                quotes=[quote],
                independent_sources=fact.ranked.fact.independent,
            )
        )
    if not facts:
        return Top(title, "No claim of this source could be verified.", [], [])
    lead = facts[0].ranked.lead
    line = _bottom_line(lead.quote, labels.get(lead.article_id, lead.article_id))
    return Top(title, line, [quotes.of_claim(lead)], developments)
