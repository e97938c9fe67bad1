"""Telling a looping answer from a long one while it streams.

A small model under a JSON grammar can fall into a loop: the same list item, or the same
few words, again and again until ``max_tokens`` (3,900 tokens of one repeating list took
226 s on 2 cores). Such an answer is stopped as soon as its tail is one unit written
``REPEATS`` times in a row; what came before the loop is kept (briefing.llm.structured
salvages its complete items).

A model also repeats itself and recovers: the project's 155 recorded answers hold at
most 7 copies in a row (an actor written seven times, then the list went on); 203 live
answers kept from earlier runs on real reporting hold at most 4
(scripts/repeats_check.py). Stopping there would lose what followed, so the bar is set
above both, and a short unit (indentation, "the the") must fill ``MIN_SPAN`` characters.
"""

from __future__ import annotations

REPEATS = 12
MIN_SPAN = 600
# Longer units than this (a whole list item is 150-400 characters) are not looked for.
MAX_UNIT = 1500


def looping(text: str) -> bool:
    """Whether the answer ends in a loop: one unit ``REPEATS`` times in a row, over at
    least ``MIN_SPAN`` characters."""
    for unit in range(1, min(MAX_UNIT, len(text) // REPEATS) + 1):
        span = max(REPEATS * unit, MIN_SPAN)
        if span > len(text):
            break
        tail = text[-span:]
        if tail[unit:] == tail[:-unit]:
            return True
    return False
