"""Questions about the collection itself ("What are these articles about?", "О чём эти статьи?").

Such a question names no subject, so retrieval returns whatever is closest to "articles", and the
quotes read as noise ("Об этом изданию Politico сообщили четыре дипломата НАТО…" answered "What
are these articles about?"). It is answered with an overview instead: how many articles the
collection holds, and the newest of them (at most MAX_LISTED), each with its title and date and
a citation of its opening, headline highlighted. An undated article is placed by the latest year
its text states, as elsewhere (later_reports.written). The store reads its date index, so the
overview costs the same at 100,000 articles.

The wording is matched narrowly ("summarize the articles", "про що ці статті"), since "статьи" are
also a treaty's articles: "Какие статьи договора…?" is a question about the articles' content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .answer_texts import OVERVIEW_TEXT, VAGUE_TEXT
from .chunking import sentence_spans
from .extractive import article_label, in_quotes
from .later_reports import with_latest_year, written
from .types import Citation

MAX_LISTED = 10
MAX_LABEL_CHARS = 120  # an untitled article is named by its opening sentence, cut to this

_THE = r"(?:all |all of |of )?(?:the |these |those |this |my )?"
_ASKS = re.compile(
    rf"\bwhat (?:are|is) {_THE}(?:articles?|news|stories|texts|documents|files|collection|corpus) about\b|"
    rf"\b(?:summari[sz]e|summary of|overview of|list|show me) {_THE}(?:articles|news|stories|documents|collection)\b|"
    r"\bwhat(?:'s| is) in (?:the|this|my) (?:collection|corpus|index)\b|"
    r"\b(?:what|which) (?:articles|news|documents) (?:are there|do you have)\b|"
    r"\bhow many (?:articles|documents|news stories) (?:are there|do you have|are in)\b|"
    r"\bо ч[её]м (?:эти |все |мои )?(?:статьи|новости|тексты|материалы|документы)\b|"
    r"\b(?:перескажи|резюмируй|подытожь|обобщи|перечисли|покажи)\w* (?:мне )?(?:все |эти )?"
    r"(?:статьи|новости|материалы)\b|"
    r"\bкакие (?:статьи|новости|материалы) (?:есть|у тебя|в коллекции|загружены)\b|"
    r"\bсколько (?:всего )?(?:статей|новостей|материалов) (?:в коллекции|у тебя|загружено|всего)\b|"
    r"\bпро що (?:ці |всі |мої )?(?:статті|новини|тексти|матеріали|документи)\b|"
    r"\b(?:перекажи|підсумуй|узагальни|перелічи|покажи)\w* (?:мені )?(?:всі |ці )?(?:статті|новини|матеріали)\b|"
    r"\bякі (?:статті|новини|матеріали) (?:є|у тебе|в колекції|у колекції|завантажені)\b|"
    r"\bскільки (?:всього )?(?:статей|новин|матеріалів) (?:в колекції|у колекції|у тебе|завантажено|всього)\b|"
    # the newest news, on no subject ("…about X" is a listing: article_listing.py)
    r"\b(?:latest|most recent|newest) (?:news|articles|stories)\s*\??\s*$|\bwhat(?:'s| is) new\s*\??\s*$|"
    r"\bпоследние (?:новости|статьи)\s*\??\s*$|\bчто нового\s*\??\s*$|"
    r"\bостанні (?:новини|статті)\s*\??\s*$|\bщо нового\s*\??\s*$",
    re.IGNORECASE)


def asks_about_the_collection(question: str) -> bool:
    return bool(_ASKS.search(question))


def _opening(c: Citation) -> Citation:
    """The article's first chunk with its headline (or first sentence) highlighted."""
    title = (c.title or "").strip()
    if title and c.snippet.startswith(title):
        return replace(c, highlight=(c.start, c.start + len(title)))
    spans = sentence_spans(c.snippet)
    return replace(c, highlight=(c.start + spans[0][0], c.start + spans[0][1])) if spans else c


def collection_overview(newest: list[Citation], total: int, language: str,
                        latest_year: Callable[[str], int | None]) -> tuple[str, list[Citation]]:
    """(text, citations): the article count, then the newest articles' titles and dates, [n] each."""
    listed = sorted(newest, key=lambda c: written(c, latest_year) or (0, 0, 0), reverse=True)
    listed = [_opening(with_latest_year(c, latest_year)) for c in listed]
    head, some = OVERVIEW_TEXT.get(language, OVERVIEW_TEXT["en"])
    lines = [f"{in_quotes(article_label(c, MAX_LABEL_CHARS))} ({c.date_label(language)}) [{n}]"
             for n, c in enumerate(listed, 1)]
    text = head.format(total) + (" " + some.format(len(listed)) if len(listed) < total else "")
    return "\n".join([text, *lines, "", VAGUE_TEXT.get(language, VAGUE_TEXT["en"])]), listed
