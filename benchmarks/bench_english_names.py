"""English spellings of names Russian writes in Cyrillic (rag/english_names.py) against romanising them.

    python benchmarks/bench_english_names.py --xquad ../shared/bench/xquad

Two lists of names with both spellings known: XQuAD's answers that are one to three capitalised words in
both languages (the Russian and English answers to the same question: people, and some places and
countries), and the politicians' surnames of bench_name_spellings.py (SEEN and HELD_OUT). Printed per list:
how many words romanising (iuliia, Wikipedia's scheme) spells as the English does, how many the English
spelling does, how many words it changes, and of those how many it makes right and how many it makes
wrong that romanising had right.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import iuliia  # noqa: E402
from bench_name_spellings import HELD_OUT, SEEN  # noqa: E402

from rag.english_names import english_spelling  # noqa: E402

_CYRILLIC_NAME = re.compile(r"^[А-ЯЁ][а-яё]+$")
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+$")


def xquad_names(folder: Path) -> list[tuple[list[str], list[str]]]:
    """(Russian words, English words) of the XQuAD answers that are capitalised names in both languages."""
    def answers(lang: str) -> dict[str, str]:
        data = json.loads((folder / f"xquad.{lang}.json").read_text(encoding="utf-8"))
        return {qa["id"]: qa["answers"][0]["text"] for a in data["data"] for p in a["paragraphs"] for qa in p["qas"]}

    en, ru = answers("en"), answers("ru")
    pairs = []
    for qid, russian in ru.items():
        rw, ew = russian.split(), en[qid].split()
        if (1 <= len(rw) <= 3 and len(rw) == len(ew) and all(map(_CYRILLIC_NAME.match, rw))
                and all(map(_LATIN_NAME.match, ew))):
            pairs.append((rw, ew))
    return pairs


def score(label: str, pairs: list[tuple[list[str], list[str]]]) -> None:
    romanised = spelled = changed = better = worse = 0
    for russian, english in pairs:
        for i, (word, gold) in enumerate(zip(russian, english, strict=True)):
            plain = iuliia.WIKIPEDIA.translate(word)
            new = english_spelling(word, first_name=len(russian) > 1 and i == 0) or plain
            romanised += plain == gold
            spelled += new == gold
            if new != plain:
                changed += 1
                better += new == gold
                worse += plain == gold
    words = sum(len(r) for r, _ in pairs)
    print(f"{label}: {len(pairs)} names, {words} words; spelled as the English: romanised {romanised}, "
          f"English spelling {spelled}; changed {changed} (right now {better}, wrong now {worse})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xquad", type=Path, required=True, help="folder with xquad.en.json and xquad.ru.json")
    args = parser.parse_args()
    score("XQuAD answers", xquad_names(args.xquad))
    for label, names in (("politicians' surnames, SEEN", SEEN), ("politicians' surnames, HELD_OUT", HELD_OUT)):
        score(label, [([ru.split()[-1]], [en.split()[-1]]) for en, ru in names])


if __name__ == "__main__":
    main()
