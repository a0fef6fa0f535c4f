"""English spellings of people in the news against their Russian ones: does the name check find them?

    python benchmarks/bench_name_spellings.py

An English question names people in Latin letters; Russian news write them in Cyrillic. The name
check (question_names.py: the question's names as Russian would spell them, letter by letter and by
sound) is asked whether «Как заявил <Russian spelling>, переговоры продолжатся.» mentions the name in
"What did <English> say?". SEEN: 106 politicians and officials whose misses session 24's spelling
rules were written for; HELD_OUT: 46 more, written after those rules and not used to choose them.
Printed per list: how many are found, and which are not.

The person check (question_people.py: "What did <English> say?" is refused when no quoted article
names the person, in any language) adds look-alike spellings; printed: how many of the names it finds
in the same sentence (a miss there is an answerable question refused), and how many of the names the
seed articles (articles/) never mention it wrongly finds in them (those questions are not refused).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag.question_names import names_mentioned, question_names  # noqa: E402
from rag.question_terms import ArticleText, unmentioned_names  # noqa: E402

ARTICLES = Path(__file__).resolve().parents[1] / "articles"

SEEN = [
    ("Macron", "Макрон"), ("Scholz", "Шольц"), ("Merkel", "Меркель"), ("Biden", "Байден"), ("Trump", "Трамп"),
    ("Johnson", "Джонсон"), ("Erdogan", "Эрдоган"), ("Orban", "Орбан"), ("Rutte", "Рютте"), ("Blinken", "Блинкен"),
    ("Sullivan", "Салливан"), ("Austin", "Остин"), ("Kirby", "Кирби"), ("Guterres", "Гутерриш"),
    ("Borrell", "Боррель"), ("Leyen", "Ляйен"), ("Stoltenberg", "Столтенберг"), ("Zelensky", "Зеленский"),
    ("Kuleba", "Кулеба"), ("Lavrov", "Лавров"), ("Peskov", "Песков"), ("Shoigu", "Шойгу"), ("Sunak", "Сунак"),
    ("Starmer", "Стармер"), ("Meloni", "Мелони"), ("Duda", "Дуда"), ("Tusk", "Туск"), ("Stubb", "Стубб"),
    ("Kallas", "Каллас"), ("Nauseda", "Науседа"), ("Pistorius", "Писториус"), ("Hegseth", "Хегсет"),
    ("Rubio", "Рубио"), ("Vance", "Вэнс"), ("Witkoff", "Уиткофф"), ("Kellogg", "Келлог"), ("Colby", "Колби"),
    ("Sherman", "Шерман"), ("Nuland", "Нуланд"), ("Yermak", "Ермак"), ("Budanov", "Буданов"),
    ("Syrskyi", "Сырский"), ("Zaluzhny", "Залужный"), ("Lukashenko", "Лукашенко"), ("Tokayev", "Токаев"),
    ("Pashinyan", "Пашинян"), ("Aliyev", "Алиев"), ("Modi", "Моди"), ("Netanyahu", "Нетаньяху"),
    ("Grossi", "Гросси"), ("Guterres", "Гутерреш"), ("Sikorski", "Сикорский"), ("Baerbock", "Бербок"),
    ("Wadephul", "Вадефуль"), ("Merz", "Мерц"), ("Fico", "Фицо"), ("Vucic", "Вучич"), ("Kurti", "Курти"),
    ("Cameron", "Кэмерон"), ("Lammy", "Лэмми"), ("Healey", "Хили"), ("Barrot", "Барро"), ("Lecornu", "Лекорню"),
    ("Ramaphosa", "Рамафоса"), ("Lula", "Лула"), ("Milei", "Милей"), ("Trudeau", "Трюдо"), ("Carney", "Карни"),
    ("Albanese", "Албанезе"), ("Kishida", "Кисида"), ("Ishiba", "Исиба"), ("Sanchez", "Санчес"),
    ("Costa", "Кошта"), ("Michel", "Мишель"), ("Pompeo", "Помпео"), ("Bolton", "Болтон"), ("Mattis", "Мэттис"),
    ("Milley", "Милли"), ("Cavoli", "Каволи"), ("Grynkewich", "Гринкевич"), ("Bauer", "Бауэр"),
    ("Rasmussen", "Расмуссен"), ("Frederiksen", "Фредериксен"), ("Kristersson", "Кристерссон"), ("Orpo", "Орпо"),
    ("Rinkevics", "Ринкевичс"), ("Landsbergis", "Ландсбергис"), ("Budrys", "Будрис"), ("Tsahkna", "Цахкна"),
    ("Sandu", "Санду"), ("Kobakhidze", "Кобахидзе"), ("Zourabichvili", "Зурабишвили"),
    ("Stefanishyna", "Стефанишина"), ("Umerov", "Умеров"), ("Shmyhal", "Шмыгаль"), ("Podolyak", "Подоляк"),
    ("Nebenzia", "Небензя"), ("Zakharova", "Захарова"), ("Ryabkov", "Рябков"), ("Medvedev", "Медведев"),
    ("Patrushev", "Патрушев"), ("Belousov", "Белоусов"), ("Gerasimov", "Герасимов"), ("Ushakov", "Ушаков"),
    ("Dmitriev", "Дмитриев"), ("Kadyrov", "Кадыров"),
]
HELD_OUT = [
    ("Pelosi", "Пелоси"), ("Schumer", "Шумер"), ("McConnell", "Макконнелл"), ("Harris", "Харрис"),
    ("Obama", "Обама"), ("Clinton", "Клинтон"), ("Kerry", "Керри"), ("Rice", "Райс"), ("Powell", "Пауэлл"),
    ("Rumsfeld", "Рамсфелд"), ("Cheney", "Чейни"), ("Petraeus", "Петреус"), ("Breedlove", "Бридлав"),
    ("Hodges", "Ходжес"), ("Wolters", "Уолтерс"), ("Steinmeier", "Штайнмайер"), ("Lambrecht", "Ламбрехт"),
    ("Habeck", "Хабек"), ("Lindner", "Линднер"), ("Draghi", "Драги"), ("Tajani", "Таяни"),
    ("Crosetto", "Крозетто"), ("Bayrou", "Байру"), ("Attal", "Атталь"), ("Barnier", "Барнье"),
    ("Sejourne", "Сежурне"), ("Lagarde", "Лагард"), ("Dombrovskis", "Домбровскис"), ("Navalny", "Навальный"),
    ("Prigozhin", "Пригожин"), ("Surovikin", "Суровикин"), ("Kiriyenko", "Кириенко"), ("Volodin", "Володин"),
    ("Matviyenko", "Матвиенко"), ("Siluanov", "Силуанов"), ("Nabiullina", "Набиуллина"), ("Reznikov", "Резников"),
    ("Danilov", "Данилов"), ("Arakhamia", "Арахамия"), ("Klitschko", "Кличко"), ("Poroshenko", "Порошенко"),
    ("Tymoshenko", "Тимошенко"), ("Sybiha", "Сибига"), ("Mirziyoyev", "Мирзиёев"), ("Japarov", "Жапаров"),
    ("Rahmon", "Рахмон"),
]


def main() -> None:
    for name, pairs in (("seen", SEEN), ("held out", HELD_OUT)):
        missed = [(en, ru) for en, ru in pairs
                  if not names_mentioned(f"Как заявил {ru}, переговоры продолжатся.",
                                         question_names(f"What did {en} say?"))]
        print(f"{name}: found {len(pairs) - len(missed)}/{len(pairs)}; missed: "
              + ", ".join(f"{en} ({ru})" for en, ru in missed))
    pairs = list(dict.fromkeys(SEEN + HELD_OUT))
    missed = [(en, ru) for en, ru in pairs
              if unmentioned_names(f"What did {en} say?", "en",
                                   [ArticleText(f"Как заявил {ru}, переговоры продолжатся.", language="ru")])]
    print(f"person check, all {len(pairs)}: found {len(pairs) - len(missed)}; missed: "
          + ", ".join(f"{en} ({ru})" for en, ru in missed))
    seed = [ArticleText(p.read_text(encoding="utf-8"), language="ru") for p in sorted(ARTICLES.glob("*.txt"))]
    absent = [(en, ru) for en, ru in pairs if not any(ru[:4] in a.text for a in seed)]
    alike = [en for en, ru in absent if not unmentioned_names(f"What did {en} say?", "en", seed)]
    print(f"person check, {len(absent)} names the seed articles never mention: found anyway {len(alike)} ("
          + ", ".join(alike) + ")")


if __name__ == "__main__":
    main()
