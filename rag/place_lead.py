"""A short answer ahead of the quotes: the place a "where" question or the countries a "which
countries" question asks for, named in the question's language.

The date and count leads' sibling (answer_lead.py, count_lead.py). "Where will NATO's summit be
held?" over Russian news is answered «…на ежегодном саммите, который пройдет в Анкаре в июле»; the
place is the part an English reader needs, and it can be named in English without translating the
sentence, from the lists of places every language's name is known for (question_names.py: CLDR's
countries, GeoNames' larger cities): "Ankara [1]. The articles say: «…»".

Written only when the reading is unambiguous: the best quote names exactly the places asked for
that the question does not name itself. A "where" question about where something happens or is
("held", «пройдет», «находится») takes the one place the quote puts something in ("в Анкаре", "in
Ankara"; other "where" questions get no lead), a "which country" question a country, a "which city"
question a city; a question asking for several ("Which two countries…", "Какие страны…") takes all the
countries the quote names, and exactly as many as it says. A country is named in English, Russian
or Ukrainian (CLDR), a city by its English name (GeoNames' Cyrillic names are not tagged by language or
case), or for a Russian or Ukrainian question as the quote writes it, in the nominative («Анкара»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .answer_texts import listed
from .morphology import place_nominative
from .question_names import PlaceMention, located_places, mentions_place, place_key, place_name, places_in

PLACE, COUNTRY, CITY = "place", "country", "city"
QUESTION_WORD_WITHIN = 4  # words: "Where…", "In which city…", "Which two post-Soviet countries…"

_FLAGS = re.IGNORECASE
_WHERE = re.compile(r"\b(?:where|где|куда|де|куди)\b", _FLAGS)
# "Where" asks for a named place only about where something happens or is: "Where will the summit be
# held?", "Где пройдут переговоры?", "Де розташований штаб?". Other "where" questions are answered by a
# common noun ("Where do most pharmacists work?": in nursing homes), a rank ("Where does it stand?") or
# a place the verb does not take «в» for ("Where did Kenyatta visit?": «посетил Китай … после
# остановки в России»); on XQuAD, 3 of 5 "where" leads were wrong before this rule.
_HAPPENS = re.compile(
    r"\b(?:held|hold|holds|holding|tak(?:e|es|ing) place|took place|located|situated|based|headquartered|hosted|"
    r"meet|meets|met|meeting|convened?|gather(?:ed)?|sign(?:ed)?|born|died|buried|lives?|lived|stationed|deployed)\b|"
    r"\b(?:пройд\w*|проход\w*|прош[её]л|прошл[аио]|состо(?:ится|ятся|ялс\w*|ял\w*)|находи\w*|расположен\w*|"
    r"размещ\w*|базиру\w*|встреча\w*|встрет\w*|подписа\w*|родил\w*|умер\w*|похорон\w*|жив[её]т|жил[аи]?|"
    r"дислоцир\w*|"
    r"відбуд\w*|відбува\w*|відбул\w*|пройш\w*|знаход\w*|розташ\w*|розміщ\w*|базу\w*|зустр\w*|підписа\w*|"
    r"народи\w*|помер\w*|поховал\w*|живе|жив(?:е|ла|ли)?)\b", _FLAGS)
# "which/what [two] [NATO member] countries", "какие страны", "в какой стране", "які країни", "яке місто"
_NOUNS = {
    # a bloc's members are countries: "Which NATO members…", «Какие члены НАТО…», «Які члени Альянсу…»
    COUNTRY: r"countr(?:y|ies)|nations?|(?:member )?states|стран\w*|государств\w*|країн\w*|держав\w*|"
             r"(?:(?<=NATO )|(?<=EU )|(?<=alliance )|(?<=alliance's ))members|"
             r"член\w*(?=\s+(?:НАТО|ЕС|Евросоюза|[Аа]льянс\w*))",
    CITY: r"city|cities|towns?|город\w*|міст(?:о|а|і|ах|ом|ами)",  # not "міст", a bridge
}
_WHICH = r"(?:which|what|как\w+|котор\w+|як\w+)"
_ASKS = {kind: re.compile(rf"\b{_WHICH}\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{nouns})\b", _FLAGS)
         for kind, nouns in _NOUNS.items()}
# "страны" may be either
_PLURAL = re.compile(r"^(?:countries|nations|states|member states|members|cities|towns)$", _FLAGS)
_PLURAL_WHICH = re.compile(r"\b(?:какие|каких|каким|которые|которых|які|яких|яким)\b", _FLAGS)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3,
            "трёх": 3, "четыре": 4, "пять": 5, "дві": 2, "двох": 2, "трьох": 3, "чотири": 4, "п'ять": 5}
# A place something is in or happens in: "в Анкаре", "у Брюсселі", "на Украине", "in Ankara", "at Geneva".
_LOCATIVES = r"в|во|на|у|под|около|близ|in|at|near"
_LOCATIVE_BEFORE = re.compile(rf"(?:^|\s)(?:{_LOCATIVES})\s+$", _FLAGS)
# Places in one list are joined by a comma, a conjunction or a dash; a list is open when a capitalised
# word that is no known place is joined to it the same way.
_JOINED = re.compile(r"\s*(?:,|,?\s+(?:и|і|й|та|and|or|или|або)|\s*[—–-])\s*")
_OPEN_BEFORE = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*(?:,|\s+(?:и|і|й|та|and|or|или|або))\s*$")
_OPEN_AFTER = re.compile(r"(?:,|,?\s+(?:и|і|й|та|and|or|или|або))\s+[A-ZА-ЯЁІЇЄҐ]")


_COUNTED = re.compile(rf"\b(?P<number>{'|'.join(_NUMBERS)})\s+(?:[\w-]+\s+)?(?:{_NOUNS[COUNTRY]})\b", _FLAGS)


def _countries_counted(quote: str) -> int | None:
    """How many countries the quote says it names ("в двух странах", "three countries"), if it says so once."""
    counted = {_NUMBERS[m.group("number").lower()] for m in _COUNTED.finditer(quote)}
    return counted.pop() if len(counted) == 1 else None


@dataclass(frozen=True)
class PlaceQuestion:
    kind: str  # PLACE, COUNTRY or CITY
    several: bool  # "Which countries…": every one the quote names
    number: int | None  # "Which two countries…": exactly that many


def asks_for_a_place(question: str) -> PlaceQuestion | None:
    """Whether the question's opening words ask where, or which country or city."""
    opening = " ".join(question.split()[:QUESTION_WORD_WITHIN + 3])
    for kind, pattern in _ASKS.items():
        m = pattern.search(opening)
        if m and len(opening[:m.start()].split()) < QUESTION_WORD_WITHIN:
            asked = m.group(0).lower().split()
            number = next((_NUMBERS[w] for w in asked if w in _NUMBERS), None)
            several = number is not None and number > 1 or bool(
                _PLURAL.search(m.group("noun")) or _PLURAL_WHICH.search(m.group(0)))
            return PlaceQuestion(kind, several, number)
    m = _WHERE.search(question)
    if m and len(question[:m.start()].split()) < QUESTION_WORD_WITHIN and _HAPPENS.search(question):
        return PlaceQuestion(PLACE, False, None)
    return None


# "в Анкаре", "at Wembley": a capitalised word after a locative preposition, a place whether or not it is known
_AT_CAPITALISED = re.compile(rf"(?:^|\s)(?:{_LOCATIVES})\s+[A-ZА-ЯЁІЇЄҐ]")


# A gathering (nouns, not «встречаться»): where one was or will be held is a city or a country in news
_GATHERING = re.compile(r"\b(?:meetings?|talks|summits?|conferences?|negotiations|"
                        r"встреч(?:а|и|е|у|ей|ах|ами)?|переговор(?:ы|ов|ах|ам|ами)|саммит\w*|конференц\w*|заседани\w*|"
                        r"зустріч(?:і|ю|ей|ах|ами)?|перемовин\w*|самміт\w*|саміт\w*|засідан\w*)\b", _FLAGS)


def asks_where_a_gathering_is(question: str) -> bool:
    """Whether the question asks where a meeting, talks or a summit was or will be held ("Where will the summit be
    held?", «Где прошла встреча министров…?»), which news answers with a named place."""
    asked = asks_for_a_place(question)
    return asked is not None and asked.kind == PLACE and bool(_GATHERING.search(question))


# The kinds of gathering a where-question may name, each in English, Russian and Ukrainian. A summit and a conference
# are told apart from other meetings; a meeting, a session and talks are one kind (news calls one event all three)
_GATHERING_KINDS = {
    "summit": re.compile(r"\b(?:summits?|саммит\w*|самміт\w*|саміт\w*)\b", _FLAGS),
    "conference": re.compile(r"\b(?:conferences?|конференц\w*)\b", _FLAGS),
    "meeting": re.compile(r"\b(?:meetings?|talks|negotiations|sessions?|встреч\w*|переговор\w*|заседани\w*|"
                          r"зустріч\w*|перемовин\w*|засідан\w*)\b", _FLAGS),
}


def tells_the_gathering(question: str, text: str) -> bool:
    """Whether `text` names every kind of gathering the question asks where it is held ("Where will the NATO summit
    take place?": a summit, not «…завершилось заседание Совета Россия – НАТО»)."""
    return all(pattern.search(text) for pattern in _GATHERING_KINDS.values() if pattern.search(question))


def names_a_place(text: str) -> bool:
    """Whether `text` puts something at a place: a known one (question_names.located_places), or a capitalised
    word after "in", «в» and the like. Not a time zone: «…в 14.30 по Киеву»."""
    return bool(_AT_CAPITALISED.search(text) or located_places(text))


def _runs(text: str, mentions: list[PlaceMention]) -> list[tuple[list[PlaceMention], bool]]:
    """The mentions grouped into lists ("Германии, Испании, Франции и Бельгии"), each with whether it
    is closed: not joined to a capitalised word that is no known place («Новгорода и Пскова»,
    «Китай, Япония и Корея»), which may be one of the places asked for."""
    runs: list[list[PlaceMention]] = []
    for m in mentions:
        if runs and _JOINED.fullmatch(text[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [(run, not (_OPEN_BEFORE.search(text[:run[0].start]) or _OPEN_AFTER.match(text[run[-1].end:])))
            for run in runs]


def _listed(names: list[str], language: str) -> str:
    text = listed(names, language)
    return text[0].upper() + text[1:]


def place_lead(question: str, quotes: list[str], language: str) -> str | None:
    """The place(s) a "where" / "which country" / "which city" question asks for, named in `language`,
    when the first (best) quote names them unambiguously; else None."""
    names = places_answering(question, quotes[0], language) if quotes else None
    return _listed(names, language) if names else None


def places_answering(question: str, quote: str, language: str) -> list[str] | None:
    """The places `quote` names unambiguously for a "where" / "which country" / "which city" question, named in
    `language`; else None (place_lead)."""
    asked = asks_for_a_place(question)
    if asked is None:
        return None
    candidates: list[list[str]] = []  # per list of places in the quote, the places it may answer with
    mentions = places_in(quote)
    for run, closed in _runs(quote, mentions):
        if ((asked.kind == PLACE or asked.kind == CITY and _GATHERING.search(question))
                and not _LOCATIVE_BEFORE.search(quote[:run[0].start])):
            # "Украина … не принимала": not where something is or happens; nor, for the city of a meeting, «…проведут
            # переговоры с Москвой…» (Moscow as the government)
            continue
        keys = list(dict.fromkeys(m.key for m in run if asked.kind == PLACE or m.key.startswith(asked.kind + ":")))
        keys = [key for key in keys if not mentions_place(question, key)]
        if keys and not closed:
            return None  # one of the places asked for may have no known name
        if keys:
            candidates.append(keys)
    # "Which two countries…", or "Which countries…" of a quote that counts them («…операции в двух странах – в
    # частности, ключевую миссию в Ираке и миротворческие операции в Косово»)
    counted = _countries_counted(quote) if asked.kind == COUNTRY and asked.several else None
    number = asked.number or counted
    if number is not None:  # the one list of that many, or as many in all the lists as the quote counts
        every = list(dict.fromkeys(key for keys in candidates for key in keys))
        lists = [keys for keys in candidates if len(keys) == number]
        candidates = lists if len(lists) == 1 else [every] if len(every) == number == counted else []
        if not candidates:
            return None
    elif asked.several:  # "Which countries…": the one list
        if len(candidates) != 1:
            return None
    elif len({key for keys in candidates for key in keys}) != 1:  # "Where…": the one place
        return None
    names = [place_name(key, language) or _city_as_quoted(key, quote, mentions, language) for key in candidates[0]]
    return None if None in names else names


def _city_as_quoted(key: str, quote: str, mentions: list[PlaceMention], language: str) -> str | None:
    """For a Russian or Ukrainian question, a city as the quote names it (`mentions`: its places), in the
    nominative («…состоится в Анкаре» → «Анкара»), when that is the same city's name; None otherwise (an English
    question has the city's English name, place_name)."""
    if language == "en" or not key.startswith("city:"):
        return None
    for m in mentions:
        if m.key == key and (name := place_nominative(quote[m.start:m.end])) and place_key(name) == key:
            return name
    return None
