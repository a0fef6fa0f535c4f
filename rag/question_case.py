"""Names in a question typed in lower case, restored from the passages retrieved for it.

An analyst types fast: "how many troops does kfor have", «скільки тривали переговори в брюсселі».
Everything that reads names (the name check, the person slot, the first-mention rule, the places a
quote must name) reads capitals, and e5 embeds "kfor" otherwise than "KFOR". Lower case, the first
question quoted the Iraq mission's numbers and the second led with the Geneva talks' 7.5 hours.

A word of such a question is written as a name when the retrieved passages write it only as one:
capitalised inside a sentence (a sentence's first word says nothing) and never in lower case, matched
by stem across Russian and Ukrainian and, for a Latin word, by its Cyrillic spellings ("nato" → «НАТО»,
"iraq" → «Ираке»), or a place the passages name ("geneva" → «Женеве»), or a country of five letters
or more, named there or not ("finland": the name check can then say the articles never mention it).
Only the retrieved passages are read, not the collection: a word the corpus writes both ways
elsewhere is decided by what is in front of the question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .language import LATIN, LETTERS
from .question_names import WORD, cyrillic_variants, mentions_place, name_stem, opens_sentence, place_key
from .question_people import WORDS_SLOT_TYPED

MIN_LETTERS = 3  # "us", "в", "и" stay as typed
MIN_COUNTRY_LETTERS = 5  # a country named nowhere in the passages: «Того», "Chad", «Мали» are words too
MIN_STEM = 3  # a shorter stem ("ми") equals too many names' stems
MIN_MENTIONS = 2  # a capitalised word written alone once may open a title-case name («Первой мировой войны»)


def typed_in_lower_case(question: str) -> bool:
    """Whether the question has no capital letter after its first character (it names nothing the
    way the articles write names)."""
    rest = question[1:]
    return any(ch.isalpha() for ch in rest) and not any(ch.isupper() for ch in rest)


def _same_stem(a: str, b: str) -> bool:
    # Snowball cuts a name's forms differently: «Казахстаном» → казахстан, «Казахстан» → казахста
    if len(a) < MIN_STEM or len(b) < MIN_STEM:
        return False
    return a == b or (abs(len(a) - len(b)) == 1 and (a.startswith(b) or b.startswith(a)))


def _beside(text: str, words: list[re.Match], i: int, j: int) -> bool:
    """Whether words[j] is a capitalised word right beside words[i] (only spaces between them)."""
    if not 0 <= j < len(words) or not words[j].group(0)[0].isupper():
        return False
    a, b = sorted((i, j))
    gap = text[words[a].end():words[b].start()]
    return gap != "" and gap.isspace() and "\n" not in gap


class NameSpellings:
    """How the passages write each word stem: capitalised alone inside a sentence (a surname somewhere:
    «Пєскова запитали»; an acronym anywhere), capitalised beside another capitalised word (a first name
    and a surname, or a title-case name: "Child Labor Act"), or in lower case."""

    def __init__(self, texts: Iterable[str]):
        self.texts = list(texts)
        self.alone: dict[str, list[str]] = {}
        self.pairs: dict[str, set[str]] = {}  # stem → stems of the capitalised words written right after it
        self.lower: set[str] = set()
        for text in self.texts:
            words = list(WORD.finditer(text))
            for i, m in enumerate(words):
                word = m.group(0)
                stem = name_stem(word)
                if not stem:
                    continue
                if _beside(text, words, i, i + 1):
                    after = name_stem(words[i + 1].group(0))
                    if after:
                        self.pairs.setdefault(stem, set()).add(after)
                if opens_sentence(text, m.start()):
                    continue
                if not word[0].isupper():
                    self.lower.add(stem)
                elif word.isupper() or not any(_beside(text, words, i, j) for j in (i - 1, i + 1)):
                    self.alone.setdefault(stem, []).append(word)

    def _lower(self, stem: str) -> bool:
        return any(_same_stem(s, stem) for s in self.lower)

    def written_as(self, word: str) -> str | None:
        """`word` as the passages write it, if they write it only as a name: an acronym, a word capitalised
        alone at least MIN_MENTIONS times, or a place (`_place`)."""
        for stem in _stems(word):
            forms = [f for s, fs in self.alone.items() if _same_stem(s, stem) for f in fs]
            acronyms = sum(f.isupper() and len(f) > 1 for f in forms)
            if (acronyms or len(forms) >= MIN_MENTIONS) and not self._lower(stem):
                # as most of its mentions are written: «НАТО» (one «НАТОв» is a typo), «Ираке»
                return word.upper() if 2 * acronyms > len(forms) else word[0].upper() + word[1:]
        return self._place(word)

    def capitalised(self, word: str) -> bool:
        """Whether the passages write the word capitalised inside a sentence, alone or beside another
        capitalised word, and never in lower case."""
        stems = _stems(word)
        seen = [*self.alone, *self.pairs, *(a for after in self.pairs.values() for a in after)]
        return any(_same_stem(s, stem) for stem in stems for s in seen) and not any(map(self._lower, stems))

    def _place(self, word: str) -> str | None:
        # GeoNames' Cyrillic city names include other languages' words (question_names.place_forms)
        key = place_key(word[0].upper() + word[1:], cities=bool(LATIN.search(word)))
        if key is None:
            return None
        # a country is a name wherever it is: the name check then says the passages do not mention "finland";
        # a shorter word may be a common one («того» is Togo's name and "of that")
        if (key.startswith("country:") and len(word) >= MIN_COUNTRY_LETTERS) or any(
                mentions_place(t, key) for t in self.texts):
            return word[0].upper() + word[1:]
        return None

    def side_by_side(self, first: str, second: str) -> bool:
        """Whether the passages write the two words capitalised one after the other ("curtis scaparrotti":
        «Куртисом Скапарротти»), and neither in lower case."""
        seconds = _stems(second)
        for stem in _stems(first):
            for s, after in self.pairs.items():
                if _same_stem(s, stem) and any(_same_stem(a, b) for a in after for b in seconds):
                    return not any(map(self._lower, [stem, *seconds[:1]]))
        return False

    def restore(self, question: str) -> str:
        """The question with each word that the passages write only as a name capitalised as they do
        ("when did nato close its iraq mission" → "when did NATO close its Iraq mission"), and each pair of
        words they write side by side as one ("who is curtis scaparrotti" → "who is Curtis Scaparrotti");
        words with a capital letter are left as typed. Part by part: "nato-led" → "NATO-led"."""
        words = list(LETTERS.finditer(question))
        typed = [len(m.group(0)) < MIN_LETTERS or any(ch.isupper() for ch in m.group(0)) for m in words]
        restored = {i: self.written_as(m.group(0)) for i, m in enumerate(words) if not typed[i]}
        slot = next((m for pattern in WORDS_SLOT_TYPED if (m := pattern.search(question))), None)
        for i, m in enumerate(words):
            if (slot is not None and slot.start("name") <= m.start() < slot.end("name") and not typed[i]
                    and not restored.get(i) and self.capitalised(m.group(0))):
                restored[i] = m.group(0)[0].upper() + m.group(0)[1:]
        for i in range(len(words) - 1):
            a, b = words[i], words[i + 1]
            if (question[a.end():b.start()].isspace() and not (typed[i] and typed[i + 1])
                    and self.side_by_side(a.group(0), b.group(0))):
                for j, m in ((i, a), (i + 1, b)):
                    if not typed[j]:
                        restored[j] = restored.get(j) or m.group(0)[0].upper() + m.group(0)[1:]
        out, last = [], 0
        for i, m in enumerate(words):
            out += [question[last:m.start()], restored.get(i) or m.group(0)]
            last = m.end()
        return "".join(out) + question[last:]


@lru_cache(maxsize=4096)
def _stems(word: str) -> tuple[str, ...]:
    """The word's stem and, for a Latin word, the stems of its Cyrillic spellings ("nato" → нато); a
    question's word is looked up once per rule and pair, its up to 48 spellings stemmed once."""
    stems = [name_stem(word)] + ([name_stem(v) for v in cyrillic_variants(word)] if LATIN.search(word) else [])
    return tuple(s for s in dict.fromkeys(stems) if s)
