"""Which plan a way of the plan axis is said of, and who stopped it: "plans to <verb>
<what>" or a plan's noun ("the terminal expansion") (briefing.analysis.disputes.ended)."""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.ended.ways import Way, content_stems
from briefing.analysis.disputes.one_thing import doer
from briefing.analysis.lexicon import DETERMINERS
from briefing.analysis.text import PREPOSITIONS, Statement
from briefing.articles import DAYS_AND_MONTHS, stem

# Words after a plan's verb in which its "plans to <verb>" is read.
OBJECT_WORDS = 12


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


class Plan(NamedTuple):
    """What a plan is: its verb after "to" ("expand") or its head noun ("expansion"), and
    the stems of the words that say which one ("Orsa container terminal")."""

    head: str
    which: frozenset[str]
    names: frozenset[str]  # every name in the words naming it ("the terminal at Orsa")


def plan_words(text: str, way: Way) -> tuple[list[str], bool]:
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


def plan(words: list[str]) -> Plan | None:
    """The plan the words name: "plans (or a deal, its bid ...) to <verb> <what>" or a
    noun phrase whose head is a plan ("the Orsa terminal expansion"); None for anything
    else ("a decision on plans", "40 flights", "the expansion vote")."""
    start, end = _phrase(words, 0)
    if end == start:
        return None
    head = words[end - 1].casefold()
    folded = [w.casefold() for w in words]
    names = frozenset(
        w for w in words[1:] if w[:1].isupper() and w.casefold() not in DAYS_AND_MONTHS
    )
    if head in PLAN_NOUNS and "to" in folded[end:]:
        at = folded.index("to", end)
        if at + 1 < len(words) and words[at + 1].islower():
            what = _phrase(words, at + 2)
            return Plan(stem(words[at + 1]), content_stems(words[what[0] : what[1]]), names)
    if head in PLAN_HEADS:
        return Plan(stem(head), content_stems(words[start : end - 1]), names)
    return None


def _by(text: str, way: Way) -> frozenset[str]:
    """Who a passive says stopped the plan: "was suspended by the competition regulator"."""
    agent = re.match(r"\s+by\s+([^,;:.()]+)", text[way.end :])
    if agent is None:
        return frozenset()
    words = agent.group(1).split()
    ends = next((n for n, w in enumerate(words) if n and w.casefold() in _PHRASE_ENDS), len(words))
    kept = [w for w in words[:ends] if w.casefold() not in DAYS_AND_MONTHS | DETERMINERS]
    return content_stems(kept)


def _authority(text: str, way: Way) -> frozenset[str]:
    """A body named by a common noun right before an active verb: "a regulator
    suspended"."""
    before = re.findall(r"[^\W\d_]+", text[: way.start])[-AUTHORITY_WORDS:]
    return frozenset(stem(w) for w in before if w.casefold() in AUTHORITIES)


def _one_stopper(context: Context, a: Statement, wa: Way, b: Statement, wb: Way) -> bool:
    """Not stopped by two different doers (a court suspends what a company scraps): the
    same body where both name one by a common noun, the same name where both name one,
    and a passive's "by" agent among the other side's words."""
    passive_a, passive_b = plan_words(a.text, wa)[1], plan_words(b.text, wb)[1]
    if not (passive_a or passive_b):
        if _authority(a.text, wa) != _authority(b.text, wb):
            return False
        doers = doer(context, a, wa.start), doer(context, b, wb.start)
        return None in doers or doers[0] == doers[1]
    sides = (((a, wa, passive_a), (b, wb, passive_b)), ((b, wb, passive_b), (a, wa, passive_a)))
    for (item, way, passive), (other, other_way, other_passive) in sides:
        agent = _by(item.text, way) if passive else frozenset()
        if agent and not agent & content_stems(other.text.split()):
            return False
        # "a regulator suspended" against a passive that names no regulator
        body = frozenset() if passive else _authority(item.text, way)
        if body and other_passive and not body <= _by(other.text, other_way):
            return False
    return True


def same_plan(first: Plan | None, second: Plan | None) -> bool:
    """One plan: the same head, and what one says of which plan and where the other says
    too, or more ("its headquarters" / "its Indianapolis headquarters"; not "grain
    terminal" / "container terminal", not "the terminal at Orsa" / "at Veloria")."""
    if first is None or second is None or first.head != second.head:
        return False
    if not first.which or not second.which:
        return False
    if not (first.names <= second.names or second.names <= first.names):
        return False
    return first.which <= second.which or second.which <= first.which


def one_plan(context: Context, a: Statement, wa: Way, b: Statement, wb: Way) -> bool:
    """One plan (``same_plan``), not stopped by two different doers (a court suspends
    what a company scraps)."""
    if not _one_stopper(context, a, wa, b, wb):
        return False
    return same_plan(plan(plan_words(a.text, wa)[0]), plan(plan_words(b.text, wb)[0]))


def paused_first(context: Context, *sides: tuple[Statement, Way]) -> bool:
    """A plan put on hold in an earlier report and abandoned in a later one."""
    (paused, _), (ended, _) = sorted(sides, key=lambda side: -side[1].side)
    first = context.sources[paused.article_id].published
    then = context.sources[ended.article_id].published
    return first is not None and then is not None and first < then
