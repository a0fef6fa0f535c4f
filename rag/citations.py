"""Check the model's [n] citations against the passages it was given.

A sentence survives only if it cites a passage that was actually shown and every number,
date and (same-script) name in it occurs in one of its cited passages. Everything else is
dropped; the caller falls back to an extractive answer when nothing survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import MONTHS
from .language import CYRILLIC, LETTERS
from .prompting import NO_ANSWER
from .types import Citation

_MARKER = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_NUMBER = re.compile(r"\d+(?:[ \u00a0.,]\d{3})*(?:[.,]\d+)?")

# Capitalised words that are not names.
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "according", "however", "this", "that", "it", "he", "she", "they",
    "as", "by", "for", "and", "but", "i", "we", "also", "both", "after", "before", "since", "yes", "no",
    "в", "на", "по", "как", "это", "он", "она", "они", "и", "но", "также", "да", "нет", "согласно",
    "у", "за", "це", "він", "вона", "вони", "та", "також", "так", "ні", "відповідно",
}

_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "e", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "u", "я": "a", "'": "", "’": "",
})


def _skeleton(word: str) -> str:
    """A script-neutral key for a name: 'Scaparrotti' and 'Скапарротти' both give 'skap'."""
    w = word.lower().translate(_TRANSLIT)
    for a, b in (("kh", "h"), ("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("w", "v"), ("y", "i"),
                 ("j", "i"), ("x", "ks")):
        w = w.replace(a, b)
    return w[:4]


def _norm_number(s: str) -> str:
    return re.sub(r"[ \u00a0]", "", s).replace(",", ".").rstrip(".")


def numbers_in(text: str) -> set[str]:
    return {_norm_number(m) for m in _NUMBER.findall(_MARKER.sub(" ", text))}


def months_in(text: str) -> set[int]:
    return {MONTHS[w] for w in LETTERS.findall(text.lower()) if w in MONTHS and len(w) > 3}


def names_in(sentence: str, include_first: bool = False) -> list[str]:
    """Capitalised words; the sentence-initial word only if asked (it is capitalised anyway)."""
    words = LETTERS.findall(_MARKER.sub(" ", sentence))
    return [w for i, w in enumerate(words)
            if (i > 0 or include_first) and len(w) >= 3 and w[0].isupper() and w.lower() not in _NOT_NAMES
            and w.lower() not in MONTHS]


def _passage_numbers(text: str) -> set[str]:
    nums = numbers_in(text)
    # "2 500" in a passage also supports "2500" and "2,500" in an answer.
    return nums | {n.replace(".", "") for n in nums}


def unsupported_facts(sentence: str, passages: list[str]) -> list[str]:
    """Numbers, months and names in `sentence` found in none of `passages`."""
    joined = "\n".join(passages)
    missing = []
    pnums = _passage_numbers(joined)
    for n in numbers_in(sentence):
        if n not in pnums and n.replace(".", "") not in pnums:
            missing.append(n)
    missing += [f"month {m}" for m in months_in(sentence) - months_in(joined)]
    pwords = {w.lower() for w in LETTERS.findall(joined)}
    pstems = {w[:5] for w in pwords}
    pskel = {_skeleton(w) for w in pwords if len(w) >= 3}
    same_script = bool(CYRILLIC.search(sentence)) == bool(CYRILLIC.search(joined))
    # In the passage's own script a stem test is reliable enough to check the first word too.
    for name in names_in(sentence, include_first=same_script):
        low = name.lower()
        if bool(CYRILLIC.search(name)) == bool(CYRILLIC.search(joined)):  # same script: stem match
            if low[:5] not in pstems and low not in pwords:
                missing.append(name)
        elif _skeleton(name) not in pskel:
            missing.append(name)
    return missing


def split_sentences(text: str) -> list[str]:
    from razdel import sentenize

    out = []
    for line in text.split("\n"):
        out += [s.text for s in sentenize(line) if s.text.strip()]
    # razdel splits "[1]." off when the marker follows the full stop; glue markers back.
    merged: list[str] = []
    for s in out:
        if merged and _MARKER.fullmatch(s.strip(" .")):
            merged[-1] = merged[-1] + " " + s.strip()
        else:
            merged.append(s)
    return merged


@dataclass
class CheckResult:
    text: str  # supported sentences, markers renumbered to the kept citations
    used: list[int]  # 0-based indices of passages cited by the kept text, in marker order
    dropped: list[str] = field(default_factory=list)
    said_no_answer: bool = False


def is_no_answer(text: str) -> bool:
    t = text.strip().strip(".").upper().replace(" ", "_")
    return t.startswith(NO_ANSWER) or t.endswith(NO_ANSWER) or t == "NO_ANSWER"


def check_answer(text: str, passages: list[Citation]) -> CheckResult:
    if is_no_answer(text):
        return CheckResult("", [], said_no_answer=True)
    kept: list[tuple[str, list[int]]] = []
    dropped: list[str] = []
    for sent in split_sentences(text.replace(NO_ANSWER, "")):
        refs = []
        for m in _MARKER.finditer(sent):
            refs += [int(x) for x in re.split(r"\s*[,;]\s*", m[1])]
        valid = sorted({r for r in refs if 1 <= r <= len(passages)})
        body = _MARKER.sub("", sent).strip()
        if not re.search(r"\w", body):
            continue
        if not valid:
            dropped.append(sent)
            continue
        if unsupported_facts(body, [passages[r - 1].snippet for r in valid]):
            dropped.append(sent)
            continue
        kept.append((body, valid))
    used: list[int] = []
    for _, refs in kept:
        for r in refs:
            if r - 1 not in used:
                used.append(r - 1)
    parts = []
    for body, refs in kept:
        marks = "".join(f"[{used.index(r - 1) + 1}]" for r in refs)
        body = re.sub(r"\s+([.!?])$", r"\1", body)
        if body[-1:] in ".!?":
            parts.append(f"{body[:-1]} {marks}{body[-1]}")
        else:
            parts.append(f"{body} {marks}")
    return CheckResult(" ".join(parts), used, dropped)
