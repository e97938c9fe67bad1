"""Settled by a later report: what one report leaves undecided ("Governor Lind will likely
veto the bill but has not said what she will do"), another report of the same day or
later reports as done ("Lind announced her decision to veto").

The stale-source detector (briefing.analysis.disputes.overtaken) needs a source published
a week before the newest events; on real reporting the morning's report is overtaken by
the afternoon's. A pair is taken only when:

- the earlier sentence names the act after an expectation ("expected to", "plans to",
  "will", "whether to ... or ...") and leaves it undecided (``UNDECIDED``: "has not said",
  "whether to", "has yet to"), and its subject is the name nearest before it, or a
  body a common noun names (``BODIES``: "a review panel is due to sit");
- the later sentence, from an independent source published the same day or later, says
  the same subject did it: the act in the past tense ("signed", or an irregular past,
  "began questioning witnesses"), or "decision to" the act, with the same name within
  ``SUBJECT_REACH`` words before it (what Congress was to do, both its chambers in one
  source), or, naming no one before the act ("she signed", "his sister pleaded"), done
  to what was expected (``OBJECT_SHARED``); acts of one meaning count as one (``ACTS``:
  sign, approve, enact);
- the later sentence does not itself hedge or predict before the act, is not a
  quotation and is not background ("last month", "in 2010").

Generic verbs (be, make, take ...) never make a pair by themselves; a light verb (make,
take, enter, hold ...) names its act by the head noun after it ("has yet to make a
nomination" is settled by "nominated", ``LIGHT_VERBS``). A later sentence negating the
act ("has not endorsed anyone") settles nothing. Set on the tune half of the real corpus
(docs/calibration.md).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from briefing.analysis.disputes.candidate import Candidate, quote
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.overtaken import BACKGROUND
from briefing.analysis.lexicon import DETERMINERS, EXPECTED_ACT, NEGATION
from briefing.analysis.text import Statement, names_in
from briefing.articles import QUOTED, STOP_WORDS, Entities, past_lemma, stem, stems, verb_lemma

SUBJECT_REACH = 6
# A later sentence naming no doer before the act (a pronoun, "his sister") is of the doer
# expected when the clause after its act shares this many words with the expected one's:
# "expected to plead no contest to misusing the pier fund" / "his sister pleaded no
# contest to a count of misusing the pier fund". Written on a report-half event
# (docs/calibration.md).
OBJECT_SHARED = 3
_EXPECTED_REACH = 8
EXPECTATION = re.compile(
    r"\b(?:expected to|(?:is|are|was|were) set to|plans? to|planned to|intends? to|likely to"
    r"|poised to|scheduled to|whether to|will(?: likely)?|has yet to|have yet to"
    r"|could(?: still)?(?: try (?:and|to))?)"
    r"\s+(?P<act>[a-z]+)(?:\s+or\s+(?P<alternative>[a-z]+))?",
    re.IGNORECASE,
)
# The earlier report must leave the act open, not only expect it: an expectation a later
# report confirms is agreement ("Moss will fly to the capital" / "Moss flew to the
# capital"), which the report half of the real corpus showed this detector calling a
# dispute twice.
UNDECIDED = re.compile(
    r"\b(whether to|has not (yet )?(said|decided|announced)|hasn[’']t (yet )?(said|decided"
    r"|announced)|has yet to|have yet to|undecided|not (yet )?decided|weighing|pondering"
    r"|could still|would not say)\b",
    re.IGNORECASE,
)
# How a later report says the act was done ("voted on Friday to repeal", "signed": any
# word, kept when it is a verb's past) or decided ("decision to veto").
_DONE = re.compile(
    r"\b(?:(?:voted|moved)(?:\s+(?!against\b)[\w-]+){0,3}?\s+to (?P<named>[a-z]+)"
    r"|(?:decision|decided|vowed|pledged|promised) to (?P<decided>[a-z]+)|(?P<word>[a-z]+))\b"
)
# A past written like its verb (quit, cut, set, hit, run) is no past after these: "calls
# to quit", "will cut", "did not set", "he'll run"; nor after a determiner, a noun: "his run".
BASE_FORM_AFTER = re.compile(
    r"\b(?:to|will|would|could|can|should|may|might|must|not|never|did|does|do"
    r"|the|a|an|his|her|its|their|our|my|your)\s+$"
    r"|(?:n[’']t|[’']ll|[’']d)\s+$",
    re.IGNORECASE,
)
# Verbs whose act is the one named after them: "began questioning witnesses" questioned
# them, and "is scheduled to begin questioning witnesses" expects that.
ASPECT = frozenset("begin start resume".split())
_GERUND = re.compile(r"\s+(?P<gerund>[a-z]+ing)\b")
# A vote or move is made to do something: "set to vote to repeal the levy" expects the
# repeal, not any vote ("against a proposal to raise fees" names no act voted for).
_TO_ACT = re.compile(r"\s+(?:(?!against\b)[\w-]+\s+){0,3}?to\s+(?P<act>[a-z]+)\b")
_TO_ACT_AFTER = frozenset("vote move".split())
# The next act a schedule names, in the clause after it: "scheduled to sit Monday to
# begin questioning witnesses".
_THEN_BEGIN = re.compile(r"\bto (?:begin|start|resume) (?P<gerund>[a-z]+ing)\b")
_THEN_REACH = 40
# A negation just before the act done says it was not: "has not endorsed", "never signed".
_NEGATED = re.compile(rf"(?:{NEGATION.pattern})\s+(?:\w+\s+){{0,3}}$", re.IGNORECASE)
_NEGATION_REACH = 40
# Between the doer and the act done, words that say it is asked or denied, not reported:
# "declined to say if Moss had signed it", "denied she signed it".
_NOT_REPORTED = re.compile(
    r"\b(?:whether|if|denied|denies|deny|declined|refused|asked)\b", re.IGNORECASE
)
# How a later report has the act: done ("signed", "voted to approve"), or decided, which
# is not yet done ("vowed to filibuster", "announced her decision to veto").
DONE, DECIDED = "done", "decided"
# The later side's position when the act is done: what is no longer to come; when it is
# decided, the earlier side left the decision open, which is no longer to come either.
REPORTED_DONE = f"reported as {DONE}"
REPORTED_DECIDED = f"reported as {DECIDED}"
_TOKEN = re.compile(r"[\w’'.-]*\w")
_GENERIC = frozenset(
    "be have make take get go come do say try continue keep become see give need return "
    "use leave remain stay begin start look want seek".split()
)
# Acts of one meaning in news reports, by stem: what was "expected to approve" was signed.
ACTS: tuple[frozenset[str], ...] = (
    frozenset(stem(w) for w in ("sign", "approve", "enact")),
    frozenset(stem(w) for w in ("announce", "declare", "unveil")),
    frozenset(stem(w) for w in ("resign", "quit", "step")),
)


# A candidacy as news reports word it: a mayor "expected to become the third Liberal to
# throw her hat in the ring" has done so when a later report says she "declared her
# candidacy". Set on the real corpus's tune half (docs/calibration.md).
CANDIDACY = re.compile(
    r"\b(?:thr(?:ow|ew|own|owing) (?:his|her|their) hat in(?:to)? the ring"
    r"|(?:enter|entered|entering|join|joined|joining) the (?:[\w-]+ )?race"
    r"|(?:run|running|ran) for (?:president|governor|mayor|the senate|senate|congress|office"
    r"|re-?election|the (?:[\w-]+ )?(?:seat|nomination|presidency))"
    r"|candidacy|(?:presidential|white house) bid)\b",
    re.IGNORECASE,
)
# Words after the expectation within which a candidacy is read as its act; words after
# the act done within which the later report must name a candidacy.
_CANDIDACY_REACH = 12
_DONE_REACH = 8
# Verbs after "expected to" that make the candidacy the act ("become the latest to throw
# her hat in the ring", "enter the race"), not another act about one ("withdraw her
# candidacy", "endorse his candidacy").
_RUNNING = frozenset(
    stem(w) for w in "become enter run announce declare throw launch seek join mount".split()
)


def act_group(word: str, groups: tuple[frozenset[str], ...] = ACTS) -> frozenset[str]:
    """The stems of the acts of one meaning the word names (itself alone when none)."""
    root = stem(word.casefold())
    return next((group for group in groups if root in group), frozenset({root}))


class Subject(NamedTuple):
    """The name nearest before an act: its entity key, its word and where it stands."""

    key: str
    word: str  # as written, a possessive "'s" left out
    start: int
    possessive: bool


# Bodies that act as one though news reports name them by a common noun: "the review
# panel began questioning witnesses" is the doer of what "a review panel is due to" do.
BODIES = frozenset(
    "jury court committee panel council board legislature parliament commission".split()
)
# A chamber's act is its Congress's part of it: what "Congress was set to vote" on, "the
# House voted" on.
_PARTS = {"congress": frozenset({"house", "senate"})}


def subject(
    text: str,
    at: int,
    entities: Entities,
    reach: int,
    stops: frozenset[str] = frozenset(),
    *,
    bodies: bool = False,
) -> Subject | None:
    """The name nearest before ``at``, within ``reach`` words (or, with ``bodies``, one of
    ``BODIES`` in the act's own clause: not "Lind, who chairs the committee, resigned");
    None when one of ``stops`` (a pronoun) comes first."""
    for token in reversed(list(_TOKEN.finditer(text, 0, at))[-reach:]):
        word = token.group()
        if word.casefold() in stops:
            return None
        if word[:1].isupper() and names_in(word) and entities.is_entity_word(word):
            bare = re.sub(r"[’']s$", "", word)
            return Subject(entities.key(word), bare, token.start(), bare != word)
        if bodies and word.casefold() in BODIES and not re.search(r"[,;]", text[token.end() : at]):
            named = _body(text, token)
            return Subject(f"body:{named.casefold()}", f"the {named}", token.start(), False)
    return None


# Words before a body's noun that are not part of its name.


def _body(text: str, noun: re.Match[str]) -> str:
    """A body as the report names it, with the word before its noun ("grand jury", "lower
    court", "Senate committee"), so two courts or two committees are two doers."""
    before = list(_TOKEN.finditer(text, 0, noun.start()))
    word = before[-1].group() if before else ""
    adjacent = bool(before) and not text[before[-1].end() : noun.start()].strip()
    if adjacent and word.casefold() not in DETERMINERS | STOP_WORDS and word.isalpha():
        return f"{word} {noun.group()}"
    return noun.group()


def same_doer(expected: str, found: Subject, text: str) -> bool:
    """Whether the doer found is the one expected, or a chamber of it (not the White
    House's "House")."""
    if found.key == expected:
        return True
    white = text[: found.start].rstrip().endswith("White")
    return found.key in _PARTS.get(expected, frozenset()) and not white


@dataclass(frozen=True)
class _Expected:
    who: str  # entity key
    name: str  # as written
    acts: frozenset[str]
    act: str  # as written
    text: str  # the expectation as written
    candidacy: bool = False  # the act is a candidacy: the later report must name one too
    nouns: frozenset[str] = frozenset()  # stems of the nouns a light verb's act is named by
    after: frozenset[str] = frozenset()  # stems of the rest of its clause: what it is done to
    subject: str = ""  # the words before the expectation: who is expected to act

    def done_by(self, word: str) -> bool:
        """Whether a verb in the past names the expected act ("pleaded" for "enter a
        plea")."""
        root = stem(word.casefold())
        return root in self.acts or any(_nominal(root, noun) for noun in self.nouns)


# Verbs that name an act by the noun after them: "enter a plea" is to plead, "cast a vote"
# to vote, "hold a hearing" to hear. The act is read from the next few words.
LIGHT_VERBS = frozenset("enter cast deliver file hold issue make give submit take".split())
_NOUN_REACH = 4
# A noun names its verb when their stems share a run of at least 4 letters from the start,
# 80% of the longer one: plea / plead, decis(ion) / decid(ed), nomin(ation) / nomin(ated);
# not speech / speed(ed).
_NOMINAL_RUN = 4
_NOMINAL_SHARE = 0.8
# Nouns after a light verb that name no act done: "make plans" is not "planned".
_NO_ACT_NOUNS = frozenset(stem(w) for w in "plan plans bid attempt effort move".split())


def _clause_after(text: str, at: int) -> str:
    """The words from ``at`` to the end of their clause (a comma, a colon or a stop)."""
    return re.split(r"[,;:.]", text[at:], maxsplit=1)[0]


def _nominal(verb: str, noun: str) -> bool:
    shorter = min(len(verb), len(noun))
    run = next((n for n in range(shorter) if verb[n] != noun[n]), shorter)
    return run >= _NOMINAL_RUN and run >= _NOMINAL_SHARE * max(len(verb), len(noun))


def _nouns_after(text: str, at: int) -> tuple[str, frozenset[str]]:
    """The words right after a light verb, in one clause, up to its noun, and the noun's
    stem (none when the noun names no act)."""
    rest = _clause_after(text, at)
    words = re.findall(r"[A-Za-z]+", rest)[:_NOUN_REACH]
    # Short words (articles, prepositions) and stop words are no act's noun.
    content = [len(w) > 3 and w.casefold() not in STOP_WORDS for w in words]
    # The phrase ends with the first run of content words ("a nomination" of "a
    # nomination to the harbour board"), where the noun is.
    if not any(content):
        return "", frozenset()
    end = content.index(True)
    while end < len(words) and content[end]:
        end += 1
    # The head is the run's last word: "statement" of "a public statement", so an
    # adjective ("public" / "published") names no act.
    return " ".join(words[:end]), frozenset({stem(words[end - 1].casefold())}) - _NO_ACT_NOUNS


def _candidacy(text: str, at: int, reach: int = _CANDIDACY_REACH) -> str | None:
    """A candidacy named within ``reach`` words after ``at``, in one clause."""
    rest = re.split(r"[;:.]", text[at:], maxsplit=1)[0]
    near = " ".join(rest.split()[:reach])
    found = CANDIDACY.search(near)
    return found.group() if found else None


def _further_acts(text: str, match: re.Match[str]) -> tuple[list[str], int]:
    """The act an expectation names after its first verb, if it does, and where it ends:
    the one begun ("to begin questioning witnesses"), voted or moved for ("to vote to
    repeal"), or scheduled next in its clause ("to sit Monday to begin questioning
    witnesses")."""
    act, after = match["act"].casefold(), match.end("act")
    clause = _clause_after(text, after)
    found: list[tuple[str, int]] = []
    if act in ASPECT and (gerund := _GERUND.match(clause)):
        found.append((verb_lemma(gerund["gerund"]), gerund.end()))
    if act in _TO_ACT_AFTER and (then := _TO_ACT.match(clause)):
        found.append((then["act"], then.end()))
    if then_begin := _THEN_BEGIN.search(clause[:_THEN_REACH]):
        found.append((verb_lemma(then_begin["gerund"]), then_begin.end()))
    # The last act named is the one expected: "vote to repeal" is done when the levy is
    # repealed, not by any vote.
    last = max(found, key=lambda f: f[1], default=None)
    return ([last[0]], after + last[1]) if last else ([], after)


def _done_act(text: str, match: re.Match[str]) -> str | None:
    """The act a match of ``_DONE`` says was done or decided, as a lemma ("began
    questioning" -> "question"); None when its word is no verb's past."""
    if not match["word"]:
        return match["named"] or match["decided"]
    lemma = past_lemma(match["word"])
    if lemma == match["word"] and BASE_FORM_AFTER.search(text, 0, match.start()):
        return None  # "calls to quit", "will cut"
    if lemma in ASPECT and (gerund := _GERUND.match(text, match.end())):
        return verb_lemma(gerund["gerund"])
    return lemma


# A relative clause set off by commas right before an expectation: its names are not who
# is expected to act ("His wife, Ida Moss, who sat on Kelby's council, is expected to").
_RELATIVE = re.compile(
    r",\s+(?:who|which|whose)\b[^,]*,\s*(?:(?:is|are|was|were|has|have|had)\s+)?$"
)


def _before_relative(text: str, at: int) -> int:
    """Where the expectation's subject is looked for: before a relative clause that ends
    right before it."""
    found = _RELATIVE.search(text, 0, at)
    return found.start() if found else at


def _expected(item: Statement, entities: Entities) -> Iterator[_Expected]:
    """Each act the sentence expects and leaves undecided, with its subject: any
    expectation when the sentence says the act is undecided, else only an explicit one
    ("is expected to plead", not "will travel")."""
    undecided = UNDECIDED.search(item.text) is not None
    for match in EXPECTATION.finditer(item.text):
        if not undecided and not EXPECTED_ACT.match(match.group()):
            continue
        words = [w for w in (match["act"], match["alternative"]) if w]
        further, end = _further_acts(item.text, match)
        # Named as written: "vote to repeal", not "vote or repeal".
        named = item.text[match.start("act") : end] if further else " or ".join(words)
        words = further or words
        words = [w for w in words if w.casefold() not in _GENERIC | STOP_WORDS]
        at = _before_relative(item.text, match.start())
        found = subject(item.text, at, entities, _EXPECTED_REACH, bodies=True)
        running = _candidacy(item.text, match.start("act"))
        if found and running and stem(match["act"].casefold()) in _RUNNING:
            # "expected to become the third to throw her hat into the ring": announcing
            # the candidacy is the act, whatever verb comes first.
            acts = act_group("announce")
            yield _Expected(
                found.key,
                found.word,
                acts,
                "declare a candidacy",
                match.group(),
                candidacy=True,
            )
        elif found and match["act"].casefold() in LIGHT_VERBS and not match["alternative"]:
            after, nouns = _nouns_after(item.text, match.end("act"))
            if nouns:
                # The act is the noun's, never the light verb's: "has yet to file a
                # lawsuit" is not settled by "filed her taxes".
                act = f"{match['act']} {after}"
                yield _Expected(found.key, found.word, frozenset(), act, match.group(), nouns=nouns)
        elif words and found:
            acts = frozenset().union(*(act_group(w) for w in words))
            done_to = stems(_clause_after(item.text, match.end("act"))) - acts
            yield _Expected(
                found.key,
                found.word,
                acts,
                named,
                match.group(),
                after=done_to,
                subject=item.text[: match.start()],
            )


def _done(later: Statement, expected: _Expected, entities: Entities) -> _Done | None:
    """The words saying the expected actor did (or decided) the expected act, and which
    (``DONE``, ``DECIDED``), if the sentence says so (a candidacy expected, a candidacy
    announced: "announced a tax plan" is another act)."""
    text, who = later.text, expected.who
    if later.hedged or BACKGROUND.search(text):
        return None
    quoted = [m.span() for m in QUOTED.finditer(text)]
    for match in _DONE.finditer(text):
        word = _done_act(text, match)
        if not word or not expected.done_by(word) or EXPECTATION.search(text, 0, match.start()):
            continue
        if any(start <= match.start() < end for start, end in quoted):
            continue  # someone's words, not the report's
        if _NEGATED.search(text, max(0, match.start() - _NEGATION_REACH), match.start()):
            continue  # "has not endorsed anyone" did not do it
        if expected.candidacy and not _candidacy(text, match.end(), _DONE_REACH):
            continue  # "announced a tax plan" is another act
        found = subject(text, match.start(), entities, SUBJECT_REACH, bodies=True)
        if (
            found
            and same_doer(who, found, text)
            and not _NOT_REPORTED.search(text, found.start, match.start())
        ):
            return _Done(later, match.group(), DECIDED if match["decided"] else DONE, found.key)
        if subject(text, match.start(), entities, len(text), bodies=True) is None and _done_to(
            text, match, expected
        ):
            return _Done(later, match.group(), DECIDED if match["decided"] else DONE, who)
    return None


# Who a sentence naming no one may mean by the doer expected: the same kin or role, said
# the same way ("his sister" of "His sister, Vera Lind, is expected to ..."); adverbs
# aside. Not a pronoun ("he" may be the brother) nor another role ("the mayor").
_KIN = re.compile(r"\b(?P<owner>his|her|their)\s+(?P<noun>[a-z-]+)\b", re.IGNORECASE)
_ADVERBS = frozenset("later then also soon afterward afterwards".split())
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s|\band\s|\bbut\s)(?!.*(?:[,;:]\s|\band\s|\bbut\s))")


def _done_to(text: str, match: re.Match[str], expected: _Expected) -> bool:
    """Whether a sentence naming no one before the act ("his sister pleaded no contest")
    does it to what was expected (``OBJECT_SHARED`` words of the clause after the act
    alike), its doer the kin or role the expected sentence gave the doer before its
    expectation, in the same words: not "he", "they", "two clerks" or "the mayor"."""
    if len(stems(_clause_after(text, match.end())) & expected.after) < OBJECT_SHARED:
        return False
    before = text[: match.start()]
    opening = _CLAUSE_OPENING.search(before)
    doer = before[opening.end() if opening else 0 :]
    words = [w.casefold() for w in re.findall(r"[A-Za-z][\w’'-]*", doer)]
    words = [w for w in words if w not in _ADVERBS]
    said = {f"{m['owner']} {m['noun']}".casefold() for m in _KIN.finditer(expected.subject)}
    return len(words) == 2 and " ".join(words) in said


class _Done(NamedTuple):
    """A later sentence saying the act was done (or decided), in which words, and by whom
    (the expected doer, or a chamber of it)."""

    later: Statement
    words: str
    how: str
    doer: str


def _reports(expected: _Expected, found: list[_Done]) -> list[_Done]:
    """The sentences of one later source saying the expected act was done: the first by
    the doer itself, else one by each of its chambers ("the Senate voted", "the House
    voted"); none when a chamber has not acted, for then the body has not."""
    whole = [d for d in found if d.doer == expected.who]
    if whole:
        return whole[:1]
    # Each chamber's act must be done to what was expected ("the harbour levy"), not to
    # another bill that chamber voted on.
    on_it = [d for d in found if d.later.stems & expected.after]
    by_part = {d.doer: d for d in reversed(on_it)}
    parts = _PARTS.get(expected.who, frozenset())
    return [by_part[p] for p in sorted(parts)] if parts and parts <= by_part.keys() else []


def _later_or_same_day(context: Context, first: str, second: str) -> bool:
    when = context.sources[first].published, context.sources[second].published
    return when[0] is None or when[1] is None or when[1] >= when[0]


def _pairs(context: Context) -> Iterator[tuple[Statement, _Expected, list[_Done]]]:
    entities = context.entities
    for a, b in itertools.permutations(context.statements, 2):
        if not context.independent(a, b) or not _later_or_same_day(context, a, b):
            continue
        for item in context.statements[a]:
            for expected in _expected(item, entities):
                found = [_done(later, expected, entities) for later in context.statements[b]]
                reports = _reports(expected, [d for d in found if d])
                if reports:
                    yield item, expected, reports


def _when(context: Context, first: str, second: str) -> str:
    dates = [context.sources[s].published for s in (first, second)]
    if dates[0] is None or dates[1] is None:
        return "undated"
    return "published the same day" if dates[0] == dates[1] else "published later"


def _candidate(
    context: Context, item: Statement, expected: _Expected, reports: list[_Done]
) -> Candidate:
    later, done, how = reports[0].later, reports[0].words, reports[0].how
    labels = context.label(item.article_id), context.label(later.article_id)
    when = _when(context, item.article_id, later.article_id)
    decided = how == DECIDED
    return Candidate(
        detector="overtaken by events",
        sides=((quote(item, expected.text),), tuple(quote(r.later, r.words) for r in reports)),
        kinds=("contradiction",),
        settled="contradiction",
        evidence=f"{labels[0]} reports it as expected or undecided (“{expected.text}”); "
        f"{labels[1]} ({when}) reports it {how} (“{done}”)",
        topic=f"Did {expected.name} {'decide to ' if decided else ''}{expected.act}?",
        positions=(
            "left open, not yet decided" if decided else "expected, not yet done",
            f"reported as {how}",
        ),
        score=1.7,
        better=1,
        why=f"{labels[1]} reports it {how}; {labels[0]} was written before.",
        terms=(item.stems & later.stems) | (item.entities & later.entities),
    )


def settled_later(context: Context) -> list[Candidate]:
    """One candidate per expectation a later report says was carried out (or decided)."""
    found: dict[tuple[str, int], Candidate] = {}
    for item, expected, reports in _pairs(context):
        key = (item.article_id, item.sentence.start)
        if key not in found:
            found[key] = _candidate(context, item, expected, reports)
    return list(found.values())
