"""Verb forms as news reports write them: which words are a verb's past, and its lemma.

The dispute detectors compare what one report expects ("is scheduled to begin questioning
witnesses") with what a later one says was done ("began questioning witnesses"). A stemmer
cannot do that for irregular verbs (began, met, held, overrode), so the forms come from
lemminflect's English tables, which ship with the package (nothing is downloaded). It is
imported on first use: it brings in numpy, which reading a brief's models does not need.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from types import ModuleType

_PAST_TAGS = ("VBD", "VBN")


@functools.cache
def _tables() -> ModuleType:
    return importlib.import_module("lemminflect")


def _lemmas(word: str) -> tuple[str, ...]:
    get: Callable[..., dict[str, tuple[str, ...]]] = _tables().getAllLemmas
    return tuple(get(word, upos="VERB").get("VERB", ()))


@functools.lru_cache(maxsize=8192)
def past_lemma(word: str) -> str | None:
    """The verb a folded word is the simple past or past participle of ("began" ->
    "begin", "voted" -> "vote"); None when it is no verb's past ("table", "begin")."""
    inflect: Callable[[str, str], tuple[str, ...]] = _tables().getInflection
    for lemma in _lemmas(word):
        if any(word in inflect(lemma, tag) for tag in _PAST_TAGS):
            return lemma
    return None


@functools.lru_cache(maxsize=8192)
def verb_lemma(word: str) -> str:
    """A folded verb form's lemma ("hearing" -> "hear"); the word itself when none is
    known."""
    lemmas = _lemmas(word)
    return lemmas[0] if lemmas else word


@functools.lru_cache(maxsize=8192)
def verb_form(word: str) -> bool:
    """Whether a folded word is some verb's form ("opposes", "claimed", "state"); "days",
    "after" and "election" are none."""
    return bool(_lemmas(word))
