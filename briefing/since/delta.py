"""The day-over-day delta: new stories, stories no longer reported, and for each story
reported on both days its new actors, new and resolved disputes, scenarios whose
likelihood moved, and new figures for the same fact. All in code; no model call.

Which story continues which is decided in code from the sources' own words
(``since.match``), never from the model's headline or actor names.
"""

from __future__ import annotations

from briefing.analysis import figures
from briefing.articles import stems
from briefing.brief import Brief, Day, Delta, StoryChange
from briefing.since.match import match_stories

SAME_FACT = 0.5


def _share(a: set[str], b: set[str]) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _actors(brief: Brief) -> set[str]:
    return {a.name for a in brief.actors}


def _scenarios(old: Brief, new: Brief) -> list[str]:
    before = {s.title.casefold(): s.likelihood for s in old.outlook}
    return [
        f"{s.title}: {before[s.title.casefold()]} → {s.likelihood}"
        for s in new.outlook
        if s.title.casefold() in before and before[s.title.casefold()] != s.likelihood
    ]


def _facts(brief: Brief) -> list[tuple[set[str], dict[str, list[str]], str]]:
    """Each key development: its words, its figures by what they count (the unit when the
    figure has one: "4.9 metres" is a distance whatever verb is near it), its text."""
    found = []
    for item in brief.key_developments:
        text = item.quotes[0].text if item.quotes else item.headline
        counted: dict[str, list[str]] = {}
        for figure in figures(text):
            counted.setdefault(figure.unit or figure.measure or "", []).append(figure.text)
        found.append((set(stems(text)), counted, text))
    return found


def _cut(text: str, limit: int = 120) -> str:
    """The quote, cut at a word and marked when longer than ``limit``."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _figures(old: Brief, new: Brief) -> list[str]:
    """A figure that changed for the same fact: what it counts the same, the number not
    one the earlier brief gave for it."""
    changes = []
    earlier = _facts(old)
    for words, counted, text in _facts(new):
        for old_words, old_counted, _ in earlier:
            if _share(words, old_words) < SAME_FACT:
                continue
            for measure, now in counted.items():
                before = old_counted.get(measure, [])
                for figure in now:
                    if before and figure not in before:
                        what = f" ({measure})" if measure else ""
                        changes.append(f"{before[0]} → {figure}{what}: “{_cut(text)}”")
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


def diff_days(old: Day, new: Day) -> Delta:
    """What ``new`` reports that ``old`` did not, and what it no longer reports."""
    matched = match_stories(old.stories, new.stories)
    pairs = [
        (n, old.stories[matched[i]] if i in matched else None) for i, n in enumerate(new.stories)
    ]
    continued = {id(o) for _, o in pairs if o is not None}
    return Delta(
        since=old.date,
        new_stories=[n.headline for n, o in pairs if o is None],
        gone_stories=[o.headline for o in old.stories if id(o) not in continued],
        continuing=[_change(o, n) for n, o in pairs if o is not None],
    )
