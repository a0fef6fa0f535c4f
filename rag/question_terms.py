"""What a question pins its answer to (years, a sum of money, names) that the evidence's articles never state.

"What did NATO decide at the 2023 Vilnius summit?" retrieves passages about NATO summits with
high cosines; an embedding does not notice that none of them is about 2023. If a year the
question states appears nowhere in the articles the evidence comes from (their text or
publication date), those articles cannot answer it. Whole articles are searched, not just the
retrieved passages, so a year stated in the lead still counts. When some do state it, an article
published before that year that does not state it is not quoted either (`written_before_years`).

Likewise a question asking what something costs (answer_types.MONEY: "How much does the KFOR
mission cost per year?") is answerable only from articles that state some amount of money; news
about the mission that never name a sum get quoted for the mission alone.

And a name the question asks about ("What did Peskov say about Georgia?") must appear in the
articles the answer would quote. Names change form across languages (Geneva/Женева, even
Армения/Вірменія): places are looked up in every language (countries from CLDR, larger cities
from GeoNames: question_names.place_forms); other names are checked only when those articles are
in the question's language, except the person whose words or identity are asked for ("What did Macron
say…", "Who is X?": question_people.py), who is looked for in every language; within one language
a synonym still counts as missing (США/Соединённые Штаты) and refuses an answerable question. XQuAD
ru→ru (benchmarks/bench_refusals.py, 48 Wikipedia articles): answerable questions refused 0.67% →
1.60% with the name check; the year check alone refuses 0.3–0.4%. Other numbers are written too
many ways ("10,000" / "10 тысяч") to be checked.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .answer_types import MONEY, expected_answer_type, holds_answer_type
from .dates import YEAR_NUMBER
from .language import LATIN, detect_language
from .question_names import mentions_place, named_spellings, opens_sentence, place_key, spelt_out, which_mentioned
from .question_people import CAPITALISED_WORD, asked_person, mentions_person
from .question_time import asked_bound

_ACRONYM = re.compile(r"(?<![^\W\d_])[A-Z]{2,}(?![^\W\d_])")
_ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")  # «Генрихом III», «XV века»


@dataclass(frozen=True)
class ArticleText:
    text: str
    year: int | None = None  # publication year
    language: str | None = None
    source: str = ""


def question_years(question: str, after_bound: bool = False) -> list[str]:
    """The years the question names but one it puts its answer before or after (question_time.asked_bound): "When
    did the Council meet before 2010?" is answered by an earlier date, which an article gives without writing
    "2010". `after_bound`: a year the answer lies after is kept (what an article written before it reports is
    no answer)."""
    bound = asked_bound(question)
    return [y for y in dict.fromkeys(YEAR_NUMBER.findall(question))
            if bound is None or y != bound.year or after_bound and bound.after is not None]


def unmentioned_years(question: str, articles: Iterable[ArticleText]) -> list[str]:
    """The years in the question that none of `articles` states (in its text or as its date), but a bound's.
    `articles` is only read when the question names a year (it may be a lazy generator)."""
    years = question_years(question)
    if not years:
        return []
    seen, any_article = set(), False
    for a in articles:
        any_article = True
        seen.update(YEAR_NUMBER.findall(a.text))
        if a.year:
            seen.add(str(a.year))
    return [y for y in years if y not in seen] if any_article else []


def written_before_years(question: str, articles: Iterable[ArticleText]) -> set[str]:
    """The sources of `articles` published before every year the question names and stating none
    of them: "Who met in Brussels in January 2022?" is not answered by a 2018 story about a meeting
    planned for January. An article that states the year (a plan for 2030) or has no date is kept.
    Only dates count: dropping every article that does not state the year lost XQuAD answers whose
    own article never writes the year the question adds ("…Пэнтерс в 2015 году")."""
    years = [int(y) for y in question_years(question, after_bound=True)]
    if not years:
        return set()
    return {a.source for a in articles
            if a.year and a.year < min(years) and not set(map(str, years)) & set(YEAR_NUMBER.findall(a.text))}


def unstated_money(question: str, articles: Iterable[ArticleText]) -> bool:
    """Whether the question asks for an amount of money and none of `articles` states one (a
    number with a currency, in any paragraph). `articles` is only read for such questions."""
    if expected_answer_type(question) != MONEY:
        return False
    # per paragraph: a currency in one and a number in another are not a sum
    return _none_writes(articles, lambda text: any(holds_answer_type(par, MONEY) for par in text.split("\n")))


def _none_writes(articles: Iterable[ArticleText], writes: Callable[[str], bool]) -> bool:
    """Whether there are `articles` and none of their texts `writes` it (read one by one, stopping at the first)."""
    any_article = False
    for a in articles:
        any_article = True
        if writes(a.text):
            return False
    return any_article


# The weather: news sites' weather widgets are page furniture the cleaning strips («weather -1 Киев»), and a question
# about it ("What is the weather in Kyiv tomorrow?") is answerable only by an article that writes about the weather;
# otherwise its place and day alone bring a dateline or a meeting there, close by cosine («16:00 21.12.2021»)
_ASKS_WEATHER = re.compile(
    r"\bweather\b|\b(?:temperature|rain|raining|snow|snowing)\b|\bhow (?:hot|cold|warm)\b|"
    r"\bпогод(?:а|ы|е|у|ой|ою|и|і|н\w*)\b|\bтемператур\w*|\bосадк\w*|\bопад\w*|\bдожд\w*|\bдощ\w*|\bснег\w*|\bсніг\w*|\bморозн?\w*|"
    r"\bнасколько (?:холодно|тепло|жарко)|\bнаскільки (?:холодно|тепло|спекотно)", re.IGNORECASE)
_WRITES_WEATHER = re.compile(
    r"\bweather\b|\btemperatures?\b|\b(?:degrees|rain\w*|snow\w*|frost\w*)\b|°|"
    r"\bпогод(?:а|ы|е|у|ой|ою|и|і|н\w*)\b|\bтемператур\w*|\bградус\w*|\bосадк\w*|\bопад\w*|\bдожд\w*|\bдощ\w*|\bснег\w*|\bсніг\w*|"
    r"\bморо[зж]\w*", re.IGNORECASE)


def unstated_weather(question: str, articles: Iterable[ArticleText]) -> bool:
    """Whether the question asks about the weather and none of `articles` writes about it (weather, temperature,
    degrees, rain, snow, frost, in any paragraph). `articles` is only read for such questions."""
    if not _ASKS_WEATHER.search(question):
        return False
    return _none_writes(articles, lambda text: bool(_WRITES_WEATHER.search(text)))


def unmentioned_names(question: str, language: str, articles: Iterable[ArticleText]) -> list[str]:
    """The names in the question (as written) that none of `articles` mentions. A country's name is
    checked in every language (`place_forms`: "Finland" against "Финляндия"), and so is a larger
    city's English name ("Geneva" against "Женева"). Other names only when every article is in the
    question's language: they change form across languages, even between Russian and Ukrainian
    ("Международные силы" / "Міжнародні сили"). Acronyms are left out: many are common nouns
    ("СМИ") or stand for a name the text spells out; but one in Latin letters in a Russian or Ukrainian
    question ("KFOR") is looked for in every article (`checked_acronyms`). `articles` is only read when the
    question names something."""
    named = [(word, forms, place) for word, forms, place in named_spellings(question) if not word.isupper()]
    person = asked_person(question)
    acronyms = checked_acronyms(question)
    if not named and not person and not acronyms:
        return []
    keys = [place_key(word) if place else None for word, _, place in named]
    mentioned, same_language, any_article, person_seen = [False] * len(named), True, False, False
    acronym_seen = [False] * len(acronyms)
    for a in articles:
        any_article = True
        same_language = same_language and a.language == language
        acronym_seen = [seen or bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", a.text)) or spelt_out(word, a.text)
                        for seen, word in zip(acronym_seen, acronyms, strict=True)]
        # a place's short stems count only before a case ending: «Вена» (stem «вен») is not «Венди»
        found = which_mentioned(a.text, [f for _, f, _ in named], short_whole=[place for _, _, place in named])
        # «Совбеза» is mentioned where an article writes «Совета Безопасности»; a city in a case form its
        # stems miss («у Відні» for "Vienna": question_names.mentions_place)
        mentioned = [m or f or (spelt_out(word, a.text) if not place else bool(key) and mentions_place(a.text, key))
                     for m, f, (word, _, place), key in zip(mentioned, found, named, keys, strict=True)]
        person_seen = person_seen or (person is not None and mentions_person(a.text, person))
    missing = [word for (word, _, place), m in zip(named, mentioned, strict=True)
               if any_article and (place or same_language) and not m]
    if person and any_article and not person_seen and not set(person) & set(missing):
        missing.append(" ".join(person))
    return missing + [word for word, seen in zip(acronyms, acronym_seen, strict=True) if any_article and not seen]


def checked_acronyms(question: str) -> list[str]:
    """The acronyms of a Russian or Ukrainian question written in Latin letters ("KFOR"), as the news in every
    language writes them: each is looked for as a word in any article. Not Roman numerals («XV века»), nor other
    acronyms: many are common nouns ("СМИ"), and the glossary's ("US", «ООН») are written "U.S." or spelt out
    ("United States"), which refused 10 answerable XQuAD questions."""
    if detect_language(question) not in ("ru", "uk"):
        return []
    return [word for word in dict.fromkeys(_ACRONYM.findall(question))
            if not _ROMAN_NUMERAL.fullmatch(word)]


MIN_SUGGESTED = 4  # "Ac" → "As" is no spelling mistake
SUGGEST_ALIKE = 0.8  # difflib ratio: «Брюселе» / «Брюсселе» 0.93; «Грузии» / «России» 0.5


def spelling_suggestions(missing: list[str], articles: Iterable[ArticleText]) -> list[str]:
    """For names the articles do not mention (`unmentioned_names`), the words the articles write as names
    (capitalised inside a sentence) spelt nearly the same, in the same script: «Брюселе» → «Брюсселе». Offered,
    not assumed: «Австрия» and «Австралия» are as alike (0.93) and are other countries."""
    if not missing:
        return []
    names: set[str] = set()
    for a in articles:
        names.update(m.group(0) for m in CAPITALISED_WORD.finditer(a.text) if not opens_sentence(a.text, m.start()))
    out = []
    for word in [w for w in missing if len(w) >= MIN_SUGGESTED]:
        same_script = [n for n in names if bool(LATIN.search(n)) == bool(LATIN.search(word)) and n != word
                       and len(n) >= MIN_SUGGESTED]
        out += difflib.get_close_matches(word, same_script, n=1, cutoff=SUGGEST_ALIKE)
    return list(dict.fromkeys(out))
