"""Field-level diff of two briefs: what only one of them has."""

from __future__ import annotations

from pydantic import BaseModel

from briefing.brief import Brief
from briefing.merge import name_key


class FieldDiff(BaseModel):
    """Actors, disputed facts, scenarios and quotes found in only one brief."""

    actors_only_a: list[str]
    actors_only_b: list[str]
    disputes_only_a: list[str]
    disputes_only_b: list[str]
    scenarios_only_a: list[str]
    scenarios_only_b: list[str]
    quotes_only_a: list[str]
    quotes_only_b: list[str]


def _quotes(brief: Brief) -> set[str]:
    quotes = {q.text for q in brief.bottom_line_quotes}
    quotes |= {q.text for d in brief.key_developments for q in d.quotes}
    quotes |= {q.text for f in brief.disputed_facts for s in f.sides for q in s.quotes}
    return quotes | {q.text for s in brief.outlook for q in s.evidence}


def _only(a: dict[str, str], b: dict[str, str]) -> list[str]:
    return sorted(a[key] for key in a.keys() - b.keys())


def diff_briefs(a: Brief, b: Brief) -> FieldDiff:
    """What A has that B lacks and the reverse; actors by name key, disputes by the claims
    their sides quote, scenarios by title."""

    def actors(brief: Brief) -> dict[str, str]:
        return {name_key(x.name): x.name for x in brief.actors}

    def disputes(brief: Brief) -> dict[str, str]:
        return {
            ",".join(sorted(q.text for s in f.sides for q in s.quotes)): f.topic
            for f in brief.disputed_facts
        }

    def scenarios(brief: Brief) -> dict[str, str]:
        return {s.title.casefold(): s.title for s in brief.outlook}

    quotes_a, quotes_b = _quotes(a), _quotes(b)
    return FieldDiff(
        actors_only_a=_only(actors(a), actors(b)),
        actors_only_b=_only(actors(b), actors(a)),
        disputes_only_a=_only(disputes(a), disputes(b)),
        disputes_only_b=_only(disputes(b), disputes(a)),
        scenarios_only_a=_only(scenarios(a), scenarios(b)),
        scenarios_only_b=_only(scenarios(b), scenarios(a)),
        quotes_only_a=sorted(quotes_a - quotes_b),
        quotes_only_b=sorted(quotes_b - quotes_a),
    )
