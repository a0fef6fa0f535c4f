"""A short answer ahead of the quotes: the date a "when" question asks for, in the question's language.

A quoted answer is exact but long, and for an English question over Russian news it is in
Russian. When the question asks for a date and the quoted sentences hold exactly one date
expression it does not already state, that date is the answer: it leads the text, cited like
the quote ("31 December 2011 [1]. The articles say: «…31 декабря 2011 года…» [1]").

Written only when the reading is unambiguous: two dates, a range ("в марте — апреле 2003
года"), a bare month or a century beside the date, or a date the question itself states, and
there is no lead; the quotes alone answer, as before. So is a best quote that tells another
event than the one asked about (question_events.py: the closure, for "when did it start?").

"At what time…?" is led by the one time of day the best quote gives, with the city whose time it is
("14:30 Kyiv time", from «…назначен на 14.30 по Киеву…»: `clock_lead`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from itertools import pairwise

from .answer_types import (
    DATE,
    asks_for_the_year_or_day,
    asks_since_when,
    asks_the_time_of_day,
    clock_times,
    expected_answer_type,
    holds_answer_type,
    tells_an_expectation,
)
from .dates import MONTH_FORMS, MONTH_WORDS, YEAR, YEAR_NUMBER, safe_date, stated_as_year
from .language import LETTERS
from .question_events import (
    asked_event,
    events,
    tells_another_event,
    tells_only_as_planned,
    told_since_then,
    untold_step,
)
from .question_names import city_in_english, mentions_all, subject_names, tells_of_another_place
from .question_time import AskedBound, asked_bound, asks_about_the_future, not_about_the_past
from .types import CLAUSE_MARGIN, ClauseSimilarity

_MONTH_RES = [re.compile(rf"^(?:{words})\.?$", re.IGNORECASE) for words in MONTH_WORDS]
_MONTH_WORD = "|".join(f"(?:{words})" for words in MONTH_WORDS)
# Longest forms first: a day, month and year are one expression, not three.
_EXPRESSIONS = re.compile(
    rf"\b(?P<d1>\d{{1,2}})\s+(?P<m1>(?:{_MONTH_WORD}))\.?,?\s+(?P<y1>{YEAR})\b|"
    rf"\b(?P<m2>(?:{_MONTH_WORD}))\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>{YEAR})\b|"
    rf"\b(?P<d3>\d{{1,2}})\.(?P<n3>\d{{1,2}})\.(?P<y3>{YEAR})\b|"
    rf"\b(?P<d4>\d{{1,2}})\s+(?P<m4>(?:{_MONTH_WORD}))\b|"
    rf"\b(?P<m5>(?:{_MONTH_WORD}))\s+(?P<d5>\d{{1,2}})\b(?!\s*(?:%|[.,]\d))|"
    rf"\b(?P<m6>(?:{_MONTH_WORD}))\s+(?P<y6>{YEAR})\b|"
    rf"\b(?P<y7>{YEAR})\b",
    re.IGNORECASE,
)
# Beside a date these make its reading ambiguous: a century or a decade, or a day before a range
# ("с 10 по 12 января", "10–12 January").
_VAGUE_TIME = re.compile(r"\b(?:century|centuries|век\w*|столети\w*|столітт\w*)|\b\d{4}-?(?:s|х|е|ті)\b",
                         re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d{1,2}\s*(?:[-–—]|\b(?:по|до|to|and|и|і|й|or|или|або)\b)\s*$", re.IGNORECASE)

QUESTION_WORD_WITHIN = 4  # words: "When…", "By when…", "In what year…", "К рубежам какого года…"

# Where the month's name is in dates.MONTH_FORMS: (genitive, for a day; nominative, for a month alone)
_MONTH_FORM = {"ru": (0, 1), "uk": (2, 3), "en": (4, 4)}
_YEAR_WORD = {"ru": "года", "uk": "року"}  # "31 декабря 2011 года"


@dataclass(frozen=True)
class DateExpression:
    day: int | None
    month: int | None
    year: int | None
    start: int
    end: int


def _month(word: str | None) -> int | None:
    if word is None:
        return None
    return next((n for n, pattern in enumerate(_MONTH_RES, start=1) if pattern.match(word)), None)


def month_named(word: str) -> int | None:
    """The month a word names ("декабря", "грудні", "December"), in English only capitalised."""
    return None if word.isascii() and word[:1].islower() else _month(word)


def names_a_month(text: str) -> bool:
    """Whether `text` names a month ("in July", «в июле», «у липні»)."""
    return any(month_named(w) is not None for w in LETTERS.findall(text))


def _bare_month(word: str) -> bool:
    """A month name outside any date ("в марте — апреле 2003 года"); in English only a
    capitalised one ("may", "mar" and "dec" are other words too)."""
    return _month(word) is not None and not (word.isascii() and word[0].islower())


# Seasons: a time, like a month, that a future event may be given by ("весной", "in the autumn").
_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter|весн\w*|лет(?:ом|а)|осень\w*|осенью|зим\w*|"
                     r"навесні|влітку|восени|взимку)\b", re.IGNORECASE)


def mentions_a_time(text: str, question: str = "") -> bool:
    """Whether `text` gives any time the question does not: a date or year (answer_types), a month
    ("в июле", "in September") or a season, or for "At what time…?" a time of day. Wider than a lead's date: enough
    to say when."""
    if holds_answer_type(text, DATE, question):
        return True
    # "At what time…?" is answered by a time of day («…назначен на 14.30 по Киеву…»), as scheduled only if the
    # question asks for the schedule («Во сколько в итоге начался брифинг?» is not answered by it)
    if asks_the_time_of_day(question) and clock_time_told(text, question):
        return True
    # a month the question names in any language is no time it does not give: "On which day in July does the
    # Ankara summit open?" is not answered by «…саммите Альянса, который в июле состоится в Анкаре»
    asked = {month_named(w) for w in LETTERS.findall(question)}
    return any(_bare_month(w) and _month(w) not in asked for w in LETTERS.findall(text)) or bool(
        _SEASON.search(text))


def date_expressions(text: str, strict: bool = True) -> list[DateExpression] | None:
    """The date expressions in `text`, or None when something there makes their reading
    ambiguous (a bare month name, a range, a century); not `strict`: those read all the same."""
    found: list[DateExpression] = []
    for m in _EXPRESSIONS.finditer(text):
        g = m.groupdict()
        month_word = next((g[k] for k in ("m1", "m2", "m4", "m5", "m6") if g[k]), None)
        if month_word is not None and month_word.isascii() and month_word[0].islower():
            continue  # "troops may march 5 km": English month names are capitalised
        month = int(g["n3"]) if g["n3"] else _month(month_word)
        day = next((int(g[k]) for k in ("d1", "d2", "d3", "d4", "d5") if g[k]), None)
        year = next((int(g[k]) for k in ("y1", "y2", "y3", "y6", "y7") if g[k]), None)
        if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
            return None
        if g["y7"] and not stated_as_year(text, m.start(), m.end()):
            continue  # a number, not a year
        found.append(DateExpression(day, month, year, m.start(), m.end()))
    outside = (w.group() for w in LETTERS.finditer(text)
               if not any(e.start <= w.start() < e.end for e in found))
    if strict and (_VAGUE_TIME.search(text) or any(_bare_month(w) for w in outside)
                   or any(_RANGE_BEFORE.search(text[:e.start]) for e in found)):
        return None
    return found


def _key(e: DateExpression) -> tuple:
    return e.day, e.month, e.year


def not_stated(e: DateExpression, stated: set) -> bool:
    """Whether `e` is no date the question states itself (`stated`: their keys and years)."""
    return _key(e) not in stated and (e.month is not None or e.year not in stated)


def format_date(e: DateExpression, language: str) -> str:
    """"31 December 2011" / "31 декабря 2011 года" / "June 2004" / "червень 2004 року" / "2018"."""
    if e.month is None:
        return str(e.year)
    lang = language if language in _MONTH_FORM else "en"
    genitive, nominative = _MONTH_FORM[lang]
    month = MONTH_FORMS[e.month - 1][nominative if e.day is None else genitive]
    month = month.capitalize() if lang == "en" else month
    text = f"{month} {e.year}" if e.day is None else f"{e.day} {month}"
    if e.day is not None and e.year is not None:
        text += f" {e.year}"
    if e.year is not None and lang in _YEAR_WORD:
        text += f" {_YEAR_WORD[lang]}"
    return text


def asks_for_a_date(question: str) -> bool:
    """A "when" question whose question word opens it: in "What satellite was used when Sky
    launched?" the "when" is a conjunction, and the answer is no date (XQuAD). A time the answer is bounded by is not
    counted in: "After 2011, in what year…?" (question_time.asked_bound)."""
    if (bound := asked_bound(question)) is not None:
        question = bound.rest
    opening = " ".join(question.split()[:QUESTION_WORD_WITHIN])
    return expected_answer_type(question) == DATE and expected_answer_type(opening) == DATE


def in_nearest_year(e: DateExpression, near: dt.date) -> DateExpression:
    """A day and month with no year, in the year that puts them nearest `near` (the date of the
    article that states them): "17 декабря" in a story of 12 January 2022 is 17 December 2021,
    "20 января" in it 20 January 2022. News gives the year only when it is not the obvious one."""
    if e.year is not None or e.day is None or e.month is None:
        return e
    candidates = [d for year in (near.year - 1, near.year, near.year + 1) if (d := safe_date(year, e.month, e.day))]
    if not candidates:  # 29 February
        return e
    return replace(e, year=min(candidates, key=lambda d: abs(d - near)).year)


def tells_a_time_to_come(text: str, question: str, written: tuple[int, int, int] | None,
                         dated: dt.date | None = None) -> bool:
    """Whether `text` gives a time that may still be ahead of `written` (when its article was
    written, as date_lead reads it): a date after it, or a time it cannot place (a month alone, a
    season, a date with no year in an undated article). "Коли відбудеться наступний раунд переговорів
    у Женеві?" is not answered by «Вечером 10 января в Женеве завершились переговоры…» of 12 January."""
    if not mentions_a_time(text, question):
        return False
    found = date_expressions(text)
    if not found or written is None:
        return True
    found = [in_nearest_year(e, dated) if dated is not None else e for e in found]
    return any(e.year is None or (e.year, e.month or 12, e.day or 31) > written for e in found)


def month_alone(text: str, question: str = "") -> int | None:
    """The month `text` gives as its only time, named alone («…саммите Альянса, который в июле состоится в
    Анкаре», "in September"), and not by the question; None when it gives another month, a day, a year, a
    season or a century, or none."""
    if _EXPRESSIONS.search(text) or _VAGUE_TIME.search(text) or _SEASON.search(text):
        return None
    asked = {_month(w) for w in LETTERS.findall(question) if _bare_month(w)}
    months = {_month(w) for w in LETTERS.findall(text) if _bare_month(w)}
    return months.pop() if len(months) == 1 and not months & asked else None


def _month_lead(question: str, quotes: list[str], language: str,
                written: tuple[int, int, int] | None = None) -> str | None:
    """The month the best quote gives alone, when no other quote gives a time ("In which month will NATO's
    annual summit be held?" → "July"; «Июль», «Липень»). No year is guessed: a month alone may be ahead of
    its article or behind it, and the quote and its article's date are shown beside it. A question asking about
    an event (question_events.asked_event) needs a quote that tells it: «У якому місяці США хочуть завершити
    місію…?» is not answered by the summit's July («…саммите Альянса, который в июле состоится…»). For a question
    about the present or the future, another quote's dates up to `written` are no other answer («Когда США хотят
    завершить миссию…?»: the 2011 closure beside «…завершить эту миссию уже в сентябре»)."""
    asked = asked_event(question)
    if asked is not None and asked not in events(quotes[0]) or asks_for_the_year_or_day(question):
        return None  # "Since what year…?" is not answered by «…запланированной на январь встрече…»
    if asked_bound(question) is not None:
        return None  # a month of no year is neither before nor after "2010"
    ahead = not_about_the_past(question, language) and written is not None
    month = month_alone(quotes[0], question)

    def another_time(quote: str) -> bool:
        if not mentions_a_time(quote, question) or month_alone(quote, question) == month:
            return False  # two quotes of the meeting «…запланированной на январь…» give one month
        found = date_expressions(quote) if ahead else None
        return not found or any(e.year is None or (e.year, e.month or 1, e.day or 1) > written for e in found)

    if month is None or any(map(another_time, quotes[1:])):
        return None
    lang = language if language in _MONTH_FORM else "en"
    return MONTH_FORMS[month - 1][_MONTH_FORM[lang][1]].capitalize()


def _about_the_named(question: str, quotes: list[str]) -> list[str]:
    """The quotes whose dates may answer: when the best one names all the question names ("When did Putin talk to
    Biden?": «7 декабря 2021 года… Путин во время разговора с… Байденом…»), the others that do too; a quote of other
    people and things gives another thing's date (the Geneva talks' «Вечером 10 января…»)."""
    names = subject_names(question)
    if not names or len(quotes) < 2 or not mentions_all(quotes[0], names):
        return quotes
    return [quotes[0], *(q for q in quotes[1:] if mentions_all(q, names))]


# A question asking when something was said, announced or published, and the verb a quote tells it by: news
# puts the day right before or after it («29 декабря в Госдепартаменте США сообщили, что… 10 января… 12 января…»,
# «Песков заявил журналистам 12 января, что…»)
_REPORTING_ASKED = re.compile(
    r"\b(?:announc|said\b|say\b|says\b|report(?!edly)|stat(?:e|ed)\b|declar|publish|releas|told\b|tell\b)|"
    r"\b(?:сообщ|заяв|объяв|опублик|распростран|сказа|повідом|оголос|оприлюдн)", re.IGNORECASE)
_REPORTING_TOLD = re.compile(
    r"\b(?:announced|said|says|reported|stated|declared|published|released|told)\b|"
    r"\b(?:сообщ|заяв|объяв|опублик|распростран|сказа|повідом|оголос|оприлюдн)\w*", re.IGNORECASE)
# how many words may stand between the day and the verb of reporting: «29 декабря в Госдепартаменте США сообщили»
_WORDS_BEFORE_REPORTING = 5
_WORDS_AFTER_REPORTING = 2


def reported_on(quote: str, dates: list[DateExpression]) -> DateExpression | None:
    """The one date of `dates` (the quote's, in order) right before or after the quote's first verb of reporting
    (_REPORTING_TOLD): when what the quote tells was said. None if no date, or two, stand there."""
    if (verb := _REPORTING_TOLD.search(quote)) is None:
        return None
    near = [e for e in dates
            if e.end <= verb.start() and len(quote[e.end:verb.start()].split()) <= _WORDS_BEFORE_REPORTING
            or e.start >= verb.end() and len(quote[verb.end():e.start].split()) <= _WORDS_AFTER_REPORTING]
    return near[0] if len(near) == 1 else None


# Where one clause of a sentence ends and another begins: a comma before a conjunction, a semicolon, a bracket
# («…начата… в 2018 году, а с 2021-го ее неоднократно расширяли…»). Not a dash: «в марте — апреле 2003 года»
_CLAUSE_BREAK = re.compile(r",\s+(?=(?:а|но|и|однако|зато|but|and|while|whereas|але|та|і|й|проте)\s)|;|[()]",
                           re.IGNORECASE)


def _clauses(quote: str) -> list[tuple[int, int]]:
    return list(pairwise([0, *(m.end() for m in _CLAUSE_BREAK.finditer(quote)), len(quote)]))


def of_the_named_clause(question: str, quote: str, stated: set,
                        similarity: ClauseSimilarity | None) -> DateExpression | None:
    """The one date of the one clause of `quote` that names all the question names, when that clause is also the
    closest to the question in meaning by CLAUSE_MARGIN: «…10 января состоялся диалог…, 12 января проходит встреча…
    Совета Россия – НАТО, а на 13 января намечена встреча представителей РФ и ОБСЕ» gives 13 January for the
    Russia–OSCE meeting. Names alone are not enough: «Союзники покинули Рейнскую область в 1930 году, а немецкая армия
    вновь заняла его в 1936 году» names the Rhineland only in the clause that does not answer "When did the German
    army reoccupy the Rhineland?"."""
    names = subject_names(question)
    clauses = _clauses(quote)
    # two names at least: one alone is often the topic of every clause, named once («Франция захватила Алжир в 1830
    # году, однако всерьез начала восстанавливать свою мировую империю после 1850 года» is France's in both)
    naming = [(a, b) for a, b in clauses if mentions_all(quote[a:b], names)] if len(names) > 1 else []
    if len(naming) != 1 or similarity is None:
        return None
    clause = quote[naming[0][0]:naming[0][1]]
    if (asked := asked_event(question)) is not None and asked not in events(clause):
        return None  # "When did NATO end its operation in Afghanistan?": «…в Афганистане действовали… с августа…»
    dates = date_expressions(clause) or []
    if since_dates(clause):
        return None  # a date after "since" tells when something began, which only "since when" asks
    found = {_key(e): e for e in dates if not_stated(e, stated)}
    # a four-digit number not read as a year may be one all the same: "…Greece in 1979, Spain and Portugal 1985"
    if len(found) != 1 or any(not any(e.start <= m.start() < e.end for e in dates)
                              for m in YEAR_NUMBER.finditer(clause)):
        return None
    # last, as it embeds the quote's clauses: the naming clause must be the closest to the question
    scores = dict(zip(clauses, similarity(question, [quote[a:b] for a, b in clauses]), strict=True))
    if any(scores[naming[0]] - scores[c] < CLAUSE_MARGIN for c in clauses if c != naming[0]):
        return None
    return next(iter(found.values()))


def of_the_asked_event(question: str, quote: str, dates: list[DateExpression]) -> list[DateExpression]:
    """Of a quote's `dates`, those in a clause telling the kind of event the question asks about, when some are
    («Операция была начата… в 2018 году, а с 2021-го ее неоднократно расширяли…»: 2018 for "When did the mission
    begin?", 2021 for "Since when has it been expanded?"); else all of them."""
    kind = asked_event(question)
    if kind is None or len(dates) < 2:
        return dates
    spans = _clauses(quote)

    def clause(e: DateExpression) -> str:
        return next(quote[a:b] for a, b in spans if a <= e.start < b)

    if not any(kind in events(quote[a:b]) for a, b in spans):
        return dates
    telling = [e for e in dates if kind in events(clause(e))]
    # a date left out whose clause names what the question asks about may be its date: "When did Greece join the
    # EU?" over "…have joined…, from the UK, Ireland, Denmark and Norway in 1972 (…), Greece in 1979, …"
    names = subject_names(question)
    if any(mentions_all(clause(e), [name]) for e in dates if e not in telling for name in names):
        return dates
    return telling or dates


# "since"/"from" right before a date: when what the quote tells began («…под руководством НАТО с августа 2003 г.»,
# «…а с 2021-го ее неоднократно расширяли…»)
_SINCE_BEFORE = re.compile(r"(?<![^\W\d_])(?:since|from|с|со|з|із|зі|від)\s+$", re.IGNORECASE)


def since_dates(quote: str) -> list[DateExpression]:
    """The dates `quote` writes right after "since"/"from", read whatever else stands beside them (a range, a bare
    month: «…в марте — апреле 2003 года… с августа 2003 г.»)."""
    return [e for e in date_expressions(quote, strict=False) or [] if _SINCE_BEFORE.search(quote, 0, e.start)]


def date_lead(question: str, quotes: list[str], language: str,
              written: tuple[int, int, int] | None = None, dated: dt.date | None = None,
              similarity: ClauseSimilarity | None = None) -> str | None:
    """The one date the quotes give for a "when" question, written in `language`, when the first
    (best) quote gives it; else None. A day and month with no year take it from `dated`, the date
    of the best quote's article, if it has one (`in_nearest_year`). A question about the present or
    the future gets only a date after `written`, the time of the latest quoted article ((year,
    month, day); an undated article's is the end of the latest year it states): a date an article
    places in its past does not say when something will happen ("When will the NATO mission in
    Iraq end?" is not answered by the 2011 closure of the earlier mission)."""
    if not asks_for_a_date(question) or tells_another_event(question, quotes[0]):
        return None  # "Когда началась миссия?" is not answered by the date the mission closed
    if untold_step(question, quotes[0]):
        return None  # "Когда Колби стал…?": «12 февраля… Колби объявил…» tells a speech, not his appointment
    if told_since_then(question, quotes[0]):
        return None  # "When did Poland join NATO?": «…рубежей 1997 года (с тех пор в Альянс вступил… Польшу)»
    if tells_of_another_place(question, quotes[0]):
        return None  # "When did NATO close its Afghanistan mission?": not the Iraq mission's closing date
    # a past event the best quote tells only as planned: its date is another thing's
    if tells_only_as_planned(question, quotes[0]) and not asks_about_the_future(question):
        return None  # "When did the US withdraw its troops from Iraq?": «…планируют вывести… соглашением 2024 года»
    asked = date_expressions(question) or []
    stated = {_key(e) for e in asked} | {e.year for e in asked if e.year is not None}
    quotes = _about_the_named(question, quotes)
    if asks_since_when(question):
        # "Since when…?": the one date the best quote writes after "since"/"from", which no other quote's contradicts;
        # a quote with none gives another thing's date («7 декабря 2021 года… Путин… заявил…» for "Since when has
        # Ukraine been a NATO partner?") unless it tells the kind of event asked ("Since when has the mission been
        # expanded?": «…расширили в 2021 году»)
        starts = {_key(e): e for e in since_dates(quotes[0]) if not_stated(e, stated)}
        if len(starts) == 1:
            others = {_key(e) for quote in quotes[1:] for e in since_dates(quote) if not_stated(e, stated)}
            return _written(next(iter(starts.values())), question, language, written, dated) if others <= set(
                starts) else None
        if starts or asked_event(question) is None:
            return None
    # a question asking when something was said: the one date by the best quote's verb of reporting, whatever
    # other dates, months or ranges stand beside it («29 декабря в Госдепартаменте США сообщили, что в январе…»)
    said = (reported_on(quotes[0], date_expressions(quotes[0], strict=False) or [])
            if _REPORTING_ASKED.search(question) else None)
    found = [[said] if said is not None and not_stated(said, stated) else date_expressions(quotes[0])] + [
        date_expressions(quote) for quote in quotes[1:]]
    # a date in a clause telling the asked kind of event is its date; when the best quote tells that kind, a later
    # quote telling only another kind («…закрыла миссию… 31 декабря 2011 года» after «…была начата… в 2018 году»)
    # dates that one, not this
    found = [f if f is None else of_the_asked_event(question, quote, f) for quote, f in zip(quotes, found, strict=True)]
    if asked_event(question) in events(quotes[0]):
        found = found[:1] + [[] if tells_another_event(question, quote) else f
                             for quote, f in zip(quotes[1:], found[1:], strict=True)]
    if said is not None and found[0] == [said]:
        found = found[:1]  # what other quotes date is no other answer to when this was said
    if found[0] is None or len({_key(e) for e in found[0] if not_stated(e, stated)}) > 1:
        # several dates, or a reading too vague: the one date of the one clause naming what is asked, if there is
        if (clause := of_the_named_clause(question, quotes[0], stated, similarity)) is not None:
            found[0] = [clause]
    if found[0] is None:
        return _month_lead(question, quotes, language, written)  # a month alone, else a reading too vague to lead
    if (bound := asked_bound(question)) is not None:
        # a date outside the time the question bounds its answer by is no other answer (a day with no year is
        # placed by the best quote's article date, and in other quotes is kept), nor is a later quote whose every
        # date is outside it, however vaguely it writes them («…в марте — апреле 2003 года…» after 2011)
        found = found[:1] + [[] if f is None and (loose := date_expressions(quote, strict=False))
                             and all(_outside(e, bound) for e in loose) else f
                             for quote, f in zip(quotes[1:], found[1:], strict=True)]
        found = [f if f is None else [e for e in f if not _outside(in_nearest_year(e, dated) if dated and not i else e,
                                                                    bound)]
                 for i, f in enumerate(found)]
    if any(f is None for f in found):
        return None
    answers = {_key(e): e for f in found for e in f if not_stated(e, stated)}
    # one date, and in the best quote: a date only a later quote gives answers from weaker evidence
    if len(answers) != 1 or not any(_key(e) in answers for e in found[0]):
        return None
    return _written(next(iter(answers.values())), question, language, written, dated)


def _outside(e: DateExpression, bound: AskedBound) -> bool:
    """Whether `e` is placed (has a year) and not within `bound`."""
    return e.year is not None and not bound.admits(e.year, e.month, e.day)


def _written(answer: DateExpression, question: str, language: str, written: tuple[int, int, int] | None,
             dated: dt.date | None) -> str | None:
    """`answer` in `language`, its year from `dated` if it has none; None for a question about the present or the
    future when it is no later than `written` (date_lead)."""
    if dated is not None:
        answer = in_nearest_year(answer, dated)
    # "When did the Council meet before 2010?" is not answered by 12 January 2022
    if (bound := asked_bound(question)) is not None and not bound.admits(answer.year, answer.month, answer.day):
        return None
    if not_about_the_past(question, language) and (
            written is None or answer.year is None or (answer.year, answer.month or 1, answer.day or 1) <= written):
        return None
    return format_date(answer, language)


# «…на 14.30 по Киеву»: the city whose time it is
_CITY_TIME = re.compile(r"\s+по\s+(\w+)")


def clock_time_told(text: str, question: str) -> list[tuple[str, int]]:
    """The times of day `text` gives that the question does not state (answer_types.clock_times); none from a text
    telling a schedule or expectation («…был назначен на 14.30…») unless the question asks for one ("What time was
    the briefing scheduled for?", «О котрій мав розпочатися брифінг?»)."""
    if tells_an_expectation(text) and not tells_an_expectation(question):
        return []
    stated = {t for t, _ in clock_times(question)}
    return [(t, end) for t, end in clock_times(text) if t not in stated]


def clock_lead(question: str, quotes: list[str], language: str) -> str | None:
    """The one time of day the best quote gives for a question asking at what time ("What time was Stoltenberg's
    briefing scheduled for?" → "14:30 Kyiv time", from «…назначен на 14.30 по Киеву…»), when no other quote gives
    another and the question states none; else None. The city whose time it is, if the quote says (in English from
    the city table; a Russian question keeps the quote's words)."""
    if not quotes or not asks_the_time_of_day(question):
        return None
    found = [clock_time_told(quote, question) for quote in quotes]
    if len({t for t, _ in found[0]}) != 1 or any(t != found[0][0][0] for f in found[1:] for t, _ in f):
        return None
    time, end = found[0][0]
    city = _CITY_TIME.match(quotes[0], end)
    if city is None:
        return time
    if language == "en" and (name := city_in_english(city.group(1))):
        return f"{time} {name} time"
    return f"{time} по {city.group(1)}" if language == "ru" else time
