"""Requests for the articles on a subject ("Which articles mention Stoltenberg?", "В каких статьях
упоминается Песков?", "List the articles about Iraq").

An analyst asks these to see what the collection holds on a person or a story before asking about
it. Quoted as a question they were answered with one sentence ("Which articles mention
Stoltenberg?" quoted a sentence about the Iraq mission), and "List the articles about Iraq" got the
whole collection's overview. They are answered with a list instead: each article on the subject,
newest first, with its title and date and the sentence that shows it is on the subject, cited.

An article is on the subject when it mentions every name the request names (names as in
question_names.py, places in every language as in question_terms.py), read in the whole article;
a subject without names ("the Iraq mission") needs a sentence that clears the evidence threshold.
The candidates are the retrieved passages' articles (LISTING_PASSAGES) and, for a name, the newest
articles the index finds naming it (NEWEST_MENTIONS; not for a name in more than 5% of the chunks),
so the work per request stays bounded; the count says "at least" when more may exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .answer_texts import LISTING_TEXT, UNTITLED_TEXT
from .chunking import sentence_spans
from .extractive import EvidenceSentence, cut_at_word, in_quotes, passage_citation, quotable, refers_back
from .later_reports import with_latest_year, written
from .question_names import named_spellings, names_mentioned
from .types import Citation

# Passages retrieved for a listing: candidate articles come from these. benchmarks/bench_listing.py
# (XQuAD, 48 articles, 120 names per language): recall of the articles naming the name 0.721 /
# 0.917 / 0.975 (English requests) and 0.915 / 0.979 / 0.991 (Russian) at 40 / 100 / 200,
# precision 1.000 throughout, 30 / 48 / 71 ms per request (p50).
LISTING_PASSAGES = 200
# For a name, the newest articles naming it are also read from the index (Retriever.newest_mentions):
# ranked by similarity, the 200 passages need not hold the newest of thousands of articles.
NEWEST_MENTIONS = 20
MAX_LISTED_ARTICLES = 10
MAX_QUOTE_CHARS = 200
MAX_NAME_CHARS = 100

_SUBJECT = r"(?P<subject>[^?]+?)\s*\??\s*$"
_REQUESTS = [re.compile(p, re.IGNORECASE) for p in (
    r"\b(?:which|what) (?:articles|stories|news|reports|texts|documents) (?:mention|mentions|are about|is about|"
    r"talk about|discuss|cover|report on|deal with|write about|say anything about|refer to)\s+" + _SUBJECT,
    r"\b(?:list|show|find|give)(?: me)? (?:all |the |all the )?(?:articles|stories|news|reports|documents) "
    r"(?:about|on|mentioning|that mention|which mention|covering|with|referring to)\s+" + _SUBJECT,
    r"\bв каких (?:статьях|новостях|материалах|текстах) (?:упоминается|упоминаются|упомянут\w*|говорится|"
    r"пишут|пишется|идет речь|идёт речь|речь идет|речь идёт|сказано|рассказывается|есть)\s+(?:о |об |про )?"
    + _SUBJECT,
    r"\bкакие (?:статьи|новости|материалы|тексты) (?:упоминают\s+|рассказывают\s+(?:о|об|про)\s+|"
    r"пишут\s+(?:о|об|про)\s+|говорят\s+(?:о|об|про)\s+|(?:есть\s+|имеются\s+)?(?:о|об|про|по)\s+)" + _SUBJECT,
    # "are there articles about X?": the list answers it (an empty one says there are none)
    r"\b(?:are there|is there|do you have|have you got) (?:any )?(?:articles|stories|news|reports|texts) "
    r"(?:about|on|mentioning|that mention|covering|regarding|referring to)\s+" + _SUBJECT,
    r"\b(?:есть|имеются) ли (?:какие-(?:то|нибудь) )?(?:статьи|новости|материалы|тексты) (?:о|об|про|по|где "
    r"упоминается|с упоминанием)\s+" + _SUBJECT,
    r"\b(?:перечисли|покажи|найди|дай)\w* (?:мне )?(?:все )?(?:статьи|новости|материалы) (?:о|об|про|где "
    r"упоминается|с упоминанием)\s+" + _SUBJECT,
    r"\bв яких (?:статтях|новинах|матеріалах|текстах) (?:згадується|згадуються|згадано|йдеться|говориться|"
    r"пишуть|пишеться|розповідається|є)\s+(?:про )?" + _SUBJECT,
    r"\bякі (?:статті|новини|матеріали|тексти) (?:згадують\s+|розповідають\s+про\s+|пишуть\s+про\s+|"
    r"говорять\s+про\s+|(?:є\s+)?(?:про|щодо)\s+)" + _SUBJECT,
    r"\bчи є (?:якісь )?(?:статті|новини|матеріали|тексти) (?:про|щодо|де згадується|зі згадкою)\s+" + _SUBJECT,
    r"\b(?:перелічи|покажи|знайди|дай)\w* (?:мені )?(?:всі )?(?:статті|новини|матеріали) (?:про|де "
    r"згадується|зі згадкою)\s+" + _SUBJECT,
    # "the latest news about X": the same list, which is newest first anyway
    r"\b(?:latest|most recent|newest|recent) (?:news|articles|stories|reports) (?:about|on|regarding)\s+" + _SUBJECT,
    r"\bпоследние (?:новости|статьи|материалы) (?:о|об|про|по)\s+" + _SUBJECT,
    r"\bчто нового (?:о|об|про|по)\s+" + _SUBJECT,
    r"\bостанні (?:новини|статті|матеріали) (?:про|щодо)\s+" + _SUBJECT,
    r"\bщо нового (?:про|щодо)\s+" + _SUBJECT,
)]


def listing_subject(question: str) -> str | None:
    """The subject of a request for the articles on it ("Stoltenberg", "Песков"), else None."""
    for pattern in _REQUESTS:
        if m := pattern.search(question.strip()):
            return m.group("subject").strip(" .,:;«»\"'“”")
    return None


def listing_request(question: str, standalone: str) -> tuple[str, list[tuple[str, ...]]] | None:
    """(subject, its names) of a request for the articles on a subject, else None. A follow-up's
    pronoun ("Which articles mention him?" after "Who is Curtis Scaparrotti?") stands for the names
    of the question it follows (`standalone` holds it)."""
    subject = listing_subject(question)
    if subject is None:
        return None
    names = subject_names(question)
    if not names and standalone != question:
        named = named_spellings(standalone)
        if named:
            return " ".join(word for word, _, _ in named), [forms for _, forms, _ in named]
    return subject, names


def subject_names(question: str) -> list[tuple[str, ...]]:
    """Per name the request names, the word forms that count as mentioning it (a place's in every
    language). The first word of "Stoltenberg?" alone would not count as a name, so the whole
    request is read ("Which articles mention Stoltenberg?")."""
    return [forms for _, forms, _ in named_spellings(question)]


def article_listing(subject: str, names: list[tuple[str, ...]], ranked: list[EvidenceSentence],
                    passages: list[Citation], language: str, read: Callable[[str], str | None],
                    latest_year: Callable[[str], int | None], min_score: Callable[[str], float],
                    indexed_all: bool | None = None) -> tuple[str, list[Citation]] | None:
    """(text, citations) listing the passages' articles on the subject, newest first, each with the
    sentence showing it (its first naming every name, else its best); None if there are none.
    `indexed_all` says whether the passages include every article the index finds naming the name."""
    by_article: dict[str, list[EvidenceSentence]] = {}
    for s in [s for s in ranked if quotable(s)] or ranked:  # best first; no datelines or captions
        by_article.setdefault(passages[s.passage].source, []).append(s)
    shown: dict[str, EvidenceSentence] = {}
    for source, sentences in by_article.items():
        naming = [s for s in sentences if names and names_mentioned(s.text, names) == len(names)]
        # the headline is shown as the article's name already; a sentence leaning on the one before it
        # ("Об этом изданию Politico сообщили…") says little alone
        naming = [s for s in naming if s.text.strip() != (passages[s.passage].title or "").strip()] or naming
        naming = [s for s in naming if not refers_back(s.text)] or naming
        # the first sentence naming the subject (news name it in the lead, which says what the story is),
        # else the best one
        shown[source] = min(naming, key=lambda s: s.start) if naming else sentences[0]
    on_subject = []
    for source, s in shown.items():
        p = passages[s.passage]
        if names:
            if names_mentioned(read(source) or p.snippet, names) < len(names):
                continue
        elif s.score < min_score(p.language):
            continue
        on_subject.append(with_latest_year(passage_citation(s, passages), latest_year))
    if not on_subject:
        return None
    on_subject.sort(key=lambda c: written(c, latest_year) or (0, 0, 0), reverse=True)
    listed = on_subject[:MAX_LISTED_ARTICLES]
    head, at_least, some = LISTING_TEXT.get(language, LISTING_TEXT["en"])
    # `indexed_all`: the index returned every article naming the name (True) or the newest only (False);
    # without it, more may lie beyond the passages read when every candidate qualified and they ran out
    more = not indexed_all if indexed_all is not None else (len(on_subject) == len(shown)
                                                             and len(passages) >= LISTING_PASSAGES)
    lines = [head.format(subject, at_least.format(len(on_subject)) if more else len(on_subject))
             + (" " + some.format(len(listed)) if len(listed) < len(on_subject) else "")]
    for n, c in enumerate(listed, 1):
        quote = cut_at_word(c.highlighted, MAX_QUOTE_CHARS)
        name = _name(c, read)
        label = UNTITLED_TEXT.get(language, UNTITLED_TEXT["en"]) if name is None else in_quotes(name)
        lines.append(f"{label} ({c.date_label(language)}): {in_quotes(quote)} [{n}]")
    return "\n".join(lines), listed


def _name(c: Citation, read: Callable[[str], str | None]) -> str | None:
    """The article's title, or for an untitled one its opening sentence, cut at a word; None when that is
    the sentence shown (the list says "untitled"; its card gives the file name)."""
    text = c.title or ""
    if not text:
        article = read(c.source) or ""
        spans = sentence_spans(article)
        opening = spans[0] if spans else None
        if opening is None or opening == c.highlight:
            return None
        text = article[opening[0]:opening[1]]
    return cut_at_word(text, MAX_NAME_CHARS)
