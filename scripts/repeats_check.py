"""How often recorded answers repeat themselves, and whether the loop detector would have
stopped any of them (briefing.llm.repeats): its thresholds are set above what answers that
recovered show.

    .venv/bin/python scripts/repeats_check.py recordings ~/.cache/briefing/responses
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from briefing.llm.repeats import MAX_UNIT, looping

STEP = 32


def most_copies(text: str) -> tuple[int, int]:
    """The most copies in a row of one unit ending anywhere in ``text`` (checked every
    STEP characters): (copies, unit length)."""
    best = (1, 0)
    for end in range(STEP, len(text) + 1, STEP):
        for unit in range(1, min(MAX_UNIT, end // 2) + 1):
            last = text[end - unit : end]
            copies = 1
            while (copies + 1) * unit <= end:
                start = end - (copies + 1) * unit
                if text[start : start + unit] != last:
                    break
                copies += 1
            if copies > best[0] and copies * unit >= 200:
                best = (copies, unit)
    return best


def main(folders: list[str]) -> None:
    """Print, per folder, the answers read, the most copies in a row, and how many the
    detector would have stopped, and where."""
    for folder in folders:
        answers = [
            json.loads(p.read_text())["response"] for p in sorted(Path(folder).rglob("*.json"))
        ]
        worst, stopped = (1, 0), []
        for answer in answers:
            text = answer.get("content") or ""
            worst = max(worst, most_copies(text))
            cut = next((n for n in range(STEP, len(text) + 1, STEP) if looping(text[:n])), None)
            if cut is not None:
                stopped.append((cut, len(text), answer.get("finish_reason")))
        print(
            f"{folder}: {len(answers)} answers; most copies in a row (200+ chars): "
            f"{worst[0]} of a {worst[1]}-char unit; stopped by the detector: {stopped or 'none'}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
