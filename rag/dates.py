"""Publication-date extraction from article text (ru/uk/en formats).

Rules, in order:
1. A complete date (day, month, year) in a dateline — a short paragraph among the first few:
   "8 января 2018, 19:27", "16:00 21.12.2021", "2021-12-21", "January 8, 2018". Dates inside
   long paragraphs are events the story reports, not when it was published.
2. A day and month without a year in the lead ("Об этом 12 января пишет ТАСС"): the year is
   taken from context — news is published on or after the dated events it reports, so it is
   the first year that puts the date on or after the latest complete date in the article.
3. Otherwise None: a wrong date is worse than no date.

For an article left undated, `latest_year_mentioned` gives the latest year its text states (up
to the current year: later ones are plans): not a date, but a bound the reader can weigh ("date
unknown, latest year mentioned 2011" beside a story that mentions 2024 tells which of two undated
articles is the newer).
"""

from __future__ import annotations

import datetime as dt
import re

# Per month: Russian genitive and nominative, Ukrainian genitive and nominative, English, abbreviations
# (answer_lead.py writes dates with the first five).
MONTH_FORMS: list[tuple[str, ...]] = [
    tuple(forms.split())
    for forms in [
        "января январь січня січень january jan",
        "февраля февраль лютого лютий february feb",
        "марта март березня березень march mar",
        "апреля апрель квітня квітень april apr",
        "мая май травня травень may",
        "июня июнь червня червень june jun",
        "июля июль липня липень july jul",
        "августа август серпня серпень august aug",
        "сентября сентябрь вересня вересень september sep sept",
        "октября октябрь жовтня жовтень october oct",
        "ноября ноябрь листопада листопад november nov",
        "декабря декабрь грудня грудень december dec",
    ]
]
MONTHS: dict[str, int] = {form: n for n, forms in enumerate(MONTH_FORMS, start=1) for form in forms}

# Month names in any case ("декабря", "декабре", "грудня", "грудні"), as regular expressions for whole
# words, one per month: how a date lead (answer_lead.py), a date in a quote (answer_types.py) and the period
# a question asks about (question_time.py) read a month. The Ukrainian ones are written out past the stem
# where a shorter one is another word ("червоний", "квітка", "жовтий"); English takes full names and the
# usual abbreviations.
MONTH_WORDS = [
    r"january|jan|январ\w*|січн\w*|січень",
    r"february|feb|феврал\w*|лют(?:ого|ий|ому|ім)",
    r"march|mar|март[аеу]?|березн\w*|березень",
    r"april|apr|апрел[ьяею]|квітн\w*|квітень",
    r"may|ма[йяюе]|травн\w*|травень",
    r"june|jun|июн[ьяею]|червн\w*|червень",
    r"july|jul|июл[ьяею]|липн\w*|липень",
    r"august|aug|август[аеу]?|серпн\w*|серпень",
    r"september|sept?|сентябр[ьяею]|вересн\w*|вересень",
    r"october|oct|октябр[ьяею]|жовтн\w*|жовтень",
    r"november|nov|ноябр[ьяею]|листопад\w*",
    r"december|dec|декабр[ьяею]|грудн\w*|грудень",
]
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
# "21.12.2021", "21/12/2021" (day first, as Russian and Ukrainian sites write it); with slashes,
# "12/21/2021" is month first, and "01/12/2022" (either) is left unread: no date rather than a wrong one
_NUMERIC = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")
# "2021-12-21", also as the date of a timestamp: "2022-01-12T14:35:00+03:00"
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:\b|(?=T\d))")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_ALT})\b(?!\s*,?\s*\d{{4}})", re.IGNORECASE)

# A four-digit number that could be a year (question_terms.py, answer_lead.py, latest_year_mentioned).
YEAR = r"(?:1[0-9]|20)\d\d"
YEAR_NUMBER = re.compile(rf"(?<!\d){YEAR}(?!\d)")
# A bare four-digit number is a year only with a year word after it or a preposition before it
# ("в 1999 году", "рубежей 1997 года", "in 1999"), not in "около 1500 военных" (`stated_as_year`).
_YEAR_WORD_AFTER = re.compile(r"\s*(?:год\w*|г\.|року|рік\w*|роках|р\.)", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|since|by|until|from|в|во|с|со|к|до|после|з|із|у|від|після|по)\s+$",
                                 re.IGNORECASE)
_LONGEST_PREPOSITION = 5

HEADER_PARAGRAPHS = 4
DATELINE_MAX_CHARS = 80
LEAD_PARAGRAPHS = 4


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_full_dates(text: str) -> list[tuple[int, dt.date]]:
    """All complete dates in `text` as (offset, date), in text order."""
    found: list[tuple[int, dt.date]] = []
    for m in _DAY_MONTH_YEAR.finditer(text):
        found.append((m.start(), safe_date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))))
    for m in _MONTH_DAY_YEAR.finditer(text):
        found.append((m.start(), safe_date(int(m[3]), MONTHS[m[1].lower()], int(m[2]))))
    for m in _NUMERIC.finditer(text):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        if m[2] == "/" and first <= 12 and second <= 12 and first != second:
            continue  # "01/12/2022": 1 December or January 12
        day, month = (second, first) if m[2] == "/" and second > 12 else (first, second)
        found.append((m.start(), safe_date(year, month, day)))
    for m in _ISO.finditer(text):
        found.append((m.start(), safe_date(int(m[1]), int(m[2]), int(m[3]))))
    return sorted((o, d) for o, d in found if d is not None and 1900 <= d.year <= 2100)


def extract_date(cleaned: str) -> dt.date | None:
    paragraphs = cleaned.split("\n\n")
    for para in paragraphs[:HEADER_PARAGRAPHS]:
        if len(para) <= DATELINE_MAX_CHARS and (dates := find_full_dates(para)):
            return dates[0][1]

    all_full = [d for _, d in find_full_dates(cleaned)]
    if not all_full:
        return None
    latest = max(all_full)
    lead = "\n\n".join(paragraphs[:LEAD_PARAGRAPHS])
    m = _DAY_MONTH.search(lead)
    if not m:
        return None
    day, month = int(m[1]), MONTHS[m[2].lower()]
    for year in (latest.year, latest.year + 1):
        candidate = safe_date(year, month, day)
        if candidate and candidate >= latest:
            return candidate
    return None


def stated_as_year(text: str, start: int, end: int) -> bool:
    """Whether the bare number at text[start:end] is a year: a year word follows it or a
    preposition precedes it. Only the words beside it are read (an article holds many numbers)."""
    if _YEAR_WORD_AFTER.match(text, end):
        return True
    word_end = start  # where the preposition would end: before the spaces
    while word_end > 0 and text[word_end - 1].isspace():
        word_end -= 1
    # pos/endpos: \b still sees the character before pos, and $ matches at `start`
    return bool(_PREPOSITION_BEFORE.search(text, max(0, word_end - _LONGEST_PREPOSITION), start))


def latest_year_mentioned(text: str, until: int | None = None) -> int | None:
    """The latest year `text` states: in a complete date, or as a bare four-digit number that
    `stated_as_year`; None if it states none. Years after `until` (default: the current year)
    are plans ("к 2030 году"), not a bound on when the text was written, and are left out."""
    until = dt.date.today().year if until is None else until
    years = [d.year for _, d in find_full_dates(text)]
    years += [int(m.group()) for m in YEAR_NUMBER.finditer(text) if stated_as_year(text, m.start(), m.end())]
    return max((y for y in years if y <= until), default=None)
