"""Claims as the brief may use them: filler is never a claim, and a statement says only
what its quote says.

Filler is what a content farm pads a story with: questions, the reader addressed as
"you", the writer's asides ("I've always found ...", "In my view"), invitations to
imagine. A quoted speaker's words are not filler ("'I will not resign,' she said"), so
quotations are left out before looking.

A claim's statement is model prose: when it names someone or gives a figure its quote
does not, the quote itself becomes the statement (counted in the manifest).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.analysis.grounding import Grounding
from briefing.merge import Dropped, Evidence

_QUOTED = re.compile(r"“[^”]{0,600}”|\"[^\"\n]{0,600}\"|‘[^’\n]{0,300}’(?!\w)")
_FILLER = re.compile(
    r"\?\s*$|\b(you|your|you’re|you're)\b|\b(I|I’ve|I've|I’m|I'm|my|me)\b|\bhonestly\b"
    r"|\bin my (view|opinion)\b|^(imagine|picture this)\b",
    re.IGNORECASE,
)


def is_filler(quote: str) -> bool:
    """A question, an aside or an address to the reader, in the writer's own words."""
    own = _QUOTED.sub(" ", quote).strip()
    if not own:
        return False
    # "I" is matched case-sensitively: "i" alone is not English prose.
    return any(m.group() != "i" for m in _FILLER.finditer(own))


@dataclass
class CheckedClaims:
    """The claims kept, what was dropped as filler, and how many statements were replaced
    by their quote."""

    claims: list[Evidence]
    dropped: list[Dropped] = field(default_factory=list)
    statements_replaced: int = 0


def check_claims(claims: Sequence[Evidence], grounding: Grounding) -> CheckedClaims:
    """Drop filler; replace statements that say more than their quote."""
    checked = CheckedClaims(claims=[])
    for claim in claims:
        if is_filler(claim.quote):
            checked.dropped.append(
                Dropped(kind="filler", chunk_id=claim.chunk_id, text=claim.quote)
            )
            continue
        kept = claim
        if grounding.missing(claim.statement, [claim.quote]):
            kept = claim.model_copy(update={"statement": claim.quote})
            checked.statements_replaced += 1
        checked.claims.append(kept)
    return checked
