"""The day-over-day delta: new stories, stories no longer reported, and for each story
reported on both days its new actors, new and resolved disputes, scenarios whose
likelihood moved, and new figures for the same fact. All in code; no model call.

A story of today continues one of the earlier brief when they share a story id (the
same first-published article), an article, or most of what identifies them: at least
half of the smaller story's named actors and a third of its headline's words. Two events
with the same actors (the seeds and the oil licences) share actors but not headlines.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.figures import figures
from briefing.articles.words import stems
from briefing.brief.model import Brief, Day, Delta, StoryChange

ACTOR_SHARE = 0.5
HEADLINE_SHARE = 1 / 3
SAME_FACT = 0.5


def _share(a: set[str], b: set[str]) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _actors(brief: Brief) -> set[str]:
    return {a.name for a in brief.actors}


def _same_story(old: Brief, new: Brief) -> bool:
    a, b = old.story, new.story
    if a and b and (a.id == b.id or set(a.articles) & set(b.articles)):
        return True
    actors = _share(_actors(old), _actors(new)) >= ACTOR_SHARE
    return actors and _share(set(stems(old.headline)), set(stems(new.headline))) >= HEADLINE_SHARE


def _scenarios(old: Brief, new: Brief) -> list[str]:
    before = {s.title.casefold(): s.likelihood for s in old.outlook}
    return [
        f"{s.title}: {before[s.title.casefold()]} → {s.likelihood}"
        for s in new.outlook
        if s.title.casefold() in before and before[s.title.casefold()] != s.likelihood
    ]


def _facts(brief: Brief) -> list[tuple[set[str], dict[str, str], str]]:
    """Each key development: its words, its figures by what they count, its text."""
    found = []
    for item in brief.key_developments:
        text = item.quotes[0].text if item.quotes else item.headline
        counted = {f.measure or f.unit or "": f.text for f in figures(text)}
        found.append((set(stems(text)), counted, text))
    return found


def _figures(old: Brief, new: Brief) -> list[str]:
    """A figure that changed for the same fact: same measure, different number."""
    changes = []
    earlier = _facts(old)
    for words, counted, text in _facts(new):
        for old_words, old_counted, _ in earlier:
            if _share(words, old_words) < SAME_FACT:
                continue
            for measure, figure in counted.items():
                before = old_counted.get(measure)
                if before and before != figure:
                    what = measure or "figure"
                    changes.append(f"{what}: {before} → {figure} (“{text[:120]}”)")
    return list(dict.fromkeys(changes))


def _change(old: Brief, new: Brief) -> StoryChange:
    old_topics = {d.topic.casefold() for d in old.disputed_facts}
    new_topics = {d.topic.casefold() for d in new.disputed_facts}
    return StoryChange(
        story_id=new.story.id if new.story else "",
        headline=new.headline,
        earlier_headline=old.headline,
        new_actors=sorted(_actors(new) - _actors(old)),
        new_disputes=[d.topic for d in new.disputed_facts if d.topic.casefold() not in old_topics],
        resolved_disputes=[
            d.topic for d in old.disputed_facts if d.topic.casefold() not in new_topics
        ],
        moved_scenarios=_scenarios(old, new),
        new_figures=_figures(old, new),
    )


def _match(old: Sequence[Brief], new: Brief) -> Brief | None:
    return next((o for o in old if _same_story(o, new)), None)


def diff_days(old: Day, new: Day) -> Delta:
    """What ``new`` reports that ``old`` did not, and what it no longer reports."""
    pairs = [(n, _match(old.stories, n)) for n in new.stories]
    continued = {id(o) for _, o in pairs if o is not None}
    return Delta(
        since=old.date,
        new_stories=[n.headline for n, o in pairs if o is None],
        gone_stories=[o.headline for o in old.stories if id(o) not in continued],
        continuing=[_change(o, n) for n, o in pairs if o is not None],
    )
