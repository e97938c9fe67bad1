"""Two ways one thing ended that cannot both be true: someone was fired, or resigned
("Lind fired Moss" / "Moss stepped down"); a plan was abandoned, or put on hold
("scrapped its plan to expand the terminal" / "put plans to expand the terminal on
hold").

Newsrooms disagree this way, and no figure, date or opposed word shows it. Code finds it
on its own (briefing.analysis.disputes.two_ways) and checks it on the words a model names
(briefing.analysis.disputes.differences). Precision first: each reading was narrowed after
two reviews found it taking other senses, people, posts, plans and times
(docs/calibration.md). A pair is taken only when:

- each side states one way of one axis as done (``ways``): in the report's own words
  (not in a quotation), in the past, with no negation, doubt, report, rumour, attempt or
  demand in the words before it ("did not resign", "reportedly resigned", "threatened to
  quit", "called for Moss to step down") and no denial or refusal after it ("resigned, a
  claim she denies"), not as background ("had resigned", "years ago", "After Moss
  resigned, ..."), not in a hedged sentence;
- neither sentence tells the other way too, in any form ("resigned, or was pushed");
- both are said of one person (``people``): the name written right before "resigned" or
  "was fired", or right after an active "fired" (only lower-case role words between),
  not a possessor, a preposition's object or a modifier; no two different given names
  or titles ("Ida Moss" / "Tova Moss"); the posts, where both name one, the same or one
  part of the other, with the same qualifier ("deputy harbour chief" is not "harbour
  chief"), and a post named on one side only an office; a word in common besides the
  name, the ways and the time;
- or of one plan (``plans``): "plans (a deal, a bid ...) to <verb> <what>" or a plan's
  noun ("the terminal expansion"), the same verb or noun, what one says of which plan
  the other says too ("its headquarters" / "its Indianapolis headquarters"; not "grain
  terminal" / "container terminal"), one's names among the other's, and no two
  different doers (a court suspends what a company scraps);
- the sentences tell of one occasion (``times``): no other years, days or months, no two
  different times beside the ways, no "first" against "second";
- a plan put on hold in an earlier report and abandoned in a later one is the story
  moving on, not a dispute.
"""

from __future__ import annotations

from briefing.analysis.disputes.context import Context
from briefing.analysis.disputes.ended.people import one_person, person
from briefing.analysis.disputes.ended.plans import (
    one_plan,
    paused_first,
    plan,
    plan_words,
    same_plan,
)
from briefing.analysis.disputes.ended.times import two_occasions
from briefing.analysis.disputes.ended.ways import (
    PLAN,
    POST,
    Way,
    done_ways,
    named_way,
    tells_both,
    ways,
)
from briefing.analysis.text import Statement
from briefing.articles import stems

__all__ = [
    "PLAN",
    "POST",
    "Way",
    "dispute_terms",
    "done_ways",
    "ended_apart",
    "ended_two_ways",
    "same_undergoer",
    "source_tells_both",
    "told_apart",
    "undergoer_name",
    "ways",
]


def same_undergoer(context: Context, a: Statement, wa: Way, b: Statement, wb: Way) -> bool:
    """Whether two ways are said of one person (one key) or one plan (``same_plan``)."""
    if wa.axis != wb.axis:
        return False
    if wa.axis == POST:
        first, second = person(context, a.text, wa), person(context, b.text, wb)
        return first is not None and second is not None and first.key == second.key
    return same_plan(plan(plan_words(a.text, wa)[0]), plan(plan_words(b.text, wb)[0]))


# Words a heading on a post's ending must use one of: how someone left.
_LEAVING = stems("fired firing sacked ousted resigned resignation stepped quit left departure")


def dispute_terms(item: Statement, way: Way) -> frozenset[str]:
    """What a dispute over the way is about, for its heading: how someone left ("Moss's
    actions" is not), or which plan ("plans to expand the headquarters")."""
    if way.axis == POST:
        return _LEAVING
    found = plan(plan_words(item.text, way)[0])
    return frozenset() if found is None else frozenset({found.head, *found.which})


def undergoer_name(context: Context, item: Statement, way: Way) -> str | None:
    """The name of the person a way of the post axis is said of, as written."""
    found = person(context, item.text, way)
    return None if found is None else found.name


def ended_two_ways(a: Statement, b: Statement) -> bool:
    """Whether two whole sentences state, as done, two ways of one axis (what the proposal
    call is shown; ``ended_apart`` checks the words a model names)."""
    sides_a = {(w.axis, w.side) for w in done_ways(a)}
    return any((w.axis, 1 - w.side) in sides_a for w in done_ways(b))


def source_tells_both(context: Context, item: Statement, way: Way) -> bool:
    """Whether the sentence's source also tells, in any of its sentences and in any form,
    the other way of the same person or plan ("had in effect fired him"; "fired Kelby"
    does not count against "Moss stepped down"): then it is no side."""
    return any(
        other.axis == way.axis
        and other.side != way.side
        and same_undergoer(context, item, way, sentence, other)
        for sentence in context.statements[item.article_id]
        for other in ways(sentence.text)
    )


def told_apart(context: Context, a: Statement, wa: Way, b: Statement, wb: Way) -> bool:
    """Whether two ways stated as done, one in each sentence, tell one ending two ways
    that cannot both be true (every condition but the sources', which
    ``source_tells_both`` reads)."""
    if wa.axis != wb.axis or wa.side == wb.side:
        return False
    if tells_both(a.text, wa.axis) or tells_both(b.text, wb.axis):
        return False
    if two_occasions(a.text, wa, b.text, wb):
        return False
    if wa.axis == POST:
        return one_person(context, a.text, wa, b.text, wb)
    return one_plan(context, a, wa, b, wb) and not paused_first(context, (a, wa), (b, wb))


def ended_apart(
    context: Context, a: Statement, span_a: tuple[int, int], b: Statement, span_b: tuple[int, int]
) -> str | None:
    """The two ways named (as "fired / stepped down") when the named spans say one thing
    ended in two ways that cannot both be true, or None."""
    wa, wb = named_way(a, span_a), named_way(b, span_b)
    if wa is None or wb is None or not told_apart(context, a, wa, b, wb):
        return None
    if source_tells_both(context, a, wa) or source_tells_both(context, b, wb):
        return None
    return f"{a.text[wa.start : wa.end]} / {b.text[wb.start : wb.end]}"
