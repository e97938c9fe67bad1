"""Stage 7 (in code): weigh what the sources say before the model phrases anything.

Claims are checked (filler out, statements no wider than their quotes), corroborated
across sources in their own words, grouped into facts and ranked; dispute candidates are
found over every sentence of every source. The reduce stages then only read and phrase.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.actors import refine_actors
from briefing.analysis.claims import CheckedClaims, check_claims
from briefing.analysis.disputes import MAX_CANDIDATES, Candidate, Context, find_candidates
from briefing.analysis.disputes.candidate import SideQuote
from briefing.analysis.disputes.checkable import checkable_pairs
from briefing.analysis.disputes.differences import told_two_ways
from briefing.analysis.disputes.proposals import Proposal, ProposalReview, admit
from briefing.analysis.disputes.settled import REPORTED_DECIDED, REPORTED_DONE, UNDECIDED
from briefing.analysis.disputes.subjects import ShownStatement, Subjects, subjects
from briefing.analysis.disputes.veto import agree
from briefing.analysis.facts import Corroboration, Support, corroborate
from briefing.analysis.figures import figures
from briefing.analysis.grounding import Grounding, title_case
from briefing.analysis.leads import CUT_OFF_WORDS, lead_claims, leads, leans_on_before, titled
from briefing.analysis.lexicon import AHEAD, AHEAD_MARK, PRONOUNS, REPORTED_FUTURE, SAYING
from briefing.analysis.ranking import Overtaken, RankedFact, rank_facts
from briefing.analysis.same import one_remark, tells_again
from briefing.analysis.speakers import speaker_of
from briefing.analysis.text import (
    PREDICTIVE_MARK,
    Statement,
    entities_for,
    is_hedged,
    is_sentence,
    names_in,
    statement,
    statements,
)
from briefing.articles import Article, DuplicateGroup, stems
from briefing.merge import Actor, Evidence, MergeResult
from briefing.sources import Source, profile_sources

__all__ = [
    "AHEAD",
    "AHEAD_MARK",
    "CUT_OFF_WORDS",
    "MAX_CANDIDATES",
    "PREDICTIVE_MARK",
    "PRONOUNS",
    "REPORTED_DECIDED",
    "REPORTED_DONE",
    "REPORTED_FUTURE",
    "SAYING",
    "UNDECIDED",
    "Analysis",
    "Candidate",
    "Context",
    "Grounding",
    "Proposal",
    "ProposalReview",
    "RankedFact",
    "ShownStatement",
    "SideQuote",
    "Statement",
    "Subjects",
    "Support",
    "agree",
    "analyse",
    "checkable_pairs",
    "entities_for",
    "figures",
    "find_candidates",
    "is_hedged",
    "leans_on_before",
    "names_in",
    "one_remark",
    "speaker_of",
    "statement",
    "statements",
    "tells_again",
    "title_case",
    "told_two_ways",
]


@dataclass(frozen=True)
class Analysis:
    """Everything code decided about the day's sources and claims."""

    context: Context
    grounding: Grounding
    claims: CheckedClaims
    corroboration: Corroboration
    facts: list[RankedFact]
    candidates: list[Candidate]
    signals: list[Evidence]
    actors: list[Actor]
    subjects: Subjects

    def admit(self, proposals: Sequence[Proposal]) -> tuple[list[Candidate], ProposalReview]:
        """The model's dispute proposals code admits, as candidates, and why it rejected
        the others (briefing.analysis.disputes.proposals)."""
        return admit(proposals, self.subjects, self.context, self.candidates)

    @property
    def sources(self) -> list[Source]:
        """Every source with its weight, in article order."""
        return list(self.context.sources.values())


# How many forward-looking statements the outlook reads at most.
MAX_SIGNALS = 8


def _forward(item: Statement) -> bool:
    return item.predictive and not item.hedged and is_sentence(item.text)


def _signals(merged: MergeResult, context: Context) -> list[Evidence]:
    """What the sources say may come next, in their own words: their forward-looking
    sentences, and the model's signals whose quote looks forward, from sources that are
    neither stale (overtaken), opinion nor a content farm; one source after another, so
    no single source fills the outlook."""
    strong = [sid for sid, s in context.sources.items() if not s.weak]
    per_source = {sid: [s for s in context.statements[sid] if _forward(s)] for sid in strong}
    spans = {(s.article_id, s.start) for s in merged.signals}
    found: list[Evidence] = [
        s.model_copy(update={"statement": s.quote})
        for s in merged.signals
        if s.article_id in per_source and PREDICTIVE_MARK.search(s.quote)
    ]
    queue = [iter(v) for v in per_source.values()]
    while queue and len(found) < MAX_SIGNALS:
        for items in list(queue):
            item = next(items, None)
            if item is None:
                queue.remove(items)
            elif (item.article_id, item.sentence.start) not in spans and not any(
                f.article_id == item.article_id
                and f.start < item.sentence.end
                and item.sentence.start < f.end
                for f in found
            ):
                found.append(_evidence(item, len(found) + 1))
    return found[:MAX_SIGNALS]


def _evidence(item: Statement, n: int) -> Evidence:
    sentence = item.sentence
    return Evidence(
        id=f"S{100 + n}",
        article_id=sentence.article_id,
        chunk_id=f"{sentence.article_id}#sentence-{sentence.index}",
        statement=sentence.text,
        asserted_by="the article",
        quote=sentence.text,
        start=sentence.start,
        end=sentence.end,
        figures=[],
    )


def _overtaken(candidates: Sequence[Candidate]) -> list[Overtaken]:
    """Each report a later one overtook: where its overtaken sentence stands (the side an
    "overtaken by events" candidate does not find better supported), and the later
    report (the side it does)."""
    return [
        Overtaken(early.article_id, early.start, stems(early.text), late.article_id)
        for c in candidates
        if c.overtaken and c.better is not None
        for early in c.overtaken
        for late in c.sides[c.better]
        if early.article_id != late.article_id
    ]


def analyse(
    articles: Sequence[Article],
    groups: Sequence[DuplicateGroup],
    merged: MergeResult,
    date: dt.date,
    stale_after_days: int,
) -> Analysis:
    """Source weight, checked claims, facts, ranking and dispute candidates."""
    sources = profile_sources(articles, groups, date, stale_after_days)
    entities = entities_for(articles)
    by_article = statements(articles, entities)
    texts = {a.id: a.text for a in articles}
    context = Context(by_article, {s.id: s for s in sources}, groups, entities, texts)
    grounding = Grounding(entities)
    checked = check_claims(merged.claims, grounding)
    # Each strong report's lead is a claim even when the model missed it: the news leads.
    made = lead_claims(checked.claims, leads(by_article, context.sources))
    claims = [*checked.claims, *made]
    checked = CheckedClaims(claims, checked.dropped, checked.statements_replaced)
    corroboration = corroborate(claims, by_article, groups, entities)
    candidates = find_candidates(context)
    return Analysis(
        context=context,
        grounding=grounding,
        claims=checked,
        corroboration=corroboration,
        facts=rank_facts(
            corroboration,
            claims,
            sources,
            by_article,
            entities,
            titles=titled(articles, entities),
            overtaken=_overtaken(candidates),
        ),
        candidates=candidates,
        signals=_signals(merged, context),
        actors=refine_actors(merged.actors, context, grounding, [a.text for a in articles]),
        subjects=subjects(context, candidates),
    )
