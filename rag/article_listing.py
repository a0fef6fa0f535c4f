"""Requests for the articles on a subject ("Which articles mention Stoltenberg?", "В каких статьях
упоминается Песков?", "List the articles about Iraq"), and for a summary of them ("Summarize the
article about the Brussels talks", «О чём статья про Казахстан и Армению?»).

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

A summary request lists the same articles, each with its lead instead (`article_lead`: the opening
sentences after the headline, where news say what the story is). Asked as questions, such requests
had been refused (the Ukrainian article's cosines with «О чём статья про Казахстан и Армению?» are
under the bar) or answered with two sentences on the subject. No generated summary: the small models
here get facts wrong (docs/models.md), and the lead is the article's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .answer_texts import LISTING_TEXT, SUMMARY_TEXT, UNTITLED_TEXT
from .chunking import headline_length, sentence_spans
from .extractive import (
    MIN_EVIDENCE_CHARS,
    EvidenceSentence,
    cut_at_word,
    in_quotes,
    passage_citation,
    quotable,
    refers_back,
)
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
# A summary's lead: the first sentences after the headline, one exact span
MAX_LEAD_SENTENCES = 2
MAX_LEAD_CHARS = 400
TITLE_ECHO_CHARS = 30  # a sentence opening with this much of the headline repeats it

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
_ARTICLE_EN = r"(?:the |this |that )?(?:articles?|stor(?:y|ies)|reports?|news|pieces?)"
_SUMMARIES = [re.compile(p, re.IGNORECASE) for p in (
    r"\b(?:summari[sz]e|sum up|(?:a |the )?(?:summary|gist|overview) of|brief me on|recap) " + _ARTICLE_EN
    + r" (?:about|on|regarding|concerning|covering)\s+" + _SUBJECT,
    # "What is the article about X about?", "What does the article on X say?"
    r"\bwhat (?:is|are|does|do) " + _ARTICLE_EN + r" (?:about|on)\s+(?P<subject>.+?)\s+(?:about|say|report)\s*\??\s*$",
    r"\bо ч[её]м (?:эта |та )?(?:статья|статьи|новость|новости|материал|заметка) (?:про|о|об|по)\s+" + _SUBJECT,
    r"\b(?:перескажи|резюмируй|изложи|опиши|подытожь)\w*(?: мне)?(?: кратко| коротко| вкратце)? (?:статью|статьи|"
    r"новость|новости|материал) (?:про|о|об|по)\s+" + _SUBJECT,
    r"\b(?:краткое содержание|кратко о|коротко о|суть) (?:статьи|статей|новости|материала) (?:про|о|об|по)\s+"
    + _SUBJECT,
    r"\bпро що (?:ця |та )?(?:стаття|статті|новина|новини|матеріал) (?:про|щодо)\s+" + _SUBJECT,
    r"\b(?:перекажи|підсумуй|виклади|опиши)\w*(?: мені)?(?: коротко| стисло)? (?:статтю|статті|новину|новини|"
    r"матеріал) (?:про|щодо)\s+" + _SUBJECT,
    r"\b(?:короткий зміст|коротко про|суть) (?:статті|статей|новини|матеріалу) (?:про|щодо)\s+" + _SUBJECT,
)]


def listing_subject(question: str, patterns: list[re.Pattern] = _REQUESTS) -> str | None:
    """The subject of a request for the articles on it ("Stoltenberg", "Песков"), else None."""
    for pattern in patterns:
        if m := pattern.search(question.strip()):
            return m.group("subject").strip(" .,:;«»\"'“”")
    return None


def summary_request(question: str, standalone: str) -> tuple[str, list[tuple[str, ...]]] | None:
    """(subject, its names) of a request for a summary of the articles on a subject, else None."""
    return listing_request(question, standalone, _SUMMARIES)


def listing_request(question: str, standalone: str, patterns: list[re.Pattern] = _REQUESTS
                    ) -> tuple[str, list[tuple[str, ...]]] | None:
    """(subject, its names) of a request for the articles on a subject, else None. A follow-up's
    pronoun ("Which articles mention him?" after "Who is Curtis Scaparrotti?") stands for the names
    of the question it follows (`standalone` holds it)."""
    subject = listing_subject(question, patterns)
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
                    indexed_all: bool | None = None, leads: bool = False) -> tuple[str, list[Citation]] | None:
    """(text, citations) listing the passages' articles on the subject, newest first, each with the
    sentence showing it (its first naming every name, else its best), or with `leads` its lead
    (`article_lead`); None if there are none. `indexed_all` says whether the passages include every
    article the index finds naming the name."""
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
    if leads:
        listed = [article_lead(c, read) for c in listed]
    texts = SUMMARY_TEXT if leads else LISTING_TEXT
    head, at_least, some = texts.get(language, texts["en"])
    # `indexed_all`: the index returned every article naming the name (True) or the newest only (False);
    # without it, more may lie beyond the passages read when every candidate qualified and they ran out
    more = not indexed_all if indexed_all is not None else (len(on_subject) == len(shown)
                                                             and len(passages) >= LISTING_PASSAGES)
    lines = [head.format(subject, at_least.format(len(on_subject)) if more else len(on_subject))
             + (" " + some.format(len(listed)) if len(listed) < len(on_subject) else "")]
    for n, c in enumerate(listed, 1):
        name = None if leads and not c.title else _name(c, read)
        label = UNTITLED_TEXT.get(language, UNTITLED_TEXT["en"]) if name is None else in_quotes(name)
        # a lead running over a paragraph break (a subtitle, then the first paragraph) is quoted piece by piece:
        # joined, «…для России В штаб-квартире…» read as one sentence
        pieces = ([cut_at_word(p, MAX_LEAD_CHARS) for p in c.highlighted.split("\n") if p.strip()] if leads
                  else [cut_at_word(c.highlighted, MAX_QUOTE_CHARS)])
        quoted = " ".join(in_quotes(p) for p in pieces)
        lines.append(f"{label} ({c.date_label(language)}): {quoted} [{n}]")
    return "\n".join(lines), listed


def article_lead(c: Citation, read: Callable[[str], str | None]) -> Citation:
    """`c` as the article's lead: its first sentences after the headline (not a repeat of it, a dateline
    or a photo credit), at most MAX_LEAD_SENTENCES and MAX_LEAD_CHARS, highlighted as one exact span;
    `c` itself if the article cannot be read."""
    text = read(c.source)
    if not text:
        return c
    title = " ".join((c.title or "").split())
    picked: list[tuple[int, int]] = []
    for start, end in sentence_spans(text, headline_length(c.title, text)):
        sentence = " ".join(text[start:end].split())
        short = len(sentence) < MIN_EVIDENCE_CHARS
        if not picked:
            if short or (title and sentence[:TITLE_ECHO_CHARS] in title):
                continue
        elif short or end - picked[0][0] > MAX_LEAD_CHARS:
            break
        picked.append((start, end))
        if len(picked) == MAX_LEAD_SENTENCES:
            break
    if not picked:
        return c
    start, end = picked[0][0], picked[-1][1]
    return replace(c, start=start, end=end, snippet=text[start:end], highlight=(start, end))


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
