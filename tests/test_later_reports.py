"""A later article on the subject of a "when" question is quoted after the answer (later_reports.py)."""

import datetime as dt

from rag.extractive import EvidenceSentence
from rag.later_reports import later_report, latest_only, latest_year_reader, report_text, through_asked_event
from rag.question_names import question_names
from rag.question_time import asks_about_now
from rag.types import Citation

ARTICLES = {
    "old.txt": "Миссия НАТО в Ираке закрыта 31 декабря 2011 года, когда блок объявил о завершении работы.",
    "new.txt": "НАТО поддерживает консультативную миссию в Ираке. Соглашение 2024 года предусматривает вывод.",
    "dated.txt": "В Ираке работает миссия НАТО, сообщили дипломаты.",
    "other.txt": "НАТО провело учения в Польше в 2025 году.",
    "timeless.txt": "Миссия НАТО в Ираке закрыта, когда блок объявил о завершении работы.",
}
DATES = {"dated.txt": dt.date(2026, 2, 12)}
QUESTION = "When did the NATO Iraq mission close?"
YEARS = latest_year_reader(ARTICLES.get)


def _passages(*sources: str) -> list[Citation]:
    return [Citation(source=s, title="", date=DATES.get(s), language="ru", snippet=ARTICLES[s], start=0,
                     end=len(ARTICLES[s]), score=1.0) for s in sources]


def _s(passages: list[Citation], i: int, score: float) -> EvidenceSentence:
    text = passages[i].snippet.split(". ")[0]
    return EvidenceSentence(passage=i, start=0, end=len(text), text=text, score=score)


def _share(prefixes: tuple[str, ...]) -> float:
    """NATO is in 3 of 4 chunks of this made-up collection, every other name in fewer than half."""
    return 0.75 if "нат" in prefixes else 0.25


def _later(question: str, passages: list[Citation], ranked: list[EvidenceSentence], bar: float = 0.8):
    return later_report(question, question_names(question), ranked, passages, ranked[:1], lambda _: bar,
                        YEARS, _share)


def test_a_later_article_naming_the_questions_names_is_quoted_for_a_when_question():
    ps = _passages("old.txt", "other.txt", "new.txt")
    ranked = [_s(ps, 0, 0.86), _s(ps, 1, 0.83), _s(ps, 2, 0.81)]
    # other.txt is later (2025) but does not name Iraq; new.txt (latest year 2024 > 2011) does
    assert _later(QUESTION, ps, ranked) == ranked[2]
    text = report_text(ranked[2], ps, YEARS, "en", 2)
    assert text == "Another article (date unknown, latest year mentioned 2024) says: «НАТО поддерживает " \
                   "консультативную миссию в Ираке» [2]"
    assert "(2026-02-12)" in report_text(_s(_passages("dated.txt"), 0, 0.8), _passages("dated.txt"),
                                         YEARS, "ru", 3)


def test_no_later_report_when_the_question_the_time_or_the_score_does_not_call_for_one():
    ps = _passages("old.txt", "new.txt")
    ranked = [_s(ps, 0, 0.86), _s(ps, 1, 0.81)]
    assert _later("What did NATO do in Iraq?", ps, ranked) is None  # no date asked
    # the only name is one most chunks hold: a later story naming NATO is not on the subject
    assert _later("When was NATO founded?", ps, ranked) is None
    assert _later(QUESTION, ps, ranked, bar=0.82) is None  # under the evidence threshold
    newer_first = [_s(ps, 1, 0.86), _s(ps, 0, 0.81)]
    assert _later(QUESTION, ps, newer_first) is None  # the quoted article is the later one
    ps = _passages("timeless.txt", "new.txt")
    # the quoted article states no year: nothing is known to be later than it
    assert _later(QUESTION, ps, [_s(ps, 0, 0.86), _s(ps, 1, 0.81)]) is None


def test_a_question_about_now_is_quoted_from_the_latest_article():
    ps = _passages("old.txt", "new.txt", "dated.txt")
    ranked = [_s(ps, 0, 0.86), _s(ps, 1, 0.85), _s(ps, 2, 0.70)]
    # old.txt (2011) and new.txt (2024) would both be quoted: only the later one stays, and an
    # article later still that would not have been quoted (dated.txt, 2026) is not dropped
    assert latest_only(ranked, ps, ranked[:2], YEARS) == ranked[1:]
    assert latest_only(ranked, ps, ranked[:1], YEARS) == ranked  # one article: nothing to choose
    assert asks_about_now("Действует ли сейчас миссия НАТО в Ираке?") and asks_about_now("Who commands KFOR now?")
    assert asks_about_now("Скільки військових зараз налічує місія?") and not asks_about_now("Who commanded KFOR?")
    # a "now" question gets the later article after its quotes, as a "when" question does
    assert _later("Is the NATO mission in Iraq still running?", ps[:2], ranked[:2]) == ranked[1]


STORY = ("НАТО поддерживает консультативную миссию в Ираке. Операция была начата в 2018 году.\n\n"
         "Вашингтон попросил союзников завершить эту миссию уже в сентябре. Запрос встретил сопротивление.")


def test_a_later_report_runs_on_to_the_sentence_telling_the_asked_event():
    ps = [Citation(source="story.txt", title="", date=None, language="ru", snippet=STORY, start=0, end=len(STORY),
                   score=1.0)]
    first = STORY.split(". ")[0] + "."
    s = EvidenceSentence(passage=0, start=0, end=len(first), text=first, score=0.8)
    read = {"story.txt": STORY}.get
    # "close": the end two sentences on, with its month, across the paragraph break, one exact span
    longer = through_asked_event(s, QUESTION, ps, read)
    assert longer.start == 0 and STORY[: longer.end] == longer.text and longer.text.endswith("в сентябре.")
    assert "Операция была начата" in longer.text
    # "start": the next sentence tells it; no asked event, or none within reach: unchanged
    assert through_asked_event(s, "When did the NATO Iraq mission start?", ps, read).text.endswith("2018 году.")
    assert through_asked_event(s, "When was the NATO Iraq mission in the news?", ps, read) == s
    assert through_asked_event(s, "When did the NATO Iraq mission grow?", ps, read) == s
    assert report_text(longer, ps, YEARS, "en", 2).count("\n") == 0  # quoted on one line


def test_the_names_may_be_in_the_sentences_the_later_report_runs_on_to():
    # "Washington" is named only in the sentence that tells the end the question asks about
    story = {**ARTICLES, "story.txt": STORY}
    ps = [Citation(source=src, title="", date=None, language="ru", snippet=story[src], start=0,
                   end=len(story[src]), score=1.0) for src in ("old.txt", "story.txt")]
    ranked = [_s(ps, 0, 0.86), _s(ps, 1, 0.81)]
    question = "By when has Washington asked NATO allies to end the Iraq mission?"
    years = latest_year_reader(story.get)
    args = (question, question_names(question), ranked, ps, ranked[:1], lambda _: 0.8, years, _share)
    assert later_report(*args) is None  # the sentence alone does not name Washington
    later = later_report(*args, read=story.get)
    assert later is not None and later.text.startswith("НАТО поддерживает") and later.text.endswith("в сентябре.")
