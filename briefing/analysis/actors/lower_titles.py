"""A role written in lower case right before a name: "White House press secretary Ivo
Lind", "budget director Ada Moss", "Republican presidential nominee Ida Kessel", "Harvard
economist Ivo Orsa", "chief of staff Vera Lind". American newsrooms write most jobs so,
and a capitalised title (briefing.analysis.actors.roles.title_of) misses them.

The role ends in a job word (``JOBS``, or "then-", "ex-" or "co-" and one: "co-founder")
right before the name, or a job "of" a lower-case word ("chief of staff"); read the same
way before a comma when another sets the name off ("the special counsel, Ivo Lind,
said": ``set_off_title_of``, an apposition written before the name). It runs back
over the words that qualify it, ``MOST_WORDS`` at most: capitalised words ("White
House", "Kelby campaign"), qualifiers (``QUALIFIERS``: "former", "deputy"), adjectives,
and right before the job word any lower-case word that is no verb's present or "-ing"
form ("budget director", not "faces incumbent" or "citing economist"). It stops at a
word that belongs to the sentence (an article, a preposition, a conjunction, a pronoun,
a modal, a verb in the past or of saying, a number, a day, a month, an adverb opening the
sentence), at a mark, at a word ending the sentence before, and after a word that opens
a role ("former") unless a possessive name stands before it, which it then takes ("Moss's
former aide"). No role is read:

- inside a quotation (a speaker's jibe is no job);
- when the job word may be a verb and follows "to" or a modal ("hired her to host Ivo
  Lind"); "according to economist Ivo Lind" keeps "economist";
- when a bare job word after "for" or "of" is another noun's ("the nominee for
  president, Ida Moss");
- when the role follows an article and the name a verb that is no saying ("the campaign
  manager Ivo Lind hired quit"), or, for a bare job word, an auxiliary ("told the judge
  Ivo Lind had fled"): perhaps someone else's job;
- set off before the name, unless its phrase opens with an article or a possessive, not
  after another name's comma (a list) nor at the end of a phrase put before the subject
  ("In a letter to the mayor, Ivo Lind, who …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.analysis.actors.offices import JOBS, TITLE_ABBREVIATIONS
from briefing.analysis.lexicon import DETERMINERS
from briefing.analysis.text import in_closed_quotation
from briefing.articles import DAYS_AND_MONTHS, past_lemma, verb_form, verb_lemma

# Words of a role at most, the job word included.
MOST_WORDS = 8
# Words that belong to the sentence, not to a role before a name.
_SENTENCE_WORDS = frozenset(
    """a an the this that these those some any each every no and or nor but as by with from
    to of for in on at into onto over under about against between among including like
    unlike than via per after before during since until while when where who whom whose
    which what his her its their our my your he she it they we you i him them us me is are
    was were be been being has have had do does did will would could should may might must
    can said says say told tells asked called named also even only just not then there
    here both either neither though although because if unless whether so yet once
    meanwhile now later earlier however today yesterday tomorrow tonight instead one
    another other two three four five several many""".split()
)
# Lower-case words after which the next is a verb ("to challenge incumbent Ida Moss");
# "May" the month is no modal.
_BEFORE_VERB = frozenset("to will would could should may might must can cannot".split())
# "to" is a preposition after these ("according to economist Ivo Lind").
_PREPOSITION_TO = frozenset("according next close prior due thanks".split())
# Job words that are verbs too: after "to" or a modal they are the verb ("to host").
_VERB_JOBS = frozenset(
    "host head chair judge counsel anchor author lead whip master captain coach star".split()
)
# Lower-case words that qualify a job anywhere in its role ("former", "deputy press
# secretary", "Kelby campaign aide"); any other lower-case word only right before the
# job word ("budget director", "radio host"), or when it reads as an adjective.
QUALIFIERS = frozenset(
    """former presumptive senior deputy acting interim outgoing incoming retired fellow
    longtime onetime top chief assistant associate executive vice current veteran
    freshman junior lead principal special general campaign press communications budget
    policy security defense finance news party state city county district federal
    managing presiding visiting founding ranking polling
    marketing fundraising consulting""".split()
)
# Words that open a role: nothing but a possessive name stands before them in it.
_OPENERS = frozenset("former onetime then ex".split())
# Adjectives by their ending, words of at least six letters ("presidential",
# "conservative"; not "give").
_ADJECTIVE = re.compile(r"^\w{3,}(?:al|ic|ive|ous|ian|ary)$")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"^(?:[A-Za-z][\w’'&.-]*|[A-Z]\.(?:[A-Z]\.)+)$")
_POSSESSIVE = re.compile(r"[’']s$")
# A possessive of a time says when, not whose ("last year's nominee").
_TIMES = frozenset("year week month day today yesterday night morning".split())
# A word ending in a period ends the sentence before, unless it is an abbreviation of a
# title or a name ("Sen.", "Dr.", "J.") or of initials ("U.S.").
_ABBREVIATION = re.compile(rf"^(?:{'|'.join(TITLE_ABBREVIATIONS)}|[A-Z])\.$|^(?:[A-Z]\.){{2,}}$")
# Hyphenated forms of a job: "then-president", "ex-aide", "co-founder".
_PREFIXED = re.compile(r"^(?:then|ex|co)-(?P<job>[a-z]+)$")
# After a name set off by commas, another name: the commas are a list's.
_LISTED = re.compile(r",\s+[A-Z][\w’'.-]*\s+[A-Z]")
# A clause the name opens: an auxiliary or a verb in the past right after it.
_CLAUSE_AFTER = re.compile(r"\s+(?P<word>[a-z]+)\b")
_AUXILIARIES = frozenset("had has have was were is are would will could".split())
# Verbs after a name that say what its bearer said: no clause of another's.
_SAYING_VERBS = frozenset(
    "said says told tells added wrote writes announced announces noted argued explained".split()
)
# Words that may stand between a modal and its verb ("will also host").
_ADVERBS = frozenset("also still just never not then again soon later".split())


def _sentence_word(word: str) -> bool:
    """A word of the sentence around the role: a closed-class word, a mark, a number, a day
    or month, a word ending the sentence before, or a verb in the past ("told host")."""
    bare = word.rstrip("’'")
    folded = bare.casefold()
    if folded in _SENTENCE_WORDS or folded in DAYS_AND_MONTHS or not _WORD.match(bare):
        return True
    if bare.endswith(".") and not _ABBREVIATION.match(bare):
        return True
    return bare[:1].islower() and folded not in QUALIFIERS and bool(past_lemma(folded))


def _acting(word: str) -> bool:
    """A lower-case verb's present ("faces", "hires") or "-ing" form ("citing"): what the
    sentence does, not a job's kind. Plural nouns ("communications") are no verb form."""
    if word in QUALIFIERS:
        return False
    if word.endswith("ing") and verb_lemma(word) != word:
        return True
    return word.endswith("s") and verb_form(word) and verb_lemma(word) != word


def _qualifies(word: str, next_to_job: bool) -> bool:
    """Whether a word that is no sentence word is part of the role: a capitalised word
    ("White House", "Hewlett-Packard"), a qualifier, an adjective, or right before the
    job word a lower-case word that is no verb's present or "-ing" form."""
    if not word[:1].islower() or re.search(r"[A-Z]", word):
        return True
    folded = word.casefold()
    if folded in QUALIFIERS or _ADJECTIVE.match(folded):
        return True
    return next_to_job and not _acting(folded)


def _job(tokens: list[str]) -> int:
    """How many of the last tokens before the name are the job: one job word, or a job
    "of" a lower-case word ("chief of staff"); 0 when none."""
    last = tokens[-1] if tokens else ""
    # "chief of staff", "secretary of state", "editor in chief": a plain noun after "of"
    # (not "chairman of the", "director of operations,"), "chief" after "in".
    if len(tokens) >= 3 and tokens[-3] in JOBS and _after_of(tokens[-2], last):
        return 3
    prefixed = _PREFIXED.match(last)
    if last in JOBS or (prefixed and prefixed["job"] in JOBS):
        return 1
    return 0


def _after_of(joiner: str, word: str) -> bool:
    """The words after a job word that end it: "of" and a plain noun ("of staff"), or
    "in chief"."""
    if joiner == "in":
        return word == "chief"
    plain = re.fullmatch(r"[a-z]+", word) is not None and word not in _SENTENCE_WORDS
    return joiner == "of" and plain and not _acting(word) and not word.endswith("ing")


def _verb_after(tokens: list[str], at: int) -> bool:
    """The token at ``at`` follows "to" or a lower-case modal, so it may be a verb."""
    while at > 1 and tokens[at - 1] in _ADVERBS:
        at -= 1
    if at == 0 or tokens[at - 1] not in _BEFORE_VERB:
        return False
    return not (tokens[at - 1] == "to" and at > 1 and tokens[at - 2].casefold() in _PREPOSITION_TO)


def lower_title_of(text: str, name: str) -> str | None:
    """The lower-case role written right before the name, with the words that qualify
    it, or None."""
    for match in _mentions(text, name):
        before = list(_TOKEN.finditer(text, 0, match.start()))
        if not before or text[before[-1].end() : match.start()] != " ":
            continue
        words = _role(before, _opens_clause(text, match.end()))
        if words:
            return " ".join(words)
    return None


def _mentions(text: str, name: str) -> Iterator[re.Match[str]]:
    """The name where the report writes it, not inside someone's quoted words ("a fake
    economist Ivo Lind", a speaker's jibe)."""
    for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}\b", text):
        if not in_closed_quotation(text, match.start()):
            yield match


def set_off_title_of(text: str, name: str) -> str | None:
    """The role written before a name that commas set off ("the special counsel, Ivo
    Lind, said"): an apposition before the name, read as one after it is
    (briefing.analysis.actors.roles.apposition_of)."""
    for match in _mentions(text, name):
        before = list(_TOKEN.finditer(text, 0, match.start()))
        if before and text[before[-1].end() : match.start()] == " ":
            words = _set_off(before, text, match.end())
            if words:
                return " ".join(words)
    return None


def _set_off(before: list[re.Match[str]], text: str, end: int) -> list[str]:
    """The role when commas set the name off after it ("the White House press
    secretary, Ivo Lind, said"): the job word ends in the comma, another follows the
    name."""
    last = before[-1]
    if not (last.group().endswith(",") and text.startswith(",", end)):
        return []
    if _LISTED.match(text, end):
        return []  # "The mayor, Ivo Lind, Ada Moss and Vera Kessel attended": a list
    job = _TOKEN.match(text, last.start(), last.end() - 1)
    if job is None:
        return []
    tokens = [*before[:-1], job]
    words = _role(tokens, "")
    opening = len(tokens) - len(words) - 1  # the article or the possessive's place
    return words if words and _opens_sentence(tokens, opening, words[0]) else []


# A role after an article, before a clause of the name's own, may be another's job.
_ARTICLES = ("the", "a", "an")


def _name_comma(token: str) -> bool:
    """A capitalised word and a comma that may end a name ("Moss,"), not a day's or a
    month's ("on Friday,")."""
    bare = token.rstrip(",")
    return token.endswith(",") and bare[:1].isupper() and bare.casefold() not in DAYS_AND_MONTHS


# Words opening a phrase put before a sentence's subject ("In a letter to the mayor,").
_FRONTING = frozenset(
    """in after before when while since despite unlike like at on for with without as
    although though if once until because during following""".split()
)


def _opens_sentence(tokens: list[re.Match[str]], at: int, first: str) -> bool:
    """A role set off before a name opens its noun phrase: an article or a possessive
    ("his lawyer, Ivo Lind,"; "Moss's chief of staff, Ivo Lind,"). Not when that phrase
    ends a phrase put before the sentence's subject ("In a letter to the mayor, Ivo
    Lind, who …", "After meeting the president, Ivo Lind, 54, …"), nor when it follows
    another name's comma ("Ada Moss, a former prosecutor, Ivo Lind, a banker": a list)."""
    if first[:1].isupper() and any(_POSSESSIVE.search(w.group()) for w in tokens[at + 1 :]):
        at += 1  # a possessive name opens the role itself ("Lind Jr.'s attorney")
    else:
        if at > 0 and _POSSESSIVE.search(tokens[at].group()):
            at -= 1  # "The site's founder": the article opens the phrase
        if at < 0 or tokens[at].group().casefold() not in DETERMINERS:
            return False
    if at > 0 and _name_comma(tokens[at - 1].group()):
        return False  # after a name's comma: a list of names and their roles
    start = next(
        (n + 1 for n in range(at - 1, -1, -1) if re.search(r"[.!?][”\"’]?$", tokens[n].group())),
        0,
    )
    opener = tokens[start].group().casefold() if start < at else ""
    # "Asked about the director, …", "Standing beside the governor, …" front it too.
    fronted = opener in _FRONTING or opener.endswith("ing") or bool(past_lemma(opener))
    return not (fronted and not any(t.group().endswith(",") for t in tokens[start:at]))


def _opens_clause(text: str, end: int) -> str:
    """What follows the name when it may open a clause of its own: "auxiliary" ("the
    judge Ivo Lind had fled"), "verb" for a verb that is no saying ("the campaign manager
    Ivo Lind hired quit"), else "" ("the press secretary Ivo Lind said")."""
    found = _CLAUSE_AFTER.match(text, end)
    if found is None or found["word"] in _SAYING_VERBS:
        return ""
    word = found["word"]
    if word in _AUXILIARIES:
        return "auxiliary"
    return "verb" if past_lemma(word) is not None or _acting(word) else ""


def _role(before: list[re.Match[str]], clause_after: str) -> list[str]:
    """The role's words among the tokens right before a name."""
    tokens = [t.group() for t in before]
    size = _job(tokens)
    first = len(tokens) - size
    if not size or (tokens[-1] in _VERB_JOBS and _verb_after(tokens, first)):
        return []
    start = _start(before, first)
    article = start > 0 and tokens[start - 1].casefold() in _ARTICLES
    if article and (clause_after == "verb" or (clause_after == "auxiliary" and size == 1)):
        # "the campaign manager Ivo Lind hired", "told the judge Ivo Lind had fled":
        # perhaps someone else's job
        return []
    if start == first and size == 1 and start > 0 and tokens[start - 1] in ("for", "of"):
        return []  # "the nominee for president, Ida Moss": the job is another noun's
    return tokens[start:]


def _start(before: list[re.Match[str]], first: int) -> int:
    """Where the role's words start, running back from the job word at ``first``."""
    tokens = [t.group() for t in before]
    start, owner = first, False
    for n in range(first - 1, -1, -1):
        word = tokens[n]
        gap = before[n].string[before[n].end() : before[n + 1].start()]
        if len(tokens) - n > MOST_WORDS or gap != " " or _sentence_word(word):
            break
        if owner:  # the rest of a possessive name: "Ivo Lind Jr.'s attorney"
            if not word[:1].isupper():
                break
            start = n
            continue
        possessive = _POSSESSIVE.search(word)
        if tokens[start].casefold().split("-")[0] in _OPENERS and not possessive:
            break
        lower = word[:1].islower() and word.casefold() not in QUALIFIERS
        if (lower and _verb_after(tokens, n)) or not _qualifies(word, n == first - 1):
            break
        if possessive and (word[:1].islower() or word.rstrip("’'")[:-2].casefold() in _TIMES):
            break  # "the site's founder", "last year's nominee": whose is said elsewhere
        start, owner = n, bool(possessive)
    return start
