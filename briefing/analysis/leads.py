"""What each report leads with: its first sentences.

News reports follow the inverted pyramid: the first sentences carry the news, later
paragraphs background, colour and reaction; of several reports, the newest carries the
day's development. The model extracts a handful of claims per chunk and may miss a
report's lead, so each strong source's first sentence is made a claim in code (its own
words, verbatim) when no claim of the model covers it; ranking then puts first the facts
the newest strong reports lead with, in their title or first sentences
(briefing.analysis.ranking).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence

from briefing.analysis.text import PREDICTIVE_MARK, Statement, is_sentence, statement
from briefing.articles import (
    MONTHS,
    WEEKDAYS,
    Article,
    Entities,
    Sentence,
    overlapping,
    past_lemma,
)
from briefing.merge import Evidence
from briefing.sources import Source

# How many of a report's first sentences are its lead: the second is often background
# ("The shutdown began on Saturday") the newest report repeats.
LEAD_SENTENCES = 1
# Shorter first sentences are a caption or a fragment, not a lead.
MIN_LEAD_WORDS = 8
# A place line opening the lead ("WASHINGTON —", "LIVINGSTON, N.J. —"): where it was
# filed, not what happened. A hyphen counts only after a space: "COVID-19 cases" and
# "U.S.-backed" are no place line.
_PLACE_LINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{1,40}?(?:\([^)\n]{1,30}\))?(?:\s{1,3}[—–―-]{1,2}|\s{0,3}[—–―]{1,2})\s+"
)


def _is_lead(item: Statement) -> bool:
    text = item.text
    question = text.rstrip('"”’').endswith("?")
    return is_sentence(text) and not question and len(text.split()) >= MIN_LEAD_WORDS


# A first sentence opening on the past is a feature's background, not news ("In recent
# years, senators have grilled nominees on ..."): such a report has
# no lead, and its next sentences are more of the feature.
_BACKGROUND_OPENING = re.compile(
    r"^(?:in recent (?:years|decades)|for (?:years|decades)|(?:over|in) the (?:past|last)"
    r"(?: \w+)? (?:years|decades)|(?:years|decades) ago|back in (?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# A feature may open on a scene or a judgement instead of the news: a demonstrative or
# empty subject with a linking verb ("It is a lesson mayors never learn", "This feels
# like a rerun"), a likeness ("… looks like a rerun"), a foregone future ("… was always
# going to loom over the vote"), a tendency ("… have a tendency to flare up"), or a mood
# set before a colon ("The scene at the pier was grimly familiar: …"). Only these forms:
# a plain "X is …" opening is how wire reports state news ("is in custody", "are
# champions", "is at a record high"). It names no day, gives no figure or speaker, and
# has no one acting after it. Set on the tune half (docs/calibration.md).
_SCENE = re.compile(
    r"^(?:(?:it|this|that)(?:[’']s|\s+(?:is|was|feels|felt|seems|seemed|looks|looked|sounds"
    r"|sounded))\s"
    r"|[^,:]{0,80}?\b(?:feels?|felt|seems?|seemed|looks?|looked|sounds?|sounded)\s+like\s"
    r"|[^,:]{0,80}?\b(?:is|are|was|were)\s+(?:always\s+)?going\s+to\s"
    r"|[^,:]{0,80}?\b(?:has|have|had)\s+a\s+tendency\s"
    r"|[^,:]{0,80}?\b(?:is|are|was|were)\s+\w+ly\s+\w+\s*:)",
    re.IGNORECASE,
)
_DAY_NAMED = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|today|tonight|yesterday"
    r"|this (?:week|morning|afternoon|evening)|last (?:week|night))\b",
    re.IGNORECASE,
)
# What makes such an opening a report after all: a figure or someone saying it.
_REPORTS = re.compile(
    r"\d|\b(?:said|says|say|told|according to|announced|ruled|showed|shows|found|reported"
    r"|warned|decided)\b",
    re.IGNORECASE,
)
# Someone doing something later in the sentence: "… after Ivo Moss stepped down".
_ACT_AFTER = re.compile(r"\b(?:[A-Z][\w’'-]+|he|she|they|we)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b")


def _scene(opening: str) -> bool:
    """Whether a first sentence sets a scene or passes a judgement rather than reports."""
    found = _SCENE.match(opening)
    if found is None or _DAY_NAMED.search(opening) or _REPORTS.search(opening):
        return False
    acts = (m["verb"] for m in _ACT_AFTER.finditer(opening, found.end()))
    return not any(past_lemma(verb) and verb != past_lemma(verb) for verb in acts)


# A sentence that leans on the one before it: a connective ("After that", "But") or a
# pronoun or demonstrative for what was named earlier ("He", "This", "Their"). Read
# alone, as a headline or a bottom line's first words, it says nothing clear ("After
# that, the board asked for more"). Not an opening that carries its own reference ("In
# response to the strike", "As a result of storms", "Also on Monday", "Later
# Monday", "Soon after the vote"), a time ("This week", "That night"), "Then-" in a
# title, an empty "It" ("It is unclear whether") or a name ("Still Waters Group").
# Reviewed on invented openings.
_LEANS = re.compile(
    r"^[\"“‘']?(?:after (?:that|this)|then|but|and|however|yet|meanwhile|moreover|furthermore"
    r"|still(?=,|\s+(?-i:[a-z]))|so(?!\s+far\b)|thus|he|she|they|his|her|their|its|this|that"
    # "Soon, …", "Later, …", "Moments later …", "Two days later, …", "Later that day,
    # …": after what the sentence before told.
    r"|(?:soon|(?:soon\s+|shortly\s+)?afterwards?|later)(?=,)"
    r"|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
    r"(?:moments?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+later"
    r"|later\s+that\s+(?:day|night|morning|afternoon|evening|week))\b"
    r"(?![-–])"
    r"(?!\s+(?:week|weekend|morning|afternoon|evening|night|day|month|year|spring|summer"
    r"|fall|autumn|winter|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.IGNORECASE,
)


def leans_on_before(text: str) -> bool:
    """Whether a sentence opens on a word that points to the one before it (``_LEANS``)."""
    return bool(_LEANS.match(text.lstrip()))


# Words no finished sentence ends on: an article, a joining word, a possessive or a
# preposition (briefing.brief.evidence reads model prose with them).
CUT_OFF_WORDS = frozenset(
    "a an the and or but of to that his its their for with in on at by from her as".split()
)
# A quote cut there, or before what a relative word or "than" opens ("Trump, in the Rose
# Garden, declared once again that"), says nothing on its own.
_CUT_OFF = re.compile(
    rf"\b(?:{'|'.join(sorted(CUT_OFF_WORDS | {'than', 'which', 'who', 'whose'}))})\W*$",
    re.IGNORECASE,
)


def cut_short(text: str) -> bool:
    """Whether a quote stops where no sentence ends (``_CUT_OFF``), or opens on the
    speech tag that ends someone's words ("Mr. Moss said, describing it as a “minor
    error”": what he said was cut off before it)."""
    return bool(_CUT_OFF.search(text.rstrip()) or _TAG_FIRST.match(text.lstrip()))


# Only before a participle with no "that" after it: "Moss said, citing witnesses, that …"
# and "Moss said, “We will appeal.”" are whole.
_TAG_FIRST = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:said|says|added|noted)"
    r"\s*,\s+\w+ing\b(?![^.]*\bthat\b)"
)


# An opening that dates what follows before the report's own days: "In May, …", "Back in
# 2016, …", "In late March, …", "Last year, …", "Two years ago, …", "In the 1990s, …".
# What follows is what the report recalls, not its news.
_PAST_OPENING = re.compile(
    r"^[\"“‘']?(?:(?:back\s+)?in\s+(?:(?:early|mid|late)[- ]?)?"
    rf"(?:(?P<month>{'|'.join(MONTHS)})\b(?:\s+(?P<of>(?:19|20)\d\d))?"
    r"|(?P<year>(?:19|20)\d\d)\b|(?P<decade>the\s+(?:19|20)\d0s)\b)"
    r"|(?P<last>last\s+(?:year|month|spring|summer|fall|autumn|winter)\b(?![’']s)"
    r"|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some)\s+)?"
    r"(?:years?|months?|decades?)\s+ago\b))"
    r"(?!\s*-)",
    re.IGNORECASE,
)


def recalls_the_past(text: str, published: dt.date | None) -> bool:
    """Whether a sentence opens on a time before its report's month (``_PAST_OPENING``)
    and says nothing of what is to come ("In June, voters will decide" looks ahead): a
    recollection, which a key development is not. Without a publication date only
    "last year", "years ago" and a decade are known to be past."""
    found = _PAST_OPENING.match(text.lstrip())
    if found is None or PREDICTIVE_MARK.search(text):
        return False
    if found["last"] or found["decade"]:
        return True
    if published is None:
        return False
    if found["year"]:
        return int(found["year"]) < published.year
    # A month in no year is this year's; one after the report's month may be to come ("In
    # May, Moss faces trial" in April), so only an earlier one is past.
    year = int(found["of"]) if found["of"] else published.year
    month = MONTHS.index(found["month"].casefold()) + 1
    return (year, month) < (published.year, published.month)


def _news(first: Sequence[Statement]) -> list[Statement]:
    opening = _PLACE_LINE.sub("", first[0].text, count=1) if first else ""
    return [] if _BACKGROUND_OPENING.match(opening) or _scene(opening) else list(first)


def leads(
    statements: Mapping[str, Sequence[Statement]], sources: Mapping[str, Source]
) -> dict[str, list[Statement]]:
    """Each strong source's lead: its first ``LEAD_SENTENCES`` sentences of a lead's
    shape, none when the first opens on the past (a feature, not a report)."""
    return {
        source_id: _news([s for s in items if _is_lead(s)][:LEAD_SENTENCES])
        for source_id, items in statements.items()
        if source_id in sources and not sources[source_id].weak
    }


def titled(articles: Sequence[Article], entities: Entities) -> dict[str, Statement]:
    """Each article's title as a statement: the report's own summary of its news, compared
    with the facts (never quoted: it is not in the article's text)."""
    found = {}
    for article in articles:
        title = article.title.strip()
        if title:
            item = statement(Sentence(article.id, -1, 0, 0, title), entities)
            # A headline in title case capitalises every word ("Asks", "Vet", "Release"):
            # only names the articles use inside sentences are its names.
            names = frozenset(k for k in item.entities if entities.is_known(k))
            found[article.id] = dataclasses.replace(item, entities=names)
    return found


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
        if not any(overlapping(c, sentence) for c in claims):
            place = _PLACE_LINE.match(sentence.text)
            cut = place.end() if place else 0
            text = sentence.text[cut:]
            found.append(
                Evidence(
                    id=f"L{len(found) + 1}",
                    article_id=source_id,
                    chunk_id=f"{source_id}#sentence-{sentence.index}",
                    statement=text,
                    asserted_by="the article",
                    quote=text,
                    start=sentence.start + cut,
                    end=sentence.end,
                    figures=[],
                )
            )
    return found
