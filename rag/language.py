"""Language identification for the three languages the product serves (ru, uk, en).

A letter-frequency rule is used instead of a statistical detector: Ukrainian and Russian are
told apart reliably by letters only one of them has (і ї є ґ vs ы э ъ ё), which works even
on a five-word question, where n-gram detectors confuse the two.
"""

from __future__ import annotations

import re

_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэъёЫЭЪЁ")
_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[A-Za-z]")
# Frequent words that decide a tie when no distinctive letter appears.
_UK_WORDS = {"що", "як", "це", "та", "які", "він", "від", "коли", "чи", "хто", "де", "до", "про"}
_RU_WORDS = {"что", "как", "это", "и", "какие", "он", "от", "когда", "ли", "кто", "где", "о"}


def detect_language(text: str) -> str:
    """Return "ru", "uk", "en" or "und" (undetermined)."""
    cyr = len(_CYR.findall(text))
    lat = len(_LAT.findall(text))
    if cyr == 0 and lat == 0:
        return "und"
    if lat > cyr:
        return "en"
    # Names are spelt as the source spells them ("Хто такий Элбридж Колби?" copies the Russian
    # spelling), so the letters of capitalised words past the first count only when nothing else
    # decides.
    words = re.findall(r"\w+", text)
    uk, ru = _letter_votes(" ".join(w for i, w in enumerate(words) if i == 0 or not w[0].isupper()))
    if uk != ru:
        return "uk" if uk > ru else "ru"
    lowered = {w.lower() for w in words}
    uk_w, ru_w = len(lowered & _UK_WORDS), len(lowered & _RU_WORDS)
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
