"""Write rag/data/country_names.json: each country's name in English, Russian and Ukrainian, from CLDR.

    pip install babel && python benchmarks/make_country_names.py

The question-name check (rag/question_names.py) reads it to know that "Finland", "Финляндия" and
"Фінляндія" are one name, so it can tell whether an article in another language mentions the
country a question names. Babel ships the Unicode CLDR data; it is needed only to rerun this
script, not at run time. Only two-letter country codes are kept (no "EU", "UN", "001" regions),
and only one-word names: "Korea" alone would not say which one ("South Korea", "Южная Корея").
A country is kept only with a one-word name in every language: "Великобритания" has none in
English ("United Kingdom") or Ukrainian ("Велика Британія"), so an English or Ukrainian article
could never be found to mention it, and a Russian question naming it would be refused over them.
ALIASES adds the one-word names news uses where CLDR has none or another ("Turkey" for "Türkiye",
"Britain" and "British" for "United Kingdom"; "UK" is left out: a name matches words starting like
it, and "Ukraine" does). The check reads every value of a country as one of its names.
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
ALIASES = {  # keys after the language are extra names: a value is a string, read as a name
    "CZ": {"en-alt": "Czech"},  # "Czech Republic"
    "GB": {"en": "Britain", "en-alt": "British", "uk": "Британія", "ru-alt": "Британия", "uk-alt": "Великобританія"},
    "TR": {"en-alt": "Turkey"},
}


def main() -> None:
    from babel import Locale, __version__

    names: dict[str, dict[str, str]] = {}
    for language in LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if re.fullmatch(r"[A-Z]{2}", code) and code not in NOT_COUNTRIES and _ONE_WORD.match(name):
                names.setdefault(code, {})[language] = name
    for code, extra in ALIASES.items():
        names.setdefault(code, {}).update(extra)
    names = {code: n for code, n in names.items() if all(lang in n for lang in LANGUAGES)}
    rows = ",\n".join(f"  {json.dumps(code)}: {json.dumps(n, ensure_ascii=False)}" for code, n in sorted(names.items()))
    text = f'{{"source": "Unicode CLDR via Babel {__version__}",\n "names": {{\n{rows}\n}}}}\n'  # a country a line
    COUNTRY_NAMES_FILE.write_text(text, encoding="utf-8")
    print(f"{len(names)} countries -> {COUNTRY_NAMES_FILE}")


if __name__ == "__main__":
    main()
