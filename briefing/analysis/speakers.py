"""Whose words a quote is: when the brief quotes a source's sentence that is itself
someone's words in quotation marks, the reader must see who said them.

A quote stands inside a quotation when the last quotation mark before it in its paragraph
opens one (a straight mark: an odd number of them). Its speaker is the name the source
gives the quotation, verbatim: "“…,” Ida Moss said", "“…,” said Mayor Ida Moss",
"“…,” Ida Moss, the mayor, told reporters", "“…,” according to the Port Authority", or
"Ida Moss said: “…”". A paragraph that
goes on quoting ("“We wait,” Moss said. “Then we sail.”") gives the rest its one speaker.
A pronoun ("he said") or two speakers in the paragraph name no one: the quote is shown as
it is.
"""

from __future__ import annotations

import re

_SAID = (
    r"(?:said|says|added|adds|noted|wrote|writes|told\s+[\w\s.]{2,30}?|warned|insisted|argued"
    r"|(?:is\s+(?:shown\s+|heard\s+)?)?saying)"
)
# A name as the speaker's phrase ends it: capitalised words, initials and particles.
_NAME = r"[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]*|de|da|van|von|al|bin))*"
_TITLE_RUN = r"(?:(?:former|acting|interim)\s+)?"
_ASIDE = r"(?:,\s[^,;“”\"]{3,90},)?"
# After a quotation: "…,” Moss said" / "…,” said Mayor Ida Moss" / "…,” Moss, the mayor, said".
_AFTER = re.compile(
    rf"[”\"]\s*,?\s*(?:(?P<first>{_NAME}){_ASIDE}\s+{_SAID}\b|{_SAID}\s+{_TITLE_RUN}(?P<then>{_NAME})"
    rf"|according\s+to\s+(?:the\s+)?(?P<source>{_NAME}))"
)
# Before a quotation: "Moss said: “…" / "Moss told reporters, “…" / "Moss writes of the
# plan today, “…".
_BEFORE = re.compile(
    rf"(?P<name>{_NAME}){_ASIDE}\s+{_SAID}(?:\s+[\w’'.-]+){{0,4}}?\s*[:,]?\s*[“\"]$"
)
_PRONOUN_START = frozenset("he she they it we i you".split())


def _paragraph(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, (end if end >= 0 else len(text))


def _inside(paragraph: str, start: int, end: int) -> bool:
    """Whether [start, end) of the paragraph lies inside one quotation."""
    before, within = paragraph[:start], paragraph[start:end]
    if "“" in before or "”" in before:
        opened = before.rfind("“") > before.rfind("”")
        return opened and "“" not in within and "”" not in within
    straight = before.count('"') % 2 == 1
    return straight and '"' not in within


def _speakers(paragraph: str) -> set[str]:
    """Every name the paragraph gives a quotation, after it or before it."""
    found = set()
    for mark in re.finditer(r"[”\"]", paragraph):
        after = _AFTER.match(paragraph, mark.start())
        if after is not None:
            found.add(after.group("first") or after.group("then") or after.group("source"))
    for mark in re.finditer(r"[“\"]", paragraph):
        before = _BEFORE.search(paragraph, 0, mark.end())
        if before is not None:
            found.add(before.group("name"))
    # A period closing the sentence is no initial's ("said Mayor Ida Moss.").
    names = {re.sub(r"(?<=\w\w)\.$", "", name) for name in found}
    return {name for name in names if name.casefold() not in _PRONOUN_START}


def speaker_of(text: str, start: int, end: int) -> str | None:
    """The name a source gives the quotation holding ``text[start:end]``, or None when
    the quote is not inside a quotation or the paragraph names no single speaker."""
    first, last = _paragraph(text, start)
    if end > last:
        return None
    paragraph = text[first:last]
    if not _inside(paragraph, start - first, end - first):
        return None
    names = _speakers(paragraph)
    return names.pop() if len(names) == 1 else None
