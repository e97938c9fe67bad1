"""Stage 1: read article files, take their metadata and clean their text."""

from briefing.articles.coverage import SentenceIndex
from briefing.articles.dates import (
    DAYS_AND_MONTHS,
    MONTH_ABBREVIATIONS,
    MONTH_WORD,
    MONTHS,
    WEEKDAYS,
    month_number,
    stated_dates,
    years_around,
)
from briefing.articles.duplicates import (
    QUOTED,
    DuplicateGroup,
    copied_share,
    near_duplicate_groups,
    rewrite_pairs,
    rewrites_of,
)
from briefing.articles.entities import Entities, fold
from briefing.articles.kind import WEAK_KINDS, source_kind
from briefing.articles.loader import LoadResult, load_articles, page_front_matter
from briefing.articles.marks import closed, nested
from briefing.articles.model import Article, RemovedLine
from briefing.articles.outlet import DATELINE, find_dateline, without_dateline
from briefing.articles.page import MIN_ARTICLE_WORDS, Page, read_page
from briefing.articles.sentences import ABBREVIATION, Sentence, Span, overlapping, split
from briefing.articles.usable import load_usable
from briefing.articles.verbs import past_lemma, verb_form, verb_lemma
from briefing.articles.words import (
    SENTENCE_END,
    STOP_WORDS,
    first_sentences,
    names,
    overlap,
    stem,
    stems,
    strip_accents,
)

__all__ = [
    "ABBREVIATION",
    "DATELINE",
    "DAYS_AND_MONTHS",
    "MIN_ARTICLE_WORDS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_WORD",
    "QUOTED",
    "SENTENCE_END",
    "STOP_WORDS",
    "WEAK_KINDS",
    "WEEKDAYS",
    "Article",
    "DuplicateGroup",
    "Entities",
    "LoadResult",
    "Page",
    "RemovedLine",
    "Sentence",
    "SentenceIndex",
    "Span",
    "closed",
    "copied_share",
    "find_dateline",
    "first_sentences",
    "fold",
    "load_articles",
    "load_usable",
    "month_number",
    "names",
    "near_duplicate_groups",
    "nested",
    "overlap",
    "overlapping",
    "page_front_matter",
    "past_lemma",
    "read_page",
    "rewrite_pairs",
    "rewrites_of",
    "source_kind",
    "split",
    "stated_dates",
    "stem",
    "stems",
    "strip_accents",
    "verb_form",
    "verb_lemma",
    "without_dateline",
    "years_around",
]
