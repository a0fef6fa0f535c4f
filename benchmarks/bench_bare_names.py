"""A name typed alone ("Blinken", "Грушко"), as an analyst searches: what the seed articles answer.

    python benchmarks/bench_bare_names.py

Printed per name: whether the first quote names the person (names the articles mention, in Russian
and in English spelling: every person the seed articles name with a surname of four letters or more)
or whether the answer is a refusal (names they never mention), then the two counts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag import Assistant  # noqa: E402

# name as typed → a part of its Cyrillic spelling in the articles (Ukrainian «Пєсков» counts for Песков)
INSIDE = {
    "Скапарротти": "Скапаррот", "Герасимов": "Герасимов", "Столтенберг": "Столтенберг", "Грушко": "Грушко",
    "Фомин": "Фомин", "Шерман": "Шерман", "Песков": "сков", "Рябков": "Рябков", "Блинкен": "Блинкен",
    "Колби": "Колби", "Путин": "Путин", "Байден": "Байден", "Саркози": "Саркози",
    "Scaparrotti": "Скапаррот", "Gerasimov": "Герасимов", "Stoltenberg": "Столтенберг", "Grushko": "Грушко",
    "Fomin": "Фомин", "Sherman": "Шерман", "Peskov": "сков", "Ryabkov": "Рябков", "Blinken": "Блинкен",
    "Colby": "Колби", "Putin": "Путин", "Biden": "Байден", "Sarkozy": "Саркози",
}
OUTSIDE = ["Macron", "Zelensky", "Lavrov", "Scholz", "Erdogan", "Merkel", "Orban", "Rutte",
           "Макрон", "Лавров", "Шольц", "Меркель"]


def main() -> None:
    a = Assistant()
    named = 0
    for name, spelling in INSIDE.items():
        r = a.answer(name)
        ok = not r.abstained and bool(r.citations) and spelling in r.citations[0].snippet
        named += ok
        print("in  ", "named  " if ok else "MISSED ", name, "|", r.text[:90].replace("\n", " "))
    refused = 0
    for name in OUTSIDE:
        r = a.answer(name)
        refused += r.abstained
        print("out ", "refused" if r.abstained else "ANSWER ", name, "|", r.text[:90].replace("\n", " "))
    print(f"names the articles mention: the first quote names them {named}/{len(INSIDE)}; "
          f"names they never mention: refused {refused}/{len(OUTSIDE)}")


if __name__ == "__main__":
    main()
