"""Rank the day's facts in code, before the model phrases anything: what the bottom line
and the key developments are about is decided here.

What leads is the news: a fact the newest strong reports lead with (their first sentences,
briefing.analysis.leads) ranks first, then a fact more independent strong reports lead
with; background, scene-setting and what an earlier report said (which the newest reports
do not lead with) come after. A report leads with what its title or its first sentences
state. Then a fact ranks higher with more independent sources that
are neither stale, opinion nor a content farm ("strong"), then with more independent
sources of any kind, then with a more recent newest source, then by where it first
appears. What a later report overtook ranks after every other fact a strong source
carries (restatements aside): a fact quoting a sentence a later report settled, or a
report's lead about it ("crews urged the mayor to veto the harbour plan" once another
report has her veto), is how the story stood, not the news. A fact no strong source
carries (only a stale piece, an opinion or a content farm says it) never leads: it ranks after
every other and is marked, so the brief can say so where it shows it. A fact is quoted
from its strongest source: when only a stale, opinion or content-farm source's claim
names a fact that a strong source also states, the brief quotes the strong source's
own sentence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from briefing.analysis.facts import Corroboration, Fact, claim_statement
from briefing.analysis.leads import (
    cut_short,
    leads,
    leans_on_before,
    newest_strong,
    recalls_the_past,
)
from briefing.analysis.lexicon import EXPECTED_ACT
from briefing.analysis.same import one_remark, restates, retells, same_fact, tells_again
from briefing.analysis.text import Statement
from briefing.articles import Entities, overlapping, stems
from briefing.merge import Evidence
from briefing.sources import Source


@dataclass(frozen=True)
class RankedFact:
    """A fact, the claim that states it best, and its weight."""

    fact: Fact
    lead: Evidence
    strong: int
    newest: dt.date | None
    # Whether a newest strong report leads with it; how many independent ones do.
    leads_newest: bool = False
    leads: int = 0
    # Whether its quoted claim is what a later report overtook (``_overtaken_fact``).
    overtaken: bool = False
    # Whether its quoted sentence cannot stand alone as the day's news (``_aside``).
    aside: bool = False
    # The higher fact whose event its lead tells again (``_told``), by fact id.
    retold_of: str | None = None

    @property
    def weak_only(self) -> bool:
        """Only stale, opinion or content-farm sources carry it."""
        return self.strong == 0


def _lead(claims: Sequence[Evidence], sources: Mapping[str, Source]) -> Evidence:
    """The claim of the fact from the strongest source (not weak, not a rewrite, not
    leaning on the sentence before it, newest), first in source order."""
    order = {source_id: n for n, source_id in enumerate(sources)}

    def key(claim: Evidence) -> tuple[bool, bool, bool, int, int, int]:
        source = sources[claim.article_id]
        published = source.published.toordinal() if source.published else 0
        rewrite = source.rewrite_of is not None
        leans = leans_on_before(claim.quote)
        return source.weak, rewrite, leans, -published, order[claim.article_id], claim.start

    return min(claims, key=key)


def _strong_sentence(
    lead: Evidence,
    fact: Fact,
    sources: Mapping[str, Source],
    statements: Mapping[str, Sequence[Statement]],
    entities: Entities,
) -> Evidence:
    """The lead claim, or when its source is weak, a strong carrier's sentence stating it."""
    if not sources[lead.article_id].weak:
        return lead
    probe = claim_statement(lead, entities)
    for source_id in fact.sources:
        if sources[source_id].weak:
            continue
        for item in statements.get(source_id, ()):
            if same_fact(probe, item):
                s = item.sentence
                update = {"article_id": source_id, "statement": s.text, "quote": s.text}
                return lead.model_copy(update={**update, "start": s.start, "end": s.end})
    return lead


# A headline is short: it states a claim's fact when the claim holds all of the
# headline's words other than names but one (at least two of them: what it says
# happened), the two name the same people (a given name one of them leaves out aside),
# and the headline's figures are the claim's. "Mayor Lind Asks Council To Vet Harbour
# Plan" states "Mayor Ivo Lind asked the council to review the harbour plan", not "Lind
# has led the council since 2019", nor does "Kessel Faults Lind on Harbour Plan"; the
# claim's share of the headline's words, which same_fact reads, is no test of that.
TITLE_MISSING = 1
TITLE_WORDS = 2


def _given_names(item: Statement, extra: frozenset[str], shared: frozenset[str]) -> bool:
    """Whether every name in ``extra`` is written right before a shared name: a given name
    ("Ivo Lind", "Hillary Clinton")."""
    found = re.findall(r"[^\W\d_]+", item.text)
    after = {w.casefold(): n.casefold() for w, n in itertools.pairwise(found)}
    return all(after.get(name) in shared for name in extra)


def title_states(claim: Statement, title: Statement) -> bool:
    """Whether a report's headline states the claim's fact."""
    shared = claim.entities & title.entities
    if not shared or claim.polarity != title.polarity:
        return False
    if not _given_names(claim, claim.entities - shared, shared):
        return False
    if not _given_names(title, title.entities - shared, shared):
        return False
    if not {f.value for f in title.figures} <= {f.value for f in claim.figures}:
        return False
    words = title.stems - stems(" ".join(title.entities))
    held = len(words & claim.stems)
    return held >= TITLE_WORDS and len(words) - held <= TITLE_MISSING


def _led_by(
    members: Sequence[Evidence],
    lead: Mapping[str, Sequence[Statement]],
    titles: Mapping[str, Statement],
    entities: Entities,
) -> set[str]:
    """The sources whose lead states the fact of ``members``: a claim in the lead, or a
    lead sentence or the title stating a claim's fact."""
    probes = [claim_statement(c, entities) for c in members]
    found = set()
    for source_id, items in lead.items():
        title = titles.get(source_id)
        if title is not None and any(same_fact(p, title) or title_states(p, title) for p in probes):
            found.add(source_id)
            continue
        for item in items:
            inside = any(overlapping(c, item.sentence) for c in members)
            if inside or any(same_fact(p, item) for p in probes):
                found.add(source_id)
    return found


def _rank(
    item: RankedFact, first_seen: int
) -> tuple[bool, bool, bool, bool, int, bool, int, int, int, int]:
    """The news first (not what a later report overtook; a preview, ``EXPECTED_ACT``,
    after a report of what was done; of facts no more reports lead with, one quoted from
    a sentence leaning on the one before it, ``leans_on_before``, after the others), then
    corroboration, then recency, then where it first appears."""
    newest = item.newest.toordinal() if item.newest else 0
    return (
        item.weak_only,
        item.overtaken,
        not item.leads_newest,
        bool(EXPECTED_ACT.search(item.lead.quote)),
        -item.leads,
        leans_on_before(item.lead.quote),
        -item.strong,
        -item.fact.independent,
        -newest,
        first_seen,
    )


class Overtaken(NamedTuple):
    """A sentence a later report overtook: its source, where it starts, its content
    stems, and the later report."""

    source: str
    start: int
    stems: frozenset[str]
    later: str


# Content stems a lead shares with an overtaken sentence to be about the same thing ("urging
# Mayor Lind to reject the harbour plan" / "talk that Lind will reject the plan").
LEAD_SHARED = 3


def _about(lead: Statement, item: Overtaken) -> bool:
    inside = lead.sentence.start <= item.start < lead.sentence.end
    return inside or len(lead.stems & item.stems) >= LEAD_SHARED


def _one_way(overtaken: Sequence[Overtaken]) -> list[Overtaken]:
    """The overtaken sentences whose later report the earlier one does not overtake in
    turn: two reports that overtake each other on two points both stay."""
    pairs = {(o.source, o.later) for o in overtaken}
    return [o for o in overtaken if (o.later, o.source) not in pairs]


def _led_overtaken(
    overtaken: Sequence[Overtaken], lead: Mapping[str, Sequence[Statement]]
) -> set[str]:
    """The reports whose lead a report of the same newest day overtook (the lead is the
    overtaken sentence, or about the same thing): the morning's preview does not lead the
    afternoon's news. A sentence further down on another matter overtakes no lead."""
    return {
        o.source for o in _one_way(overtaken) if any(_about(s, o) for s in lead.get(o.source, ()))
    }


def _overtaken_fact(
    probe: Statement,
    overtaken: Sequence[Overtaken],
    statements: Mapping[str, Sequence[Statement]],
    lead: Mapping[str, Sequence[Statement]],
) -> bool:
    """Whether the fact's quoted claim is in a sentence of its source that a later report
    overtook, or is in that source's lead and about the same thing (``_led_overtaken``'s
    test). Further down a report, sharing a name and a few words with what was overtaken
    ("the harbour plan would cost 3 million, Mayor Moss said") is another matter."""
    mine = [o for o in overtaken if o.source == probe.article_id]
    if not mine:
        return False
    own = statements.get(probe.article_id, ())
    settled = [s for s in own if any(s.sentence.start <= o.start < s.sentence.end for o in mine)]
    if any(overlapping(s.sentence, probe.sentence) for s in settled):
        return True
    return _in_lead(probe, lead) and any(_about(probe, o) for o in mine)


def _in_lead(probe: Statement, lead: Mapping[str, Sequence[Statement]]) -> bool:
    """Whether the claim's sentence is in its report's lead (``leads.leads``)."""
    return any(overlapping(s.sentence, probe.sentence) for s in lead.get(probe.article_id, ()))


def rank_facts(
    corroboration: Corroboration,
    claims: Sequence[Evidence],
    sources: Sequence[Source],
    statements: Mapping[str, Sequence[Statement]],
    entities: Entities,
    *,
    titles: Mapping[str, Statement] | None = None,
    overtaken: Sequence[Overtaken] = (),
) -> list[RankedFact]:
    """Every fact, the news first (see the module's docstring); ``titles``: each source's
    title as a statement (briefing.analysis.leads.titled); ``overtaken``: sentences a
    later report overtook (it reports done what they left open)."""
    by_id = {c.id: c for c in claims}
    by_source = {s.id: s for s in sources}
    order = {c.id: n for n, c in enumerate(claims)}
    lead = leads(statements, by_source)
    newest_reports = newest_strong(by_source)
    newest_reports -= _led_overtaken([o for o in overtaken if o.later in newest_reports], lead)
    settled = _one_way(overtaken)
    group_of = corroboration.support.group_of
    ranked = []
    for fact in corroboration.facts:
        members = [by_id[i] for i in fact.claim_ids if i in by_id]
        if not members:
            continue
        strong = {group_of.get(s, s) for s in fact.sources if not by_source[s].weak}
        dates = [d for s in fact.sources if (d := by_source[s].published) is not None]
        chosen = _strong_sentence(_lead(members, by_source), fact, by_source, statements, entities)
        led = _led_by(members, lead, titles or {}, entities)
        probe = claim_statement(chosen, entities)
        item = RankedFact(
            fact,
            chosen,
            len(strong),
            max(dates, default=None),
            leads_newest=bool(led & newest_reports),
            leads=len({group_of.get(s, s) for s in led}),
            overtaken=_overtaken_fact(probe, settled, statements, lead),
        )
        published = by_source[chosen.article_id].published
        aside = _aside(item, published, opening=_in_lead(probe, lead))
        ranked.append(dataclasses.replace(item, aside=aside))

    ordered = sorted(ranked, key=lambda item: _rank(item, order[item.lead.id]))
    return _restatements_last(ordered, entities)


def _told(lower: RankedFact, higher: RankedFact, probes: tuple[Statement, Statement]) -> bool:
    """Whether the lower fact's lead tells the event the higher one's already tells: by
    ``restates`` or ``one_remark`` (one statement quoted in both), or by ``retells`` or
    ``tells_again`` (one act of one doer) when newest reports lead with both."""
    if restates(*probes) or one_remark(probes[0].text, probes[1].text):
        return True
    newest = lower.leads_newest and higher.leads_newest
    return newest and (retells(*probes) or tells_again(probes[0].text, probes[1].text))


def _aside(item: RankedFact, published: dt.date | None, *, opening: bool) -> bool:
    """Whether the fact's quoted sentence cannot stand as a development of the day: it
    stops where no sentence ends ("… declared once again that") or opens on a speech
    tag ("Moss said, describing it as …": ``cut_short``), it
    leans on the sentence before ("After that, the campaign sought more": after what?;
    not a report's lead, which has none before it: "He may be her friend, but Moss
    said …"), or, unless a newest report leads with it, it recalls what happened before
    its report's month ("In May, Moss told a reporter …")."""
    quote = item.lead.quote
    recalled = recalls_the_past(quote, published) and not item.leads_newest
    return (leans_on_before(quote) and not opening) or recalled or cut_short(quote)


def _restatements_last(ranked: Sequence[RankedFact], entities: Entities) -> list[RankedFact]:
    """The facts in rank order, but a fact whose lead tells an event a higher one's lead
    already tells (``_told``), or that cannot stand alone as the day's news (``_aside``),
    after the others a strong source carries (before those only weak sources carry):
    three outlets' words for one indictment are one development, not the first three."""
    probes = [claim_statement(f.lead, entities) for f in ranked]
    distinct: list[int] = []
    told: dict[int, str] = {}
    for n, probe in enumerate(probes):
        tells = (m for m in distinct if _told(ranked[n], ranked[m], (probe, probes[m])))
        teller = next(tells, None)
        if teller is None:
            distinct.append(n)
        else:
            told[n] = ranked[teller].fact.id
    later = told.keys() | {n for n, item in enumerate(ranked) if item.aside}
    order = sorted(range(len(ranked)), key=lambda n: (ranked[n].weak_only, n in later, n))
    return [dataclasses.replace(ranked[n], retold_of=told.get(n)) for n in order]
