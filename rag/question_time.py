"""Which time a question asks about: how things stand now, the present or the future, the future,
or a period it names ("in December 2021": asked_period).

News on one subject is written years apart, so the time a question asks about decides which
article answers it. "Действует ли сейчас миссия НАТО в Ираке?" is answered by the latest article
on the mission (later_reports.latest_only); "When will the NATO mission in Iraq end?" is not
answered by a date an article places in its own past (answer_lead.date_lead), and "Когда
состоится следующее заседание…?" is refused when the quotes give no date (assistant.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import MONTH_WORDS
from .language import detect_language

# A question about how things stand now: the latest article on its subject answers it.
_NOW = re.compile(
    r"\b(?:now|currently|still|today|at present|these days)\b|"
    r"\b(?:сейчас|сегодня|теперь|по-прежнему|в настоящее время|зараз|досі|наразі|нині|сьогодні|дотепер)\b",
    re.IGNORECASE)


def asks_about_now(question: str) -> bool:
    return bool(_NOW.search(question))


# What is still to come: "When will…", "When is the next…", "Когда будет / состоится следующее…",
# "Коли відбудеться наступне…".
_FUTURE_WORDS = (
    r"\b(?:will|shall|is going to|are going to|next)\b|\b(?:is|are) (?:due|scheduled|expected|planned|set) to\b|"
    r"\bбуд(?:ет|ут|е|уть)\b|\bследующ\w*|\bнаступн\w*|\bпланиру\w*|\bплану\w*|\bнамеч\w*"
)
# Perfective verbs have no present tense: their non-past forms are futures ("Когда закончится миссия?",
# "Когда Украина вступит в НАТО?", "Коли союзники ухвалять рішення?"), though they look like present
# forms. Listed verb by verb, for the events news is asked "when" about, and only forms no other word
# shares. Ukrainian futures such as "завершиться" and "вступить" are Russian infinitives ("решила
# вступить" is past), so the Ukrainian list counts in Ukrainian questions only.
_PERFECTIVE_FUTURE = (
    r"\b(?:законч|заверш)(?:ится|атся|ит|ат)\b|\bпрекрат(?:ится|ятся|ит|ят)\b|\bвозобнов(?:ится|ятся|ит|ят)\b|"
    r"\b(?:откро|закро)(?:ется|ются|ет|ют)\b|\bверн(?:ё|е)тся\b|\bвернутся\b|\bначн(?:ё|е)т(?:ся)?\b|\bначнут(?:ся)?\b|"
    r"\bсосто(?:ится|ятся)\b|\bпройд(?:ё|е)т\b|\bпройдут\b|\bвступ(?:ит|ят)\b|\bвывед(?:ет|ут)\b|"
    r"\bвыйд(?:ет|ут)\b|\bуйд(?:ё|е)т\b|\bуйдут\b|\bреш(?:ит|ат)\b|\bобъяв(?:ит|ят)\b|\bподпиш(?:ет|ут)\b|\bпримут\b|\bстан(?:ет|ут)\b"
)
_PERFECTIVE_FUTURE_UK = (
    r"\bвідбуд(?:еться|уться)\b|\bзаверш(?:иться|аться|ить|ать)\b|\bзакінч(?:иться|аться|ить|ать)\b|"
    r"\b(?:роз)?почн(?:еться|уться|е|уть)\b|\bвступ(?:ить|лять)\b|\bухвал(?:ить|ять)\b|\bвиріш(?:ить|ать)\b|"
    r"\bвивед(?:е|уть)\b|\bприпин(?:иться|яться|ить|ять)\b|\bвіднов(?:иться|ляться|ить|лять)\b|\bпройд(?:е|уть)\b|"
    r"\bповерн(?:еться|уться)\b|\bоголос(?:ить|ять)\b|\bпідпиш(?:е|уть)\b|\bстан(?:е|уть)\b|\b(?:від|за)кри(?:ється|ються|є|ють)\b"
)
_FUTURE = re.compile(rf"{_FUTURE_WORDS}|{_PERFECTIVE_FUTURE}", re.IGNORECASE)
_FUTURE_UK = re.compile(_PERFECTIVE_FUTURE_UK, re.IGNORECASE)
# The present or the future, wider: also "When does it close?" and Russian non-past reflexives
# ("Когда закончится миссия?": past forms never end in "-тся", they end in "-лся", "-лась"…). In
# Ukrainian "-ться" is the present or future ("закінчиться"), in Russian an infinitive ("стал
# рассматриваться"), so it counts for Ukrainian only. Other non-reflexive Russian futures than the
# listed perfective ones look like nouns ("-ет": "совет") and are left out.
# and a present wish or request: what is wanted or asked for is ahead («Когда США хотят завершить миссию?»)
_WANTS = r"\bхо(?:чу|чет|тят|тим|тите)\b|\bпрос(?:ит|ят)\b|\bхоч(?:уть|е|емо|ете)\b|\bпрос(?:ить|ять)\b"
_NOT_PAST = re.compile(rf"{_FUTURE_WORDS}|{_PERFECTIVE_FUTURE}|\b(?:does|do)\b|\w+тся\b|{_WANTS}", re.IGNORECASE)
_NOT_PAST_UK = re.compile(rf"\w+ться\b|{_PERFECTIVE_FUTURE_UK}", re.IGNORECASE)


def asks_about_the_future(question: str) -> bool:
    """Refusal (assistant.py) needs this narrower test: "When does immunodeficiency occur?" asks
    for a condition, "Когда отмечается…" for a recurring date."""
    return bool(_FUTURE.search(question) or (detect_language(question) == "uk" and _FUTURE_UK.search(question)))


# A wish, request or plan, whose time is ahead of the report: «Когда США хотят завершить миссию?», "When do the US
# want to end…", «Коли США планують…»
_WISH = re.compile(
    rf"{_WANTS}|\b(?:wants?|wish(?:es)?)\b|\b(?:plans?|intends?|hopes?) to\b|\bпланиру(?:ет|ют)\b|\bнамерен[аы]?\b|"
    r"\bсобира(?:ется|ются)\b|\bтребу(?:ет|ют)\b|\bплану(?:є|ють)\b|\bмає намір\b|\bмають намір\b|"
    r"\bвимага(?:є|ють)\b", re.IGNORECASE)


# A question for the time itself, not for a year that names something ("To which year's lines does Russia want…")
_FOR_THE_TIME = re.compile(r"\bwhen\b|\bкогда\b|\bколи\b|\b(?:which|what) (?:month|date|day)\b|"
                           r"\bв как(?:ом|ой) (?:месяц|день)|\bк какому (?:сроку|времени|месяцу|числу)|"
                           r"\bу якому місяці|\bв який день|\bдо якого (?:терміну|часу|місяця|числа)", re.IGNORECASE)


def asks_about_a_wish(question: str) -> bool:
    """Whether the question asks when something someone wants, asks for or plans now is to happen (its time is
    ahead): «Когда США хотят завершить миссию?», "When does Colby want NATO 3.0 to be in place?"."""
    return bool(_WISH.search(question) and _FOR_THE_TIME.search(question))


def who_wishes(question: str) -> str:
    """The part of a question about a wish before its verb of wishing, which names who wishes («Когда США» of «Когда
    США хотят завершить миссию…?»); "" if it asks about no wish."""
    m = _WISH.search(question)
    return question[:m.start()] if m else ""


def not_about_the_past(question: str, language: str) -> bool:
    """The date lead's test (answer_lead.date_lead)."""
    return bool(_NOT_PAST.search(question) or (language == "uk" and _NOT_PAST_UK.search(question)))


# A time the question puts its subject in: "in December 2021", "on 7 December 2021", "в декабре
# 2021 года", "у грудні 2021 року", "in 2018", "в 2018 году". Months as dates.MONTH_WORDS reads them.
_MONTH_WORD = "|".join(f"(?P<m{n}>(?:{words}))" for n, words in enumerate(MONTH_WORDS, start=1))
_PERIOD = re.compile(
    rf"(?:\b(?:in|on|during|of|в|во|у|за)\s+)?(?:(?P<day>\d{{1,2}})\s+)?(?:(?:{_MONTH_WORD})\.?,?\s+)?"
    rf"(?P<year>(?:19|20)\d\d)(?!\d)(?:\s*(?:года|году|год|г\.|року|році|рік|р\.))?",
    re.IGNORECASE)


@dataclass(frozen=True)
class AskedPeriod:
    """The period a question names, and the question without it (asked_period)."""

    start: dt.date
    end: dt.date
    rest: str  # "What did Moscow demand from NATO?" for "… from NATO in December 2021?"

    def contains(self, date: dt.date | None) -> bool:
        """Whether `date` (an article's, None when it has none) falls in the period."""
        return date is not None and self.start <= date <= self.end


# a time the question counts from or to is no period its subject lies in: "since 2014", «с 2021 года»
_BOUND_BEFORE = re.compile(
    r"\b(?:since|after|before|until|till|by|from|to|с|со|после|до|к|по|от|з|із|від|після)\s+$", re.IGNORECASE)


# A time the question bounds its answer by, before or after it: "before 2010", "after 12 January 2022", «после 2004
# года», «до 2022 року». Not "since"/"from"/"by": "since 2014" is a period's start the answer may lie in, "by
# September" a deadline; both are read as periods or names as before.
_BEFORE_WORD = re.compile(r"\b(?:before|prior to|earlier than|до|раньше|ранее|перед)\s+$", re.IGNORECASE)
_AFTER_WORD = re.compile(r"\b(?:after|later than|после|позже|позднее|після|пізніше)\s+$", re.IGNORECASE)
_IN = re.compile(r"(?:in|on|during|of|в|во|у|за)\s", re.IGNORECASE)


@dataclass(frozen=True)
class AskedBound:
    """The time a question's answer lies before or after (asked_bound), and the year it writes for it."""

    before: dt.date | None  # the answer lies before this day...
    after: dt.date | None  # ...or after this one
    year: str
    rest: str  # the question without it: "When did the Russia–NATO Council meet?" for "… meet before 2010?"

    def admits(self, year: int | None, month: int | None = None, day: int | None = None) -> bool:
        """Whether the whole of a date (a year, a month of a year, a day) lies within the bound; one with no year
        (or no such day: 31 April) cannot be placed and is not admitted."""
        if year is None or (span := _span(year, month, day)) is None:
            return False
        first, last = span
        return (self.before is None or last < self.before) and (self.after is None or first > self.after)


def asked_bound(question: str) -> AskedBound | None:
    """The one time the question puts its answer before or after ("When did the Russia–NATO Council meet before
    2010?"), or None (no such time, or several)."""
    bounds = []
    for m in _PERIOD.finditer(question):
        if _IN.match(m.group(0)):
            continue  # "in 2010", «в 2010 году»: a period
        before, after = _BEFORE_WORD.search(question[:m.start()]), _AFTER_WORD.search(question[:m.start()])
        if before is None and after is None:
            continue
        period = _period_of(m)
        if period is None:
            return None
        start, end = period
        rest = question[:(before or after).start()].rstrip(" ,") + " " + question[m.end():].lstrip(" ,")
        rest = re.sub(r"\s+([?.!,])", r"\1", " ".join(rest.split()))
        bounds.append(AskedBound(start if before else None, end if after else None, m.group("year"),
                                 rest[:1].upper() + rest[1:]))
    return bounds[0] if len(bounds) == 1 else None


def _period_of(m: re.Match) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the period a _PERIOD match names (a year, a month of a year, a day)."""
    month = next((n for n in range(1, 13) if m.group(f"m{n}")), None)
    return _span(int(m.group("year")), month, int(m.group("day")) if m.group("day") and month else None)


def _span(year: int, month: int | None, day: int | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a year, a month of a year or a day; None for no such day."""
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            return dt.date(year, month, 1), dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, month, day), dt.date(year, month, day)
    except ValueError:
        return None


def asked_period(question: str) -> AskedPeriod | None:
    """The one period (a year, a month of a year, a day) the question names, or None (none, several:
    "between 2004 and 2011", or a bound: "since 2014")."""
    found = list(_PERIOD.finditer(question))
    if len(found) != 1 or _BOUND_BEFORE.search(question[:found[0].start()]):
        return None
    m = found[0]
    if (period := _period_of(m)) is None:
        return None
    start, end = period
    rest = question[:m.start()].rstrip(" ,") + question[m.end():]
    rest = re.sub(r"\s+([?.!,])", r"\1", " ".join(rest.split()))
    return AskedPeriod(start, end, rest)
