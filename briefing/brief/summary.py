"""Headline, bottom line and key developments over the facts code ranked.

The facts are chosen and ordered in code (briefing.analysis.ranking); the model only
phrases them. A bottom-line sentence stands when every name and figure in it is in the
quotes of the facts it cites, or all in the quotes of one other fact shown to the model
(code then cites that fact: small models mis-cite); otherwise the next cited fact's own
statement takes its place, and the manifest records the swap. A sentence copied from a
later sentence of a quote whose fact is already stated (its colour, in the inverted
pyramid) gives way to the next ranked fact. The headline is checked
against every fact the top of the brief shows. A development is one ranked fact; its
headline is the model's sentence for that fact when grounded, else the fact's statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefing.analysis import is_hedged, leans_on_before, tells_again
from briefing.articles import DAYS_AND_MONTHS, STOP_WORDS, closed, overlap, split, stems
from briefing.brief.evidence import ATTRIBUTED, Prose, Quotes, cut_off, unfinished
from briefing.brief.model import Development, Quote
from briefing.merge import TITLES, Evidence
from briefing.reduce import ShownFact, Span, SummaryFindings, contested_fact

BOTTOM_LINE_SENTENCES = 3
# The bottom line as it is built: each sentence with the facts it stands on.
Lines = list[tuple[str, list[ShownFact]]]
# Words that report what someone said (narrower than ATTRIBUTED: "heads of state" is not).
REPORTED = re.compile(
    r"\b(said|says|tells?|told|according to|claims?|claimed|confirms?|confirmed|announced)\b",
    re.IGNORECASE,
)
# The bottom line rests on the facts code ranked highest, this many at most: the model
# phrases them, it does not choose what leads.
BOTTOM_LINE_FACTS = 3


@dataclass(frozen=True)
class Top:
    """The top of the brief."""

    headline: str
    bottom_line: str
    bottom_line_quotes: list[Quote]
    developments: list[Development]


def _texts(facts: Sequence[ShownFact], claims: Mapping[str, Evidence]) -> list[str]:
    return [claims[c].quote for f in facts for c in f.ranked.fact.claim_ids if c in claims]


def _grounding_fact(
    sentence: str, facts: Sequence[ShownFact], claims: Mapping[str, Evidence], prose: Prose
) -> ShownFact | None:
    """The first fact whose quotes alone hold every name and figure of the sentence."""
    for fact in facts:
        if not prose.missing(sentence, _texts([fact], claims)):
            return fact
    return None


def _statement(fact: ShownFact) -> str:
    """The fact's statement as the brief may write it: its quote when the statement
    drops the quote's hedge ("the steering failed" for "it is not known whether the
    steering failed")."""
    lead = fact.ranked.lead
    return lead.quote if is_hedged(lead.quote) and not is_hedged(lead.statement) else lead.statement


# Two sentences sharing this share of the smaller one's content words say the same
# thing: a model's paraphrase of a lead next to the lead itself.
SAME_SENTENCE = 0.8
_NOT = re.compile(r"\b(?:not|no|never)\b|n[’']t\b")


def _same(a: str, b: str) -> bool:
    def plain(text: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())

    if plain(a) == plain(b):
        return True
    if _NOT.findall(a.casefold()) != _NOT.findall(b.casefold()):
        return False  # "will close" and "will not close" are not one sentence
    figures = [set(re.findall(r"\d+(?:[.,]\d+)*", text)) for text in (a, b)]
    if all(figures) and not figures[0] & figures[1]:
        return False  # nor "9 people died" and "11 people died"
    first, second = stems(a), stems(b)
    return min(len(first), len(second)) >= 4 and overlap(first, second) >= SAME_SENTENCE


def _sentence(text: str) -> str:
    """A statement as a sentence of prose: with its full stop, and a quotation the
    statement's quote cut open closed after it."""
    text = text.strip().rstrip(",;:")
    return closed(text if text.endswith((".", "!", "?", "”", '"')) else f"{text}.")


def _shared(sentence: str, fact: ShownFact, claims: Mapping[str, Evidence]) -> int:
    """How many of the sentence's words the fact's quotes hold."""
    return len(stems(sentence) & stems(" ".join(_texts([fact], claims))))


def _uses(sentence: str, fact: ShownFact, claims: Mapping[str, Evidence]) -> bool:
    """The sentence draws on the fact: they share two words or a name."""
    return _shared(sentence, fact, claims) >= 2


@dataclass(frozen=True)
class Voices:
    """Who speaks in each source: its label, and which sources are official statements."""

    labels: Mapping[str, str]
    official: frozenset[str]


def _attributed(sentence: str, drawn_on: Sequence[Evidence], quotes: Quotes, voices: Voices) -> str:
    """The sentence, saying who asserts it when it is an official statement's claim: the
    quotes it draws on are official statements', or other sources reporting what was
    said ("The Port Authority tells us that ... the situation is under control")."""
    if not drawn_on or ATTRIBUTED.search(sentence):
        return sentence
    official: set[str] = set()
    for claim in drawn_on:
        carried = set(quotes.of_claim(claim).carried_by)
        if not carried <= voices.official and not REPORTED.search(claim.quote):
            return sentence
        official |= carried & voices.official
    if not official:
        return sentence
    labels = ", ".join(sorted(voices.labels.get(s, s) for s in official))
    plural = "s" if len(official) > 1 else ""
    return (
        f"{sentence.rstrip().rstrip('.')}, according to the official statement{plural} ({labels})."
    )


# A sentence repeats a speaker's words when it shares a run of this many words with
# their quotation, this many of them content words.
VOICED_RUN = 4
VOICED_CONTENT = 2
_WORDS = re.compile(r"[\w’'-]+")


def _runs(text: str) -> dict[tuple[str, ...], tuple[int, int]]:
    """Each run of ``VOICED_RUN`` words with ``VOICED_CONTENT`` content words, and where it
    stands (first start, end)."""
    found = list(_WORDS.finditer(text))
    words = [m.group().casefold().replace("’", "'") for m in found]
    runs: dict[tuple[str, ...], tuple[int, int]] = {}
    for n in range(len(words) - VOICED_RUN + 1):
        run = tuple(words[n : n + VOICED_RUN])
        if sum(w not in STOP_WORDS for w in run) >= VOICED_CONTENT:
            runs.setdefault(run, (found[n].start(), found[n + VOICED_RUN - 1].end()))
    return runs


# Where a clause ends: what attributes one clause ("ISIS claimed the attack") does not
# attribute the next ("and the mayor ducked the question").
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s(?:and|but)\s")
# Words that say someone said or charged it (not "gave", "puts": "the speech she gave").
_SAYS = re.compile(
    r"\b(?:said|says|say|told|tells|according to|argued|argues|charged|charges|insisted"
    r"|insists|alleged|alleges|claimed|claims|contended|accused|asserted|wrote|writes|added"
    r"|noted|stated|maintained|complained|warned)\b",
    re.IGNORECASE,
)
# What comes after the words and says whose they are: "…, Moss said Monday", "…, said Ida
# Moss, her rival", "…, her challenger, Ida Moss, said", "…, according to the mayor",
# "…, in Moss's telling": a saying verb and someone named, at most ``_SOURCE_WORDS``
# words, no relative clause ("which aides said ran long") and no new clause of the same
# subject ("but later told reporters").
_SOURCE_WORDS = 12
_WHOSE = re.compile(
    r"\b(?:according to|in [\w.’'-]+[’']s? (?:words|telling|view|account))\b", re.IGNORECASE
)
_RELATIVE = re.compile(r"\b(?:which|who|that|whom|whose)\b|^\s*(?:and|but|or)\b", re.IGNORECASE)
# A saying verb governs the words right after it ("Moss said the mayor …", "charged that
# the mayor …"), a few words of time or place between at most, no conjunction.
_GOVERNS = re.compile(
    rf"(?:{_SAYS.pattern})(?:\s+(?!(?:as|while|when|because|since|after|before|if|and|but)\b)"
    r"[\w’'.-]+){0,3}\s*(?:that\s+)?$",
    re.IGNORECASE,
)


def _source(text: str) -> bool:
    """Whether a stretch of the sentence names who said its words."""
    if not text.strip() or _RELATIVE.search(text) or len(text.split()) > _SOURCE_WORDS:
        return False
    named = re.search(r"\b[A-Z][a-z]", text) or re.search(r"\b(?:his|her|their|a|an)\s+\w+", text)
    return bool(_WHOSE.search(text) or (_SAYS.search(text) and named))


def _says_whose(sentence: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence says who said the repeated words: a saying verb governing them
    in their clause ("Moss said the mayor …"), or a stretch naming the source just before
    them ("According to a rival, …", "In Moss's words, …") or after them to the sentence's
    end ("…, Moss said on Monday")."""
    for start, end in spans:
        breaks = list(_CLAUSE_BREAK.finditer(sentence))
        opens = [m for m in breaks if m.end() <= start]
        closes = [m for m in breaks if m.start() >= end]
        begin = opens[-1].end() if opens else 0
        if _GOVERNS.search(sentence[begin:start]):
            return True
        if opens and _source(
            sentence[opens[-2].end() if len(opens) > 1 else 0 : opens[-1].start()]
        ):
            return True
        if closes and _source(sentence[closes[0].end() :].rstrip(" .!?")):
            return True
    return False


@dataclass(frozen=True)
class _Spoken:
    """The story's quotations read once: each speaker's runs of words, and the runs the
    reports also write in their own voice (no speaker's alone)."""

    speakers: tuple[tuple[str, frozenset[tuple[str, ...]]], ...]
    own: frozenset[tuple[str, ...]]

    @classmethod
    def of(cls, claims: Iterable[Evidence], quotes: Quotes) -> _Spoken:
        """The quotations of ``claims``."""
        spoken: list[tuple[str, frozenset[tuple[str, ...]]]] = []
        own: set[tuple[str, ...]] = set()
        for claim in claims:
            runs = _runs(claim.quote).keys()
            speaker = quotes.of_claim(claim).speaker
            if speaker:
                spoken.append((speaker, frozenset(runs)))
            else:
                own |= runs
        return cls(tuple(spoken), frozenset(own))

    def unvoiced(self, sentence: str) -> str | None:
        """See ``unvoiced``."""
        runs = _runs(sentence)
        for speaker, said in self.speakers:
            shared = (runs.keys() & said) - self.own
            if shared and not _says_whose(sentence, [runs[r] for r in shared]):
                return speaker
        return None


def unvoiced(sentence: str, claims: Iterable[Evidence], quotes: Quotes) -> str | None:
    """The speaker whose quoted words (in any of ``claims``) the sentence states as fact,
    without saying whose ("the mayor ducked the question" over Moss's quotation "the
    mayor ducked the question"): a party's claim is no fact. None when a clause says who
    said them ("Moss said the mayor ducked ..."), when the words are also a report's own
    (in a claim no one speaks), or when it repeats no one's quotation."""
    return _Spoken.of(claims, quotes).unvoiced(sentence)


def _drawn_on(
    sentence: str, stands_on: Sequence[ShownFact], claims: Mapping[str, Evidence]
) -> list[Evidence]:
    """The claims of ``stands_on`` whose quotes share the most words with the sentence."""
    words = stems(sentence)
    found = [claims[c] for f in stands_on for c in f.ranked.fact.claim_ids if c in claims]
    shared = {c.id: len(words & stems(c.quote)) for c in found}
    most = max(shared.values(), default=0)
    return [c for c in found if most and shared[c.id] == most]


def _led_by_the_strongest(
    kept: Lines,
    facts: Sequence[ShownFact],
    claims: Mapping[str, Evidence],
    prose: Prose,
) -> Lines:
    """The bottom line opens with the strongest fact (the news the newest reports lead
    with): a sentence its quotes alone ground comes first; when none is, its statement
    comes first and the last sentence gives way (recorded). A sentence merely sharing a
    name with it does not state it."""
    if not facts:
        return kept
    first = _texts([facts[0]], claims)
    # The sentence standing on the strongest fact, before one its quotes merely ground
    # (a claim's fragment "Lee is his top choice" fits the lead's names, but is not it).
    on_first = next((item for item in kept if _main_fact(*item, claims) is facts[0]), None)
    # A sentence standing on another fact is that fact's, even when the strongest fact's
    # quotes hold its words too ("her plea covered one fraud count" is not the plea).
    on_first = on_first or next(
        (
            item
            for item in kept
            if not prose.missing(item[0], first) and (not item[1] or facts[0] in item[1])
        ),
        None,
    )
    if on_first is not None:
        return [on_first, *(item for item in kept if item is not on_first)]
    strongest = (_sentence(_statement(facts[0])), [facts[0]])
    for sentence, _ in kept[BOTTOM_LINE_SENTENCES - 1 :]:
        prose.reject("bottom line", sentence, "gave way to the strongest fact", None)
    return [strongest, *kept[: BOTTOM_LINE_SENTENCES - 1]]


# A sentence whose words are this share of the earlier sentences' says nothing new: three
# reports' leads, each "Moss is 'very close' to picking a police chief", read as one.
REPEATED = 0.7


def _repeats(sentence: str, earlier: Sequence[str]) -> bool:
    words = stems(sentence)
    said = set().union(*(stems(e) for e in earlier)) if earlier else set()
    return len(words) >= 4 and len(words & said) >= REPEATED * len(words)


def _once(kept: Lines, prose: Prose) -> Lines:
    """Each sentence once: a small model writes the same sentence twice, or one it wrote
    is also the statement put in for another (recorded); nor a sentence the earlier ones
    already say, in other words (``REPEATED``)."""
    seen: list[str] = []
    unique = []
    for sentence, on in kept:
        if any(_same(sentence, earlier) for earlier in seen) or _repeats(sentence, seen):
            prose.reject("bottom line", sentence, "repeats an earlier sentence", None)
            continue
        seen.append(sentence)
        unique.append((sentence, on))
    return unique


def _new(fact: ShownFact, written: Sequence[str], spoken: _Spoken) -> bool:
    """The fact's statement tells an event none of the sentences written tells, in no
    one's quoted words stated as fact."""
    said = _sentence(_statement(fact))
    told = any(tells_again(said, w) or _same(said, w) for w in written)
    return not told and spoken.unvoiced(said) is None


def _give_way(sentence: str, spare: ShownFact | None, reason: str, prose: Prose) -> Lines:
    """The bottom-line sentence set aside for ``reason`` (recorded), and the spare fact's
    statement in its place, if there is one."""
    substitute = _sentence(_statement(spare)) if spare is not None else None
    prose.reject("bottom line", sentence, reason, substitute)
    if spare is None or substitute is None:
        return []
    prose.reinstate("bottom line", substitute)
    return [(substitute, [spare])]


def _each_event_once(
    kept: Lines, facts: Sequence[ShownFact], spoken: _Spoken, prose: Prose
) -> Lines:
    """No sentence telling again an earlier one's event (the same act of the same named
    subject: two newsrooms' leads on one indictment): it gives way to the highest-ranked
    fact not yet drawn on that tells another and is no one's words stated as fact
    (recorded), or goes."""
    result: Lines = []
    for n, (sentence, on) in enumerate(kept):
        written = [text for text, _ in result]
        if not any(tells_again(sentence, w) for w in written):
            result.append((sentence, on))
            continue
        # The facts of the other sentences; this one's are free again.
        drawn = [f for _, facts_on in [*result, *kept[n + 1 :]] for f in facts_on]
        spare = next(
            (f for f in facts if not any(f is d for d in drawn) and _new(f, written, spoken)),
            None,
        )
        result += _give_way(sentence, spare, "tells an earlier sentence's event again", prose)
    return result


def _main_fact(
    sentence: str, on: Sequence[ShownFact], claims: Mapping[str, Evidence]
) -> ShownFact | None:
    """Of the facts a sentence draws on, the one whose quotes share most of its words."""
    return max(on, key=lambda f: _shared(sentence, f, claims), default=None)


def _later_sentence(sentence: str, fact: ShownFact, claims: Mapping[str, Evidence]) -> bool:
    """The sentence comes from a later sentence of a quote of several: in the inverted
    pyramid that is elaboration or colour, the quote's first sentence its news."""
    words = stems(sentence)
    best, at = 0, 0
    for quote in _texts([fact], claims):
        for n, part in enumerate(split("quote", quote)):
            shared = len(words & stems(part.text))
            if shared > best:
                best, at = shared, n
    return at > 0


def _one_per_fact(
    kept: Lines,
    facts: Sequence[ShownFact],
    claims: Mapping[str, Evidence],
    prose: Prose,
) -> Lines:
    """No sentence spent on a stated fact's colour: a small model copies a quote's
    later sentence ("The special forces became famous ...") after stating its first,
    where the next ranked fact would tell more of the news. Such a sentence gives way
    to the highest-ranked fact not yet drawn on (recorded), or goes. Two sentences that
    share out one sentence of a quote (what happened; who said how many) both stand."""
    stated: list[ShownFact] = []
    drawn: list[ShownFact] = []
    result = []
    for sentence, on in kept:
        main = _main_fact(sentence, on, claims)
        if (
            main is not None
            and any(main is f for f in stated)
            and _later_sentence(sentence, main, claims)
        ):
            spare = next((f for f in facts if not any(f is d for d in drawn)), None)
            result += _give_way(sentence, spare, "a stated fact's colour", prose)
            stated += [spare] if spare is not None else []
            drawn += [spare] if spare is not None else []
            continue
        stated += [main] if main is not None else []
        drawn += on
        result.append((sentence, on))
    return result


# A sentence opening on a demonstrative ("This move has sparked hope …") takes its subject
# from the sentence before: it stands only on the facts that sentence stands on. The model
# wrote "This move" (a senator's break with the president) over a quote saying the
# president's own speech spurred that hope.
_DEMONSTRATIVE = re.compile(
    r"^[\"“‘']?(?:This|That|These|Those|Such)\b"
    # "This week, …", "That same day, …": when, not what.
    r"(?!\s+(?:same\b|week|month|year|morning|afternoon|evening|night|day|weekend|spring"
    r"|summer|fall|autumn|winter|time)\b)"
)
_POINTS_BACK_REASON = "points back to the sentence before for what its quote says of another"
_UNFINISHED_REASON = "unfinished: it ends on a word that needs more"


def _points_back(
    sentence: str, kept: Lines, cited: Sequence[ShownFact], claims: Mapping[str, Evidence]
) -> tuple[bool, ShownFact | None]:
    """Whether the sentence opens on a demonstrative while the fact it draws on most is
    not the one the sentence before draws on most (no sentence before counts as not),
    and that fact: its own statement says what the sentence meant to."""
    if not _DEMONSTRATIVE.match(sentence.lstrip()) or not cited:
        return False, None
    previous, on = kept[-1] if kept else ("", [])
    candidates = [*cited, *(f for f in on if all(f is not c for c in cited))]
    drawn = max(candidates, key=lambda f: _shared(sentence, f, claims))
    if not on:
        return True, drawn
    referent = max(on, key=lambda f: _shared(previous, f, claims))
    return drawn is not referent, drawn


def _bottom_line(
    summary: SummaryFindings,
    cited: Sequence[ShownFact],
    facts: Sequence[ShownFact],
    claims: Mapping[str, Evidence],
    prose: Prose,
    *,
    quotes: Quotes,
    voices: Voices,
) -> tuple[str, list[ShownFact]]:
    """The bottom line, and the facts its sentences stand on."""
    kept: Lines = []
    spoken = _Spoken.of(claims.values(), quotes)
    for sentence in split("bottom line", summary.bottom_line)[:BOTTOM_LINE_SENTENCES]:
        evidence = _texts(cited, claims)
        speaker = spoken.unvoiced(sentence.text)
        back, drawn = _points_back(sentence.text, kept, cited, claims)
        # A sentence the model left unfinished ("… address will be a") says nothing whole.
        broken = unfinished(sentence.text) or cut_off(sentence.text)
        if speaker is None and not back and not broken and prose.grounded(sentence.text, evidence):
            kept.append((sentence.text, [f for f in cited if _uses(sentence.text, f, claims)]))
            continue
        found = speaker is None and not back and not broken
        fact = _grounding_fact(sentence.text, facts, claims, prose) if found else None
        if fact is not None:
            kept.append((sentence.text, [fact]))
            continue
        written = [text for text, _ in kept]
        stood_on = [f for _, on in kept for f in on]
        spares = [*cited, *(f for f in facts if f not in cited)]
        if back and drawn is not None:
            # What it meant to say, in its quote's own words.
            spares = [drawn, *(f for f in spares if f is not drawn)]
            stood_on = [f for f in stood_on if f is not drawn]
        spare = next(
            (
                f
                for f in spares
                if f not in stood_on
                and not any(_same(_sentence(_statement(f)), w) for w in written)
                and spoken.unvoiced(_statement(f)) is None
            ),
            None,
        )
        substitute = _sentence(_statement(spare)) if spare else None
        if speaker is not None:
            reason = f"states {speaker}'s quoted words as fact"
            prose.reject("bottom line", sentence.text, reason, substitute)
        elif back:
            prose.reject("bottom line", sentence.text, _POINTS_BACK_REASON, substitute)
        elif broken:
            prose.reject("bottom line", sentence.text, _UNFINISHED_REASON, substitute)
        else:
            prose.replace("bottom line", sentence.text, evidence, substitute)
        if spare and substitute:
            kept.append((substitute, [spare]))
    if not kept:
        kept = [(_sentence(_statement(f)), [f]) for f in cited[:2]]
    kept = _led_by_the_strongest(kept, facts, claims, prose)
    kept = _once(_one_per_fact(kept, facts, claims, prose), prose)
    kept = _each_event_once(kept, facts, spoken, prose)
    text = " ".join(
        _attributed(sentence, _drawn_on(sentence, on, claims), quotes, voices)
        for sentence, on in kept
    )
    used = [f for _, on in kept for f in on]
    return text, list({id(f): f for f in used}.values())


# How many quotes a development shows: its fact in the words of that many sources.
DEVELOPMENT_QUOTES = 3


def _per_source(item: ShownFact, claims: Mapping[str, Evidence]) -> list[Evidence]:
    """The fact's lead claim, then one claim from each other source stating it."""
    chosen = [item.ranked.lead]
    for claim_id in item.ranked.fact.claim_ids:
        claim = claims.get(claim_id)
        if claim and all(claim.article_id != c.article_id for c in chosen):
            chosen.append(claim)
    return chosen[:DEVELOPMENT_QUOTES]


def _developments(
    summary: SummaryFindings,
    developments: Sequence[ShownFact],
    claims: Mapping[str, Evidence],
    quotes: Quotes,
    prose: Prose,
) -> list[Development]:
    said = {d.fact.strip(): d.headline.strip() for d in summary.developments}
    found: list[Development] = []
    for item in developments:
        fact = item.ranked.fact
        evidence = _texts([item], claims)
        fallback = _statement(item)
        shown = [quotes.of_claim(c) for c in _per_source(item, claims)]
        headline = said.get(item.id, "")
        if len(headline.split()) > HEADLINE_WORDS and shown:
            # A sentence that long is no headline (the local model title-cases its whole
            # quote): the quote stands alone.
            alone = shown[0].text
            prose.reject(f"development {item.id}", headline, "too long for a headline", alone)
            headline = alone
        elif headline:
            headline = prose.choose(f"development {item.id}", headline, evidence, fallback)
        else:
            headline = fallback
        if any(d.headline == headline for d in found):
            headline = fallback
        if len(headline.split()) > HEADLINE_WORDS and shown:
            # Nor is the fact's own statement when it is that long (a model's claim
            # restating its whole quote): the quote it rests on stands alone.
            headline = shown[0].text
        if shown and _unsaid(headline, shown):
            # A headline its quotes do not say (a claim filed under another's words: a
            # court challenge on an aide's remark about money), which naming the speaker
            # would put in his mouth.
            prose.reject(f"development {item.id}", headline, "not in its quotes", shown[0].text)
            headline = shown[0].text
        headline = _voiced(headline, shown)
        found.append(
            Development(
                headline=headline,
                source_ids=list(fact.sources),
                quotes=shown,
                independent_sources=fact.independent,
            )
        )
    return found


# A quote that opens on a person's name and reports what they said: "Ida Moss, a harbour
# pilot, criticised the plan, saying that the dredging had never been finished".
_REPORTED = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+)+)\b[^“”\"]*?\b(?:said|says|saying|told|tells"
    r"|argued|charged|insisted|claimed|alleged|contended)\b(?:\s+\w+){0,3}?\s+that\s+(?P<said>.+)$"
)
# How much of a headline's words the reported words must hold to be only what was said.
REPORTED_SHARE = 0.8


def _reported_by(headline: str, shown: Sequence[Quote]) -> str | None:
    """The person whose reported words (after "saying that", "said that") a headline
    states, when its quote opens on their name: a party's claim is no fact."""
    words = stems(headline)
    for quote in shown:
        found = _REPORTED.match(quote.text.strip())
        if found is None or len(words) < 3 or not _a_name(found["name"]):
            continue
        if len(words & stems(found["said"])) >= REPORTED_SHARE * len(words):
            return found["name"]
    return None


_NOT_NAMES = DAYS_AND_MONTHS | STOP_WORDS | frozenset("the on in at a an as by for".split())


def _a_name(words: str) -> bool:
    """Capitalised words that may be a name: no day, month or opening word ("On
    Thursday")."""
    return not any(w.casefold().strip(".") in _NOT_NAMES for w in words.split())


# A development headline shares at least this many of its words with its quotes (names,
# saying and small words aside), or this share of them.
SAID_STEMS = 2
SAID_SHARE = 0.34
_SAYING_STEMS = stems("says said say saying told tells according")


def _unsaid(headline: str, shown: Sequence[Quote]) -> bool:
    """Whether a headline's words are not in the quotes it rests on: fewer than
    ``SAID_STEMS`` and ``SAID_SHARE`` of its own words (names, saying and small words
    aside) are theirs."""
    said = set().union(*(stems(q.text) for q in shown))
    names = set().union(*(stems(q.speaker or "") for q in shown))
    words = stems(headline) - _SAYING_STEMS - names  # stems() leaves small words out
    common = len(words & said)
    return bool(words) and common < SAID_STEMS and common < SAID_SHARE * len(words)


def _voiced(headline: str, shown: Sequence[Quote]) -> str:
    """A development headline that states what only one speaker's quotation says, or what
    its quote reports a named person said ("…, saying that …"), saying whose ("Obama never
    said the words, Moss says"): a party's claim is no fact. Left as it is when it already
    says who speaks or is the quote itself (shown with its speaker)."""
    speakers = {q.speaker for q in shown}
    speaker = speakers.pop() if len(speakers) == 1 else None
    if not speaker:
        speaker = _reported_by(headline, shown)
    if not speaker:
        return headline
    # Saying whose is naming them ("Moss: …", "according to Moss"); a "say" in the claim
    # itself ("would not say a word on the tax") is not.
    named = speaker.split()[-1].casefold() in headline.casefold()
    if named or "according to" in headline.casefold():
        return headline
    if any(headline.strip() == q.text.strip() for q in shown):
        return headline
    return f"{headline.rstrip().rstrip('.,;:')}, {speaker} says"


# A clause written by code is cut only beyond this many words, so it keeps its ending.
CLAUSE_WORDS = 20
# A development headline longer than this is no headline.
HEADLINE_WORDS = 20
# A headline written by code comes from one of the facts ranked this high: further down
# it is no longer the story's news.
HEADLINE_FACTS = 3
# A clause written by code has at least this many words.
MIN_CLAUSE_WORDS = 5


# Asides in commas after a name, which are not where a clause ends: a party tag ("Rep.
# Lind, R-Ohio, and ...") and a one-word name after a noun ("her husband, Ari, were").
# A clause also ends before a second verb joined by "and" ("met the harbour master at noon
# and told reporters that ..."): the first predicate is a whole headline.
# A break may stand inside a closing quotation mark: 'called it "very unfair," claiming'.
_BREAK = re.compile(r"[,;:—–](?=[”\"’]?\s)|\s(?=and\s+(?:said|says|told|[a-z]+ed)\b)")
_ASIDES = re.compile(r",\s[RDI]-[A-Z][\w.]*,\s|(?<=\s)(?P<noun>[a-z]+),\s[A-Z][a-z]+,\s")


# A comma inside a list of names ("Smith, Jones and Brown"): no clause ends there.
_LIST = re.compile(r",\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*(?:,\s|\s+and\s+[A-Z])")


def _cut(statement: str) -> int | None:
    """Where the first clause ends: the first break after ``MIN_CLAUSE_WORDS`` words (an
    opening phrase such as "In recent years," is no clause) that is not inside a list of
    names."""
    ends = (m.start() for m in _BREAK.finditer(statement))
    return next(
        (
            e
            for e in ends
            if len(statement[:e].split()) >= MIN_CLAUSE_WORDS and not _LIST.match(statement, e)
        ),
        None,
    )


def _clause(statement: str) -> str:
    """The statement's first clause. When it would end at a name's aside, the asides are
    left out so the clause reaches its verb ("Rep. Lind and her husband were charged ...",
    not "Rep. Lind and her husband"); a list of names is never cut into ("Smith, Jones
    and Brown met"), nor an opening phrase taken for the clause ("In recent years")."""
    cut = _cut(statement)
    if cut is not None and any(a.start() <= cut < a.end() for a in _ASIDES.finditer(statement)):
        statement = _ASIDES.sub(lambda m: f"{m['noun'] or ''} ", statement)
        cut = _cut(statement)
    words = (statement if cut is None else statement[:cut]).split()
    clause = " ".join(words[:CLAUSE_WORDS])
    if len(words) > CLAUSE_WORDS:
        return clause + "…"
    # A quotation the break cut is closed: 'called it “very unfair”'.
    if clause.count("“") > clause.count("”"):
        return clause + "”"
    return clause + '"' if clause.count('"') % 2 else clause


# A subordinate clause opening after the main one: "… distrust the police as he made a
# one-day swing through …". A conjunction before its subject, so "as well as", "such as"
# and "as many as" are no break.
_CONJUNCTION = re.compile(
    r"\s(?=(?:(?:while|because|when|where|although|though)\s+"
    r"(?:(?:he|she|they|it|we|the|a|an|his|her|their|its)\b|(?-i:[A-Z]))"
    # "as", "before" and "after" are prepositions before a noun ("named Moss as the
    # head", "testify before the Senate", "ports such as Kelby"): only before a pronoun.
    r"|(?<!such\s)(?:as|before|after)\s+(?:he|she|they|it|we)\b))",
    re.IGNORECASE,
)


def _before_conjunction(clause: str, statement: str) -> list[str]:
    """A clause cut too long for a headline ("…"), cut instead where a subordinate
    clause opens, when that leaves ``MIN_CLAUSE_WORDS`` to ``CLAUSE_WORDS`` words."""
    if not clause.endswith("…"):
        return []
    for found in _CONJUNCTION.finditer(statement):
        head = statement[: found.start()].rstrip(" ,")
        if MIN_CLAUSE_WORDS <= len(head.split()) <= CLAUSE_WORDS and not _BREAK.search(head):
            return [closed(head)]
    return []


# A title before a name: capitalised words ending on a title word ("National Security
# Adviser", "Israeli Prime Minister"), then a name of two capitalised words or more.
_TITLE_BEFORE_NAME = re.compile(
    r"\b(?:[A-Z][\w-]*\s+){0,3}?"
    rf"(?=[A-Z])(?i:{'|'.join(sorted(w for w in TITLES if len(w) > 2 and w != 'the'))})\.?\s+"
    r"(?=[A-Z][\w’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+)"
)


def _untitled(statement: str) -> str:
    """The statement with the titles before its names left out, for a headline: "Susan
    Rice warned that Benjamin Netanyahu’s address …"."""
    return _TITLE_BEFORE_NAME.sub("", statement)


def _short(rows: Mapping[str, Development], facts: Sequence[ShownFact], prose: Prose) -> str:
    """A headline when the model's does not stand, from the facts in rank order: a fact's
    development headline, else its statement up to the first clause break; the first
    that gives no figure of a dispute (a headline chosen by code takes no side) and is
    whole, among the first ``HEADLINE_FACTS`` (a clause cut at ``CLAUSE_WORDS`` with "…"
    only when none gives another)."""
    for fact in facts[:HEADLINE_FACTS]:
        row = rows.get(fact.id)
        options = []
        if row and row.headline:
            options.append(row.headline)
        statement = _statement(fact)
        if "\n" not in statement:  # a heading line glued to the sentence is no clause
            options.append(_clause(statement))
            options += _before_conjunction(options[-1], statement)
            # Too long with its titles, the clause may fit without them.
            untitled = _untitled(statement)
            if untitled != statement:
                options.append(_clause(untitled))
        evidence = [statement, *_shown(row)]
        for option in options:
            whole = not option.endswith("…") and "\n" not in option
            short = len(option.split()) <= CLAUSE_WORDS and whole
            if (
                short
                and not _leans(option)
                and not prose.gives_disputed(option)
                and _stands(option, evidence, prose)
            ):
                return option
    return _clause(_statement(facts[0])) if facts else ""


# A clause ending on a word that adds to what came before ("Moss intervened as well").
_ADDS = re.compile(r"\b(?:as well|too|also)\W*$", re.IGNORECASE)


def _leans(option: str) -> bool:
    """Whether a headline leans on a sentence before it: it opens on a word pointing back
    ("But …", "He …") or ends on one adding to it ("… as well")."""
    return leans_on_before(option) or _ADDS.search(option) is not None


def _shown(row: Development | None) -> list[str]:
    return [q.text for q in row.quotes] if row else []


def _stands(option: str, evidence: Sequence[str], prose: Prose) -> bool:
    """A headline code picks passes the model's headline's checks, who did what included:
    a development's headline the model wrote may give an act no quote states."""
    return not prose.missing(option, evidence, support=False, acts_stated=True)


def top_of_brief(
    summary: SummaryFindings,
    *,
    facts: Sequence[ShownFact],
    developments: Sequence[ShownFact],
    claims: Mapping[str, Evidence],
    quotes: Quotes,
    prose: Prose,
    voices: Voices | None = None,
    contested: Sequence[Span] = (),
) -> Top:
    """Headline, bottom line and developments, every name and figure grounded. The bottom
    line rests on the ``BOTTOM_LINE_FACTS`` facts ranked highest, whatever the model
    cites; a sentence no source states in its own voice says who asserts it (``voices``:
    the sources' labels, and which are official statements). A fact whose lead quote is
    ``contested`` (the odd one out's side of a dispute, or what a later report overtook)
    is neither the bottom line nor a key development: the brief does not state as news
    what it shows to be an error or out of date."""
    facts = [f for f in facts if not contested_fact(f, contested)]
    developments = [f for f in developments if not contested_fact(f, contested)]
    leading = list(facts[:BOTTOM_LINE_FACTS])
    by_id = {f.id: f for f in leading}
    cited = [
        by_id[i.strip()] for i in dict.fromkeys(summary.bottom_line_facts) if i.strip() in by_id
    ]
    cited = cited or leading[:2]
    bottom_line, used = _bottom_line(
        summary,
        cited,
        leading,
        claims,
        prose,
        quotes=quotes,
        voices=voices or Voices({}, frozenset()),
    )
    rows = _developments(summary, developments, claims, quotes, prose)
    headline_evidence = _texts([*cited, *developments], claims)
    fallback = _short({d.id: r for d, r in zip(developments, rows, strict=True)}, facts, prose)
    headline = prose.choose(
        "headline", summary.headline.strip(), headline_evidence, fallback, acts_stated=True
    )
    return Top(
        headline=headline,
        bottom_line=bottom_line,
        bottom_line_quotes=[quotes.of_claim(f.ranked.lead) for f in used],
        developments=rows,
    )
