"""A short answer ahead of the quotes: the number a "how many" question asks for, in the question's language.

The date lead's twin (answer_lead.py). "How many troops does KFOR have?" over Russian news is
answered «…насчитывает около 4 500 военных.»; the number, with its "about", is the part an English
reader needs, and it can be written in English without translating the sentence: "About 4,500 [1].
The articles say: «…»". The counted word is not written: it would need translating.

Written only when the reading is unambiguous: the quotes give one count the question does not
state (a number that is not a year, a day of the month or, unless time is counted, a span of time;
answer_types.count_mentions), the best quote gives it, and the number is in digits or a simple number
word. A count that names what the question counts ("32 союзников" for "Згода скількох союзників…")
is preferred over others in the quotes when the question's script lets that be seen; across scripts,
the word after each number is compared with the counted words by the embedder ("troops" and «военных»
0.91, «дипломатов» 0.86: COUNTED_WORD_SIMILARITY).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from .answer_types import (
    TIME_UNIT_STEMS,
    CountMention,
    asks_how_long,
    asks_how_many,
    count_mentions,
    counted_words,
    counts_time,
    expectation_end,
    tells_an_expectation,
    time_unit,
    whose_count,
)
from .dates import YEAR
from .language import CYRILLIC, UK_TO_RU, detect_language
from .question_names import PREFIX_LETTERS, mentions_place, places_in
from .types import CLAUSE_MARGIN, ClauseSimilarity

# a range, a margin or "two of the three": no one number
_IN_RANGE_BEFORE = re.compile(
    r"(?:\d\s*[-–—]|\d\s+(?:to|до|по)|±|\bот|\bfrom|\bbetween|\bмежду|\bвід|\bміж|"
    r"\b(?:of|из|з|із)(?:\s+the)?(?:\s+\w+)?)\s*$", re.IGNORECASE)
_IN_RANGE_AFTER = re.compile(r"\s*(?:[-–—]\s*\d|±|до\s+\d|to\s+\d|and\s+\d|и\s+\d|(?:of|из|з|із)\s+(?:the\s+)?\w+)",
                             re.IGNORECASE)

# A verb of lasting shortly before a span of time: the span is how long the thing lasted («Они продлились около
# четырех часов», "The talks lasted about 7.5 hours"), so it may lead below the confidence bar too
_LASTED = re.compile(r"(?<![^\W\d_])(?:last(?:ed|s)?|длил\w*|продлил\w*|продолжал\w*|шл[иао]|тривал\w*|"
                     r"трива(?:є|ють)|йшл[иао])(?![^\W\d_])[^.!?;]{0,40}$", re.IGNORECASE)

# A qualifier right before the number (or before a preposition of time: «примерно через три часа»), and how
# each language writes it.
_QUALIFIERS = [(re.compile(rf"\b(?:{words})(?:\s+(?:через|after|in|within))?\s*$", re.IGNORECASE), written)
               for words, written in (
    ("около|примерно|приблизительно|порядка|близько|приблизно|about|around|approximately|roughly|some",
     {"en": "about", "ru": "около", "uk": "близько"}),
    ("почти|майже|nearly|almost", {"en": "almost", "ru": "почти", "uk": "майже"}),
    ("более|свыше|больше|понад|більше|більш ніж|more than|over", {"en": "more than", "ru": "более", "uk": "понад"}),
    ("менее|меньше|менше|менш ніж|less than|fewer than|under", {"en": "less than", "ru": "менее", "uk": "менше"}),
    ("до|up to", {"en": "up to", "ru": "до", "uk": "до"}),
)]
_SCALE_WORDS = {"en": {1e6: "million", 1e9: "billion"}, "ru": {1e6: "млн", 1e9: "млрд"},
                "uk": {1e6: "млн", 1e9: "млрд"}}


def format_count(value: float, language: str) -> str:
    """"4,500" / "4 500", "2.5 million" / "2,5 млн", "10,000" / "10 000"."""
    lang = language if language in _SCALE_WORDS else "en"
    # "2.5 million", but 22,338,618 in full: a scale word only where it loses nothing
    scale = next((s for s in (1e9, 1e6) if value >= s and (100 * value / s).is_integer()), None)
    if scale is not None:
        number = f"{value / scale:g}"
        number = number if lang == "en" else number.replace(".", ",")
        return f"{number} {_SCALE_WORDS[lang][scale]}"
    if value != int(value):
        return f"{value:g}" if lang == "en" else f"{value:g}".replace(".", ",")
    digits = f"{int(value):,}"
    return digits if lang == "en" else digits.replace(",", " ")


# Units of time (answer_types.time_unit), written after a count of them: "Почти 7 лет", "Almost 7
# years". Forms: English (one, more); Russian and Ukrainian (after 1, after 2–4, after 5 and more).
# Seconds and "доба" have none: their counts are written without a unit.
_TIME_UNITS = {
    "year": (("year", "years"), ("год", "года", "лет"), ("рік", "роки", "років")),
    "month": (("month", "months"), ("месяц", "месяца", "месяцев"), ("місяць", "місяці", "місяців")),
    "week": (("week", "weeks"), ("неделя", "недели", "недель"), ("тиждень", "тижні", "тижнів")),
    "day": (("day", "days"), ("день", "дня", "дней"), ("день", "дні", "днів")),
    "hour": (("hour", "hours"), ("час", "часа", "часов"), ("година", "години", "годин")),
    "minute": (("minute", "minutes"), ("минута", "минуты", "минут"), ("хвилина", "хвилини", "хвилин")),
}


# Ukrainian genitive singular ("близько 1 року"); in Russian it is the form after 2–4 ("около 1 года")
_UK_GENITIVE = {"year": "року", "month": "місяця", "week": "тижня", "day": "дня", "hour": "години", "minute": "хвилини"}
# qualifiers that put the count in the genitive: "около 4 часов", "понад 7 місяців" (not "почти", "майже")
_GOVERNS_GENITIVE = {"около", "более", "менее", "до", "близько", "понад", "менше"}


def _unit_form(unit: str, value: float, language: str, genitive: bool = False) -> str:
    en, ru, uk = _TIME_UNITS[unit]
    if language not in ("ru", "uk"):
        return en[0] if value == 1 else en[1]
    forms = ru if language == "ru" else uk
    singular_genitive = forms[1] if language == "ru" else _UK_GENITIVE[unit]
    if value != int(value):
        return singular_genitive  # "2,5 года"
    n = int(value)
    one = n % 10 == 1 and n % 100 != 11
    if genitive:
        return singular_genitive if one else forms[2]
    if one:
        return forms[0]
    return forms[1] if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else forms[2]


def qualifier(mention: CountMention, sentence: str, language: str) -> str:
    before = sentence[:mention.start]
    lang = language if language in ("en", "ru", "uk") else "en"
    return next((words[lang] for pattern, words in _QUALIFIERS if pattern.search(before)), "")


# (a phrase, words) → each word's cosine to the phrase, by the embedder (assistant.py)
WordSimilarity = Callable[[str, list[str]], list[float]]
# the cosine (e5 query vectors) at which a word after a number is taken to name what the question
# counts in another language: "troops"–«военных» 0.91, "troops"–«дипломатов» 0.86
COUNTED_WORD_SIMILARITY = 0.88


# words joining two counted things ("soldiers and police officers")
_TWO_THINGS = frozenset({"and", "or", "и", "или", "і", "й", "та", "або"})


def _of_two_things(counted: list[str]) -> bool:
    """Whether a question's counted words (answer_types.counted_words) join two things."""
    return bool(_TWO_THINGS.intersection(w.lower() for w in counted))


def _counted_across_languages(question: str, quotes: list[str], found: list[list[CountMention]],
                              similarity: WordSimilarity) -> list[list[CountMention]]:
    """`found` with counts_asked set where the word after a number means what the question counts,
    for a question whose counted words cannot match the quotes' ("How many troops…" over «около 4 500
    военных»; the words are compared by embedding)."""
    # nor an acronym beside a word, as counted_stems reads them: "NATO member states"–«стран» 0.865, "member
    # states" 0.894 ("How many NATO member states sent permanent representatives…?" → «…представители 30 стран…»)
    asked_words = [w for w in counted_words(question) if not places_in(w)]
    asked_words = [w for w in asked_words if not w.isupper()] or asked_words
    # Russian and Ukrainian have no auxiliary to end the counted words ("Скільки місяців європейці
    # воювали…" gives three): the noun right after "скільки" is what is counted
    asked = " ".join(asked_words[:1] if CYRILLIC.search(question) else asked_words)
    words = sorted({m.next_word for f in found for m in f if m.next_word})
    if not asked or not words:
        return found
    # English ones run on to a verb no auxiliary ends ("How many NATO diplomats spoke to Politico?"): the words
    # before the last say what is counted too ("NATO diplomats"–«дипломата» 0.90, with "spoke" 0.87); not of two
    # things ("How many Iraqi soldiers and police officers were trained…?" is not answered by the soldiers alone)
    shorter = not CYRILLIC.search(question) and len(asked_words) > 1 and not _of_two_things(asked_words)
    phrases = [asked] + ([" ".join(asked_words[:-1])] if shorter else [])
    close = {w for phrase in phrases
             for w, s in zip(words, similarity(phrase, words), strict=True) if s >= COUNTED_WORD_SIMILARITY}
    return [[replace(m, counts_asked=m.next_word in close) for m in f] for f in found]


def counts_something(sentence: str, stems: tuple[str, ...]) -> bool:
    """Whether a number in `sentence` is followed by a word naming what it counts (a word of 4 letters or more:
    «четырех дипломатов», not «68 511 из которых»)."""
    return any(m.names_a_thing for m in count_mentions(sentence, stems))


def counting_the_asked(question: str, sentences: list[str], similarity: WordSimilarity | None) -> list[bool]:
    """Per sentence, whether a number in it counts what the "how many" question asks: followed by a word the
    question counts ("32 союзников"), or, across languages, by a word of the same meaning by embedding
    ("How many troops…" over «около 4 500 военных», not «четырех дипломатов»)."""
    stems = asks_how_many(question)
    if stems is None:
        return [False for _ in sentences]
    found = [count_mentions(s, stems) for s in sentences]
    if similarity is not None and not any(m.counts_asked for f in found for m in f):
        found = _counted_across_languages(question, sentences, found, similarity)
    return [any(m.counts_asked for m in f) for f in found]


# A phrase that leaves a thing out of the count or span right before it: «…продолжались приблизительно 7,5 часов без
# учета перерыва на обед», "excluding", «не рахуючи». Not «кроме»: «Кроме того» opens sentences ("besides").
_EXCLUDING = re.compile(
    r"[^.!?;:]{0,30}?(?<![^\W\d_])(?P<marker>без\s+уч[её]та|не\s+считая|не\s+включая|за\s+исключением|исключая|"
    r"excluding|not\s+counting|not\s+including|except(?:\s+for)?|без\s+урахування|не\s+враховуючи|не\s+рахуючи|"
    r"не\s+включаючи|за\s+винятком)\s+(?P<thing>[^.!?;:,()]{2,60})", re.IGNORECASE)
# How much closer to the sentence without the excluded thing than to the thing itself the question must be to ask
# about what was counted. On the Geneva talks' «…7,5 часов без учета перерыва на обед», the question's cosine to
# «перерыва на обед» less its cosine to the sentence without it: −0.037 to −0.062 for how long the talks lasted
# (en, ru, uk; "…not counting lunch?" too), +0.0005 to +0.051 for how long the lunch break was.
EXCLUDED_MARGIN = 0.015


def measures_the_excluded(question: str, quote: str, stems: tuple[str, ...],
                          similarity: Callable[[str, list[str]], list[float]]) -> bool:
    """Whether the question asks about a thing `quote` leaves out of its count or span ("How long was the lunch break
    in the Geneva talks?" over «…они продолжались приблизительно 7,5 часов без учета перерыва на обед»): it shares
    a word with the excluded phrase that the rest of the quote lacks, or is about as close to the phrase as to the
    quote without it (EXCLUDED_MARGIN). `similarity(question, texts)` gives each text's cosine to the question
    (Assistant._clause_similarity). Not a question that leaves a thing out itself."""
    if _EXCLUDING.search(question):
        return False  # "…how long did the talks last, not counting lunch?" leaves it out too
    for m in count_mentions(quote, stems):
        if (excluded := _EXCLUDING.match(quote, m.end)) is None:
            continue
        thing = excluded.group("thing").strip()
        without = quote[:excluded.start("marker")].rstrip() + quote[excluded.end():]
        # a word of the question the excluded phrase shares and the rest does not (Russian and Ukrainian alike by
        # their first letters: «обідня перерва» / «перерыва на обед», whose cosines told them apart by too little)
        if _prefixes(question) & (_prefixes(thing) - _prefixes(without)):
            return True
        to_phrase, to_rest = similarity(question, [thing, without])
        if to_phrase > to_rest - EXCLUDED_MARGIN:
            return True
    return False


def _prefixes(text: str) -> set[str]:
    """The first PREFIX_LETTERS of `text`'s Cyrillic words of 4 letters or more, Ukrainian letters folded."""
    words = re.findall(r"[^\W\d_]{4,}", text.lower().translate(UK_TO_RU))
    return {w[:PREFIX_LETTERS] for w in words if CYRILLIC.match(w)}


# a year standing as a word: not dates.YEAR_NUMBER, which reads "the 1700s" as 1700 ("How many Huguenots fled France by
# the 1700s?" is led "About 500,000" by a quote stating no year)
_YEAR = rf"\b({YEAR})\b"


_CLAUSE_BREAK = re.compile(r",(?=\s)|[;:]|[.!?](?=\s)")  # not the comma of «56,2%»
_BRACKETED = re.compile(r"\([^()]*\)")


def _in_the_closest_clause(question: str, quote: str, mentions: list[CountMention],
                           similarity: ClauseSimilarity) -> list[CountMention]:
    """The counts of `mentions` in the clause of `quote` closest in meaning to the question, when that clause is by
    CLAUSE_MARGIN closer than every other clause giving a count: «Защита Пэнтерс уступила всего 308 очков, заняв
    шестое место в лиге, а также лидировала в НФЛ по перехватам с 24…» gives 308 for "How many points did the
    Panthers defense surrender?"; else none."""
    # a bracket's words are no clause of their own, and the clause around it runs on past it: «…из которых 5 500 000
    # квадратных километров (2 100 000 квадратных миль) покрыты дождевыми лесами» (its counts restate another's)
    plain = _BRACKETED.sub(lambda m: " " * len(m.group()), quote)
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(plain)), len(plain)]
    clauses = [(a, b) for a, b in pairwise(bounds) if plain[a:b].strip(" ,;:")]
    counting = {c: inside for c in clauses
                if (inside := [m for m in mentions if c[0] <= m.start < c[1] and plain[m.start] != " "])}
    if len(counting) < 2:
        return []
    texts = [" ".join(plain[a:b].split()).strip(" ,;:") for a, b in clauses]
    scores = dict(zip(clauses, similarity(question, texts), strict=True))
    top = max(clauses, key=scores.__getitem__)
    if top not in counting or any(scores[top] - scores[c] < CLAUSE_MARGIN for c in counting if c != top):
        return []
    return counting[top]


def count_lead(question: str, quotes: list[str], language: str,
               similarity: WordSimilarity | None = None, named_only: bool = False,
               clause_similarity: ClauseSimilarity | None = None) -> str | None:
    """The one count the quotes give for a "how many" question, or the one span of time for a "how
    long" question ("About 4 hours"), written in `language`, when the first (best) quote gives it;
    else None. `named_only`: only a count followed by a word for what is counted (the evidence is
    below the bar for other leads: assistant.LEAD_MARGIN)."""
    stems = asks_how_many(question)
    # a place that says whose things are counted ("How many US soldiers…") must be the quote's: "How
    # many US soldiers are in Kosovo?" is not answered by «…в Косово… насчитывает около 4 500 военных»
    # (all of KFOR). Only the word right after "how many": further on it is often the verb's object
    # ("Сколько гугенотов покинули Францию?")
    if stems is not None and quotes and any(not mentions_place(quotes[0], key) for key in whose_count(question)):
        return None
    # nor does one count answer a question counting two things: «Сколько иракских военных и полицейских
    # подготовила миссия?» is told «более пяти тысяч военнослужащих и свыше 10 тысяч полицейских»
    if stems is not None and _of_two_things(counted_words(question)):
        return None
    # nor a count the best quote does not date in the year the question asks about: "What was the white population
    # of Jacksonville as of 2010?" is not told by «…численность населения 853 382 человек по оценке 2014 года…»
    if stems is not None and quotes and not set(re.findall(_YEAR, question)) <= set(re.findall(_YEAR, quotes[0])):
        return None
    duration = stems is None
    stems = asks_how_long(question) if duration else stems
    if stems is None or not quotes:
        return None
    stated = {m.value for m in count_mentions(question, stems)}
    found = [[m for m in count_mentions(q, stems) if m.value not in stated] for q in quotes]
    same_language = detect_language(question) == detect_language(quotes[0])
    if (similarity is not None and not duration and not same_language
            and not any(m.counts_asked for f in found for m in f)):
        found = _counted_across_languages(question, quotes, found, similarity)
    # across languages with no counted word seen, the count in the best quote's clause closest to the question, when
    # one clause is clearly closest (the evidence is above the lead's bar: not `named_only`)
    if (clause_similarity is not None and not duration and not same_language and not named_only
            and not any(m.counts_asked for f in found for m in f) and len({m.value for m in found[0]}) > 1):
        closest = _in_the_closest_clause(question, quotes[0], found[0], clause_similarity)
        found = [[replace(m, counts_asked=m in closest) for m in f] for f in found]
    # counts of the asked thing, when any can be seen, are the candidates
    if any(m.counts_asked for f in found for m in f):
        found = [[m for m in f if m.counts_asked] for f in found]
    # one span right after a verb of lasting in the best quote is how long it lasted, beside others: «Переговоры
    # продлились около четырех часов, хотя ожидалось, что встреча завершится примерно через три часа»
    # (not for how long it was expected to last: «…ожидалось, что встреча завершится примерно через три часа»)
    # and for that, the one span after the word of expecting: "About 3 hours" for "How long was the meeting in
    # Brussels expected to last?" (and «Скільки годин, як очікувалося, мала тривати зустріч…?», counting hours)
    expected = (duration or counts_time(stems)) and tells_an_expectation(question)
    after = expectation_end(quotes[0]) if expected and found else None
    if expected:
        lasted = [m for m in found[0] if m.start >= after] if after is not None else []
    else:
        # (so for "How many hours did… last?", which counts units of time)
        lasted = ([m for m in found[0] if _LASTED.search(quotes[0][:m.start])]
                  if (duration or counts_time(stems)) and found else [])
    if len(lasted) == 1:
        found = [lasted] + [[] for _ in found[1:]]
    elif expected:
        return None  # the best quote tells no one span as expected
    values = {m.value for f in found for m in f}
    if len(values) != 1 or not found[0] or None in values:
        return None  # none, several, or one that is no plain number ("шестикратный", "несколько")
    best = found[0][0]
    # below the lead's confidence bar, only a count seen to count the asked thing: not a span of
    # time, whose unit says little ("10 years" for "How long did the coalition last?"), unless a verb of
    # lasting tells it is one («Они продлились около четырех часов»)
    if named_only and (not (expected or _LASTED.search(quotes[0][:best.start])) if duration
                       else not best.counts_asked):
        return None
    # In the question's language the count must be seen to count what is asked ("2000 guests"; not
    # the 136 in "…career sack leader with 136"); across languages the words do not match
    if (duration or same_language) and not best.counts_asked:
        return None  # a span of time names its unit in any language ("около четырех часов")
    return _written(best, quotes[0], language, stems)


def _written(best: CountMention, quote: str, language: str, stems: tuple[str, ...]) -> str | None:
    """The count `best` of `quote`, with its qualifier and unit of time, written in `language` ("About 4 hours");
    None when it is one end of a range."""
    if _IN_RANGE_BEFORE.search(quote[:best.start]) or _IN_RANGE_AFTER.match(quote[best.end:]):
        return None  # "100–150 видов", "0.62 ± 0.37": no one number
    word = qualifier(best, quote, language)
    unit = time_unit(best.next_word) if best.next_word and counts_time(stems) else None
    unit = unit if unit in _TIME_UNITS else None
    text = " ".join(w for w in (word, format_count(best.value, language),
                                _unit_form(unit, best.value, language, word in _GOVERNS_GENITIVE) if unit else "")
                    if w)
    return text[0].upper() + text[1:]


def span_lead(quote: str, language: str) -> str | None:
    """How long the quote tells something lasted ("About 7.5 hours"), written in `language`: its one span of
    time, or of several the one right after a verb of lasting («Переговоры продлились около четырех часов, хотя
    ожидалось… через три часа»); None otherwise. For each option of "Which lasted longer, A or B?"."""
    found = [m for m in count_mentions(quote, TIME_UNIT_STEMS) if m.counts_asked]
    if len({m.value for m in found}) > 1:
        found = [m for m in found if _LASTED.search(quote[:m.start])]
    if len({m.value for m in found}) != 1 or found[0].value is None:
        return None
    return _written(found[0], quote, language, TIME_UNIT_STEMS)
