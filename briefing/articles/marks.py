"""Quotation marks as a quote is shown inside the brief's own."""

from __future__ import annotations

import re

# Double quotation marks inside a quote the brief wraps in its own: the inner ones are
# shown as single marks, the usual nesting, so a quote that opens with someone's words
# does not open with two marks (“‘The goal was …,’ the indictment says.”). Only when they
# pair up as written: curly marks opening and closing in turn, straight ones in even
# number. A quote cut inside a quotation, or with mixed marks, is shown as written, since
# pairing its marks would be a guess; a straight mark after a figure is inches (6" pipe).
_MARK = re.compile(r'[“”]|(?<!\d)"')
_INNER = {"“": "‘", "”": "’", '"': "'"}


def _paired(marks: list[str]) -> bool:
    curly = [m for m in marks if m != '"']
    turns = all(m == ("“" if n % 2 == 0 else "”") for n, m in enumerate(curly))
    return turns and len(curly) % 2 == 0 and (len(marks) - len(curly)) % 2 == 0


def nested(text: str) -> str:
    """A quote's own double quotation marks as single ones, for showing it in double,
    when they pair up."""
    marks = [m.group() for m in _MARK.finditer(text)]
    if not marks or not _paired(marks):
        return text
    return _MARK.sub(lambda m: _INNER[m.group()], text)


def closed(sentence: str) -> str:
    """A sentence of the brief's prose with the quotation it opens and never closes
    closed at its end: a quote the source cut inside someone's words ("said he had
    “served in the Marines.") would otherwise leave the mark open to the end of the
    paragraph. Straight marks, or marks that do not open and close in turn, are left as
    written."""
    marks = _MARK.findall(sentence)
    if '"' in marks:
        return sentence
    unclosed = marks[-1:] == ["“"] and marks.count("“") == marks.count("”") + 1
    return f"{sentence}”" if unclosed and sentence.strip("“ .") else sentence
