"""Key developments in code on the real corpus: how often one event fills several places.

For each annotated event of the tune and the report half (no model: each strong report's
lead is its only claim, briefing.eval.real.analysed), the key developments as
briefing.reduce.reduce.spread picks them, and how many of them state the annotated main
development (briefing.eval.real.states_main). Prints counts only, no corpus text:

    .venv/bin/python scripts/real_developments.py [--events]

An event whose developments state its main development twice or more tells one event in
several outlets' words; the first development should state it.
"""

from __future__ import annotations

import argparse

from briefing.eval.real import (
    GOLD,
    analysed,
    annotated,
    corpus_dir,
    load_real_gold,
    span_text,
    states_main,
)
from briefing.reduce.reduce import shown, spread

# Tokens the facts may take: enough for every fact of a three-article event.
BUDGET = 3000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", action="store_true", help="one line per event too")
    args = parser.parse_args()
    corpus = corpus_dir()
    if corpus is None:
        raise SystemExit("the real corpus ../shared/real-news/basil is absent")
    for half in ("tune", "report"):
        events = twice = first = count = 0
        for name, event, articles, today in annotated(corpus, load_real_gold(GOLD), half):
            spans = [span_text(corpus, name, s) for s in event.main_development.spans]
            developments = spread(shown(analysed(articles, today).facts, BUDGET))
            main = event.main_development
            stated = [states_main(f.ranked.lead.quote, main, spans) for f in developments]
            events += 1
            count += len(developments)
            twice += sum(stated) >= 2
            first += bool(stated and stated[0])
            if args.events:
                print(f"    {name}: {len(developments)} developments, main in {sum(stated)}")
        print(
            f"{half}: {events} events, {count} developments; the main development stated "
            f"twice or more in {twice}; by the first development in {first}"
        )


if __name__ == "__main__":
    main()
