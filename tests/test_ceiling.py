"""The most the proposals channel could add (briefing.eval.ceiling), on an invented event
laid out as the real corpus is: a gold dispute code's detectors miss but whose sentences
differ in a date is admitted from a perfect proposer; one with no words code could check
is not, and says why."""

from __future__ import annotations

from pathlib import Path

from briefing.eval.ceiling import ADMITTED, perfect_proposer
from briefing.eval.real import RealEvent, RealGold

ONE = (
    "The council voted in March to close the old ferry pier for repairs this spring. "
    "Engineers found corrosion in the steel piles of the pier during an inspection. "
    "Fishing crews will moor at the north quay until the work is done."
)
OTHER = (
    "Councillors decided in May that the old ferry pier must close for repairs. "
    "Divers saw rust on the piles of the pier below the waterline, engineers said. "
    "Local traders worry about fewer visitors at the waterfront cafes."
)


def _write(folder: Path, name: str, outlet: str, text: str) -> None:
    front = (
        f'---\ntitle: "{outlet} on the pier"\noutlet: "{outlet}"\npublished: "2026-03-12"\n---\n\n'
    )
    (folder / name).write_text(front + text + "\n", encoding="utf-8")


def _span(folder: Path, name: str, words: str) -> dict[str, object]:
    text = (folder / name).read_text(encoding="utf-8")
    start = text.index(words)
    return {"file": name, "start": start, "end": start + len(words)}


def test_a_perfect_proposer_gets_a_date_past_code_and_nothing_unchecked(tmp_path: Path) -> None:
    event = tmp_path / "2026-aaaa0001"
    event.mkdir()
    _write(event, "nyt.md", "The Kelby Times", ONE)
    _write(event, "fox.md", "Veloria News", OTHER)

    def dispute(first: str, second: str) -> dict[str, object]:
        sides = [[_span(event, "nyt.md", first)], [_span(event, "fox.md", second)]]
        return {"topic": "t", "kind": "contradiction", "sides": sides}

    main = {"summary": "s", "terms": ["pier"], "spans": [], "newest": "nyt.md"}
    gold = RealGold(
        about="invented",
        events={
            event.name: RealEvent.model_validate(
                {
                    "main_development": main,
                    "disputes": [
                        dispute("The council voted in March", "Councillors decided in May"),
                        dispute("Fishing crews will moor", "Local traders worry"),
                    ],
                    "framing": [],
                    "traps": [],
                }
            )
        },
    )
    found = perfect_proposer(tmp_path, gold, "tune")
    assert found == {ADMITTED: 1, "no words code could check": 1}
