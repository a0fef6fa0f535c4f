"""Language identification for the three languages the product serves (ru, uk, en).

A letter-frequency rule is used instead of a statistical detector: Ukrainian and Russian are
told apart reliably by letters only one of them has (і ї є ґ vs ы э ъ ё), which works even
on a five-word question, where n-gram detectors confuse the two.
"""

from __future__ import annotations

import re

_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэъёЫЭЪЁ")
UKRAINIAN_LETTER = re.compile(f"[{''.join(sorted(_UK_ONLY))}]")  # a letter only Ukrainian has (person_lead)
CYRILLIC = re.compile(r"[\u0400-\u04FF]")  # a Cyrillic letter (lexical, citations, count_lead)
LATIN = re.compile(r"[A-Za-z]")  # a Latin letter
LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters: a word without digits or apostrophes
# Frequent words of one language only that decide a tie when no distinctive letter appears (not "до",
# "про", "за": both languages have them), and the endings of verbal nouns ("обговорення" / "обсуждение").
_UK_WORDS = {"що", "як", "це", "та", "які", "він", "від", "коли", "чи", "хто", "де", "чим", "яка", "яке", "який",
             "яких", "якому", "скільки", "чому", "вона", "вони", "цей", "ця", "ці", "було", "буде", "були",
             "після", "щодо", "або", "але", "також", "ще", "вже", "якщо", "між", "під"}
_RU_WORDS = {"что", "как", "это", "и", "какие", "он", "от", "когда", "ли", "кто", "где", "о", "чем", "какая",
             "какое", "какой", "каких", "каком", "сколько", "почему", "она", "они", "этот", "эта", "эти", "было",
             "будет", "были", "после", "или", "но", "также", "еще", "уже", "если", "между", "под"}
_UK_ENDING = re.compile(r"\w{2}нн(?:я|ям|ю|ях|ями)$")
_RU_ENDING = re.compile(r"\w{2}ни(?:е|я|ю|ем|ях|ями)$")


def detect_language(text: str) -> str:
    """Return "ru", "uk", "en" or "und" (undetermined)."""
    cyr = len(CYRILLIC.findall(text))
    lat = len(LATIN.findall(text))
    if cyr == 0 and lat == 0:
        return "und"
    # Names are written as their source writes them ("Кто основал McKinsey & Company?", "Хто такий
    # Элбридж Колби?"), so the letters of capitalised words past the first count only when nothing
    # else decides.
    words = re.findall(r"\w+", text)
    plain = " ".join(w for i, w in enumerate(words) if i == 0 or not w[0].isupper())
    plain_cyr, plain_lat = len(CYRILLIC.findall(plain)), len(LATIN.findall(plain))
    if plain_lat > plain_cyr if plain_lat != plain_cyr else lat > cyr:
        return "en"
    uk, ru = _letter_votes(plain)
    if uk != ru:
        return "uk" if uk > ru else "ru"
    lowered = [w.lower() for i, w in enumerate(words)
               if not (w.lower() == "де" and i + 1 < len(words) and words[i + 1][0].isupper())]  # "Томас де Мезьер"
    uk_w = len(set(lowered) & _UK_WORDS) + sum(bool(_UK_ENDING.search(w)) for w in lowered)
    ru_w = len(set(lowered) & _RU_WORDS) + sum(bool(_RU_ENDING.search(w)) for w in lowered)
    if uk_w != ru_w:
        return "uk" if uk_w > ru_w else "ru"
    uk, ru = _letter_votes(text)
    return "uk" if uk > ru else "ru"


def _letter_votes(text: str) -> tuple[int, int]:
    """(Ukrainian-only, Russian-only) letters in `text`."""
    return sum(ch in _UK_ONLY for ch in text), sum(ch in _RU_ONLY for ch in text)


SCRIPTS = {"en": "latin", "ru": "cyrillic", "uk": "cyrillic"}
# Ukrainian letters that Russian writes otherwise, folded onto the Russian ones before words are
# compared across the two languages ("Пєскова" / "Пескова", "Європа" / "Европа").
UK_TO_RU_LETTERS = {"і": "и", "ї": "и", "є": "е", "ґ": "г", "І": "И", "Ї": "И", "Є": "Е", "Ґ": "Г"}
UK_TO_RU = str.maketrans(UK_TO_RU_LETTERS)


def script_of(language: str | None) -> str | None:
    """"latin", "cyrillic", or None for an unknown language code."""
    return SCRIPTS.get(language or "")


def same_script(a: str, b: str) -> bool | None:
    """Whether two language codes are written in the same script (None if either is unknown)."""
    sa, sb = script_of(a), script_of(b)
    return None if sa is None or sb is None else sa == sb


# What e5 scores a Ukrainian question lower than its Russian original on the same sentence
# (benchmarks/bench_language_gap.py: mean 0.040, median 0.042 over 35 pairs): Russian and Ukrainian
# are closer to each other than to English, so the own-language penalty between them is this gap,
# not the whole penalty an English sentence is spared.
RELATED_LANGUAGE_GAP = 0.04


def own_language_share(question_language: str, text_language: str | None, penalty: float) -> float:
    """How much of the own-language `penalty` a text in `text_language` pays for a question in
    `question_language`: all of it in the same language, all but RELATED_LANGUAGE_GAP in another
    language of the same script (a Russian sentence for a Ukrainian question), none otherwise."""
    if text_language == question_language:
        return penalty
    if same_script(question_language, text_language or ""):
        return max(0.0, penalty - RELATED_LANGUAGE_GAP)
    return 0.0
