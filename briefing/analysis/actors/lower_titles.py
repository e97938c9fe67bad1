"""A role written in lower case right before a name: "White House press secretary Ivo
Lind", "budget director Ada Moss", "Republican presidential nominee Ida Kessel", "Harvard
economist Ivo Orsa". American newsrooms write most jobs so, and a capitalised title
(briefing.analysis.actors.roles.title_of) misses them.

The role ends in a job word (``JOBS``) right before the name, and runs back over the
words that qualify it, capitalised ("White House", "Kelby campaign") or not ("former",
"talk show"), ``MOST_WORDS`` at most. It stops at a word that belongs to the sentence (an
article, a preposition, a conjunction, a pronoun, a modal, a verb in the past or of
saying, a number) or at a punctuation mark; a possessive name opens it and ends the run
("Moss's former communications director"). A job word after "to" is a verb ("hired her
to host Kelby Live"), no role.
"""

from __future__ import annotations

import re

from briefing.analysis.actors.offices import JOBS
from briefing.articles import past_lemma

# Words of a role at most, the job word included.
MOST_WORDS = 6
# Words that belong to the sentence, not to a role before a name.
_SENTENCE_WORDS = frozenset(
    """a an the this that these those some any each every no and or nor but as by with from
    to of for in on at into onto over under about against between among including like
    unlike than via per after before during since until while when where who whom whose
    which what his her its their our my your he she it they we you i him them us me is are
    was were be been being has have had do does did will would could should may might must
    can said says say told tells asked called named also even only just not then there
    here both either neither though although because if unless whether so yet once""".split()
)
# Words after which the next is a verb ("to challenge incumbent Ida Moss").
_BEFORE_VERB = frozenset("to will would could should may might must can cannot".split())
# Lower-case words that qualify a job anywhere in its role ("former", "deputy press
# secretary", "Kelby campaign aide"); any other lower-case word only right before the
# job word ("budget director", "radio host"), or when it reads as an adjective.
QUALIFIERS = frozenset(
    """former presumptive senior deputy acting interim outgoing incoming retired fellow
    longtime onetime top chief assistant associate executive vice current veteran
    freshman junior lead principal special general campaign press communications budget
    policy security defense finance news party state city county district federal
    elected appointed designated""".split()
)
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ian|ary)$")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"^(?:[A-Za-z][\w’'&.-]*|[A-Z]\.(?:[A-Z]\.)+)$")
_POSSESSIVE = re.compile(r"[’']s$")
# A word ending in a period ends a sentence unless it is an abbreviation ("U.S.", "Sen.").
_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,3}|(?:[A-Z]\.)+[A-Z]?)\.$")


def _sentence_word(word: str) -> bool:
    """A word of the sentence around the role: a closed-class word, a mark, a word ending
    the sentence before, or a verb in the past ("told host Ivo Lind")."""
    bare = word.rstrip("’'")
    folded = bare.casefold()
    if folded in _SENTENCE_WORDS or not _WORD.match(bare):
        return True
    if bare.endswith(".") and not _ABBREVIATION.match(bare):
        return True
    return bare[:1].islower() and folded not in QUALIFIERS and bool(past_lemma(folded))


def _qualifies(word: str, next_to_job: bool) -> bool:
    """Whether a word that is no sentence word is part of the role: a capitalised word
    ("White House", "Hewlett-Packard"), a qualifier, an adjective, or right before the
    job word any lower-case word ("budget director")."""
    if not word[:1].islower() or re.search(r"[A-Z]", word):
        return True
    folded = word.casefold()
    return next_to_job or folded in QUALIFIERS or bool(_ADJECTIVE.search(folded))


def lower_title_of(text: str, name: str) -> str | None:
    """The lower-case role written right before the name, with the words that qualify
    it, or None."""
    for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}\b", text):
        words = _role(list(_TOKEN.finditer(text, 0, match.start())), match.start())
        if words:
            return " ".join(words)
    return None


def _role(before: list[re.Match[str]], end: int) -> list[str]:
    """The role's words among the tokens before a name that starts at ``end``."""
    if not before or before[-1].end() != end - 1 or before[-1].group() not in JOBS:
        return []
    words = [before[-1].group()]
    for n in range(len(before) - 2, -1, -1):
        token, word = before[n], before[n].group()
        # After "to" or a modal, a lower-case word that is no qualifier is a verb.
        after_verb_word = (
            n > 0
            and before[n - 1].group().casefold() in _BEFORE_VERB
            and word[:1].islower()
            and word.casefold() not in QUALIFIERS
        )
        gap = token.string[token.end() : before[n + 1].start()]
        if len(words) == MOST_WORDS or gap != " " or _sentence_word(word):
            break
        if after_verb_word or not _qualifies(word, len(words) == 1):
            break
        words.insert(0, word)
        if _POSSESSIVE.search(word):
            break
    if len(before) > 1 and before[-2].group().casefold() in _BEFORE_VERB:
        return []  # "to host Kelby Live": a verb, no job
    return words
