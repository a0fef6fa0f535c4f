"""Names a question asks about, and whether a sentence mentions them, across scripts.

"Who is Curtis Scaparrotti?" is almost all name, so its embedding is close to little in
particular: the best sentence's cosine fell under the evidence threshold and the assistant
refused, although the article says who he is. For such questions (`about_names`), a sentence
naming everyone the question names is evidence the embedding misses, and the article's first
sentence naming them is the answer: news style gives a person's full name and role at first
mention ("…командующим Объединенных вооруженных сил НАТО в Европе Куртисом Скапарротти…") and
the surname alone afterwards.

Names are the capitalised words after the first word. An English question names people and
places in Latin letters; the articles write them in Cyrillic. Russian names reach English by
romanisation, so undoing it (BGN/PCGN-style letter groups, longest first) recovers most of them
("Ryabkov" → "рябков", "Scaparrotti" → "скапарротти"). Names of other origin come out wrong
("Geneva" → "генева", the text has "Женева") and then match nothing, which only means that rule
does not apply. A name matches a word that starts with the first letters of its stem, so
inflected forms match ("Рябкова", "Куртисом"; Ukrainian letters folded onto Russian ones).

Place names are known in every language (`place_forms`): countries from CLDR ("Finland",
"Финляндия" and "Фінляндія" are one name), larger cities from GeoNames ("Geneva" / "Женева"), so
whether an article in another language mentions the place can be read.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

from .glossary import NAME_WORDS, TERMS
from .language import LATIN, UK_TO_RU, UK_TO_RU_LETTERS
from .lexical import tokenize
from .morphology import may_be_place

T = TypeVar("T")

# Longest groups first; a single Latin letter maps to its usual Cyrillic counterpart.
_GROUPS = {
    "shch": "щ", "sch": "щ", "zh": "ж", "kh": "х", "ts": "ц", "tz": "ц", "ch": "ч", "sh": "ш", "yu": "ю", "ya": "я",
    "yo": "ё", "ye": "е", "iy": "ий", "yy": "ый", "ck": "к", "ph": "ф", "th": "т", "ee": "и", "oo": "у", "ce": "се",
    "ci": "чи", "qu": "кв",
}
_LETTERS = {
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в",
    "w": "в", "x": "кс", "y": "и", "z": "з",
}
_LATIN_GROUP = re.compile("|".join(sorted(_GROUPS, key=len, reverse=True)) + "|[a-z]")
# Ukrainian letters folded onto Russian ones; the soft sign dropped (romanisation drops it: "Дональд" → "Donald").
_FOLD = str.maketrans({**UK_TO_RU_LETTERS, "ь": None})
WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")  # a word; its apostrophes and hyphens kept
PREFIX_LETTERS = 5  # a name matches words starting with its stem's first 5 letters ("Александр" / "Alexander")
MIN_NAME_LETTERS = 3  # shorter capitalised words ("Ян", "ЕС") are left out: too many chance matches
COUNTRY_NAMES_FILE = Path(__file__).parent / "data" / "country_names.json"  # benchmarks/make_country_names.py
CITY_NAMES_FILE = Path(__file__).parent / "data" / "city_names.json"  # benchmarks/make_city_names.py


def to_cyrillic(word: str) -> str:
    """A Latin-script word in Cyrillic letters (lower case)."""
    word = re.sub(r"(?<=[bcdfghjklmnpqrstvwxz])y$", "ий", word.lower())  # Zelensky → зеленский
    return _LATIN_GROUP.sub(lambda m: _GROUPS.get(m.group(0)) or _LETTERS[m.group(0)], word)


# English names reach Russian by sound, not letter: "Biden" → "Байден", "Trump" → "Трамп",
# "Anthony" → "Энтони", "Elbridge Colby" → "Элбридж Колби", "William" → "Уильям". Each of these
# letters may stand for any of its sounds; a name's variants are all combinations, the letter-by-
# letter one first, at most MAX_VARIANTS of them (a few thousand characters: nothing to time).
_SOUNDS = {"a": ("а", "э", "ей"), "e": ("е", "э", "и"), "i": ("и", "ай"), "u": ("у", "а", "ю", "е"), "w": ("в", "у"),
           "oy": ("ой",), "ay": ("ей", "эй", "ай"), "au": ("о", "ау"), "aw": ("о",),
           # Russian and Ukrainian romanised (Kadyrov, Syrskyi, Shoigu, Aliyev) and German, Slavic and
           # French spellings (Scholz, Merz, Fico, Vucic, Baerbock, Healey, Michel, Zourabichvili)
           "y": ("и", "ы"), "oi": ("ой",), "iye": ("ие",), "oh": ("ох", "о"), "sch": ("щ", "ш"),
           "z": ("з", "ц"), "c": ("к", "ц", "ч"), "ch": ("ч", "ш"), "ae": ("е", "э"), "ea": ("и", "еа"),
           "ey": ("ей", "и", "эй"), "ou": ("у", "оу"),
           # "Newton" → «Ньютон», "Andrew" → «Эндрю», "Stewart" → «Стюарт» (the soft sign is folded away: _FOLD)
           "ew": ("ю", "ев")}
_SOUND_GROUP = re.compile("|".join(sorted({*_GROUPS, *_SOUNDS}, key=len, reverse=True)) + "|[a-z]")
MAX_VARIANTS = 48


def cyrillic_variants(word: str) -> list[str]:
    """`to_cyrillic(word)` first, then the spellings an English name may have in Russian."""
    word = word.lower()
    stems = [word] + ([word[:-1]] if re.search(r"[bcdfgklmnprstvz]e$", word) else [])  # silent final e: Blake
    out = [to_cyrillic(word)]
    for stem in stems:
        parts = [_SOUNDS.get(g) or (_GROUPS.get(g) or _LETTERS[g],) for g in _SOUND_GROUP.findall(stem)]
        if re.search(r"[bcdfghjklmnpqrstvwxz]y$", stem):  # Colby → Колби as well as Zelensky → Зеленский
            parts[-1] = ("ий", "и")
        # the first letters vary fastest: only a name's first PREFIX_LETTERS letters are matched
        for combo in itertools.islice(itertools.product(*reversed(parts)), MAX_VARIANTS):
            out.append("".join(reversed(combo)))
    return list(dict.fromkeys(out))


def spelling_sounds() -> dict[str, tuple[str, ...]]:
    """Each Latin letter or group with the Cyrillic letters English names write it with (the tables
    cyrillic_variants reads: letter by letter, then by sound); english_names.py reads them backwards."""
    table = {g: (c,) for g, c in {**_LETTERS, **_GROUPS}.items()}
    for g, sounds in _SOUNDS.items():
        table[g] = tuple(dict.fromkeys(table.get(g, ()) + sounds))
    return table


def name_stem(word: str) -> str | None:
    stems = tokenize(word.lower().translate(_FOLD))
    return stems[0] if stems else None


def _prefix(word: str) -> str | None:
    stem = name_stem(word)
    if not stem or len(stem) < MIN_NAME_LETTERS - 1:
        return None
    return stem[:PREFIX_LETTERS]


@cache
def _names_file(path: Path) -> dict:
    """The "names" of a data file (country_names.json, city_names.json), read once per process."""
    return json.loads(path.read_text(encoding="utf-8"))["names"]


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, ...]]:
    """Stem of each country name (en/ru/uk) → the stems of all that country's names. Names whose stems
    coincide ("Нигер" / "Нигерия") pool their forms: a mention of either counts."""
    by_stem: dict[str, set[str]] = {}
    for names in _names_file(COUNTRY_NAMES_FILE).values():
        stems = {s for s in map(name_stem, names.values()) if s}
        for s in stems:
            by_stem.setdefault(s, set()).update(stems)
    return {s: tuple(sorted(forms)) for s, forms in by_stem.items()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, ...]]:
    """A city's English name (`_latin_key`) → the stems of its names (English and every Cyrillic form)."""
    by_name: dict[str, set[str]] = {}
    for name, forms in _names_file(CITY_NAMES_FILE).items():
        # a stem of one or two letters ("Кыив" → "кы") would count nearly any text as a mention; a short one only
        # if the name is it and a case ending («Вена»: «вен»), not where the stemmer cut into a fleeting vowel's
        # syllable («Відень»: «вид», which «вида» starts; its forms are looked up whole: `mentions_place`)
        stems = (s for n in [name, *forms] if (s := name_stem(n)) and len(s) >= MIN_NAME_LETTERS
                 and (len(s) >= SHORT_STEM or n.lower().translate(_FOLD)[len(s):] in _CASE_ENDINGS))
        by_name.setdefault(_latin_key(name), set()).update(stems)
    return {name: tuple(sorted(forms)) for name, forms in by_name.items()}


def _latin_key(word: str) -> str:
    """A Latin-script name as looked up: lower case, no possessive. Not stemmed: the English stemmer
    makes "Manning" "man", and Man is a city."""
    return re.sub(r"['’]s$", "", word.lower())


@lru_cache(maxsize=1)
def _place_keys() -> tuple[dict[str, str], dict[str, str]]:
    """Stem of a country's Cyrillic names (CLDR, ru/uk) → its code, and stem of a larger city's
    Cyrillic names (GeoNames) → its English name: two maps, only stems of at least 4 letters that
    name one place."""
    maps: list[dict[str, set[str]]] = [{}, {}]
    for code, names in _names_file(COUNTRY_NAMES_FILE).items():
        for lang in ("ru", "uk"):
            if (stem := name_stem(names[lang])) and len(stem) >= 4:
                maps[0].setdefault(stem, set()).add(code)
    for name, forms in _names_file(CITY_NAMES_FILE).items():
        for form in forms:
            if (stem := name_stem(form)) and len(stem) >= 4:
                maps[1].setdefault(stem, set()).add(name)
    countries, cities = ({stem: next(iter(v)) for stem, v in m.items() if len(v) == 1} for m in maps)
    return countries, cities


# Case endings of a country's Cyrillic name whose stem is too short to look up (`_place_keys` keeps stems of 4
# letters): «Росія» (stem «рос»), «Ливия», «Иран». Its forms are listed whole instead. Not «Мали» / «Малі» nor
# «Того»: words of Russian and Ukrainian («мали» "had", «того» "of that") that open sentences in capitals.
_SHORT_NAME_ENDINGS = (
    (re.compile(r"(ия|ія)$"), ("ия", "ии", "ию", "ией", "ія", "ії", "ію", "ією")),
    (re.compile(r"а$"), ("а", "ы", "и", "е", "у", "ой", "ою", "і")),
    (re.compile(r"(?<=[бвгджзйклмнпрстфхцчшщ])$"), ("", "а", "у", "ом", "е", "і", "ові")),  # after the name
)
_COMMON_WORD_COUNTRIES = frozenset({"ML", "TG"})


@lru_cache(maxsize=1)
def _short_country_forms() -> dict[str, str]:
    """The inflected forms (lower case) of the Cyrillic country names whose stem is under 4 letters → code."""
    forms: dict[str, set[str]] = {}
    for code, names in _names_file(COUNTRY_NAMES_FILE).items():
        for lang in ("ru", "uk"):
            name = names[lang].lower()
            if code in _COMMON_WORD_COUNTRIES or len(name_stem(name) or "xxxx") >= 4:
                continue
            for ending, endings in _SHORT_NAME_ENDINGS:
                if m := ending.search(name):
                    forms.update({name[:m.start()] + e: forms.get(name[:m.start()] + e, set()) | {code}
                                  for e in endings})
                    break
            else:
                forms.setdefault(name, set()).add(code)  # «Перу», «Чилі»: not declined
    return {form: next(iter(codes)) for form, codes in forms.items() if len(codes) == 1}


# Russian and Ukrainian case endings of a city's Cyrillic name, by how the name ends. GeoNames lists nominatives,
# and the stemmer cuts a name and its other cases differently («Мюнхен» → «мюнх», «Мюнхене» → «мюнхен») or too
# short to look up («Рим», «Вена» → «вен»), so 21 of 57 Russian and 25 of 63 Ukrainian case forms of well-known
# cities («в Вене», «у Відні», «у Празі», «в Мюнхене») named no place: the forms are listed whole instead (then 5
# and 6: «Одессе», a name two cities share, and names GeoNames lacks, «Херсоне»; hyphenated ones are left out).
_CONSONANT_ENDINGS = ("а", "у", "е", "і", "ом", "ові", "ы", "и")
_A_ENDINGS = ("а", "ы", "и", "е", "і", "у", "ой", "ою")
_CITY_ENDINGS = (
    (re.compile(r"(?<=[иі])я$"), {"и": ("и", "ю", "ей"), "і": ("ї", "ю", "єю")}),  # София, Софія
    (re.compile(r"я$"), ("я", "и", "і", "е", "ю", "ей", "ею")),  # Анталья
    (re.compile(r"а$"), _A_ENDINGS),  # Анкара
    (re.compile(r"(?<=е)нь$|(?<=е)ць$"), None),  # Відень → Відня: the «е» drops (handled below)
    (re.compile(r"ь$"), ("ь", "я", "ю", "е", "і", "ем", "и", "ью")),  # Тверь
    (re.compile(r"й$"), ("й", "я", "ю", "е", "і", "ї", "ем", "єм")),  # Шанхай
    (re.compile(r"(?<=[бвгґджзклмнпрстфхцчшщ])$"), _CONSONANT_ENDINGS),  # Мюнхен
)
# Ukrainian softens г, к, х before the dative and locative «-і»: «Прага» → «у Празі», «Петербург» → «Петербурзі».
_SOFTENED = {"г": "з", "ґ": "з", "к": "ц", "х": "с"}


def city_form_key(word: str) -> str:
    """A Cyrillic word as the case forms of city names are kept and looked up: lower case, «ё» read as «е»."""
    return word.lower().replace("ё", "е")


def city_in_english(word: str) -> str | None:
    """A larger city's English name for a Cyrillic case form of its name («Киеву» → "Kyiv"), or None."""
    return _city_forms().get(city_form_key(word))


def declined_city_forms(name: str) -> set[str]:
    """The case forms of a city's Cyrillic name (Russian and Ukrainian endings), as `city_form_key` writes them. A
    name ending in a vowel these rules do not decline («Осло», «Баку», «Тбилиси») is its own only form."""
    n = city_form_key(name)
    forms = {n}
    for ending, endings in _CITY_ENDINGS:
        if not (m := ending.search(n)):
            continue
        if endings is None:  # a fleeting «е»: Відень → Відн-я, Кременець → Кременц-я
            base = n[:m.start() - 1] + n[m.start()]
            forms.update(base + e for e in ("я", "ю", "і", "ем", "е"))
            break
        base = n[:m.start()]
        if isinstance(endings, dict):
            endings = endings[base[-1]]
        forms.update(base + e for e in endings)
        if base[-1] in _SOFTENED and endings in (_A_ENDINGS, _CONSONANT_ENDINGS):
            forms.add(base[:-1] + _SOFTENED[base[-1]] + "і")
        # Ukrainian «і»/«ї» of a closed last syllable opens to «о»/«є»: Харків → Харкова, Київ → Києва
        if endings is _CONSONANT_ENDINGS and (v := re.search(r"[ії](?=[бвгґджзклмнпрстфхцчшщ]+$)", n)):
            opened = n[:v.start()] + ("о" if v.group(0) == "і" else "є") + n[v.end():]
            forms.update(opened + e for e in _CONSONANT_ENDINGS)
        break
    return forms


@lru_cache(maxsize=1)
def _city_forms() -> dict[str, str]:
    """Every case form of a larger city's Cyrillic names (`declined_city_forms`) → its English name, for forms
    of one city only and names of at least MIN_NAME_LETTERS letters."""
    by_form: dict[str, set[str]] = {}
    for name, names in _names_file(CITY_NAMES_FILE).items():
        for cyrillic in names:
            if len(cyrillic) >= MIN_NAME_LETTERS:
                for form in declined_city_forms(cyrillic):
                    by_form.setdefault(form, set()).add(name)
    return {form: next(iter(cities)) for form, cities in by_form.items() if len(cities) == 1}


@lru_cache(maxsize=1)
def _latin_places() -> tuple[dict[str, str], dict[str, str]]:
    """A country's English names (`_latin_key`, CLDR and its aliases: "British") → its code, and a
    larger city's English name → itself."""
    countries = {_latin_key(name): code for code, names in _names_file(COUNTRY_NAMES_FILE).items()
                 for lang, name in names.items() if lang.startswith("en")}
    cities = {_latin_key(name): name for name in _names_file(CITY_NAMES_FILE)}
    return countries, cities


def load_place_names() -> None:
    """Read the place tables and pymorphy3 now (the chat does at start: about 0.3 s), so that no question waits."""
    _place_keys(), _city_forms(), _cities(), _latin_places(), _short_country_forms()
    may_be_place("Вене")


def place_key(word: str, cities: bool = True) -> str | None:
    """Which place a capitalised word names, in any language and case form, if exactly one:
    "country:AM" for «Вірменією» or "Armenia's"; with `cities`, "city:Ankara" for «Анкаре»
    or "Ankara". GeoNames' city names include first names and other languages' words ("Милтон",
    "Совето", "Orange"): the caller decides when a word can be a city."""
    if not word[:1].isupper():
        return None
    if LATIN.search(word):
        by_country, by_city = _latin_places()
        key = _latin_key(word)
        if code := by_country.get(key):
            return f"country:{code}"
        return f"city:{by_city[key]}" if cities and key in by_city else None
    stem = name_stem(word)
    if not stem:
        return None
    by_country, by_city = _place_keys()
    # the stemmer cuts inflected forms differently: "Казахстаном" → казахстан, "Казахстан" → казахста
    if code := by_country.get(stem) or by_country.get(stem[:-1]) or _short_country_forms().get(word.lower()):
        return f"country:{code}"
    if not cities:
        return None
    if city := by_city.get(stem):
        return f"city:{city}"
    # a case form looked up whole may be a first name (Hassan is a city, «Хасана ат-Тураби» a person)
    city = _city_forms().get(city_form_key(word))
    return f"city:{city}" if city and may_be_place(word) else None


# A country's adjective ("Ukrainian", «украинских», «російських») starts like its name in the same script;
# the first NATIONALITY_LETTERS letters must point to one country. Irregular ones ("French", «немецких»)
# are not found, which only means the check they serve does not apply.
NATIONALITY_LETTERS = 4
# English endings, then Russian and Ukrainian adjective endings after «-ск-», «-цк-», «-ськ-», «-цьк-»
_NATIONALITY = re.compile(r"(?:ian|an|ish|ese|i)$|(?:ск|цк|ськ|зьк|цьк)(?:ий|ая|ое|ие|их|им|ими|ого|ому|ой|ую|"
                          r"а|е|і|ої|ій|у)$", re.IGNORECASE)
_AMERICAN = re.compile(r"^(?:american|американ)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_starts() -> dict[str, str | None]:
    """The first NATIONALITY_LETTERS letters (folded) of every country name in en/ru/uk → its code, or
    None where two countries share them ("Austria" / "Australia")."""
    starts: dict[str, str | None] = {}
    for code, names in _names_file(COUNTRY_NAMES_FILE).items():
        for name in names.values():
            start = name.lower().translate(UK_TO_RU)[:NATIONALITY_LETTERS]
            if len(start) == NATIONALITY_LETTERS:
                starts[start] = code if starts.get(start, code) == code else None
    return starts


def nationality(word: str) -> str | None:
    """The country (place_key) an adjective of nationality names ("Ukrainian", «российских», «американських»:
    the US), or None."""
    if _AMERICAN.match(word):
        return US
    if len(word) <= NATIONALITY_LETTERS + 1 or not _NATIONALITY.search(word):
        return None
    code = _country_starts().get(word.lower().translate(UK_TO_RU)[:NATIONALITY_LETTERS])
    return f"country:{code}" if code else None


def mentions_place(text: str, key: str) -> bool:
    """Whether `text` names the place in any language and case form: a word starts with a stem of one
    of its names ("Armenian", «Вірменією» for "country:AM"; `place_forms`), or a country is named by an
    abbreviation («РФ») or an adjective (`nationality`: «турецких»); the US by its own words."""
    kind, _, name = key.partition(":")
    if key == US:
        return bool(_US_MENTION.search(text))
    english = _names_file(COUNTRY_NAMES_FILE).get(name, {}).get("en") if kind == "country" else None
    forms = (country_forms(english) or ()) if english else _cities().get(_latin_key(name), ())
    if bool(forms) and which_mentioned(text, [forms], short_whole=kind == "city")[0]:
        return True
    if kind == "city":  # a case form the stems miss («у Відні»)
        return any(_city_forms().get(city_form_key(w)) == name for w in WORD.findall(text) if w[0].isupper())
    # «РФ»; an adjective that starts otherwise than the name's stem («турецких» / «Турция»)
    return kind == "country" and any(ABBREVIATED_PLACES.get(w) == key or nationality(w) == key
                                     for w in WORD.findall(text))


def place_name(key: str, language: str) -> str | None:
    """A place's name in `language` ("country:DE" → "Germany" / "Германия" / "Німеччина"): a country's
    from CLDR in en/ru/uk, a city's only in English (GeoNames' Cyrillic names are not tagged by
    language or case)."""
    kind, _, name = key.partition(":")
    if key == US:
        return US_NAMES.get(language)
    if kind == "country":
        return _names_file(COUNTRY_NAMES_FILE)[name].get(language)
    return name if language == "en" else None


# The US has no one-word name in CLDR: its names, and the words that mention it.
US = "country:US"
US_NAMES = {"en": "the US", "ru": "США", "uk": "США"}
_US_MENTION = re.compile(r"\bU\.?S\.?A?\b|\bUnited States\b|\bAmerica|США|Соедин\w+ Штат|Сполучен\w+ Штат|"
                         r"Америк|америк")
# Abbreviations that name a country and are not in CLDR's one-word names.
ABBREVIATED_PLACES = {"США": US, "USA": US, "US": US, "РФ": "country:RU", "UK": "country:GB"}
# Multi-word names of the US, absent from CLDR's one-word names: "United States", «Соединенных Штатов».
_UNITED_STATES = re.compile(r"\bUnited States\b|\bСоедин[её]нн\w+ Штат\w*|\bСполучен\w+ Штат\w*")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁІЇЄҐ][\w'’]*(?:-[\w'’]+)*")


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    key: str  # question_names.place_key: "country:DE", "city:Ankara"


def places_in(text: str) -> list[PlaceMention]:
    """Each country or larger city `text` names. A city only where the word can be nothing else: not a
    sentence's first word, which any word may be, not hyphenated, and not beside another capitalised
    word, as in a person's or a body's name ("Милтон Фридман", "Европейский Совет": GeoNames has a
    Milton and, as «Совето», Soweto)."""
    found = [PlaceMention(m.start(), m.end(), US) for m in _UNITED_STATES.finditer(text)]
    for m in _CAPITALISED.finditer(text):
        word = m.group(0)
        if any(f.start <= m.start() < f.end for f in found):
            continue
        if word in ABBREVIATED_PLACES:
            found.append(PlaceMention(m.start(), m.end(), ABBREVIATED_PLACES[word]))
            continue
        before, after = text[: m.start()], text[m.end():]
        first = not before.strip() or before.rstrip()[-1] in ".!?«\"“"
        in_name = bool(re.match(r"\s+[A-ZА-ЯЁІЇЄҐ]", after) or re.search(r"[A-ZА-ЯЁІЇЄҐ][\w'’]*\s+$", before))
        key = place_key(word, cities=not (first or in_name or "-" in word))
        if key:
            found.append(PlaceMention(m.start(), m.end(), key))
    return sorted(found, key=lambda f: f.start)


def tells_of_another_place(question: str, quote: str) -> bool:
    """Whether `quote` names countries but none the question names, in any language: "When did NATO close
    its Afghanistan mission?" is not answered by «…закрыла миссию… в Ираке 31 декабря 2011 года». A quote
    naming no country may tell of the asked one by a pronoun; cities are left out, as a person may share a
    city's name ("Washington returned")."""
    return elsewhere({p.key for p in places_in(question) if p.key.startswith("country:")}, quote, cities=False)


# How many sentences before a quote are read for the place it tells of: a count's sentence often leaves
# the place to the one before («Контора НАТО проработала в Ираке… С момента ее начала были подготовлены…»).
PLACE_CONTEXT_SENTENCES = 3


# A city asked about as the place where something is: after "in" and the like, or "the" ("the Geneva talks").
# Elsewhere a city's name may be a person's: «…музея Виктории и Альберта» (GeoNames has a Victoria and an Alberta).
_PREPOSITIONS = r"in|at|near|from|в|во|у|под|около|возле|из|біля|під|із|з"
_AT_PLACE = re.compile(rf"(?:\b(?:{_PREPOSITIONS}|the)\s+)$", re.IGNORECASE)
_FROM = frozenset({"from", "из", "із", "з"})  # an origin, not where a thing is


def asked_places(question: str, but: Collection[str] = ()) -> set[str]:
    """The countries a question names, and the cities it names after "in", "в" and the like (place_key),
    other than `but`."""
    return {p.key for p in places_in(question)
            if p.key.startswith("country:") or _AT_PLACE.search(question[:p.start])} - set(but)


# A preposition before a place: where the asked thing is, goes to or comes from, not who acts ("the US")
_BY_PREPOSITION = re.compile(rf"(?:\b(?:{_PREPOSITIONS}|to|into|до)\s+)$", re.IGNORECASE)


def where_asked(question: str, but: Collection[str] = ()) -> set[str]:
    """`asked_places`, but only those after a preposition when the question puts one there: «Сколько военных США
    планируют вывести из Косово?» asks about Kosovo; the US only says who withdraws them (so «…США также планируют
    вывести около 2 500 военных из Ирака…» tells of another place)."""
    asked = asked_places(question, but)
    placed = {p.key for p in places_in(question) if p.key in asked and _BY_PREPOSITION.search(question[:p.start])}
    return placed or asked


def located_places(text: str) -> set[str]:
    """The places a text puts something at: those after "in", "в" and the like; not one after "from", «из»
    (an origin), nor a country after "the" ("the US delegation", "the Russia–NATO Council" say whose, as
    «делегацию России» does)."""
    found = set()
    for p in places_in(text):
        m = _AT_PLACE.search(text[:p.start])
        word = m.group(0).strip().lower() if m else ""
        if m and word not in _FROM and not (word == "the" and p.key.startswith("country:")):
            found.add(p.key)
    return found


def placed_at(asked: set[str], sentences: Iterable[str], article: str) -> bool:
    """Whether the nearest of `sentences` (a quote, then the sentences before it, nearest first) that puts
    something at a place (`located_places`: "in Geneva", «в Женеве») or names an `asked` one puts nothing at
    another ("Sudan had an Islamist regime under…" names Sudan); if none does, whether the `article` names
    one anywhere. «Кто возглавлял делегацию России на переговорах в Брюсселе?» is
    not answered by «Российскую делегацию возглавляли… Рябков…» after «Вечером 10 января в Женеве завершились
    переговоры…», nor "Who represented NATO at the Geneva talks?" by a story that never names Geneva. The
    nearest such sentence, not any within a few: a time zone («…в 14.30 по Киеву») puts nothing at Kyiv."""
    for text in sentences:
        located = located_places(text)
        if located - asked:
            return False
        if located or any(mentions_place(text, key) for key in asked):
            return True
    return any(mentions_place(article, key) for key in asked)


def scene(sentences: list[str]) -> list[str]:
    """`sentences` (a quote, then the sentences before it, nearest first) up to the nearest that puts something at
    a place (`located_places`), which sets the scene the quote is told in; all of them if none does. «Российскую
    делегацию возглавляли…» is told in «Вечером 10 января в Женеве завершились переговоры…», not in the sentence
    before that, on a meeting with the OSCE planned for 13 January."""
    for n, text in enumerate(sentences):
        if located_places(text):
            return sentences[:n + 1]
    return sentences


def elsewhere(asked: set[str], context: str, cities: bool = True) -> bool:
    """Whether `context` (a quote and the sentences before it) names places (countries only, without
    `cities`), none of them `asked`: "How many troops does NATO have in Afghanistan?" is not answered by
    «…в пригороде Багдада… около 300 офицеров», nor «Скільки тривали переговори в Стамбулі?» by the Geneva
    talks' 7.5 hours."""
    named = {p.key for p in places_in(context) if cities or p.key.startswith("country:")}
    return bool(asked) and bool(named - asked) and not any(mentions_place(context, key) for key in asked)


def country_forms(word: str) -> tuple[str, ...] | None:
    """If `word` is a country's name (any case form, en/ru/uk), the stems of its names in each language."""
    stem = name_stem(word)
    return _countries().get(stem) if stem else None


def place_forms(word: str) -> tuple[str, ...] | None:
    """If `word` is a country's name (any case form, en/ru/uk) or a larger city's English name, the
    stems of its name in each language ("Finland's" → finland, финлянд; "Geneva" → geneva, женев);
    a text mentions the place if a word starts with one. Cyrillic words are looked up among
    countries only: GeoNames' untagged Cyrillic city names include other languages' words."""
    forms = set(country_forms(word) or ())
    if LATIN.search(word):
        forms.update(_cities().get(_latin_key(word), ()))
    return tuple(sorted(forms)) or None


MAX_BARE_NAME_WORDS = 3  # "Blinken", "Jens Stoltenberg", "Curtis Michael Scaparrotti"


def bare_name(question: str) -> bool:
    """Whether the question may be only a name, typed as a search ("Blinken", "Скапарротти?", "Jens
    Stoltenberg"): at most MAX_BARE_NAME_WORDS capitalised words, not acronyms alone, each with a stem of
    four letters or more ("Ещё" stems to «ещ»). Whether it is a name is for the articles to say
    (capitalised_mention)."""
    words = WORD.findall(question)
    return (0 < len(words) <= MAX_BARE_NAME_WORDS and not all(w.isupper() for w in words)
            and all(w[0].isupper() and len(name_stem(w) or "") >= MIN_NAME_LETTERS + 1 for w in words))


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence: it starts the text, or comes after a line break,
    after ". ! ? …" and a space, or after an opening quote mark or bracket. Reads back over the spaces
    before it only, so a long text's capitalised words are tested in linear time."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    gap = text[i:start]
    return start == 0 or "\n" in gap or (i > 0 and (text[i - 1] in "«\"“„(" or (gap != "" and text[i - 1] in ".!?…")))


def capitalised_mention(text: str, names: list[tuple[str, ...]]) -> bool:
    """Whether `text` writes every one of `names` capitalised inside a sentence, as a name ("Спасибо" is
    none where an article writes «спасибо», or «Спасибо» only to open a sentence; "Blinken" is one: «…Энтони
    Блинкен заявил…»)."""
    words = [m.group(0) for m in WORD.finditer(text)
             if m.group(0)[0].isupper() and not opens_sentence(text, m.start())]
    stems = {s for w in words for s in tokenize(w.translate(_FOLD))}
    return all(any(st.startswith(p) for p in forms for st in stems) for forms in names)


_OTHER_E = {"е": "э", "э": "е"}


def named_words(question: str, first_too: bool = False) -> list[tuple[str, tuple[str, ...]]]:
    """Per name in the question, its word as written and the word prefixes that count as mentioning
    it (its own spelling and, for a Latin-script name, its Cyrillic one). Acronyms count ("KFOR").
    `first_too`: a sentence's first word counts too (a bare name, `bare_name`)."""
    names: dict[tuple[str, ...], str] = {}
    for m in WORD.finditer(question):
        word = m.group(0)
        # a sentence's first word is capitalised anyway (a follow-up merged after its topic has two)
        opens = not question[: m.start()].strip() or question[: m.start()].rstrip()[-1] in ".?!"
        if (opens and not first_too) or not word[0].isupper() or len(word) < MIN_NAME_LETTERS:
            continue
        forms = {_prefix(word)}
        if LATIN.search(word):
            letters, *sounds = [_prefix(v) for v in cyrillic_variants(word)]
            # a sound variant no shorter than the letter-by-letter one (up to 3 letters): "Rohe" read as
            # «рое» stems to «ро», which starts half the words of a text
            shortest = min(len(letters or ""), 3)
            forms.update([letters, *(p for p in sounds if p and len(p) >= shortest)])
        forms.discard(None)
        for group in NAME_WORDS:  # a word of a body's name each language translates ("Council", «Рада», «Совет»)
            if forms & set(group):
                forms.update(group)
        # Ukrainian writes «е» where Russian writes «э» at a name's start: "Елбрідж" / «Элбридж», "Ентоні" / «Энтони».
        # Both spellings are asked for, not folded away: the index's stems (store.py) are not folded
        forms.update(_OTHER_E[p[0]] + p[1:] for p in list(forms) if p[0] in _OTHER_E)
        if forms:
            names.setdefault(tuple(sorted(forms)), word)
    return [(word, forms) for forms, word in names.items()]


def named_spellings(question: str) -> list[tuple[str, tuple[str, ...], bool]]:
    """Per name in the question: its word as written, the word prefixes that count as mentioning
    it (`named_words`) and, for a place, its names in every language (`place_forms`), and whether
    it is a place. A person may share a city's name (Elizabeth, New Jersey is "Элизабет"; Queen
    Elizabeth is "Елизавета"), so a place's names add to the word's own spellings. A Cyrillic word is a
    city's name only after "в", "у" and the like (`asked_places`: «у Відні», «в Вене»)."""
    cities = {question[p.start:p.end]: _cities().get(_latin_key(p.key.partition(":")[2]))
              for p in places_in(question) if p.key.startswith("city:") and _AT_PLACE.search(question[:p.start])}
    return [(word, forms + (place or ()), place is not None)
            for word, forms in named_words(question) for place in [place_forms(word) or cities.get(word)]]


def question_names(question: str) -> list[tuple[str, ...]]:
    """Per name in the question, the word prefixes that count as mentioning it (`named_words`); a
    question that is only a name ("Blinken") names its first word too."""
    return [forms for _, forms in named_words(question, first_too=bare_name(question))]


def acronym_forms(word: str) -> tuple[str, ...]:
    """An acronym's forms in English, Russian and Ukrainian (glossary.TERMS: "OSCE", «ОБСЕ», «ОБСЄ»); none
    for another word. Romanisation cannot give them: «ОБСЕ» is no spelling of "OSCE"."""
    if not word.isupper():
        return ()
    english = TERMS.get(word, word)
    return tuple(sorted({word, english} | {c for c, e in TERMS.items() if e == english and c.isupper()}))


@dataclass(frozen=True)
class SubjectName:
    prefixes: tuple[str, ...]  # as `named_words` gives them, with a place's names in every language
    acronyms: tuple[str, ...]  # whole words, as written: an acronym's Cyrillic forms («ОБСЕ» stems to «обс»)

    def cyrillic(self) -> SubjectName:
        """The name without its Latin-script forms: a Russian text names in Latin letters what it otherwise
        writes in Cyrillic ("Huguenot" in parentheses, «гугеноты» in its sentences)."""
        return SubjectName(tuple(p for p in self.prefixes if not LATIN.search(p)),
                           tuple(a for a in self.acronyms if not LATIN.search(a)))


def subject_names(question: str, within: str | None = None, nationalities: bool = True) -> list[SubjectName]:
    """The names in the question, with an acronym's Cyrillic forms (`acronym_forms`) and a place's names in
    every language (`place_forms`): what the sentences around an answer must name to be about what is asked
    (the Russia–OSCE meeting, not the Russia–NATO Council). `within`: only those written in that part of the
    question (an option of "Which started earlier, KFOR or…?": read in the question, a first word is no name).
    Without `nationalities`, an adjective of nationality is left out ("the American delegation" says whose it
    is, as "the US delegation" does: the side check reads it)."""
    inside = None if within is None else set(WORD.findall(within))
    # an acronym's stem is no name: «ОБСЄ» stems to «обс», which starts «обсуждали»; a country's abbreviation
    # names it too («…встреча представителей РФ и ОБСЕ» for "Russian and OSCE representatives")
    return [SubjectName((() if (acronyms := acronym_forms(word)) else forms) + (place_forms(word) or ()),
                        acronyms + _abbreviations(word))
            for word, forms in named_words(question) if (inside is None or word in inside)
            and (nationalities or nationality(word) is None)]


def _abbreviations(word: str) -> tuple[str, ...]:
    """The abbreviations of the country `word` names or is the adjective of ("Russia", "Russian" → «РФ»)."""
    key = place_key(word, cities=False) or nationality(word)
    return tuple(a for a, k in ABBREVIATED_PLACES.items() if k == key and a != word) if key else ()


def subjects_mentioned(text: str, names: list[SubjectName]) -> list[bool]:
    """Per name of `names`, whether `text` mentions it (`which_mentioned`, or one of its acronyms as a word)."""
    found = which_mentioned(text, [n.prefixes for n in names])
    return [f or any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text) for a in n.acronyms)
            for f, n in zip(found, names, strict=True)]


def mentions_all(text: str, names: list[SubjectName]) -> bool:
    """Whether `text` mentions every one of `names`, in either script ("KFOR" is written so in Russian news too)."""
    return all(a or b for a, b in zip(subjects_mentioned(text, names),
                                      subjects_mentioned(text, [n.cyrillic() for n in names]), strict=True))


def which_mentioned(text: str, names: list[tuple[str, ...]], short_whole: bool | list[bool] = False) -> list[bool]:
    """Per name of `names`, whether the text mentions it: one of its words, stemmed or as written, starts
    with one of the name's prefixes. As written too, as the stemmer cuts a name's forms differently: «Пєскова»
    (prefix «песко») is the article's «Песков» (stem «песк»), "Генрихом" its «Генрих» (stem «генр»). The
    text is tokenised once. A word as written counts only if longer than a prefix: «різні» is no "Reznikov"
    (prefix «ризни»). `short_whole` (`_starts_name`) is one flag for all names or one per name."""
    folded = text.lower().translate(_FOLD)
    words = set(tokenize(folded)) | {w for w in WORD.findall(folded) if len(w) > PREFIX_LETTERS}
    wholes = short_whole if isinstance(short_whole, list) else [short_whole] * len(names)
    return [any(_starts_name(w, p, whole) for p in forms for w in words)
            for forms, whole in zip(names, wholes, strict=True)]


# With `short_whole` (a city's GeoNames stems), a stem shorter than this is a word's start only before a case
# ending: «Вена» / «Вене» / «Веной» are Vienna's (stem «вен»), «Венди» is not; «вид», which its «Відень» stems to,
# is no stem of it at all (`_cities`). Not for other names: «Росія»'s «рос» starts «России».
SHORT_STEM = 4
_CASE_ENDINGS = frozenset({"", "а", "я", "ы", "и", "е", "у", "ю", "о", "ой", "ей", "ою", "ею", "ом", "ем", "ам", "ям",
                           "ах", "ях", "ами", "ями", "ов", "ев", "ий", "ый", "ая", "ое", "s", "es", "'s",
                           "ск"})  # an adjective's stem: «Римский договор» (stem «римск») names Rome


def _starts_name(word: str, prefix: str, short_whole: bool) -> bool:
    return word.startswith(prefix) and (not short_whole or len(prefix) >= SHORT_STEM
                                        or word[len(prefix):] in _CASE_ENDINGS)


ABBREVIATION_PART = 3  # letters at least in each part of a compound abbreviation («Сов|без», «Мин|оборон»)


def spelt_out(word: str, text: str) -> bool:
    """Whether `text` spells out a compound abbreviation, `word` («Совбеза», «Минобороны», «Генсека»): two
    words in a row start with its two parts («Совета Безопасности», «министерства обороны»). Cyrillic only:
    the Russian and Ukrainian way of shortening a body's name."""
    stem = name_stem(word)
    if not stem or LATIN.search(stem) or len(stem) < 2 * ABBREVIATION_PART:
        return False
    splits = [(stem[:i], stem[i:]) for i in range(ABBREVIATION_PART, len(stem) - ABBREVIATION_PART + 1)]
    words = [w.lower().translate(_FOLD) for w in WORD.findall(text)]
    return any(a.startswith(p) and len(a) > len(p) and b.startswith(q)
               for a, b in itertools.pairwise(words) for p, q in splits)


def names_mentioned(text: str, names: list[tuple[str, ...]]) -> int:
    """How many of `names` the text mentions."""
    return sum(which_mentioned(text, names))


def best_named(ranked: list[T], chosen: list[T], article: Callable[[T], str],
               names: list[tuple[str, ...]]) -> list[T]:
    """`ranked` without the sentences whose article (`article`) mentions fewer of `names` than the
    article of one of the `chosen` quotes does; `ranked` itself when those articles mention as many."""
    if not names or len(chosen) < 2:
        return ranked
    mentions = cache(lambda text: names_mentioned(text, names))
    counts = [mentions(article(s)) for s in chosen]
    if min(counts) == max(counts):
        return ranked
    return [s for s in ranked if mentions(article(s)) == max(counts)]


def about_names(question: str, names: list[tuple[str, ...]]) -> bool:
    """Whether names make up at least half of the question's words after the first ("Who is
    Curtis Scaparrotti?", "Кто такая Венди Шерман?"; not "How much does KFOR cost per year?")."""
    words = len(WORD.findall(question))
    return bool(names) and 2 * len(names) >= words - 1
