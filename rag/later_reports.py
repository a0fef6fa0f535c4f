"""Time in the answer: a later article after a "when" answer; the latest article for "now".

A news collection holds stories on one subject written years apart. An undated analysis says
NATO closed its Iraq training mission on 31 December 2011; a 2026 story says NATO's advisory
mission in Iraq is still running. "When did the NATO Iraq mission close?" is answered from the
first, and a reader who stops there is misled: the second is what a careful answer adds, dated.

The two sentences are not close enough in score to be quoted side by side (choose_evidence): the
closure sentence is the better answer by 0.05 of cosine, and noise sits as close as that on many
questions. What marks the case is time and subject. For a date question, the best sentence (on
cosine) of an article that is not quoted is added when
- the article is later than every quoted one: its date, or for an undated article the latest year
  its text states (dates.latest_year_mentioned), is later than theirs;
- the sentence clears the evidence threshold, as "also relevant" articles must;
- when the question asks about a start or an end (question_events.py) and that sentence does not
  tell it, the quote runs on through the next sentence or two of the article when one of them
  does, with a time (`through_asked_event`): the 2026 story's sentence naming NATO and Iraq is
  followed, two sentences on, by "Вашингтон попросил союзников завершить эту миссию уже в сентябре"
  (since session 18 a "when" answer's own quotes run on the same way: Assistant._quoted_answer);
- the quote names every name the question names (question_names.py, across scripts), one of
  them a name at most half the collection's chunks hold (the lexical leg ignores words more
  common than that), so it is about the same subject, not merely about NATO.
A question about how things stand now ("Действует ли сейчас миссия НАТО в Ираке?",
question_time.py) gets the same addition, and its quotes come from the latest of the articles
they would be taken from (`latest_only`): the 2011 closure is not quoted beside the 2026 story.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

from .answer_lead import mentions_a_time
from .answer_texts import INTRO
from .answer_types import DATE, expected_answer_type
from .dates import latest_year_mentioned
from .extractive import EvidenceSentence, article_holding, in_quotes, through_first
from .question_events import asked_event, events
from .question_names import names_mentioned
from .question_time import asks_about_now
from .store import COMMON_SHARE
from .types import Citation


def latest_year_reader(read: Callable[[str], str | None]) -> Callable[[str], int | None]:
    """source → the latest year its text states (dates.latest_year_mentioned), computed once per
    source: the rules below and the citations ask about the same few articles many times."""
    @functools.cache
    def latest_year(source: str) -> int | None:
        text = read(source)
        return latest_year_mentioned(text) if text is not None else None
    return latest_year


def with_latest_year(c: Citation, latest_year: Callable[[str], int | None]) -> Citation:
    """An undated article's citation with the latest year its text states (Citation.latest_year)."""
    return c if c.date is not None else replace(c, latest_year=latest_year(c.source))


def article_year(p: Citation, latest_year: Callable[[str], int | None]) -> int | None:
    """The article's year: its date's, or for an undated article the latest year its text states."""
    return p.date.year if p.date is not None else latest_year(p.source)


def written(p: Citation, latest_year: Callable[[str], int | None]) -> tuple[int, int, int] | None:
    """When the article was written, at the latest reading: its date, or for an undated article
    the end of the latest year its text states (answer_lead.date_lead)."""
    if p.date is not None:
        return p.date.year, p.date.month, p.date.day
    year = latest_year(p.source)
    return (year, 12, 31) if year is not None else None


def latest_only(ranked: list[EvidenceSentence], passages: list[Citation], chosen: list[EvidenceSentence],
                latest_year: Callable[[str], int | None]) -> list[EvidenceSentence]:
    """`ranked` without the sentences of articles older than the latest one among `chosen` (the
    sentences that would be quoted); articles of unknown time stay."""
    times = {passages[s.passage].source: written(passages[s.passage], latest_year) for s in chosen}
    if None in times.values() or len(set(times.values())) < 2:
        return ranked
    latest = max(times.values())
    return [s for s in ranked
            if (t := written(passages[s.passage], latest_year)) is None or t >= latest]


EVENT_WITHIN = 2  # sentences after the later report's own that may tell the asked event


def through_asked_event(s: EvidenceSentence, question: str, passages: list[Citation],
                        read: Callable[[str], str | None]) -> EvidenceSentence:
    """`s` (a later report's sentence) quoted on, as one exact span of its article, through the
    first of the next EVENT_WITHIN sentences that tells the event the question asks about with a
    time, when `s` does not tell it itself; else `s` unchanged. The sentences between come too:
    they say what the later one refers to ("эту миссию")."""
    kind = asked_event(question)
    if kind is None or (kind in events(s.text) and mentions_a_time(s.text, question)):
        return s
    text = article_holding(s, passages, read)
    if text is None:
        return s
    # the next EVENT_WITHIN sentences lie within the rest of its paragraph and the EVENT_WITHIN after it
    rest = "\n\n".join(text[s.end:].split("\n\n", EVENT_WITHIN + 1)[:EVENT_WITHIN + 1])
    return through_first(s, text, rest, EVENT_WITHIN,
                         lambda sentence: kind in events(sentence) and mentions_a_time(sentence, question))


def later_report(question: str, names: list[tuple[str, ...]], ranked: list[EvidenceSentence],
                 passages: list[Citation], quoted: list[EvidenceSentence], min_score: Callable[[str], float],
                 latest_year: Callable[[str], int | None], chunk_share: Callable[[tuple[str, ...]], float],
                 read: Callable[[str], str | None] | None = None) -> EvidenceSentence | None:
    """The sentence to add after the quotes (see the module docstring), or None. `ranked` is on
    cosine, best first; `names` are the question's (question_names); `chunk_share(prefixes)` is
    the share of chunks naming a name (Store.prefix_chunk_share). With `read` (source → article
    text) the sentence is quoted on through the asked event (`through_asked_event`), and the names
    are looked for in all that is quoted."""
    if not quoted or not names or (expected_answer_type(question) != DATE and not asks_about_now(question)):
        return None
    years = [article_year(passages[s.passage], latest_year) for s in quoted]
    if any(y is None for y in years):  # an article of unknown time: nothing is known to be later
        return None
    latest = max(years)
    # a name most of the collection mentions ("NATO" here) does not tell one subject from another:
    # "When was NATO founded?" is not about every later story that names NATO
    if all(chunk_share(forms) > COMMON_SHARE for forms in names):
        return None
    seen = {passages[s.passage].source for s in quoted}
    for s in ranked:
        p = passages[s.passage]
        if p.source in seen:
            continue
        seen.add(p.source)  # an article's best sentence speaks for it
        year = article_year(p, latest_year)
        if year is None or year <= latest or s.score < min_score(p.language):
            continue
        quoted_on = s if read is None else through_asked_event(s, question, passages, read)
        if names_mentioned(quoted_on.text, names) == len(names):
            return quoted_on
    return None


def report_text(s: EvidenceSentence, passages: list[Citation], latest_year: Callable[[str], int | None],
                language: str, marker: int) -> str:
    """'Another article (2026-02-12) says: «…» [marker]' in the question's language."""
    when = with_latest_year(passages[s.passage], latest_year).date_label(language)
    return f"{INTRO.get(language, INTRO['en']).format(when)} {in_quotes(s.text)} [{marker}]"


def with_report(text: str, quoted: list[EvidenceSentence], later: EvidenceSentence | None, passages: list[Citation],
                latest_year: Callable[[str], int | None], language: str) -> tuple[str, list[EvidenceSentence]]:
    """The answer text and quoted sentences with `later` (if any) quoted after them as [n + 1], in
    a paragraph of its own: it is another article's account, read apart from the answer."""
    if later is None:
        return text, quoted
    return f"{text}\n\n{report_text(later, passages, latest_year, language, len(quoted) + 1)}", [*quoted, later]
