"""A short answer ahead of the quotes for "Who is X?" over Russian or Ukrainian news: X's office, in English.

The date, count and place leads' sibling (answer_lead.py, count_lead.py, place_lead.py). "Who is Antony
Blinken?" is answered by the article's first mention of him, «…государственный секретарь США Энтони Блинкен
заявил…»; the office is the part an English reader needs, and news name people by few offices. They are
written in English from a fixed table (glossary.TITLES), with the bodies and countries beside them
(glossary.TERMS): "US Secretary of State [1]. The articles say: «…»". A table lookup, not a translation:
it reads every word between the office and the name, or gives no lead.

Written only when the reading is unambiguous: the best quote names the asked person; the office ends
within the clause before the name (and its first name); every word between them is a body or country the
table knows («США», «НАТО», «МИД»), with at most one "в" / "у" / "при" before the last of them
(«…постоянный представитель США в НАТО…» → "US permanent representative to NATO"), or the office of a
country's president («пресс-секретарь президента РФ» → "Press secretary of the president of Russia").
An office the table gives only as "deputy" (of what it does not say: «заместитель председателя») gets no
lead («заместитель главы Пентагона» is "Pentagon deputy head"), and English questions only get one: a
Russian or Ukrainian reader reads the office in the quote.
"""

from __future__ import annotations

import re

from .glossary import TERMS, TITLES
from .language import CYRILLIC
from .question_names import named_words, which_mentioned
from .question_people import CAPITALISED_WORD, asked_identity

# An office too vague to lead alone: "deputy" of what the table does not say; "peacekeeping" is no office
_NO_LEAD = {"deputy", "peacekeeping"}
_CLAUSE_BREAK = re.compile(r"[,.;:!?()«»\"“”„–—]")
_TO = {"в", "у", "при"}  # «представитель США в НАТО», «представник … при ООН»


def _name_start(quote: str, name: tuple[str, ...]) -> int | None:
    """Where the person's first mention in the quote starts: at their surname, or at the capitalised word
    right before it (a first name: «Энтони Блинкен», «Йенса Столтенберга»)."""
    forms = [f for _, f in named_words(name[-1], first_too=True)]
    if not forms:
        return None
    words = list(CAPITALISED_WORD.finditer(quote))
    for i, m in enumerate(words):
        if any(which_mentioned(m.group(0), forms)):
            before = words[i - 1] if i else None
            if (before is not None and quote[before.end():m.start()] == " "
                    and before.group(0) not in TERMS and not before.group(0).isupper()):
                return before.start()
            return m.start()
    return None


def role_lead(question: str, quotes: list[str], language: str) -> str | None:
    """The office the best quote gives the person an English "Who is X?" question asks about, in English,
    or None (see the module docstring)."""
    name = asked_identity(question)
    if language != "en" or name is None or not quotes or not CYRILLIC.search(quotes[0]):
        return None
    start = _name_start(quotes[0], name)
    if start is None:
        return None
    clause = quotes[0][:start]
    clause = clause[max((m.end() for m in _CLAUSE_BREAK.finditer(clause)), default=0):]
    # the office nearest the name; of two ending there, the longer («заместитель государственного секретаря»)
    found = [(m, english) for pattern, english, _ in TITLES for m in pattern.finditer(clause)]
    if not found:
        return None
    office, english = max(found, key=lambda f: (f[0].end(), -f[0].start()))
    if english in _NO_LEAD:
        return None
    words = clause[office.end():].split()
    # «пресс-секретарь президента РФ»: the office of a country's president
    of_president = bool(words) and words[0].lower() == "президента"
    bodies: list[str] = []
    at: list[str] = []
    to = False
    for word in words[of_president:]:
        if word.lower() in _TO and not to:
            to = True  # what follows is the body the office is at
            continue
        if word not in TERMS:
            return None
        (at if to else bodies).append(TERMS[word])
    if to and not at:
        return None
    if of_president:
        if not bodies or at:
            return None
        text = f"{english} of the president of {' '.join(bodies)}"
    else:
        text = " ".join([*bodies, english]) + (f" to {' '.join(at)}" if at else "")
    return text[0].upper() + text[1:]
