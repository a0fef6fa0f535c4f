"""Write rag/data/english_names.json: the US census's first names and surnames, most frequent first.

    pip install names==0.3.0 && python benchmarks/make_english_names.py

rag/english_names.py reads it to spell a name that Russian news write in Cyrillic the way English does
(«Венди Шерман» → "Wendy Sherman", not the romanised "Vendi Sherman"). The `names` package ships the 1990
US Census's name lists (public domain: dist.male.first, dist.female.first, dist.all.last; 5,494 first names,
88,799 surnames, each with its frequency); it is needed only to rerun this script. A first name in both lists
takes the higher of its two frequencies; only the english_names.MAX_RANK most frequent of each list are written.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag.english_names import ENGLISH_NAMES_FILE, MAX_RANK  # noqa: E402


def _read(file: str) -> dict[str, float]:
    """A census list: name (capitalised) → percentage of people."""
    text = resources.files("names").joinpath(file).read_text()
    return {line.split()[0].capitalize(): float(line.split()[1]) for line in text.splitlines() if line.strip()}


def main() -> None:
    first: dict[str, float] = {}
    for file in ("dist.male.first", "dist.female.first"):
        for name, share in _read(file).items():
            first[name] = max(first.get(name, 0.0), share)
    last = _read("dist.all.last")  # already in order of frequency
    # only the MAX_RANK most frequent of each are read (english_names.py says why)
    data = {"first": sorted(first, key=lambda n: -first[n])[:MAX_RANK["first"]], "last": list(last)[:MAX_RANK["last"]]}
    ENGLISH_NAMES_FILE.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(data['first'])} first names, {len(data['last'])} surnames → {ENGLISH_NAMES_FILE}")


if __name__ == "__main__":
    main()
