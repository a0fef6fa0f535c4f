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

Some quotes cannot answer at all (session 19; assistant.py refuses them): a "how many" question's
quotes with no count, only dates, years or spans of time (`holds_a_count`), and a "who commands /
heads…" question's quotes naming nobody, only acronyms and countries (`names_a_person`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .dates import MONTH_WORDS, YEAR
from .glossary import TERM_ENGLISH, TERMS
from .language import CYRILLIC, LATIN, UK_TO_RU
from .lexical import tokenize
from .morphology import is_verb
from .question_names import PREFIX_LETTERS, acronym_forms, named_words, nationality, place_forms, places_in

DATE, NUMBER, NAME, MONEY = "date", "number", "name", "money"

_FLAGS = re.IGNORECASE | re.UNICODE
# Question words, longest phrases first where one contains another.
_QUESTION_TYPES = [
    # a price, a cost, a sum spent or paid: answered only by an amount of money (before NUMBER,
    # whose "how much" / "сколько" it narrows)
    (MONEY, re.compile(
        r"\bhow much\b.*\b(?:cost|costs|spend|spends|spent|pay|pays|paid|price|budget|money|funding)\b|"
        r"\bwhat (?:is|was|are|were) the (?:(?:annual|yearly|total|overall) )?(?:cost|price|budget)\b|"
        r"\bwhat (?:budget|funding)\b|\bhow expensive\b|"
        r"\bсколько\s+(?:\w+\s+)?(?:стои\w*|стоил\w*|стоят|денег|потрат\w*|заплат\w*|обош\w*|обход\w*)|"
        r"\bкак(?:ов\w*|ой|ая|ое) (?:стоимость|цена|бюджет)\b|"
        r"\bскільки\s+(?:\w+\s+)?(?:кошт\w*|грошей|витрат\w*|заплат\w*)|"
        r"\bяк\w* (?:є )?(?:вартість|ціна|бюджет)\b", _FLAGS)),
    (DATE, re.compile(
        r"\bwhen\b|\bwhat (?:date|day|year|month|time)\b|\bwhich (?:date|day|year|month)\b|\bin what year\b|"
        r"\bsince when\b|\bby when\b|"
        # a time of day: «во сколько» is no count
        r"\bво сколько\b(?!\s+раз)|\bв котором часу\b|\bо котр(?:ій|у)\b|\bна котру годину\b|\b[ву] який час\b|"
        r"\bкогда\b|\bкакого (?:числа|года|месяца)\b|\bв како[мй] (?:году|месяце|день)\b|\bс какого (?:года|времени)\b|"
        r"\bс каких пор\b|\bвідколи\b|\bякого місяця\b|"
        r"\bдо какого (?:числа|года|срока)\b|\bк какому сроку\b|\bкакая дата\b|"
        r"\bколи\b|\bякого числа\b|\bякого року\b|\b[ву] якому (?:році|місяці)\b|\b[ву] який день\b|"
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

_MONTHS = "|".join(f"(?:{words})" for words in MONTH_WORDS)
_YEAR_WORD = rf"\b{YEAR}\b"
_DATE_IN_TEXT = re.compile(
    rf"{_YEAR_WORD}|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b|"
    r"\b(?:[IVXLC]+|\d{1,2})(?:-?(?:th|st|nd|rd|м|го))?\s+(?:century|centuries|век\w*|столети\w*|столітт\w*)\b",
    _FLAGS)
# "In which month…?" is answered by a month, with or without a day or year («…уже в сентябре»), not by a year alone
_ASKS_MONTH = re.compile(r"\b(?:which|what) month\b|\bкаком месяце\b|\bкакого месяца\b|\bякому місяці\b|"
                         r"\bякого місяця\b", _FLAGS)
# "Since when…?", "From what month…?", «С какого года…?», «Відколи…?»: answered by the time something began, which
# news writes after "since"/"from" («…с августа 2003 г.», «…с 2021-го…»)
_ASKS_SINCE = re.compile(r"\b(?:since|from) (?:when|what|which)\b|\bс како(?:го|й)\b|\bс каких пор\b|\bначиная с\b|"
                         r"\bз(?:і)? якого\b|\bз якої\b|\bвідколи\b|\bвід якого\b|\bвід якої\b", _FLAGS)
# "In what year…?", "On which day…?", «Какого числа…?»: a month alone does not answer them
_ASKS_YEAR_OR_DAY = re.compile(r"\b(?:what|which) (?:year|date|day)\b|\bкакого (?:года|числа)\b|\bв каком году\b|"
                               r"\bв какой день\b|\bкакая дата\b|\bякого (?:року|числа)\b|\b[ву] якому році\b|"
                               r"\b[ву] який день\b|\bяка дата\b|\bна яке число\b", _FLAGS)
_MONTH_IN_TEXT = re.compile(rf"\b(?:{_MONTHS})\b", _FLAGS)
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
    pattern = {DATE: _MONTH_IN_TEXT if _ASKS_MONTH.search(question) else _DATE_IN_TEXT,
               NUMBER: _NUMBER_IN_TEXT}.get(kind)
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
    # (a modal between: «Сколько должна была длиться…», «Скільки мали тривати…»)
    r"\bhow long\b|\bкак долго\b|\bсколько\s+(?:времени\s+)?(?:(?:долж\w+|мог\w*)\s+(?:был\w*\s+)?)?"
    r"(?:длил\w*|длит\w*|длят\w*|продолж\w*|шл[иао]\b|занял\w*|занима\w*)|"
    r"\bяк довго\b|\bскільки\s+(?:часу\s+)?(?:(?:ма(?:в|ла|ло|ли)|повин\w+)\s+(?:б\s+)?)?(?:трива\w*|йшл\w*|зайнял\w*)|"
    r"\bhow much time\b|\bсколько\s+(?:\w+\s+)?времени\b|\bскільки\s+(?:\w+\s+)?часу\b", _FLAGS)
COUNTED_STEM = 4
_YEAR_NUMBER = re.compile(r"1\d{3}|20\d{2}")  # "между 1701 и 1750 годом": dates, not durations
# the words after a number are read ahead, not consumed: in "Засуха 2010 года имела три эпицентра"
# the year's words must not swallow the next number
_DIGITS = r"\d+(?:[.,\u00a0 ]\d+)*"  # a number in digits, with its groups: "4 500", "7,5", "158,349"
_NUMBER_THEN = re.compile(
    rf"({_DIGITS}|\b(?:{_NUMBER_WORDS})\b)(?=[\s-]*%?\s*((?:[^\W\d_]+[\s-]+){{0,2}}[^\W\d_]+)?)",
    _FLAGS)


def _counted_stem(word: str) -> str:
    return word.lower().translate(UK_TO_RU)[:COUNTED_STEM]


# Units of time, en/ru/uk: the words naming each, looked up by their stem ("годину" → hour, "года"
# → year). "доба" (a day of 24 hours) is a unit of its own: count_lead.py has no form to write it in.
_TIME_UNIT_WORDS = {
    "second": "second секунд",
    "minute": "minute минут хвилин",
    "hour": "hour час часа часов година годин годину",
    "day": "day days сутки суток день дня дней днів",
    "doba": "доба діб",
    "week": "week неделя недели недель тиждень тижні тижнів",
    "month": "month месяц месяца месяцев місяць місяці місяців",
    "year": "year год года годы годов лет рік роки років",
}
_UNIT_OF_STEM = {_counted_stem(w): unit for unit, words in _TIME_UNIT_WORDS.items() for w in words.split()}
_TIME_UNITS = tuple(_UNIT_OF_STEM)  # their stems


TIME_UNIT_STEMS = _TIME_UNITS  # for count_lead.span_lead


def counts_a_span_of_time(sentence: str) -> bool:
    """Whether `sentence` counts units of time ("около четырех часов", "7,5 часов", "more than seven months")."""
    return counts(sentence, TIME_UNIT_STEMS)


def asks_how_long(question: str) -> tuple[str, ...] | None:
    """For "how long / как долго / сколько длились…": the units of time its answer counts; else None."""
    return _TIME_UNITS if _DURATION_QUESTION.search(question) else None


def time_unit(word: str) -> str | None:
    """The unit of time a word names ("лет", "hours", "тижнів" → year, hour, week), or None."""
    return _UNIT_OF_STEM.get(_counted_stem(word))


def is_time_unit(word: str) -> bool:
    """Whether a word (or a counted stem) is a unit of time."""
    return time_unit(word) is not None


def counts_time(stems: tuple[str, ...]) -> bool:
    """Whether a question counting `stems` counts units of time ("how long", "how many years")."""
    return any(stem in _UNIT_OF_STEM for stem in stems)


def counted_stems(question: str) -> tuple[str, ...]:
    """The stems of what a "how many" question counts, or units of time for "how long" / "как
    долго"; () when it counts nothing recognisable."""
    if (units := asks_how_long(question)) is not None:
        return units
    # not "US" in "How many US troops…"; not an acronym beside a word ("Сколько военных НАТО служит…" is
    # not answered by «четыре дипломата НАТО»)
    words = [word for word in counted_words(question) if len(word) >= 3]
    return tuple(_counted_stem(word) for word in ([w for w in words if not w.isupper()] or words))


def counted_words(question: str) -> list[str]:
    """The words after "how many" / "сколько" that say what is counted, up to a verb such as "are"
    (at most three: "US soldiers", "військових США планують"). Russian and Ukrainian have no auxiliary
    to end them: there they end with the first verb after a noun, kept, as its stem may name what is
    counted («…человек подписали…»: «5 100 подписями»): «танків отримали», not «танків отримали
    іракські», whose «іракські» would take «2 500 военных из Ирака» for a count of tanks."""
    m = _COUNTED.search(question)
    words = []
    for word in (m.group(1).split() if m else []):
        if word.lower() in _AUXILIARIES:
            break
        words.append(word)
        if len(words) > 1 and CYRILLIC.match(word) and is_verb(word):
            break
    return words


def whose_count(question: str) -> list[str]:
    """The places (question_names.place_key) that say whose things a "how many" question counts: "US" in
    "How many US soldiers…", «российских» in «Сколько российских военных…» (question_names.nationality).
    Only the word right after "how many": further on it is often the verb's object ("Сколько гугенотов
    покинули Францию?")."""
    first = counted_words(question)[:1]
    return [m.key for m in places_in(" ".join(first))] or [key for w in first if (key := nationality(w))]


def whose_body(question: str) -> tuple[str, ...]:
    """The forms of a body's acronym (glossary.TERMS) that says whose things a "how many" question counts:
    "NATO" in "How many NATO troops…", «НАТО» in «Сколько военных НАТО…» (the word right after "how many",
    or the one after it, as Russian and Ukrainian put it). A country's is a place (whose_count)."""
    for word in counted_words(question)[:2]:
        if (word in TERMS or word in TERM_ENGLISH) and not places_in(word):
            return acronym_forms(word)
    return ()


# An acronym after "in" / «в» / «у»: the body a "how many" question puts the counted in ("…serve in KFOR?")
_IN_BODY = re.compile(r"\b(?:in|at|within|в|во|у)\s+(?:the\s+)?([A-ZА-ЯЁІЇЄҐ]{2,}[A-ZА-ЯЁІЇЄҐ0-9]*)(?![\w-])")


def counted_in_body(question: str) -> tuple[str, ...]:
    """The forms of the acronym a "how many" question puts what it counts in («Сколько американских военных
    служит в KFOR?»: "KFOR"; «в НАТО»: «НАТО», "NATO"), if any; not a country's («в США»: a place, asked_places)."""
    m = _IN_BODY.search(question)
    if m is None or places_in(m.group(1)):
        return ()
    return acronym_forms(m.group(1))


def names_body(sentence: str, forms: tuple[str, ...]) -> bool:
    """Whether `sentence` writes one of a body's `forms` (whose_body, question_people.asked_body) as a word,
    inflected or not («Госдепартаменте», «НАТОв» as a typo has it), but not as the start of a longer acronym
    («СБ» is not «СБУ»)."""
    return any(re.search(rf"(?<![^\W\d_]){re.escape(f)}(?![A-ZА-ЯЁІЇЄҐ])", sentence) for f in forms)


def counts(sentence: str, stems: tuple[str, ...]) -> bool:
    """Whether a number in `sentence` (count_mentions: not a year or a day of the month) is followed,
    within three words, by a word whose stem is one of `stems` ("32 союзников", "около четырех часов")."""
    return bool(stems) and any(m.counts_asked for m in count_mentions(sentence, stems))


# A number that counts nothing the question asks: the day of a date ("31 декабря"), a year
# ("в 2018 году", "с 2021-го"); and a span of time, unless the question counts time ("семь лет" does
# not say how many soldiers). A count may be a word ("шестикратный", "ни одного", "none").
_DAY_OF_MONTH = re.compile(rf"\d{{1,2}}\s+(?:{_MONTHS})\b|(?:{_MONTHS})\s+\d{{1,2}}\b", _FLAGS)
# A time of day counts nothing: "16:00", and "14.30" after a preposition ("назначен на 14.30 по Киеву"),
# where a decimal number would be read as 14.3 of something
_CLOCK_TIME = re.compile(
    r"\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b(?!:\d)|"
    r"\b(?:в|во|на|к|до|с|со|после|около|о|об|від|після|at|by|until|till|from)\s+(?P<hour2>[01]?\d|2[0-3])\."
    r"(?P<minute2>[0-5]\d)\b(?![.,]\d)",
    _FLAGS)


def clock_times(text: str) -> list[tuple[str, int]]:
    """The times of day the text gives ("16:00", «на 14.30»), each as "HH:MM" and where it ends in the text."""
    return [(f"{int(m.group('hour') or m.group('hour2'))}:{m.group('minute') or m.group('minute2')}", m.end())
            for m in _CLOCK_TIME.finditer(text)]


_COUNT_WORDS = re.compile(
    r"\b(?:(?:одно|дву|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|\w+надцати|сто|"
    r"одно|дво|трь|чотирь|п['’]яти|шести|семи|восьми|дев['’]яти|десяти)кратн\w*|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|hundred)fold|"
    r"none|no|never|neither|ни (?:одн\w*|в одн\w*|разу)|ни один|жодн\w*|ні (?:одн\w*|разу)|"
    # not «нико\w*»: it read «Николя Саркози» as «никого»
    r"никто|никого|никому|никем|ником|никак\w*|никогда|ніхто|нікого|нікому|ніким|ніколи|ніяк\w*|"
    r"once|twice|thrice|однажды|дважды|трижды|четырежды|двічі|тричі|"
    # a count in words the text does not make exact: "много раз", "several", "кілька"
    r"many|several|few|numerous|multiple|много|многие|многих|несколько|нескольких|немного|"
    r"багато|кілька|декілька|кількох|"
    # or a share: «"большинство" союзников согласны…»
    r"majority|большинств\w*|більшіст\w*|більшост\w*)\b", _FLAGS)
# A four-digit number is a year after a preposition ("в 2018 году", "since 1999"), before a word for
# a year, or with no word after it; "attended by 2000 guests" counts guests.
# So is one after a month ("с августа 2003 г.", "in August 2003").
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|from|to|of|between|and|the|в|во|с|со|до|к|по|от|из|после|между|и|"
    rf"у|з|із|від|після|між|і|та|{_MONTHS})\s+|[(,–-]\s*)$", _FLAGS)


# "Как определялось, сколько из каждого лагеря будет назначено?" asks how, not how many
_OTHER_QUESTION_WORD = re.compile(
    r"\b(?:how|why|what|which|who|when|where|как|почему|зачем|что|кто|когда|где|як|чому|навіщо|що|хто|коли|де)\b",
    _FLAGS)


# A question asking the size of a body of people counts its people without naming them: "Какова численность KFOR?",
# «Яка чисельність місії?», "How big is KFOR?", "What is the population of…?". Not «Какое место… по численности
# населения?» (a rank), nor "What is the size of the endowment?" (an amount)
_SIZE_QUESTION = re.compile(
    r"\b(?:какова|каков|яка|який)\s+(?:(?:был[аио]?|була|було|був)\s+)?(?:\w+\s+)?(?:численност|чисельн)\w*|"
    r"\bhow (?:big|large|strong) (?:is|are|was|were)\b|"
    r"\bwhat(?:'s| is| was| were)\s+(?:the\s+)?(?:\w+\s+)?(?:population|strength|headcount) of\b", _FLAGS)
# the words a count of people is followed by, in the three languages: their stems are what a size question counts
_PEOPLE_WORDS = ("troops soldiers servicemen personnel people members residents inhabitants военных военнослужащих "
                 "солдат человек жителей членов військових військовослужбовців солдатів людей осіб жителів").split()


# "At what time…?", «Во сколько…?», «О котрій…?»: the time of day, not the date (nor "what time frame", «во
# сколько раз», how many times)
_ASKS_CLOCK_TIME = re.compile(
    r"\bwhat time\b(?!\s+(?:of (?:the )?year|fram\w*|period|span|zone))|\bwhat hour\b|\bво сколько\b(?!\s+раз)|"
    r"\bв котором часу\b|\bна (?:какое|яке) время\b|\bо котр(?:ій|у)\b|\bна котру\b|\bв яку годину\b|\bна яку годину\b|"
    r"\bв який час\b|\bна який час\b", re.IGNORECASE)


def asks_since_when(question: str) -> bool:
    """Whether the question asks since when something has been so: "Since when…?", «С какого года…?»."""
    return bool(_ASKS_SINCE.search(question))


def asks_for_the_year_or_day(question: str) -> bool:
    """Whether the question asks for a year or a day, which a month alone does not give."""
    return bool(_ASKS_YEAR_OR_DAY.search(question))


def asks_the_time_of_day(question: str) -> bool:
    """Whether the question asks at what time (of day) something happened: "What time…?", «Во сколько…?»."""
    return bool(_ASKS_CLOCK_TIME.search(question))


def asks_how_many(question: str) -> tuple[str, ...] | None:
    """What a "how many X" question counts (counted_stems), or None for any other question
    ("how long" and "how much" included: their answers are spans and amounts, not counts). A question asking
    the size of a body of people (_SIZE_QUESTION) counts people: the stems of _PEOPLE_WORDS."""
    m = _COUNTED.search(question)
    if _DURATION_QUESTION.search(question) or asks_the_time_of_day(question):  # «Во сколько…?» is a time
        return None
    if not m and _SIZE_QUESTION.search(question):
        return tuple(dict.fromkeys(_counted_stem(w) for w in _PEOPLE_WORDS))
    if not m or _OTHER_QUESTION_WORD.search(question[:m.start()]):
        return None
    return counted_stems(question)


@dataclass(frozen=True)
class CountMention:
    """A number in a sentence that may count what a "how many" question asks (count_mentions)."""

    start: int
    end: int
    value: float | None  # None: a number word read no further ("десятки", "hundreds")
    counts_asked: bool  # followed by a word the question counts ("32 союзников")
    next_word: str = ""  # the word after the number ("лет" in "семь лет")

    @property
    def names_a_thing(self) -> bool:
        """Followed by a word naming what it counts, of 4 letters or more: «четырех дипломатов», not «68 511 из
        которых»."""
        return len(self.next_word) >= 4 and self.next_word.isalpha()


_WORD_VALUES = {w: float(v) for v, words in {
    1: "one один одна одно одного одной одну", 2: "two два две двух дві двох", 3: "three три трех трёх трьох",
    4: "four четыре четырех четырёх чотири чотирьох", 5: "five пять пяти п'ять п'яти п’ять п’яти",
    6: "six шесть шести шість", 7: "seven семь семи сім", 8: "eight восемь восьми вісім",
    9: "nine девять девяти дев'ять дев'яти дев’ять дев’яти", 10: "ten десять десяти", 11: "eleven", 12: "twelve",
    20: "twenty двадцать двадцати двадцять", 30: "thirty тридцать тридцати тридцять",
    40: "forty сорок сорока", 50: "fifty пятьдесят пятидесяти п'ятдесят", 100: "сто ста",
    # no "thousand", "hundred" alone: "several thousand" is not 1,000
    }.items() for w in words.split()}
_SCALES = [(re.compile(r"(?:тысяч|тисяч|thousand)", _FLAGS), 1e3),
           (re.compile(r"(?:миллион|мільйон|million|млн)", _FLAGS), 1e6),
           (re.compile(r"(?:миллиард|мільярд|billion|млрд)", _FLAGS), 1e9)]


def _number_value(number: str, after: list[str], cyrillic: bool) -> float | None:
    """"4 500" → 4500, "4,500" → 4500 in English and 4.5 in Cyrillic text, "пяти тысяч" → 5000."""
    if number[0].isdigit():
        digits = re.sub(r"[\u00a0 ]", "", number)
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits):  # "500,000" in Russian text too
            digits = digits.replace(",", "")
        elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits) and cyrillic:
            digits = digits.replace(".", "")
        try:
            value = float(digits.replace(",", "."))
        except ValueError:
            return None
    else:
        value = _WORD_VALUES.get(number.lower())
        if value is None:
            return None
    scale = next((k for pattern, k in _SCALES if after and pattern.match(after[0])), 1.0)
    return value * scale


def stated_values(text: str, digits_only: bool = False) -> set[float]:
    """The value of every number `text` states, in digits or (unless `digits_only`) in words, with its
    scale word ("2 500" and "2,500" → 2500, "пяти тысяч" and "5 thousand" → 5000, "1,5 млн" → 1.5e6)."""
    cyrillic = bool(re.search(r"[а-яіїєґё]", text, re.IGNORECASE))
    values = set()
    for m in _NUMBER_THEN.finditer(text):
        if digits_only and not m.group(1)[0].isdigit():
            continue
        value = _number_value(m.group(1), [w for w in re.split(r"[\s-]+", m.group(2) or "") if w], cyrillic)
        if value is not None:
            values.add(value)
    return values


_NUMBER_BEFORE = re.compile(rf"(?:\d|\b(?:{_NUMBER_WORDS}))\s*$", _FLAGS)
# A number that labels a thing counts nothing: "Article 5", «статьи пять Устава НАТО», «резолюции № 1973»
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:articles?|chapters?|sections?|paragraphs?|resolutions?|clauses?|no\.|"
    r"стать(?:я|и|е|ю|ей)|пункт(?:а|е|ом)?|глав(?:а|ы|е|у)|раздел(?:а|е)?|параграф(?:а|е)?|резолюци(?:я|и|ю|ей)|"
    r"стат(?:тя|ті|тю|тею)|розділ(?:у|і)?|резолюці(?:я|ї|ю|єю))|[№§])\s*$", _FLAGS)


def count_mentions(sentence: str, stems: tuple[str, ...]) -> list[CountMention]:
    """The numbers in `sentence` that could count what a "how many" question asks (`stems`, from
    asks_how_many): not a year or a day of the month, and not a span of time unless the question
    counts units of time."""
    time_counted = counts_time(stems)
    # a unit of time is counted in any language: "годин" is asked, «7,5 часов» answers
    units = {_UNIT_OF_STEM[stem] for stem in stems if stem in _UNIT_OF_STEM}
    text = _DAY_OF_MONTH.sub(lambda m: " " * len(m.group(0)), sentence)  # same offsets
    text = _CLOCK_TIME.sub(lambda m: " " * len(m.group(0)), text)
    cyrillic = bool(re.search(r"[а-яіїєґё]", sentence, re.IGNORECASE))
    found = []
    for m in _NUMBER_THEN.finditer(text):
        after = [w for w in re.split(r"[\s-]+", m.group(2) or "") if w]
        if _YEAR_NUMBER.fullmatch(m.group(1)) and (
                not after or _YEAR_BEFORE.search(text[:m.start()]) or is_time_unit(after[0])
                or after[0].lower() in ("го", "х", "s", "th")):
            continue
        if not time_counted and after and is_time_unit(after[0]):
            continue
        if any(p.match(m.group(1)) for p, _ in _SCALES) and _NUMBER_BEFORE.search(text[:m.start()]):
            continue  # "тысяч" in "пяти тысяч": the scale of the number before it
        if _LABEL_BEFORE.search(text[:m.start()]):
            continue
        # the word after a scale word is what is counted: «военнослужащих» in «пяти тысяч военнослужащих»
        named = after[1:] if after and any(p.match(after[0]) for p, _ in _SCALES) else after
        found.append(CountMention(m.start(), m.end(), _number_value(m.group(1), after, cyrillic),
                                  any(_counted_stem(w) in stems or time_unit(w) in units for w in after),
                                  named[0] if named else ""))
    return found



# A clause of time: "Immunodeficiency occurs when the immune system is less active…" answers "When does it occur?"
_WHEN_CLAUSE = re.compile(r"(?<=\w)[,\s]+(?:when|whenever|once|когда|как только|коли|щойно)\b", _FLAGS)


def could_tell_a_time(text: str) -> bool:
    """Whether `text` holds anything that may tell a time the date patterns miss: a number in digits that is not a
    count of things («~74 000 лет до настоящего времени», "the 1950s", "13,000 BP"; not «около 300 офицеров») or a
    clause of time ("…occurs when the immune system…")."""
    counts = [m for m in count_mentions(text, ()) if text[m.start].isdigit() and m.names_a_thing
              and not m.next_word.isupper()]
    return len(re.findall(_DIGITS, text)) > len(counts) or bool(_WHEN_CLAUSE.search(text))


def holds_a_count(sentence: str, stems: tuple[str, ...]) -> bool:
    """Whether `sentence` holds a number that could count what a "how many" question asks
    (count_mentions), or a count in words ("ни одного", "шестикратный", "несколько")."""
    return bool(_COUNT_WORDS.search(sentence) or count_mentions(sentence, stems))


# An end that a length of time runs to: "until 2014", "до окончания текущего срока полномочий".
_UNTIL = re.compile(r"\b(?:until|till|up to|до|вплоть до)\b", _FLAGS)
# A time something went on through: «на протяжении большей части девятнадцатого века», "throughout the war"
_THROUGHOUT = re.compile(r"\b(?:throughout|на протяжении|в течение|в продолжение|протягом|впродовж|упродовж)\b",
                         _FLAGS)
# Two times, a range: two years ("с 1870 по 1939"), or two days of a month (_DAY_OF_MONTH: "from 3 March to 9 May")
_YEAR_IN_TEXT = re.compile(_YEAR_WORD)


# What was expected, planned or scheduled, as against what happened
# (or by a modal: "supposed to take", «должна была длиться», «мала тривати»)
_EXPECTED = re.compile(r"expect|plann|scheduled|\bsupposed to\b|\bmeant to\b|"
                       r"\bdue to (?:be|begin|start|open|end|finish|close|last|take|meet|hold|arrive|sign|speak)\b|"
                       r"ожида|предполага|планир|очіку|передбача|заплан|назнач|признач|\bдолж(?:ен|на|но|ны)\s+был|"
                       r"\bма(?:в|ла|ло|ли)\s+\w+ти(?:ся)?\b", _FLAGS)


def tells_an_expectation(text: str) -> bool:
    """Whether `text` (a question or a sentence) speaks of what was expected, planned or scheduled."""
    return bool(_EXPECTED.search(text))


def expectation_end(text: str) -> int | None:
    """Where the first word of expecting, planning or scheduling in `text` ends; None without one."""
    m = _EXPECTED.search(text)
    return m.end() if m else None


def could_tell_a_length(sentence: str, units: tuple[str, ...]) -> bool:
    """Whether `sentence` could say how long something lasted (`units`: asks_how_long's): a span of time
    (holds_a_count: "около четырех часов", "несколько лет"), two dates or years (a range: "с 1870 по 1939",
    "from 3 March to 9 May"), an end it runs to (_UNTIL) or a time it went on through (_THROUGHOUT). Not a
    time of day nor one date alone: «…брифинг… был назначен на 14.30…» does not say how long the briefing
    lasted."""
    return bool(holds_a_count(sentence, units) or _UNTIL.search(sentence) or _THROUGHOUT.search(sentence)
                or len(_mentions(_YEAR_IN_TEXT, sentence)) >= 2 or len(_mentions(_DAY_OF_MONTH, sentence)) >= 2)


# "Who commands / heads / leads X?" asks for a person (not "Who asked NATO to…?", which a country answers);
# so does "Who will become / succeed / replace / lead…?" (a post's next holder), and "Who represents…?".
_PERSON_QUESTION = re.compile(
    r"\bwho (?:commands?|commanded|leads?|led|heads?|headed|chairs?|chaired|runs?|ran|directs?|directed|"
    r"(?:is|was) (?:the )?(?:[\w-]+(?:'s)? ){0,3}?(?:commander|head|leader|chief|chair(?:man|woman|person)?|president|"
    r"director|secretary|minister|spokes(?:man|woman|person))|"
    r"(?:will|would|is going to) (?:become|be the (?:next|new)|command|lead|head|chair|run|direct|represent)|"
    r"represent(?:s|ed)?|"
    r"(?:will )?(?:succeed(?:s|ed)?|replace[sd]?))\b|"
    r"\bкто (?:командует|командовал\w*|возглавля\w*|возглавил\w*|руковод\w*|стоит во главе|"
    r"(?:является|был[аи]?) (?:командующим|главой|руководителем|председателем|президентом|министром|секретарем)|"
    r"председательств\w*|"
    r"станет|будет (?:новым|следующим|командовать|возглавлять|руководить|представлять|председательствовать)|"
    r"представля\w*|представит|"
    r"сменит|заменит|сменил\w*|заменил\w*)|"
    r"\bхто (?:командує|командував\w*|очолю\w*|очолював\w*|очолив\w*|керує|керував\w*|стоїть на чолі|"
    r"(?:є|був|була) (?:командувачем|головою|керівником|президентом|міністром|секретарем)|"
    r"головує|головував\w*|головуватиме|"
    r"стане|буде (?:новим|наступним|командувати|очолювати|керувати|представляти|головувати)|командуватиме|очолить|"
    r"очолюватиме|"
    r"представля\w*|представить|"
    r"керуватиме|змінить|замінить|змінив\w*|замінив\w*)", _FLAGS)
_OPENING_QUOTE = "\"«“„'‘("


def after_opening_quote(text: str, start: int) -> bool:
    """Whether the word at `start` comes right after an opening quotation mark or bracket: it opens a
    quotation or a quoted name («"Исламское государство"»), so its capital says nothing of a person."""
    before = text[:start].rstrip()
    return bool(before) and before[-1] in _OPENING_QUOTE


# The head noun of a body's name, set in capitals, in any case: «Совета Россия – НАТО», «Організації Договору про
# колективну безпеку», «Ради», «Думы». Whole words with a case ending: «Судаков» is a person.
_BODY_HEAD = re.compile(
    r"(?:совет|комитет|комітет|министерств|міністерств|ведомств|відомств|агентств|организаци|організаці|"
    r"правительств|уряд|парламент|командовани|командуванн|посольств|администраци|адміністраці|комисси|комісі|"
    r"служб|рад|суд|союз|собрани|сенат|конгресс|конгрес|палат|дум|договор|договір)"
    r"(?:а|ы|и|е|у|ю|о|ой|ей|ою|ею|ом|ем|ам|ям|ах|ях|ами|ями|ов|ів|я|і|ї|ія|ії|ію|ією|ия|ии|ию|ией)?",
    re.IGNORECASE)


def ruled_out_as_person(word: str, text: str, start: int, common: frozenset[str]) -> bool:
    """Whether the capitalised `word` at `start` of `text` is no person by what it is and where it stands: a
    body from the glossary («Кремля», «Альянса») or by its head noun (`_BODY_HEAD`: «Совета»), a country, the
    first word of a quotation or quoted name, or a word its article writes in lower case (`common`, from
    common_words). Shared by the checks that a quote names someone (names_a_person) and that another than the
    asked person speaks (question_people)."""
    return (word in TERMS or _BODY_HEAD.fullmatch(word) is not None or place_forms(word) is not None
            or after_opening_quote(text, start) or (bool(common) and tokenize(word)[0] in common))


# "Who took part in / attended…" a meeting asks for people ("Who from the US…", «Кто из США…», "Which Russian
# minister…" too); in an operation or a mission, for countries ("Кто участвовал в операции НАТО в Ираке?": «…всех
# стран — членов НАТО за исключением Германии…»)
_ATTENDED_MEETING = re.compile(
    r"\b(?:(?:(?:who|anyone|anybody|someone|somebody)(?: from (?:the )?[\w-]+)?|"
    r"which (?:[\w-]+ ){0,4}?(?:officials?|ministers?|diplomats?|generals?|"
    r"commanders?|secretar(?:y|ies)|representatives?|envoys?|ambassadors?|spokes(?:man|men|woman|women|person|people)|"
    r"leaders?|presidents?)) "
    r"(?:took part|takes part|take part|participated|participate|attended|attend|was present|were present)|"
    r"(?:участвовал\w*|принимал\w* участие|присутствовал\w*) ли кто-(?:нибудь|то|либо)|"
    r"(?:брав|брала|брали) (?:хтось|хто-небудь)(?: (?:з|із|зі) [\w-]+)? участь|"
    r"кто(?: из [\w-]+)? (?:участвовал\w*|принимал\w* участие|присутствовал\w*)|"
    r"хто(?: (?:з|із|зі) [\w-]+)? (?:брав|брала|брали|бере) участь|"
    r"хто(?: (?:з|із|зі) [\w-]+)? (?:участвував\w*|був присутн\w*|були присутн\w*))\b"
    r"(?=.*\b(?:meeting|talks|council|summit|negotiations|session|conference|briefing|"
    r"заседани\w*|переговор\w*|встреч\w*|саммит\w*|совещани\w*|конференци\w*|брифинг\w*|"
    r"засіданн\w*|перемови\w*|переговор\w*|зустріч\w*|саміт\w*|нарад\w*|конференці\w*)\b)", _FLAGS)


def asks_for_a_person(question: str) -> bool:
    return bool(_PERSON_QUESTION.search(question) or _ATTENDED_MEETING.search(question))


def common_words(article: str) -> frozenset[str]:
    """The stems of the words `article` writes in lower case: a capitalised word with one of these
    stems is a common noun set in capitals («появилась Миссия НАТО»: the article also writes «миссию»)."""
    return frozenset(tokenize(" ".join(w for w in _WORD.findall(article) if w[0].islower())))


# A capitalised adjective of a place or a body, in an oblique case, before its noun: «Североатлантического альянса»,
# «на Варшавском саммите». Not in the nominative («заявил Зеленский журналистам») nor before a verb («Вишневского
# назначили»): people.
_PROPER_ADJECTIVE = re.compile(r"[А-ЯЁІЇЄҐ][^\W\d_]*(?:ск|цк)(?:ого|ому|ом|ой|ую|их|ими|ої|ій|ім)")
_VERB_ENDING = re.compile(r"(?:л|ла|ло|ли|ет|ит|ют|ят|ут|ат|ть|ся|сь|в|ме|муть)$")
_CAPITALISED_COMPOUND = re.compile(r"(?<![\w-])[A-ZА-ЯЁІЇЄҐ][^\W\d_]*(?:-[A-ZА-ЯЁІЇЄҐ][^\W\d_]*)+(?=\s+[a-zа-яёіїєґ])")


def names_a_person(sentence: str, question: str, common: frozenset[str] = frozenset()) -> bool:
    """Whether `sentence` may name a person the question does not: a capitalised word past its first
    that is not an acronym ("НАТО", "KFOR"), a body from the glossary («Альянса», «Госдепартаменте»), a
    country ("Косово", "Ирака"), a word of a place of several words or of a city where the word can be
    nothing else (places_in: «между Соединенными Штатами и РФ», «в Багдаде»), a capitalised adjective
    before its noun, compound or in an oblique case («Индо-Тихоокеанского региона», «Североатлантического
    альянса»), the first word of a quoted name («"Исламское государство"»), a name
    the question states (any script), a word its article writes in lower case (`common`, from
    common_words), a Latin word in a Cyrillic sentence ("Politico", "BuzzFeed"), or the first name of a
    person the question names ("Who replaced Stoltenberg?" is not answered by «…Йенса Столтенберга…»)."""
    named = {p for _, forms in named_words(question) for p in forms}
    asked = set(named)
    asked |= {w.lower().translate(UK_TO_RU)[:PREFIX_LETTERS] for w in _WORD.findall(question)}
    words = list(_WORD.finditer(sentence))[1:]
    # every word of a place: «в Багдаде», «с Москвой», «между Соединенными Штатами и РФ»
    placed = {p.start + w.start() for p in places_in(sentence) for w in _WORD.finditer(sentence[p.start:p.end])}
    # a compound adjective before its noun: «Индо-Тихоокеанского региона», «Азиатско-Тихоокеанского», each part
    compounds = {c.start() + part.start() for c in _CAPITALISED_COMPOUND.finditer(sentence)
                 for part in _WORD.finditer(c.group(0))}
    # Russian and Ukrainian news spell people in Cyrillic; a Latin word there names an outlet or a body
    # («…сообщили Politico», «…в интервью CNN»)
    cyrillic = len(CYRILLIC.findall(sentence)) > len(LATIN.findall(sentence))
    for m, after in itertools.zip_longest(words, words[1:]):  # each word and the one after it
        w = m.group(0)
        following = after.group(0) if after is not None else ""
        if (following[:1].isupper() and not following.isupper()
                and any(following.lower().translate(UK_TO_RU).startswith(p) for p in named)):
            continue  # the first name of a person the question names: «Йенса» in «Йенса Столтенберга»
        if (len(w) < 3 or not w[0].isupper() or w.isupper() or (cyrillic and LATIN.match(w))
                or ruled_out_as_person(w, sentence, m.start(), common)
                or m.start() in compounds
                or (_PROPER_ADJECTIVE.fullmatch(w) and len(following) >= 3 and following[:1].islower()
                    and CYRILLIC.match(following) and not _VERB_ENDING.search(following))
                or any(w.lower().translate(UK_TO_RU).startswith(p) for p in asked)
                or m.start() in placed):
            continue
        return True
    return False
