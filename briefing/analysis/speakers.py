"""Whose words a quote is: when the brief quotes a source's sentence that is itself
someone's words in quotation marks, the reader must see who said them.

The quotation holding the quote (``briefing.articles.QUOTED``) is read, and the name the
source gives that one quotation, verbatim, right beside it:

- after it, when the quotation ends on a comma, a question or an exclamation mark
  (a period ends the sentence, and what follows is a new one): "“…,” Ida Moss said",
  "“…,” said Mayor Ida Moss", "“…,” Ida Moss, the mayor, told reporters", "“…,”
  according to the Port Authority";
- before it: "Ida Moss said: “…”", "Moss told reporters, “…";
- for a quotation that opens the sentence right after one so attributed, that speaker
  ("“We wait,” Moss said. “Then we sail.”").

A name is at most six capitalised words (an honorific and initials allowed), with no
weekday or month in it. A pronoun ("he said") names no one, and the quote is shown as
it is.
"""

from __future__ import annotations

import itertools
import re

from briefing.analysis.lexicon import PRONOUNS
from briefing.analysis.text import object_of
from briefing.articles import QUOTED, WEEKDAYS

# Verbs of saying a source attributes a quotation with.
_SAID = (
    r"(?:said|says|added|adds|noted|wrote|writes|told\s+[\w\s.]{2,30}?|warned|insisted|argued"
    r"|(?:is\s+(?:shown\s+|heard\s+)?)?saying)"
)
# A capitalised word (any script's capitals; checked again in ``_name``) or "U.S.".
_WORD = r"(?:(?:[A-Z]\.){2,}|[^\W\d_a-z][\w’'-]*)"
_DAY = r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
_NAME = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt)\.\s+)?"
    rf"{_WORD}(?:\s+(?:[A-Z]\.|{_WORD})){{0,5}}"
)
_ASIDE = r"(?:,\s[^,;“”\"]{3,90},)?"
_AFTER = re.compile(
    # "Moss said that ..." reports what Moss said next; it attributes no quotation.
    rf"[ \t]*(?:(?P<first>{_NAME}){_DAY}{_ASIDE}\s+{_SAID}\b(?!\s+that\b)"
    rf"|{_SAID}\s+(?:(?:former|acting|interim)\s+)?(?P<then>{_NAME})"
    rf"|according\s+to\s+(?:the\s+)?(?P<source>{_NAME}))"
)
_BEFORE = re.compile(
    rf"(?P<name>{_NAME}){_DAY}{_ASIDE}\s+{_SAID}(?:\s+[\w’'.-]+){{0,4}}?\s*[:,]\s*$"
)
# How far before a quotation its attribution is looked for.
_WINDOW = 200
_OPENERS = frozenset("and but so then yet or as the a an".split())


def _name(written: str | None, trailing: bool) -> str | None:
    """The capitalised words that end the matched words (``trailing``: "Ida Moss, the
    mayor, said") or open them ("said Mayor Ida Moss"), a weekday after them left out
    ("said Ida Moss Tuesday"); None for a pronoun or an opener ("But")."""
    if not written:
        return None
    words = written.split()
    if trailing:
        words.reverse()
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
    if trailing:
        run.reverse()
    while run and run[-1].casefold().rstrip(".,") in WEEKDAYS:
        run.pop()  # "said Ida Moss Tuesday"
    if not run or run[0].casefold() in PRONOUNS | _OPENERS:
        return None
    return " ".join(run).rstrip(",")


def _after(text: str, quotation: re.Match[str]) -> tuple[str | None, int]:
    """The name after the quotation, and where its attribution ends (-1: none)."""
    if quotation.end() < 2 or text[quotation.end() - 2] not in ",?!":
        return None, -1
    # The attribution is in the quotation's paragraph, never the next one.
    line_end = text.find("\n", quotation.end())
    limit = min(quotation.end() + _WINDOW, len(text) if line_end < 0 else line_end)
    found = _AFTER.match(text, quotation.end(), limit)
    if found is None:
        return None, -1
    if found["first"]:
        return _subject(text, found, "first"), found.end()
    return _name(found["then"] or found["source"], trailing=False), found.end()


def _subject(text: str, found: re.Match[str], group: str) -> str | None:
    """The name the group holds when it is the verb's subject, not a preposition's object
    inside another's aside ("Ida Moss, who chairs the Harbour Board, said")."""
    name = _name(found[group], trailing=True)
    if name is None:
        return None
    at = text.rfind(name, found.start(group), found.end(group))
    return None if object_of(text, at) else name


def _before(text: str, quotation: re.Match[str]) -> str | None:
    window = text[max(0, quotation.start() - _WINDOW) : quotation.start()]
    found = _BEFORE.search(window)
    return _subject(window, found, "name") if found else None


def speaker_of(text: str, start: int, end: int) -> str | None:
    """The name a source gives the quotation holding ``text[start:end]``, or None when
    the quote is not inside one quotation or the source names no one beside it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    quotations = list(QUOTED.finditer(text, line_start, len(text) if line_end < 0 else line_end))
    at = next((n for n, q in enumerate(quotations) if q.start() < start and end <= q.end()), None)
    if at is None:
        return None
    holding = quotations[at]
    name, _ = _after(text, holding)
    name = name or _before(text, holding)
    if name is not None or at == 0:
        return name
    # A quotation opening the sentence after an attributed one goes on quoting its speaker.
    name, attributed_to = _after(text, quotations[at - 1])
    rest = text[attributed_to : holding.start()] if attributed_to >= 0 else "x"
    return name if re.fullmatch(r"[^.“”\"]*\.\s*", rest) else None
