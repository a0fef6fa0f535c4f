"""English spellings of the people Russian news name in Cyrillic: «Венди Шерман» → "Wendy Sherman".

A scheme for romanising Russian (iuliia's) is right for Russian names («Грушко» → "Grushko") and wrong for
most others («Венди Шерман» → "Vendi Sherman", «Пейтон Мэннинг» → "Peyton Menning"). News write an English
name in Russian by its sounds ("Anthony" → «Энтони»: question_names.cyrillic_variants); read backwards, those
rules give the Latin spellings a Cyrillic name may come from, and the US census's lists of first names and
surnames (rag/data/english_names.json, benchmarks/make_english_names.py) say which of them is a name: the most
frequent one found, among the MAX_RANK most frequent, is the English spelling. A name found in neither keeps
its romanisation («Скапарротти» → "Skaparrotti", «Сергей» → "Sergey"), and so does a word whose romanisation is
a listed name no far rarer than the spelling found («Эллисон» → "Ellison", not "Allison"; «Валерий» → "Valery").
"""

from __future__ import annotations

import bisect
import functools
import json
from collections.abc import Iterator
from pathlib import Path

from .question_names import cyrillic_variants, spelling_sounds

ENGLISH_NAMES_FILE = Path(__file__).parent / "data" / "english_names.json"  # benchmarks/make_english_names.py
# Only this many of the most frequent names of each list are spellings: rarer ones turn a romanised name into a
# rare English one more often than into the right one. On XQuAD's 150 answers that are capitalised names in both
# languages (241 words; benchmarks/bench_english_names.py), words spelled as the English gold: romanised 44; with
# these 67 (41 changed, 3 for the worse); with 800 / 5,000: 67 (33 changed, 2 worse); with 3,000 / 20,000: 69
# (45 changed, 3 worse). The politicians' surnames of bench_name_spellings.py: 68 → 80 of 152, none worse
MAX_RANK = {"first": 1500, "last": 10000}
# How many times more frequent (by rank) another spelling must be to replace a romanisation that is a listed name
# itself: «Эллисон» stays "Ellison" (rank 663; "Allison" 494 had replaced it on XQuAD). 2, 3, 5 and 10 score the
# same on the benchmark (67); keeping every listed romanisation scores 65
ROMANISED_ODDS = 3
# Ukrainian letters and the soft sign, folded as the name checks fold them (romanisation drops the sign)
_FOLD = str.maketrans({"ё": "е", "ь": None, "ъ": None, "і": "и", "ї": "и", "є": "е", "ґ": "г"})
# A vowel English says as its name («ей» for a, «ай» for i) stands before one consonant and a vowel: «Джейк» is
# "Jake", not "Jack"
_LONG_VOWELS = {("ей", "a"), ("ай", "i")}
_VOWELS = frozenset("aeiouy")


@functools.cache
def _lists() -> dict[str, tuple[dict[str, int], list[str]]]:
    """Per list ("first", "last"): the rank of each of its MAX_RANK most frequent names (lower case), and those
    names sorted, for prefix search."""
    data = json.loads(ENGLISH_NAMES_FILE.read_text(encoding="utf-8"))
    return {kind: ({n.lower(): i for i, n in enumerate(names[:MAX_RANK[kind]])},
                   sorted(n.lower() for n in names[:MAX_RANK[kind]])) for kind, names in data.items()}


@functools.cache
def _pieces() -> dict[str, tuple[str, ...]]:
    """Each Cyrillic letter or group English names are written with, and the Latin it may stand for."""
    found: dict[str, list[str]] = {}
    for latin, cyrillic in spelling_sounds().items():
        for piece in cyrillic:
            found.setdefault(piece.translate(_FOLD), []).append(latin)
    found.setdefault("ий", []).append("y")  # a final y after a consonant: "Zelensky" → «Зеленский»
    return {piece: tuple(dict.fromkeys(latin)) for piece, latin in found.items()}


def _spellings(word: str, names: list[str]) -> Iterator[str]:
    """The Latin spellings `word` (folded, lower case) may come from that are a name in `names` (sorted); with a
    silent final e too ("Julianne")."""
    pieces = _pieces()
    longest = max(map(len, pieces))

    def starts_a_name(prefix: str) -> bool:
        i = bisect.bisect_left(names, prefix)
        return i < len(names) and names[i].startswith(prefix)

    def long_vowels_right(spelling: str, long_at: list[int]) -> bool:
        return all(len(spelling) > i + 2 and spelling[i + 1] not in _VOWELS and spelling[i + 2] in _VOWELS
                   for i in long_at)

    def walk(at: int, prefix: str, long_at: list[int]) -> Iterator[str]:
        if at == len(word):
            yield from (s for s in (prefix, prefix + "e") if long_vowels_right(s, long_at))
            return
        for size in range(min(longest, len(word) - at), 0, -1):
            piece = word[at:at + size]
            for latin in pieces.get(piece, ()):
                if starts_a_name(prefix + latin):
                    long = [len(prefix)] if (piece, latin) in _LONG_VOWELS else []
                    yield from walk(at + size, prefix + latin, long_at + long)

    yield from walk(0, "", [])


def english_spelling(word: str, first_name: bool) -> str | None:
    """How English spells the name Russian writes as `word` (one word, nominative: «Шерман»), from the census's
    first names (`first_name`) or surnames, capitalised ("Sherman"); None when no name there is written so or
    the romanised word is the spelling (see the module docstring)."""
    import iuliia

    kind = "first" if first_name else "last"
    ranks, names = _lists()[kind]
    folded = word.lower().translate(_FOLD)
    if not folded.isalpha():
        return None
    romanised = iuliia.WIKIPEDIA.translate(word).lower()
    found = {s for s in _spellings(folded, names) if s in ranks
             # read forward again, the spelling gives the word (a rule read backwards may overreach)
             and folded in {v.translate(_FOLD) for v in cyrillic_variants(s)}}
    best = min(found, key=ranks.__getitem__, default=None)
    # a romanisation that is a listed name itself stays unless another spelling is far more frequent
    if romanised in ranks and (best is None or ranks[best] * ROMANISED_ODDS > ranks[romanised]):
        return None
    return best.capitalize() if best and best != romanised else None


def english_name(name: str) -> str:
    """A Cyrillic person's name in Latin letters: each word as English spells it if it can (english_spelling: the
    first of two or more as a first name, the last as a surname), else romanised for Russian ("Sergey Ryabkov",
    "Wendy Sherman", "Anthony Blinken")."""
    import iuliia

    words = name.split()
    spelled = [(english_spelling(w, first_name=True) if i == 0 and len(words) > 1 else
                english_spelling(w, first_name=False) if i == len(words) - 1 else None) or iuliia.WIKIPEDIA.translate(w)
               for i, w in enumerate(words)]
    return " ".join(spelled)
