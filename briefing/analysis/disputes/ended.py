"""Two ways one thing ended that cannot both be true: someone was fired, or resigned
("Lind fired Moss" / "Moss stepped down"); a plan was abandoned, or put on hold
("scrapped its plan to expand the terminal" / "put plans to expand the terminal on
hold").

Newsrooms disagree this way, and no figure, date or opposed word of one axis shows it, so
it is checked on the words a model names (briefing.analysis.disputes.differences).
Precision first: each reading below was narrowed after a review found it taking other
senses and other people (docs/calibration.md). A pair is taken only when:

- each named span holds one way of one axis, stated by the report as done: in its own
  words (not in a quotation), in the past ("resigns" may be a headline's future), with
  no negation, doubt, report, rumour, attempt or demand in the ``BEFORE_WORDS`` words
  before it ("did not resign", "reportedly resigned", "denied that Lind fired Moss",
  "threatened to quit", "called for Moss to step down"), not as background ("had
  resigned", "previously", "years ago") and not in a hedged sentence;
- neither sentence also tells the other way in any form ("stepped down before he could
  be fired", "resigned, or was pushed");
- both are said of one undergoer. For a post: one person, written right before
  "resigned" or "was fired" (only "has" or an "-ly" word between) or right after an
  active "fired" (only lower-case role words between: "fired national security adviser
  Ida Moss"), the name not a possessor, a preposition's object or a modifier, and
  followed by no more words of a phrase ("fired Moss up", "fired Moss a warning"). Where
  both name the post left ("as harbour chief", ", the harbour chief,") the posts share a
  word; a post named on one side only is an office ("from the podium" is none). For a
  plan: a plan's noun ("plans", "a deal", "its bid") before "to" and the same verb after
  it in both, with a word of what it is in common and no two different names ("plans to
  expand its headquarters" / "a deal to expand its Orsa headquarters");
- the sentences give the same years where both give years;
- a plan put on hold in an earlier report and abandoned in a later one is the story
  moving on, not a dispute.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from briefing.analysis.actors.roles import OFFICES
from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.one_thing import doer
from briefing.analysis.lexicon import DETERMINERS
from briefing.analysis.text import PREPOSITIONS, Statement, in_quotation, object_of
from briefing.articles import MONTHS, STOP_WORDS, WEEKDAYS, stem, stems

POST = "fired/resigned"
PLAN = "abandoned/on hold"

# Words before a way that are read for doubt, demand or background.
BEFORE_WORDS = 6
# Lower-case role words an active "fired" may have before the person's name.
ROLE_WORDS = 4
# Words after a plan's verb in which its "plans to <verb>" is read.
OBJECT_WORDS = 12

_NOT_AFTER_FIRED = (
    r"(?!\s+(?:up|at|upon|off|back|into|over|from|away|with)\b)"
    # "fired on protesters"; not "fired on Monday"
    rf"(?!\s+on\s+(?!(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)})\b))"
)
_WAYS: tuple[tuple[str, int, bool, re.Pattern[str]], ...] = (
    # (axis, side, undergoer after the verb, pattern)
    (
        POST,
        0,
        False,
        re.compile(
            rf"\b(?:was|were|has been|got)\s+(?:\w+ly\s+)?(?:fired|sacked)\b{_NOT_AFTER_FIRED}",
            re.I,
        ),
    ),
    (POST, 0, True, re.compile(rf"\b(?:fired|sacked)\b{_NOT_AFTER_FIRED}", re.I)),
    (
        POST,
        1,
        False,
        re.compile(
            r"\b(?:resigned(?!\s+(?:him|her|them)sel)|stepped\s+(?:down|aside)(?!\s+to\b)"
            r"|(?:announced|submitted|tendered)\s+(?:his|her|their)\s+resignation"
            # "quit" as leaving a post, not "quit smoking", "quit the race"
            r"|quit(?=\s+(?:as|from|his|her|their|its|on|after|over|amid)\b|\s*[,.;]))",
            re.I,
        ),
    ),
    (
        PLAN,
        0,
        True,
        re.compile(
            r"\b(?:abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?"
            r"|call(?:s|ed)?\s+off)\b",
            re.I,
        ),
    ),
    (
        PLAN,
        1,
        True,
        re.compile(
            r"\b(?:put(?:s|ting)?\s+(?:[^\s,.;]+\s+){0,10}?on\s+hold|suspend(?:s|ed|ing)?"
            r"|paus(?:es|ed|ing)|postpon(?:es|ed|ing)|shelved)\b",
            re.I,
        ),
    ),
)

# Before a way: not done, not surely, only asked for, or only reported or denied.
_NOT_DONE = re.compile(
    r"\b(?:not|never|no|could|may|might|should|must|if|whether|unless|refused|refuses"
    r"|declined|declines|threatened|threatens|threatening|nearly|almost|urged|urges|asked"
    r"|asks|called|calls|demanded|demands|pressure|pressured|considering|considered"
    r"|weighing|weighed|plans?|planning|wants?|wanted|hopes?|hoped|expected|likely|to"
    r"|denied|denies|deny|reports?|reported|reportedly|allegedly|rumou?rs?|faces|facing"
    r"|risks?|believes?|believed|false|had|previously|once|formerly|before|neither|nor|time)\b"
    r"|n[’']t\b",
    re.I,
)
# After a way: it is disputed, or was not accepted ("resigned, a claim she denies",
# "tendered his resignation, which Lind rejected", "— or so the office said").
_DOUBTED_AFTER = re.compile(
    r"\b(?:deni\w*|deny|disput\w*|or so|claim\w*|reject\w*|refus\w*|contrary|false"
    r"|rumou?r\w*|accept\w*)\b",
    re.I,
)
# A way in a clause of time opening the sentence is background to what follows it:
# "After Kessel postponed the expansion, Lind resigned".
_CLAUSE_OF_TIME = re.compile(
    r"(?:^|[.;:]\s*)(?:after|since|before|once|when|until|following)\b[^,;:]*$", re.I
)
_AFTER_BACKGROUND = re.compile(r"^\W*(?:\w+\W+){0,4}?(?:years|months|decades) ago\b", re.I)
# "would" before a plan's verb is a stated intent ("said it would abandon the deal"),
# unless a condition follows.
_CONDITION = re.compile(r"^(?:\W*\w+){0,10}?\W+(?:if|unless)\b", re.I)
# Any words of either way, for a sentence telling both.
_ANY_FORCED = re.compile(r"\b(?:fir(?:e|ed|es|ing)|sack\w*|oust\w*|push(?:ed)?|dismiss\w*)\b", re.I)
_ANY_LEFT = re.compile(r"\b(?:resign\w*|step(?:s|ped|ping)? (?:down|aside)|quit\w*)\b", re.I)
_ANY_ENDED = re.compile(r"\b(?:abandon\w*|scrap\w*|cancel\w*|call\w* off)\b", re.I)
_ANY_PAUSED = re.compile(r"\b(?:on hold|suspen\w*|paus\w*|postpon\w*|shelv\w*)\b", re.I)
_EITHER = {POST: (_ANY_FORCED, _ANY_LEFT), PLAN: (_ANY_ENDED, _ANY_PAUSED)}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TIME = re.compile(
    rf"\b(?:{'|'.join(w.casefold() for w in (*MONTHS, *WEEKDAYS))}|yesterday|today"
    r"|(?:last|this) (?:week|month|year)|(?:19|20)\d\d)\b"
)
# Words before a way, and after it, read for its time: after it, room for a name and a
# post ("fired Tom Moss, the harbour chief, on Monday").
TIME_WORDS = 3
_DAYS = re.compile(rf"\b(?:{'|'.join((*WEEKDAYS, *MONTHS))})\b", re.I)
_ORDINALS = re.compile(r"\b(?:first|second|third|fourth|fifth|last|latest|previous|next)\b", re.I)
TIME_AFTER = 8
_WAY_STEMS = stems("fired sacked resigned stepped down aside quit resignation announced")
# After a name an active "fired" acts on, words that make it part of another phrase:
# "fired Moss up", "fired Moss a warning", "fired Moss's lawyer", "the aide Moss had".
_NAME_GOES_ON = re.compile(
    r"^\s+(?:up|down|out|off|back|a|an|the|some|his|her|their|its|our|my|had|has|have|was"
    r"|were|is|are|would|will|could)\b|^[’']s\b"
)
_CALENDAR = frozenset(m.casefold() for m in (*MONTHS, *WEEKDAYS))
# Words that make what follows "fired" no role before a name: "fired the deputy of Moss",
# "fired questions at Moss", "fired two aides".
_NOT_ROLE = (
    STOP_WORDS
    | DETERMINERS
    | PREPOSITIONS
    | frozenset("as and or but two three four several many some all its".split())
)
_POST_AFTER = re.compile(
    r"^\s+(?:as|from)\s+(?:(?:the|his|her|their|its|a|an)\s+)?([^,.;:()]{2,60}?)"
    r"(?=\s+(?:on|in|after|over|amid|last|this|because|following|and|when)\b|[,.;:()]|$)",
    re.I,
)
# "resigned his seat on the board", "quit the chairmanship": the post as the object.
_POST_OBJECT = re.compile(
    r"^\s+(?:his|her|their|its|the)\s+([^,.;:()]{2,60}?)"
    r"(?=\s+(?:in|after|over|amid|last|this|because|following|and|when)\b|[,.;:()]|$)",
    re.I,
)
_APPOSITION = re.compile(r"^,\s+(?:the|his|her|their|its|a|an)\s+([^,.;:()]{2,60}?),", re.I)
_QUALIFIERS = stems("deputy assistant vice acting interim former associate senior")
_POST_WORDS = OFFICES | {"post", "job", "position", "role", "office", "seat"}
# Common nouns of bodies that stop plans, read before an active verb.
AUTHORITIES = frozenset(
    """court judge regulator regulators tribunal ministry authority agency board council
    commission government parliament congress""".split()
)
AUTHORITY_WORDS = 3
# A plan named by what it is to do: "plans to expand", "a deal to build", "its bid to".
PLAN_NOUNS = frozenset("plan plans deal bid proposal project effort offer agreement".split())
# A plan named by a noun: "the terminal expansion", "the merger".
PLAN_HEADS = PLAN_NOUNS | frozenset(
    "expansion merger takeover acquisition purchase sale construction program programme".split()
)
# Words that end a plan's noun phrase.
_PHRASE_ENDS = (
    PREPOSITIONS
    | DETERMINERS
    | frozenset("to as and or pending until amid while after altogether outright for now".split())
)


class Way(NamedTuple):
    """One way a thing ended, as a sentence states it."""

    axis: str
    side: int  # 0 or 1: which way of the axis
    start: int
    end: int
    after: bool  # the person or plan is written after the verb ("fired Moss")


def ways(text: str) -> Iterator[Way]:
    """Every way of every axis the text holds (a passive before the active verb in it)."""
    taken: list[tuple[int, int]] = []
    for axis, side, after, pattern in _WAYS:
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            yield Way(axis, side, match.start(), match.end(), after)


def _done(item: Statement, way: Way) -> bool:
    """Stated by the report as done, not doubted, demanded or told as background."""
    text = item.text
    if item.hedged or in_quotation(text, way.start) or _AFTER_BACKGROUND.search(text[way.end :]):
        return False
    if _DOUBTED_AFTER.search(text[way.end :]) or _CLAUSE_OF_TIME.search(text[: way.start]):
        return False
    if way.axis == POST and item.predictive:
        return False
    before = " ".join(re.findall(r"\S+", text[: way.start])[-BEFORE_WORDS:])
    if way.axis == PLAN and re.search(r"\bwould\s*$", before):
        return not _CONDITION.search(text[way.end :]) and not _NOT_DONE.search(before[:-5])
    return not _NOT_DONE.search(before) and not re.search(r"\bwould\b", before)


def _named_way(item: Statement, span: tuple[int, int]) -> Way | None:
    """The one way stated as done inside the named span, if exactly one."""
    # A way the span overlaps: "put plans" names "put plans to expand the terminal on
    # hold", "fired" names "was fired".
    inside = [w for w in ways(item.text) if w.start < span[1] and span[0] < w.end]
    if len(inside) != 1 or not _done(item, inside[0]):
        return None
    return inside[0]


def _name_key(context: Context, word: str) -> str | None:
    if not word[:1].isupper() or word.casefold() in _CALENDAR:
        return None
    if re.search(r"[’']s$", word) or not context.entities.is_entity_word(word):
        return None
    return context.entities.key(word)


class Person(NamedTuple):
    """Who left as a sentence names them: the entity key, the other words of their name
    and title ("Ida", "Ms."), and the post it says they left, if any."""

    key: str
    name: str  # the surname as written
    given: frozenset[str]
    post: str | None


def _given(run: list[str]) -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in run[:-1])


def _titles(run: list[str]) -> list[str]:
    """The capitalised words of a title before a name: "Deputy Harbour Chief Moss"."""
    if not any(w.casefold() in _POST_WORDS | {"deputy"} for w in run[:-1]):
        return []
    return [w.casefold() for w in run[:-1]]


def _person_after(context: Context, text: str, way: Way) -> Person | None:
    """The person an active "fired" acts on: lower-case role words (the post), then a run
    of capitalised words, then a new phrase."""
    tokens = list(re.finditer(r"[\w’'.-]*\w", text[way.end :]))
    roles: list[str] = []
    for n, token in enumerate(tokens):
        word = token.group()
        between = text[way.end + (tokens[n - 1].end() if n else 0) : way.end + token.start()]
        if between.strip():
            return None  # punctuation before the name: "fired, Moss said"
        if word[:1].islower():
            if not word.isalpha() or word in _NOT_ROLE or len(roles) == ROLE_WORDS:
                return None
            roles.append(word)
            continue
        run = [token]
        for nxt in tokens[n + 1 :]:
            gap = text[way.end + run[-1].end() : way.end + nxt.start()]
            if gap.strip() or not nxt.group()[:1].isupper():
                break
            run.append(nxt)
        end = way.end + run[-1].end()
        key = _name_key(context, run[-1].group())
        if key is None or _NAME_GOES_ON.search(text[end:]):
            return None
        names = [t.group() for t in run]
        post = _post(text, end) or " ".join(roles + _titles(names)) or None
        return Person(key, names[-1], _given(names), post)
    return None


def _person_before(context: Context, text: str, at: int) -> Person | None:
    """The person written right before ``at``: their name, then only "has" or an "-ly"
    word; not a possessor, a preposition's object or a modifier ("the Orsa mayor"). Their
    post is what follows the verb, or the role words before the name."""
    found = re.search(r"([\w’'.-]*\w)\s+(?:has\s+)?(?:\w+ly\s+)?$", text[:at])
    if found is None or object_of(text, found.start(1)):
        return None
    key = _name_key(context, found.group(1))
    if key is None:
        return None
    words = re.findall(r"[\w’'.-]*\w", text[: found.start(1)])
    run: list[str] = []
    while words and words[-1][:1].isupper() and len(run) < ROLE_WORDS:
        run.insert(0, words.pop())
    roles: list[str] = []
    while words and words[-1].isalpha() and words[-1].islower() and words[-1] not in _NOT_ROLE:
        roles.insert(0, words.pop())
    # Only an office right before the name is a post ("harbour chief Moss"; not
    # "officials said Moss").
    post = " ".join(roles[-ROLE_WORDS:]) if roles and roles[-1] in _POST_WORDS else None
    return Person(key, found.group(1), _given([*run, found.group(1)]), post)


def _post(text: str, at: int) -> str | None:
    """The post named right after ``at``: "as harbour chief", "from the board", or an
    apposition ", the harbour chief,"."""
    rest = text[at:]
    found = _POST_AFTER.search(rest) or _POST_OBJECT.search(rest) or _APPOSITION.search(rest)
    return found.group(1) if found else None


def _posts_agree(first: str | None, second: str | None) -> bool:
    """Both name one post (what one says of it the other says too, or more: "adviser" /
    "national security adviser"; not "Kessel Bank chairman" / "Kessel Bank chief
    executive"), or one names an office, or neither names a post."""
    if first is not None and second is not None:
        one, other = _which(first.split()), _which(second.split())
        if _QUALIFIERS & one != _QUALIFIERS & other:
            return False  # "deputy harbour chief" is not "harbour chief"
        return bool(one and other) and (one <= other or other <= one)
    named = first or second or ""
    return not named or bool({w.casefold() for w in re.findall(r"\w+", named)} & _POST_WORDS)


def _person(context: Context, text: str, way: Way) -> Person | None:
    """The person who left, with the post the sentence says they left, if it names one."""
    if way.after:
        return _person_after(context, text, way)
    found = _person_before(context, text, way.start)
    if found is None:
        return None
    return found._replace(post=_post(text, way.end) or found.post)


def _one_person(context: Context, a: str, wa: Way, b: str, wb: Way) -> bool:
    """One person: one key, no two different given names or titles ("Ida Moss" / "Tova
    Moss", "Mr. Moss" / "Ms. Moss"), one post, one occasion."""
    first, second = _person(context, a, wa), _person(context, b, wb)
    if first is None or second is None or first.key != second.key:
        return False
    if first.given and second.given and not first.given & second.given:
        return False
    return _posts_agree(first.post, second.post) and _one_occasion(a, b, first.key)


def _one_occasion(a: str, b: str, who: str) -> bool:
    """The two sentences tell one leaving: they share a word besides the person, the ways
    and the time ("after the audit", "for misleading the harbour board"): a man sacked by
    a football club is not the harbour chief who stepped down."""
    left_out = stems(who) | _WAY_STEMS | {stem(t) for t in _CALENDAR}
    return bool((_content(a) & _content(b)) - left_out)


def _content(text: str) -> frozenset[str]:
    words = re.findall(r"[^\W\d_]+", text)
    return frozenset(s for w in words if w.casefold() not in _NOT_ROLE for s in stems(w))


class Plan(NamedTuple):
    """What a plan is: its verb after "to" ("expand") or its head noun ("expansion"), and
    the stems of the words that say which one ("Orsa container terminal")."""

    head: str
    which: frozenset[str]
    names: frozenset[str]  # every name in the words naming it ("the terminal at Orsa")


def _plan_words(text: str, way: Way) -> tuple[list[str], bool]:
    """The words naming the plan, and whether the verb is passive: the subject of a
    passive ("the terminal expansion was put on hold"), else the words inside "put ... on
    hold" and after the verb, up to a clause's end."""
    passive = re.search(
        r"([^,;:.()]*?)\s+(?:was|were|has been|have been|is being)\s+(?:\w+ly\s+)?$",
        text[: way.start],
    )
    if passive:
        return re.findall(r"[\w’'-]+", passive.group(1))[-OBJECT_WORDS:], True
    inside = re.findall(r"[\w’'-]+", text[way.start : way.end])[1:]
    window = " ".join(w for w in inside if w.casefold() not in ("on", "hold"))
    window += " " + re.split(r"[,;:.()]|\b(?:who|which|that|if|unless)\b", text[way.end :])[0]
    return re.findall(r"[\w’'-]+", window)[:OBJECT_WORDS], False


def _phrase(words: list[str], start: int) -> tuple[int, int]:
    """Where the noun phrase from ``start`` begins and ends: determiners skipped, up to a
    preposition, a determiner, an adverb or anything not a word ("the Orsa terminal
    expansion")."""
    folded = [w.casefold() for w in words]
    n = start
    while n < len(folded) and folded[n] in DETERMINERS | {"its"}:
        n += 1
    end = n
    while end < len(folded) and folded[end].isalpha() and not _ends_phrase(folded[end]):
        end += 1
    return n, end


def _ends_phrase(word: str) -> bool:
    return word in _PHRASE_ENDS or (word.endswith("ly") and len(word) > 4)


def _plan(words: list[str]) -> Plan | None:
    """The plan the words name: "plans (or a deal, its bid ...) to <verb> <what>" or a
    noun phrase whose head is a plan ("the Orsa terminal expansion"); None for anything
    else ("a decision on plans", "40 flights", "the expansion vote")."""
    start, end = _phrase(words, 0)
    if end == start:
        return None
    head = words[end - 1].casefold()
    folded = [w.casefold() for w in words]
    names = frozenset(w for w in words[1:] if w[:1].isupper() and w.casefold() not in _CALENDAR)
    if head in PLAN_NOUNS and "to" in folded[end:]:
        at = folded.index("to", end)
        if at + 1 < len(words) and words[at + 1].islower():
            what = _phrase(words, at + 2)
            return Plan(stem(words[at + 1]), _which(words[what[0] : what[1]]), names)
    if head in PLAN_HEADS:
        return Plan(stem(head), _which(words[start : end - 1]), names)
    return None


def _which(words: list[str]) -> frozenset[str]:
    return frozenset(s for w in words if w.casefold() not in STOP_WORDS for s in stems(w))


def _by(text: str, way: Way) -> frozenset[str]:
    """Who a passive says stopped the plan: "was suspended by the competition regulator"."""
    agent = re.match(r"\s+by\s+([^,;:.()]+)", text[way.end :])
    if agent is None:
        return frozenset()
    words = agent.group(1).split()
    ends = next((n for n, w in enumerate(words) if n and w.casefold() in _PHRASE_ENDS), len(words))
    return _which([w for w in words[:ends] if w.casefold() not in _CALENDAR | DETERMINERS])


def _authority(text: str, way: Way) -> frozenset[str]:
    """A body named by a common noun right before an active verb: "a regulator
    suspended"."""
    before = re.findall(r"[^\W\d_]+", text[: way.start])[-AUTHORITY_WORDS:]
    return frozenset(stem(w) for w in before if w.casefold() in AUTHORITIES)


def _one_stopper(context: Context, a: Statement, wa: Way, b: Statement, wb: Way) -> bool:
    """Not stopped by two different doers (a court suspends what a company scraps): the
    same body where both name one by a common noun, the same name where both name one,
    and a passive's "by" agent among the other side's words."""
    passive_a, passive_b = _plan_words(a.text, wa)[1], _plan_words(b.text, wb)[1]
    if not (passive_a or passive_b):
        if _authority(a.text, wa) != _authority(b.text, wb):
            return False
        doers = doer(context, a, wa.start), doer(context, b, wb.start)
        return None in doers or doers[0] == doers[1]
    sides = (((a, wa, passive_a), (b, wb, passive_b)), ((b, wb, passive_b), (a, wa, passive_a)))
    for (item, way, passive), (other, other_way, other_passive) in sides:
        agent = _by(item.text, way) if passive else frozenset()
        if agent and not agent & _which(other.text.split()):
            return False
        # "a regulator suspended" against a passive that names no regulator
        body = frozenset() if passive else _authority(item.text, way)
        if body and other_passive and not body <= _by(other.text, other_way):
            return False
    return True


def _one_plan(context: Context, a: Statement, wa: Way, b: Statement, wb: Way) -> bool:
    """One plan: the same head, and what one says of which plan the other says too, or
    more ("its headquarters" / "its Indianapolis headquarters"; not "grain terminal" /
    "container terminal"). Not stopped by two different doers (a court suspends what a
    company scraps)."""
    if not _one_stopper(context, a, wa, b, wb):
        return False
    first, second = _plan(_plan_words(a.text, wa)[0]), _plan(_plan_words(b.text, wb)[0])
    if first is None or second is None or first.head != second.head:
        return False
    if not first.which or not second.which:
        return False
    if not (first.names <= second.names or second.names <= first.names):
        return False  # "the terminal at Orsa" / "the terminal at Veloria"
    return first.which <= second.which or second.which <= first.which


def _tells_both(text: str, axis: str) -> bool:
    one, other = _EITHER[axis]
    return bool(one.search(text) and other.search(text))


def _two_occasions(a: str, wa: Way, b: str, wb: Way) -> bool:
    """The sentences tell of two times or two of a series: other years, other days or
    months, other times beside the ways, "the first audit" / "the second audit"."""
    if _other_years(a, b) or _other_times(a, wa, b, wb):
        return True
    return _apart(_DAYS, a, b) or _apart(_ORDINALS, a, b)


def _apart(pattern: re.Pattern[str], a: str, b: str) -> bool:
    """Both sentences hold words of the pattern and none in common: "on Friday" / "on
    Monday", "after the first audit" / "after the second audit"."""
    found_a = {w.casefold() for w in pattern.findall(a)}
    found_b = {w.casefold() for w in pattern.findall(b)}
    return bool(found_a and found_b and not found_a & found_b)


def _other_years(a: str, b: str) -> bool:
    years_a, years_b = set(_YEAR.findall(a)), set(_YEAR.findall(b))
    return bool(years_a and years_b and not years_a & years_b)


def _times_near(text: str, way: Way) -> set[str]:
    """The times written beside a way (``TIME_WORDS`` words before, ``TIME_AFTER``
    after): "resigned last week", "suspended the expansion in 2019"; not "said last
    month that she fired"."""
    before = " ".join(re.findall(r"\S+", text[: way.start])[-TIME_WORDS:])
    after = " ".join(re.findall(r"\S+", text[way.end :])[:TIME_AFTER])
    # "postponed until May" gives no time of the postponing
    near = re.sub(r"\buntil\s+\S+(?:\s+\d+)?", " ", f"{before} {after}".casefold())
    return set(_TIME.findall(near))


def _other_times(a: str, wa: Way, b: str, wb: Way) -> bool:
    """Two different times beside the ways, or a year beside one and none in the other
    sentence ("paused the expansion in 2023")."""
    times_a, times_b = _times_near(a, wa), _times_near(b, wb)
    if times_a and times_b and not times_a & times_b:
        return True
    years_a, years_b = set(_YEAR.findall(a)), set(_YEAR.findall(b))
    return bool(years_a) != bool(years_b)


def _paused_first(context: Context, *sides: tuple[Statement, Way]) -> bool:
    """A plan put on hold in an earlier report and abandoned in a later one."""
    (paused, _), (ended, _) = sorted(sides, key=lambda side: -side[1].side)
    first = context.sources[paused.article_id].published
    then = context.sources[ended.article_id].published
    return first is not None and then is not None and first < then


def done_ways(item: Statement) -> list[Way]:
    """The ways the sentence states as done, in the report's own words."""
    return [way for way in ways(item.text) if _done(item, way)]


def same_undergoer(context: Context, a: Statement, wa: Way, b: Statement, wb: Way) -> bool:
    """Whether two ways are said of one person (one key) or one plan (one head, and
    what one says of which plan the other says too)."""
    if wa.axis != wb.axis:
        return False
    if wa.axis == POST:
        first, second = _person(context, a.text, wa), _person(context, b.text, wb)
        return first is not None and second is not None and first.key == second.key
    one, other = _plan(_plan_words(a.text, wa)[0]), _plan(_plan_words(b.text, wb)[0])
    if one is None or other is None or one.head != other.head:
        return False
    return one.which <= other.which or other.which <= one.which


def undergoer_name(context: Context, item: Statement, way: Way) -> str | None:
    """The name of the person a way of the post axis is said of, as written."""
    found = _person(context, item.text, way)
    return None if found is None else found.name


def ended_two_ways(a: Statement, b: Statement) -> bool:
    """Whether two whole sentences state, as done, two ways of one axis (what the proposal
    call is shown; ``ended_apart`` checks the words a model names)."""
    sides_a = {(w.axis, w.side) for w in ways(a.text) if _done(a, w)}
    return any((w.axis, 1 - w.side) in sides_a for w in ways(b.text) if _done(b, w))


def ended_apart(
    context: Context, a: Statement, span_a: tuple[int, int], b: Statement, span_b: tuple[int, int]
) -> str | None:
    """The two ways named (as "fired / stepped down") when the named spans say one thing
    ended in two ways that cannot both be true, or None."""
    wa, wb = _named_way(a, span_a), _named_way(b, span_b)
    if wa is None or wb is None or wa.axis != wb.axis or wa.side == wb.side:
        return None
    if _tells_both(a.text, wa.axis) or _tells_both(b.text, wb.axis):
        return None
    if _two_occasions(a.text, wa, b.text, wb):
        return None
    if wa.axis == POST and not _one_person(context, a.text, wa, b.text, wb):
        return None
    if wa.axis == PLAN and (
        not _one_plan(context, a, wa, b, wb) or _paused_first(context, (a, wa), (b, wb))
    ):
        return None
    return f"{a.text[wa.start : wa.end]} / {b.text[wb.start : wb.end]}"
