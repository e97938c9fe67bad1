"""The prose checks of briefing.brief.attribution on real reporting, no model involved.

For every sentence of the real corpus (6 to 60 words) that has a close paraphrase in the
other outlets' articles of its event (the three sharing the most stems, at least half of
the sentence's), run the owner check (``misowned``) and the name-swap check
(``swapped_name``) with those paraphrases as the evidence. Outlets rarely give a thing
two owners or one quote two names, so what is flagged is mostly a false rejection: the
count is how often a check would set aside a correct sentence. The flagged reasons quote
the corpus: keep the output out of the repository.

    .venv/bin/python scripts/real_attribution.py
"""

from __future__ import annotations

from pathlib import Path

from briefing.articles import stems
from briefing.articles.sentences import split
from briefing.brief.attribution import misowned, swapped_name
from briefing.eval.real import corpus_dir

PARAPHRASES = 3
SHARE = 0.5


def _sentences(path: Path) -> list[tuple[str, frozenset[str]]]:
    text = path.read_text(encoding="utf-8")
    return [
        (s.text, frozenset(stems(s.text)))
        for s in split(path.name, text)
        if 6 <= len(s.text.split()) <= 60
    ]


def main() -> None:
    corpus = corpus_dir()
    if corpus is None:
        raise SystemExit("error: the real corpus is absent (set BRIEFING_REAL_NEWS)")
    checked = owners = swaps = 0
    for event in sorted(p for p in corpus.iterdir() if p.is_dir()):
        articles = [_sentences(p) for p in sorted(event.glob("*.md"))]
        for n, sentences in enumerate(articles):
            others = [x for m, other in enumerate(articles) if m != n for x in other]
            for sentence, words in sentences:
                ranked = sorted(others, key=lambda x: -len(words & x[1]))[:PARAPHRASES]
                evidence = [t for t, w in ranked if words and len(words & w) >= SHARE * len(words)]
                if not evidence:
                    continue
                checked += 1
                for check, reason in ((misowned, "owner"), (swapped_name, "swap")):
                    found = check(sentence, evidence)
                    if found:
                        owners += reason == "owner"
                        swaps += reason == "swap"
                        print(f"{event.name} {reason}: {found}")
    print(f"{checked} sentences with a close paraphrase; flagged: owner {owners}, swap {swaps}")


if __name__ == "__main__":
    main()
