"""What kind of answer a question asks for, and whether a sentence can hold one.

Classic extractive QA uses the question word to type the answer ("when" wants a date, "how
many" a number). Sentence embeddings match a question to sentences on *topic*; they do not see
that "How long did the talks last?" is answered by "…lasted about four hours", not by the
headline "Russia and NATO ended their talks". A small bonus for sentences that hold the asked-for
kind of answer fixes that. Patterns cover English, Russian and Ukrainian question words.
"""

from __future__ import annotations

import re

DATE, NUMBER = "date", "number"

_FLAGS = re.IGNORECASE | re.UNICODE
# Question words, longest phrases first where one contains another.
_QUESTION_TYPES = [
    (DATE, re.compile(
        r"\bwhen\b|\bwhat (?:date|day|year|month|time)\b|\bwhich (?:date|day|year|month)\b|\bin what year\b|"
        r"\bsince when\b|\bby when\b|"
        r"\bкогда\b|\bкакого числа\b|\bкакого года\b|\bв како[мй] (?:году|месяце|день)\b|\bс какого (?:года|времени)\b|"
        r"\bдо какого (?:числа|года|срока)\b|\bк какому сроку\b|\bкакая дата\b|"
        r"\bколи\b|\bякого числа\b|\bякого року\b|\bв якому (?:році|місяці)\b|\bв який день\b|"
        r"\bз якого (?:року|часу)\b|"
        r"\bдо якого (?:числа|року|терміну)\b|\bна яке число\b|\bяка дата\b", _FLAGS)),
    (NUMBER, re.compile(
        r"\bhow (?:many|much|long|old|far|large|big|often)\b|\bwhat (?:percentage|percent|number|proportion|amount)\b|"
        r"\bсколько\b|\bскольк\w+|\bкакое количество\b|\bкакой процент\b|\bкак долго\b|"
        r"\bкакова (?:численность|доля|сумма)\b|"
        r"\bскільки\b|\bскільк\w+|\bяка кількість\b|\bякий відсоток\b|\bяк довго\b", _FLAGS)),
]

_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]\w*|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|"
    r"січ\w*|лют\w*|берез\w*|квіт\w*|травн?\w*|черв\w*|лип\w*|серп\w*|верес\w*|жовт\w*|листопад\w*|груд\w*"
)
_DATE_IN_TEXT = re.compile(
    rf"\b(?:1[0-9]|20)\d\d\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b|"
    r"\b(?:[IVXLC]+|\d{1,2})(?:-?(?:th|st|nd|rd|м|го))?\s+(?:century|centuries|век\w*|столети\w*|столітт\w*)\b",
    _FLAGS)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|"
    r"один|одна|одно|одного|два|две|двух|трое|три|трех|трёх|четыре|четырех|четырёх|пять|пяти|шесть|шести|семь|"
    r"семи|восемь|восьми|девять|девяти|десять|десяти|\w+надцат\w*|двадцат\w*|тридцат\w*|сорок\w*|"
    r"\w+десят\w*|сто|ста|двести|триста|\w+сот|тысяч\w*|миллион\w*|миллиард\w*|полтор\w*|половин\w*|"
    r"десятк\w*|сотн\w*|дюжин\w*|"
    r"одна|одне|дві|двох|троє|трьох|чотири|чотирьох|п[\'’]ять|п[\'’]яти|шість|шести|сім|семи|вісім|восьми|"
    r"дев[\'’]ять|дев[\'’]яти|десять|десяти|\w+надцят\w*|двадцят\w*|тридцят\w*|\w+десят\w*|двісті|тисяч\w*|"
    r"мільйон\w*|мільярд\w*|півтор\w*|десятк\w*"
)
_NUMBER_IN_TEXT = re.compile(rf"\d+(?:[.,]\d+)?|\b(?:{_NUMBER_WORDS})\b", _FLAGS)


def expected_answer_type(question: str) -> str | None:
    """DATE, NUMBER or None (no recognisable question word, or another kind of question)."""
    for kind, pattern in _QUESTION_TYPES:
        if pattern.search(question):
            return kind
    return None


def _mentions(pattern: re.Pattern, text: str) -> set[str]:
    return {m.group(0).lower() for m in pattern.finditer(text)}


def holds_answer_type(sentence: str, kind: str | None, question: str = "") -> bool:
    """Whether `sentence` contains something of that kind (a date for DATE, any number for
    NUMBER) that the question does not already state: for "How long did the talks on 10 January
    last?", "10 January" is not an answer."""
    pattern = {DATE: _DATE_IN_TEXT, NUMBER: _NUMBER_IN_TEXT}.get(kind)
    if pattern is None:
        return False
    return bool(_mentions(pattern, sentence) - _mentions(pattern, question))
