"""Write rag/data/country_names.json: each country's name in English, Russian and Ukrainian, from CLDR.

    pip install babel && python benchmarks/make_country_names.py

The question-name check (rag/question_names.py) reads it to know that "Finland", "Финляндия" and
"Фінляндія" are one name, so it can tell whether an article in another language mentions the
country a question names. Babel ships the Unicode CLDR data; it is needed only to rerun this
script, not at run time. Only two-letter country codes are kept (no "EU", "UN", "001" regions),
and only one-word names: "Korea" alone would not say which one ("South Korea", "Южная Корея").
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag.question_names import COUNTRY_NAMES_FILE  # noqa: E402

LANGUAGES = ("en", "ru", "uk")
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}  # CLDR's groupings and pseudo-regions
_ONE_WORD = re.compile(r"^[^\W\d_]+$")


def main() -> None:
    from babel import Locale, __version__

    names: dict[str, dict[str, str]] = {}
    for language in LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if re.fullmatch(r"[A-Z]{2}", code) and code not in NOT_COUNTRIES and _ONE_WORD.match(name):
                names.setdefault(code, {})[language] = name
    rows = ",\n".join(f"  {json.dumps(code)}: {json.dumps(n, ensure_ascii=False)}" for code, n in sorted(names.items()))
    text = f'{{"source": "Unicode CLDR via Babel {__version__}",\n "names": {{\n{rows}\n}}}}\n'  # a country a line
    COUNTRY_NAMES_FILE.write_text(text, encoding="utf-8")
    print(f"{len(names)} countries -> {COUNTRY_NAMES_FILE}")


if __name__ == "__main__":
    main()
