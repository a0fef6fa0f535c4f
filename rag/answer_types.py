"""What kind of answer a question asks for, and whether a sentence can hold one.

Classic extractive QA uses the question word to type the answer ("when" wants a date, "how
many" a number). Sentence embeddings match a question to sentences on *topic*; they do not see
that "How long did the talks last?" is answered by "…lasted about four hours", not by the
headline "Russia and NATO ended their talks". A small bonus for sentences that hold the asked-for
kind of answer fixes that. Patterns cover English, Russian and Ukrainian question words.

"Who" (and "which publication / country…") questions want a proper name: a capitalised word
past the sentence's first that the question does not already state (session 6; XQuAD, quote holds
the gold answer: en→ru 0.787 / 0.756 → 0.788 / 0.756 on the even / odd questions, ru→ru 0.837 /
0.845 → 0.839 / 0.845; first quoted sentence up to +0.4 points; development questions unchanged).

"How much does it cost / Сколько стоит / Скільки коштує" questions want an amount of money (a
number and a currency); question_terms.py refuses them when the evidence's articles state none
(session 9; development questions: abstention recall 0.571 → 0.714, nothing else changed; XQuAD
has one such question per language, and its paragraph states the sum).

"How many X" questions want a number that counts X: "Згода скількох союзників потрібна…?" is
answered by «…согласие всех 32 союзников», not by «По словам четырех дипломатов…», which holds a
number too. `counts` checks that a number is followed, within three words, by a word starting like
one the question counts (or by a unit of time, for "how long"), in the question's script (session
17).
"""

from __future__ import annotations

import re

from .dates import YEAR
from .language import UK_TO_RU
from .question_names import PREFIX_LETTERS

DATE, NUMBER, NAME, MONEY = "date", "number", "name", "money"

_FLAGS = re.IGNORECASE | re.UNICODE
# Question words, longest phrases first where one contains another.
_QUESTION_TYPES = [
    # a price, a cost, a sum spent or paid: answered only by an amount of money (before NUMBER,
    # whose "how much" / "сколько" it narrows)
    (MONEY, re.compile(
        r"\bhow much\b.*\b(?:cost|costs|spend|spends|spent|pay|pays|paid|price|budget|money|funding)\b|"
        r"\bwhat (?:is|was|are|were) the (?:cost|price|budget)\b|"
        r"\bсколько\s+(?:\w+\s+)?(?:стои\w*|стоил\w*|стоят|денег|потрат\w*|заплат\w*|обош\w*|обход\w*)|"
        r"\bкаков\w* (?:стоимость|цена|бюджет)\b|"
        r"\bскільки\s+(?:\w+\s+)?(?:кошт\w*|грошей|витрат\w*|заплат\w*)|\bяк\w* (?:вартість|ціна|бюджет)\b", _FLAGS)),
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
    # answered by a proper name: a person, an organisation, a publication, a country
    (NAME, re.compile(
        r"\bwho\b|\bwhom\b|\bwhose\b|\bкто\b|\bкого\b|\bкем\b|\bкому\b|\bчей\b|\bчья\b|\bчьи\w*|"
        r"\bхто\b|\bким\b|\bчий\b|\bчия\b|\bчиї\w*|"
        r"\bwhich (?:country|countries|city|newspaper|publication|outlet|agency|organi[sz]ation)\b|"
        r"\bкак(?:ое|ая|ой|ие|их) (?:издани\w*|стран\w*|город\w*|агентств\w*|организаци\w*)|"
        r"\bяк(?:е|а|ий|і|их) (?:видання|країн\w*|міст\w*|агентств\w*|організаці\w*)", _FLAGS)),
]

_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]\w*|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|"
    r"січ\w*|лют\w*|берез\w*|квіт\w*|травн?\w*|черв\w*|лип\w*|серп\w*|верес\w*|жовт\w*|листопад\w*|груд\w*"
)
_DATE_IN_TEXT = re.compile(
    rf"\b{YEAR}\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b|"
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


_MONEY_IN_TEXT = re.compile(
    r"[$€£₽₴¥]|\b(?:dollars?|euros?|pounds? sterling|usd|eur|rub|uah|доллар\w*|долл|евро|рубл\w*|руб|"
    r"гривн\w*|гривен\w*|фунт\w* стерлинг\w*|юан\w*|иен\w*|франк\w*)\b", _FLAGS)


def expected_answer_type(question: str) -> str | None:
    """MONEY, DATE, NUMBER, NAME or None (no recognisable question word, or another kind of question)."""
    for kind, pattern in _QUESTION_TYPES:
        if pattern.search(question):
            return kind
    return None


def _mentions(pattern: re.Pattern, text: str) -> set[str]:
    return {m.group(0).lower() for m in pattern.finditer(text)}


_WORD = re.compile(r"[^\W\d_][^\W_]*")


def _new_names(sentence: str, question: str) -> bool:
    """A capitalised word past the sentence's first that does not start like any question word
    (its first PREFIX_LETTERS letters, so inflected forms match: "Пєскова" / "Песков")."""
    asked = {w.lower().translate(UK_TO_RU)[:PREFIX_LETTERS] for w in _WORD.findall(question)}
    return any(w[0].isupper() and w.lower().translate(UK_TO_RU)[:PREFIX_LETTERS] not in asked
               for w in _WORD.findall(sentence)[1:])


def holds_answer_type(sentence: str, kind: str | None, question: str = "") -> bool:
    """Whether `sentence` contains something of that kind (a date for DATE, any number for
    NUMBER, a proper name for NAME, a number and a currency for MONEY) that the question does not
    already state: for "How long did the talks on 10 January last?", "10 January" is not an answer."""
    if kind == NAME:
        return _new_names(sentence, question)
    if kind == MONEY:
        return bool(_MONEY_IN_TEXT.search(sentence) and _NUMBER_IN_TEXT.search(sentence))
    pattern = {DATE: _DATE_IN_TEXT, NUMBER: _NUMBER_IN_TEXT}.get(kind)
    if pattern is None:
        return False
    return bool(_mentions(pattern, sentence) - _mentions(pattern, question))


# What a "how many" question counts: up to three words after the question word, up to the verb
# ("How many troops does KFOR have?" → troops; "Сколько лет было Элвею?" → лет).
_COUNTED = re.compile(
    r"\b(?:how many|сколько|скольк(?:их|им|ими)|скільки|скільк(?:ох|ом|ома))\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)",
    _FLAGS)
_AUXILIARIES = frozenset(
    "do does did is are was were be been have has had will would can could should may might "
    "был была было были есть будет будут было стало составляет составлял составила составляло "
    "було був була були є буде будуть становить становив становила".split())
_DURATION_QUESTION = re.compile(
    r"\bhow long\b|\bкак долго\b|\bсколько\s+(?:времени\s+)?(?:длил\w*|продолж\w*|шл[иао]\b|занял\w*)|"
    r"\bяк довго\b|\bскільки\s+(?:часу\s+)?(?:трива\w*|йшл\w*|зайнял\w*)", _FLAGS)
COUNTED_STEM = 4
_YEAR_NUMBER = re.compile(r"1\d{3}|20\d{2}")  # "между 1701 и 1750 годом": dates, not durations
_NUMBER_THEN = re.compile(
    rf"(\d+(?:[.,\u00a0 ]\d+)*|\b(?:{_NUMBER_WORDS})\b)\s*%?\s*((?:[^\W\d_]+[\s-]+){{0,2}}[^\W\d_]+)?", _FLAGS)


def _counted_stem(word: str) -> str:
    return word.lower().translate(UK_TO_RU)[:COUNTED_STEM]


# units of time, en/ru/uk, as their stems
_TIME_UNITS = tuple({_counted_stem(w) for w in (
    "second minute hour day days week month year "
    "секунд минут час часа часов сутки суток день дня дней неделя недели недель месяц месяца месяцев "
    "год года годы годов лет "
    "хвилин година годин годину доба діб днів тиждень тижні тижнів місяць місяці місяців рік роки років").split()})


def counted_stems(question: str) -> tuple[str, ...]:
    """The stems of what a "how many" question counts, or units of time for "how long" / "как
    долго"; () when it counts nothing recognisable."""
    if _DURATION_QUESTION.search(question):
        return _TIME_UNITS
    m = _COUNTED.search(question)
    if not m:
        return ()
    stems = []
    for word in m.group(1).split():
        if word.lower() in _AUXILIARIES:
            break
        if len(word) >= 3:  # not "US" in "How many US troops…"
            stems.append(_counted_stem(word))
    return tuple(stems)


def counts(sentence: str, stems: tuple[str, ...]) -> bool:
    """Whether a number in `sentence` (not a year) is followed, within three words, by a word
    whose stem is one of `stems` ("32 союзников", "около четырех часов")."""
    if not stems:
        return False
    for m in _NUMBER_THEN.finditer(sentence):
        if _YEAR_NUMBER.fullmatch(m.group(1)):
            continue
        if any(_counted_stem(w) in stems for w in re.split(r"[\s-]+", m.group(2) or "") if w):
            return True
    return False
