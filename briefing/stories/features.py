"""What code compares to tell whether two articles report one event: their content words,
the names they mention and the figures they give, each channel weighted by TF-IDF over the
day's articles so that words every report uses ("said", "government") count for little.

The channels are normalised separately and then weighted, so a long article's many words
cannot drown the few names and figures that tell two events with the same actors apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from briefing.articles import STOP_WORDS, Article, names, stem, strip_accents, without_dateline

_WORD = re.compile(r"[^\W\d_]{4,}")
# Years and small numbers are said of every event; a figure that tells events apart has
# a unit or several digits.
_FIGURE = re.compile(r"\b\d[\d,.]*\d(?:\s?%| ?(?:percent|million|billion|euros?|dollars?))?")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
BACKGROUND = 20


@dataclass(frozen=True)
class Weights:
    """How much each channel counts in the similarity (they are renormalised together)."""

    words: float = 1.0
    names: float = 1.0
    figures: float = 0.5
    title: float = 2.0
    lead: float = 1.5
    lead_words: int = 60


def words(article: Article, title_weight: int) -> list[str]:
    """Stemmed content words, the title's repeated ``title_weight`` times."""
    # Every story one agency files on a day shares its dateline: it is left out.
    body_words = _WORD.findall(strip_accents(without_dateline(article.text)).casefold())
    head = _WORD.findall(strip_accents(article.title).casefold()) * title_weight
    return [stem(w) for w in (*body_words, *head) if w not in STOP_WORDS]


def lead(article: Article, size: int) -> list[str]:
    """Stemmed content words of the title and the article's first ``size`` words: in the
    inverted pyramid, the news itself, where background is shared by every report on the
    same people."""
    body = _WORD.findall(strip_accents(without_dateline(article.text)).casefold())[:size]
    head = _WORD.findall(strip_accents(article.title).casefold())
    return [stem(w) for w in (*head, *body) if w not in STOP_WORDS]


def figures(article: Article) -> list[str]:
    """Figures as written, without separators, years left out."""
    found = (
        m.group().replace(",", "").rstrip(".")
        for m in _FIGURE.finditer(without_dateline(article.text))
    )
    return [f for f in found if not _YEAR.match(f)]


def _tfidf(documents: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Rows of sublinear TF-IDF, L2-normalised (an all-zero row stays zero).

    scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` formula, written out: importing
    scikit-learn takes longer (0.7 s) than briefing a day of replayed stories.
    """
    vocabulary = {term: i for i, term in enumerate(sorted({t for d in documents for t in d}))}
    if not vocabulary:
        return sparse.csr_matrix((len(documents), 1))
    rows, cols, counts = [], [], []
    for row, document in enumerate(documents):
        for term, count in Counter(document).items():
            rows.append(row)
            cols.append(vocabulary[term])
            counts.append(count)
    tf = sparse.csr_matrix(
        (1.0 + np.log(np.array(counts, dtype=np.float64)), (rows, cols)),
        shape=(len(documents), len(vocabulary)),
    )
    # Empty pseudo-documents stand for the rest of a day's news: on a day of five reports
    # on one event, the event's own words are in every article and would otherwise weigh
    # nothing, so the same five articles would split or join depending on what else came in.
    n = len(documents) + BACKGROUND
    df = np.bincount(cols, minlength=len(vocabulary))
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0  # smoothed, as scikit-learn's default
    weighted = tf @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1))).ravel()
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ weighted)


def similarity(articles: Sequence[Article], weights: Weights) -> npt.NDArray[np.float64]:
    """Cosine similarity of every pair of articles over the weighted channels."""
    channels = [
        (weights.words, [words(a, int(weights.title)) for a in articles]),
        (weights.names, [sorted(names(without_dateline(a.text))) for a in articles]),
        (weights.figures, [figures(a) for a in articles]),
        (weights.lead, [lead(a, weights.lead_words) for a in articles]),
    ]
    blocks = [_tfidf(docs) * np.sqrt(w) for w, docs in channels if w > 0]
    matrix = sparse.hstack(blocks).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    norms[norms == 0] = 1.0
    unit = sparse.diags(1.0 / norms) @ matrix
    return np.asarray((unit @ unit.T).todense(), dtype=np.float64)
