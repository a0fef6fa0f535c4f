"""The offices and abbreviations of Russian and Ukrainian news, with their usual English: general, not per
article. Read by the translation checks (translation.py: a translation must keep an office), by the
office that leads an English "Who is X?" answer (role_lead.py), by the check that a quote names a person
(answer_types.names_a_person: a body is none) and by the names a question gives (question_names.py: an
acronym's forms, and the words of bodies' names each language translates)."""

from __future__ import annotations

import re

# Abbreviations of Russian and Ukrainian news, with their usual English: general, not per article.
TERMS = {
    "МИД": "Foreign Ministry", "МЗС": "Foreign Ministry", "США": "US", "РФ": "Russia", "ООН": "UN",
    "ОБСЕ": "OSCE", "ОБСЄ": "OSCE", "ЕС": "EU", "ЄС": "EU", "ОДКБ": "CSTO", "НАТО": "NATO", "СССР": "USSR",
    "СРСР": "USSR", "СНГ": "CIS", "СНД": "CIS", "ВСУ": "Ukrainian Armed Forces", "ЗСУ": "Ukrainian Armed Forces",
    "ФСБ": "FSB", "СБУ": "SBU", "ЦРУ": "CIA", "МАГАТЭ": "IAEA", "МАГАТЕ": "IAEA", "СБ": "Security Council",
    "Минобороны": "Defence Ministry", "Міноборони": "Defence Ministry", "Пентагон": "Pentagon",
    "Пентагона": "Pentagon", "Пентагону": "Pentagon", "Пентагоном": "Pentagon", "Пентагоне": "Pentagon",
    "Пентагоні": "Pentagon",
    "Кремль": "Kremlin", "Кремля": "Kremlin", "Кремле": "Kremlin", "Кремлі": "Kremlin",
    "Госдепартамент": "State Department", "Госдепартамента": "State Department", "Госдепартаменте": "State Department",
    "Госдепартаменту": "State Department", "Госдепартаментом": "State Department", "Госдеп": "State Department",
    "Госдепа": "State Department", "Держдепартамент": "State Department", "Держдепартаменту": "State Department",
    "Держдепартаменті": "State Department", "Держдепартаментом": "State Department", "Держдеп": "State Department",
    "Запад": "the West", "Запада": "the West", "Западу": "the West", "Западом": "the West", "Западе": "the West",
    "Захід": "the West", "Заходу": "the West", "Заходом": "the West", "Заході": "the West",
    # NATO as Russian and Ukrainian news call it, set in capitals
    "Альянс": "Alliance", "Альянса": "Alliance", "Альянсу": "Alliance", "Альянсом": "Alliance",
    "Альянсе": "Alliance", "Альянсі": "Alliance",
}
# The English of every term above ("Foreign Ministry", "NATO", "Kremlin"; countries too)
TERM_ENGLISH = frozenset(TERMS.values())
# Words of bodies' names that each language translates, as question_names.named_words' prefixes: a question
# about «Ради Росія – НАТО» names the «Совет Россия – НАТО» of a Russian article, and the "Russia–NATO Council".
NAME_WORDS = [
    ("counc", "совет", "рад"),
]
# Offices and terms of news, with the English the translation must keep (a regular expression): the
# model made «замглавы МИД Александр Грушко» "Minister of Foreign Affairs", «замгоссекретаря»
# "Vice-Consul General" and «миротворческая миссия» "humanitarian mission". General, not per article;
# the more specific first (a span taken by one is not matched again). Checked, not put in the
# glossary: told them, the model fixed the offices but wrote "Varshavsk summit" for «Варшавском
# саммите» and added "in St. Petersburg" (docs/models.md, "Session 21").
TITLES = [(re.compile(pattern, re.IGNORECASE), english, re.compile(kept, re.IGNORECASE)) for pattern, english, kept in (
    (r"\b(?:замглав\w*|заместител\w* (?:главы|министра)|замминистра) (?:МИД\w*|иностранных дел)|"
     r"\bзаступник\w* (?:голови|міністра) (?:МЗС|закордонних справ)", "Deputy Foreign Minister", r"\bdeputy\b"),
    (r"\b(?:замминистра|заместител\w* министра) обороны|\bзаступник\w* міністра оборони",
     "Deputy Defence Minister", r"\bdeputy\b"),
    (r"\bзамгоссекретар\w*|\bзаместител\w* (?:госсекретаря|государственного секретаря)|"
     r"\bзаступник\w* (?:держсекретаря|державного секретаря)",
     "Deputy Secretary of State", r"\bdeputy secretary of state\b"),
    (r"\bгоссекретар\w*|\bдержсекретар\w*|\bгосударствен\w* секретар\w*|\bдержавн\w* секретар\w*", "Secretary of State",
     r"\bsecretary of state\b"),
    (r"\bгенсек\w*|\bгенеральн\w* секретар\w*", "Secretary General", r"\bsecretary[- ]general\b"),
    (r"\bпресс?-секретар\w*", "press secretary", r"\bpress secretary\b|\bspokes"),
    (r"\bпостпред\w*|\bпостоянн\w* представител\w*|\bпостійн\w* представник\w*", "permanent representative",
     r"\bpermanent representative|\bambassador"),
    (r"\bмиротвор\w*", "peacekeeping", r"\bpeace-?keep"),
    # the deputy head of a body: «заместитель главы Пентагона» ("Pentagon deputy head")
    (r"\b(?:замглав\w*|(?:заместител|заступник)\w* (?:главы|голови|руководителя|керівника))", "deputy head",
     r"\bdeputy\b"),
    # any other deputy: «заместитель председателя», «заступник»
    (r"\bзам(?:глав|министр|гос|пред)\w*|\bзаместител\w*|\bзаступник\w*", "deputy", r"\bdeputy\b|\bvice\b"),
)]
