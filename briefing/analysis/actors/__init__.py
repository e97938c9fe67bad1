"""Actors as the brief shows them: one row per entity, typed from evidence, with a role
and a stance only where a source sentence naming the actor backs them.

- Spellings that name one country, or its capital or seat of government used as an actor,
  are one row ("US", "United States", "Washington"; "Cuba", "Havana"), named as the
  country.
- The kind comes from a cue in the sources (briefing.analysis.actors.kinds), else blank.
- A role or stance stands when a sentence of a source names the actor (any spelling) and
  has at least two thirds of its words (stems) and every name and figure in it; the
  source is kept. Otherwise it is blank: small models fill these with guesses ("Trump:
  supporting Maduro").
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from briefing.analysis.actors.kinds import kind_of
from briefing.analysis.disputes.context import Context
from briefing.analysis.grounding import Grounding
from briefing.articles.entities import fold
from briefing.articles.words import stems
from briefing.merge import Actor
from briefing.merge.names import name_key

BACKING_SHARE = 2 / 3


def _country_key(actor: Actor, context: Context) -> str | None:
    """The country an actor's name, code or capital names ("Pentagon" is not one)."""
    entities = context.entities
    for spelling in (actor.name, *actor.aliases):
        if entities.names_country(spelling) or entities.is_capital(spelling):
            return entities.key(spelling)
    return None


def _joined(group: Sequence[Actor], context: Context) -> Actor:
    lead = max(group, key=lambda a: a.mentions)
    spellings = {s for a in group for s in (a.name, *a.aliases)}
    country = [s for s in spellings if context.entities.names_country(s)]
    name = max(country, key=lambda s: (len(s), s)) if country else lead.name
    return lead.model_copy(
        update={
            "name": name,
            "aliases": sorted(spellings - {name}),
            "source_ids": sorted({s for a in group for s in a.source_ids}),
            "mentions": sum(a.mentions for a in group),
        }
    )


def _spelled_by(actors: Sequence[Actor]) -> dict[str, str]:
    """Each actor id -> the id of another actor that writes its name among its spellings
    ("Rodrigues" is one of Delcy Rodríguez's)."""
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for spelling in actor.aliases:
            owners.setdefault(name_key(spelling), set()).add(actor.id)
    found = {}
    for actor in actors:
        others = owners.get(name_key(actor.name), set()) - {actor.id}
        if len(others) == 1:
            found[actor.id] = others.pop()
    return found


def merge_entities(actors: Sequence[Actor], context: Context) -> list[Actor]:
    """One actor per country (its name, codes and capital), and an actor whose name is a
    spelling of exactly one other merged into it."""
    into = _spelled_by(actors)
    groups: dict[str, list[Actor]] = {}
    for actor in actors:
        target = into.get(actor.id, actor.id)
        key = _country_key(actor, context) or f"actor:{target}"
        groups.setdefault(key, []).append(actor)
    return [_joined(g, context) if len(g) > 1 else g[0] for g in groups.values()]


def is_description(actor: Actor, context: Context) -> bool:
    """A nationality and common nouns ("Cuban experts", "Cuban security personnel") describe
    a group; they do not name an actor."""
    words = actor.name.split()
    if len(words) < 2 or not all(w[:1].islower() for w in words[1:]):
        return False
    return context.entities.is_country(context.entities.key(words[0]))


def _names(actor: Actor) -> list[str]:
    return [f" {fold(s)} " for s in (actor.name, *actor.aliases) if fold(s)]


def _backing(phrase: str, actor: Actor, context: Context, grounding: Grounding) -> str | None:
    """The source whose sentence naming the actor backs the phrase, if any."""
    words = stems(phrase)
    if not words:
        return None
    need = max(1, math.ceil(BACKING_SHARE * len(words)))
    names = _names(actor)
    for item in context.all():
        text = f" {fold(item.text)} "
        if not any(n in text for n in names) or len(words & item.stems) < need:
            continue
        if not grounding.missing(phrase, [item.text]):
            return item.article_id
    return None


def refine_actors(
    actors: Sequence[Actor], context: Context, grounding: Grounding, texts: Sequence[str]
) -> list[Actor]:
    """The actors merged by entity, typed from evidence, role and stance backed or blank."""
    refined = []
    for actor in merge_entities(actors, context):
        if is_description(actor, context):
            continue
        kind, evidence = kind_of([actor.name, *actor.aliases], texts, context.entities)
        role_source = _backing(actor.role, actor, context, grounding) if actor.role else None
        stance_source = _backing(actor.stance, actor, context, grounding) if actor.stance else None
        refined.append(
            actor.model_copy(
                update={
                    "kind": kind,
                    "kind_evidence": evidence,
                    "role": actor.role if role_source else "",
                    "role_source": role_source,
                    "stance": actor.stance if stance_source else "",
                    "stance_source": stance_source,
                }
            )
        )
    return sorted(refined, key=lambda a: (-len(a.source_ids), -a.mentions, a.name))
