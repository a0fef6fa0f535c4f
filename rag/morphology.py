"""pymorphy3's Russian analyser, loaded once: put in the nominative the names a lead takes from a quote.

A person lead names the people a quote names in another case («режима Башара Асада» → "Башар Асад";
person_lead.py); a place lead for a Russian or Ukrainian question names the city the quote puts something
in («…состоится в Анкаре» → "Анкара"; place_lead.py): GeoNames' Cyrillic names of cities are not tagged by
language or case, so the quote's own word is put in the nominative instead.
"""

from __future__ import annotations

import functools


@functools.cache
def analyzer():
    """pymorphy3's analyser for Russian (about 0.1 s to load)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.cache
def ukrainian_analyzer():
    """pymorphy3's analyser for Ukrainian (its own dictionary: the Russian one guesses «отримали» a noun)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk")


_VERB_TAGS = frozenset({"VERB", "INFN"})


@functools.lru_cache(maxsize=65536)
def is_verb(word: str) -> bool:
    """Whether a Russian or Ukrainian word is likeliest a verb («получили», «отримали», «налічує») by a dictionary
    that knows it (Russian's first, then Ukrainian's); an unknown word is not."""
    word = word.lower()
    for morph in (analyzer(), ukrainian_analyzer()):
        if morph.word_is_known(word):
            return morph.parse(word)[0].tag.POS in _VERB_TAGS
    return False


def place_nominative(word: str) -> str | None:
    """A Russian place name in the nominative («Анкаре» → «Анкара»), if pymorphy3 reads `word` as one
    (its Geox grammeme); else None (a Ukrainian form, «Брюсселі», or an unknown place)."""
    for parse in analyzer().parse(word):
        if "Geox" in parse.tag.grammemes and (inflected := parse.inflect({"nomn"})) is not None:
            return inflected.word[:1].upper() + inflected.word[1:]
    return None


@functools.lru_cache(maxsize=65536)
def may_be_place(word: str) -> bool:
    """Whether a capitalised Cyrillic word may name a place: pymorphy3's likeliest reading of it is a place name
    (Geox: «Вене», «Мюнхене»), or it does not know the word (a Ukrainian form: «Відні», «Празі»). Not «Хасана»
    (likeliest a first name, though Hassan is a city) nor «Тура» (a common noun)."""
    morph = analyzer()
    if not morph.word_is_known(word.lower()):
        return True
    return "Geox" in morph.parse(word)[0].tag.grammemes


@functools.lru_cache(maxsize=65536)
def cases(word: str) -> frozenset[str]:
    """Every grammatical case (pymorphy3's "nomn", "gent", "ablt"…) a Russian or Ukrainian word may be in, by either
    dictionary that knows it; as a place name where the dictionary reads it as one (Geox: «Германии» is no plural
    nominative, which germanium's «германии» would be); empty for a word neither knows. Indeclinable words («США»,
    «РФ») may be in any."""
    word = word.lower()
    found: set[str] = set()
    for morph in (analyzer(), ukrainian_analyzer()):
        if morph.word_is_known(word):
            parses = morph.parse(word)
            places = [p for p in parses if "Geox" in p.tag.grammemes]
            found |= {p.tag.case for p in places or parses if p.tag.case}
    return frozenset(found)
