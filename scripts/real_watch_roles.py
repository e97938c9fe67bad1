"""What to watch and actors' roles, in code, on the real corpus: samples to annotate.

Prints, for one half of the corpus (no model), each event's What to watch list (the
forward-looking sentences code keeps, as briefing.brief.outlook.watch_list keeps them)
and the roles code finds for two-word capitalised names (briefing.analysis.actors.roles,
briefing.analysis.actors.lower_titles),
with the sentence each comes from. The output quotes the corpus: keep it out of the
repository (write it under /tmp).

    .venv/bin/python scripts/real_watch_roles.py --half tune > /tmp/real_watch_roles.txt
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from briefing.analysis.actors.lower_titles import lower_title_of, set_off_title_of
from briefing.analysis.actors.roles import apposition_of, title_of
from briefing.articles import load_articles, split
from briefing.eval.real import analysed, corpus_dir, events
from briefing.eval.watch import event_watch

_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-zA-Z'’-]+\b")


def _pool(event_folder: Path) -> list[tuple[str, str]]:
    """Every forward-looking sentence code considers (the pool a rule chooses from)."""
    articles = load_articles([event_folder]).articles
    today = max((a.published for a in articles if a.published), default=None)
    if today is None:
        return []
    return [(s.article_id, s.quote) for s in analysed(articles, today).signals]


def _watch(event_folder: Path) -> list[tuple[str | None, str, str]]:
    """What to watch as the brief lists it (briefing.eval.watch.event_watch)."""
    return [(i.when, i.quote.text, i.quote.source_id) for i in event_watch(event_folder)]


def _roles(event_folder: Path) -> list[tuple[str, str, str]]:
    found = []
    for article in load_articles([event_folder]).articles:
        for name in dict.fromkeys(_NAME.findall(article.text)):
            text = article.text
            role = title_of(text, name) or lower_title_of(text, name)
            role = role or apposition_of(text, name) or set_off_title_of(text, name)
            if role:
                where = next(
                    (s.text for s in split(article.id, article.text) if name in s.text), ""
                )
                found.append((name, role, where))
    return found


def main() -> None:
    """Print the samples of one half."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("tune", "report"), required=True)
    parser.add_argument("--pool", action="store_true", help="every candidate sentence")
    args = parser.parse_args()
    half = args.half
    corpus = corpus_dir()
    if corpus is None:
        raise SystemExit("the real corpus is not beside the project (../shared/real-news)")
    for event in events(corpus, half):
        print(f"=== EVENT {event.name}")
        if args.pool:
            for n, (source, quote) in enumerate(_pool(event.folder), 1):
                print(f"POOL {event.name}#{n} [{source}]: {quote}")
            continue
        for n, (when, quote, source) in enumerate(_watch(event.folder), 1):
            print(f"WATCH {event.name}#{n} [{source}] when={when!r}: {quote}")
        for n, (name, role, where) in enumerate(_roles(event.folder), 1):
            print(f"ROLE {event.name}#{n} {name} => {role!r} | {where}")


if __name__ == "__main__":
    main()
