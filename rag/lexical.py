"""Tokenisation for the lexical (BM25) leg: lower-case words, Snowball-stemmed.

Russian Snowball handles Russian; Snowball has no Ukrainian stemmer, so Ukrainian words get
the Russian stemmer too (the languages share most inflection endings), which is measurably
better than no stemming at all for Ukrainian. Latin words use the English stemmer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .language import CYRILLIC

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmers():
    import Stemmer

    return Stemmer.Stemmer("russian"), Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    ru, en = _stemmers()
    out = []
    for w in _WORD.findall(text.lower().replace("ё", "е")):
        out.append(ru.stemWord(w) if CYRILLIC.search(w) else en.stemWord(w))
    return out


def fts_term(stem: str) -> str:
    """One quoted FTS5 term."""
    return '"' + stem.replace('"', '""') + '"'


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression OR-ing the quoted stems of `text` (None if no words). The store
    searches only the rarer ones (store.MAX_POSTINGS); bench_index_scale.py times this one too."""
    terms = sorted(set(tokenize(text)))
    if not terms:
        return None
    return " OR ".join(fts_term(t) for t in terms)
