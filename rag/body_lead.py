"""A question asking which organisation did something is opened by the one body its best quote names.

"Which organisation sanctioned the international peacekeeping mission in Kosovo?" and "Who authorised the Kosovo
peacekeeping mission?" are answered by «Международная миротворческая миссия в Косово была санкционирована ООН…»:
"UN". Bodies are the glossary's (glossary.TERMS: «ООН», «ОБСЕ», «МИД», «Госдепартамент», «Кремль»), read only in
Russian and Ukrainian quotes, in English for an English question and as the quote writes them otherwise. Not a
country's abbreviation («США», «РФ»: place leads say where), nor «Запад», nor a body the question names itself
("What did the UN decide on Kosovo?"). A who-question gets one only when its quote names nobody a person lead
would give (person_lead.py decides that first: answer assembly in assistant.py), and when the quote names one
such body: «…завершилось заседание Совета Россия – НАТО» names NATO and nothing else, yet is no answer to "Who
met in Brussels?" — so the body must follow a verb's passive form or «по данным» / «по решению», the way news
name who did something to the subject («санкционирована ООН», «по решению Совбеза ООН»). A question naming the kind
of body it asks for ("Which ministry released Russia's draft treaties?") is answered by the one body of that kind
the quote names, doer or not («…МИД РФ распространил…»: "Foreign Ministry"), unless the quote names another of
that kind in words («…замминистра обороны…»).
"""

from __future__ import annotations

import re

from .glossary import TERMS
from .language import CYRILLIC
from .person_lead import asks_who

_FLAGS = re.IGNORECASE | re.UNICODE
_ORGANISATION_QUESTION = re.compile(
    r"\b(?:which|what) (?:international )?(?:organi[sz]ations?|bod(?:y|ies)|institutions?)\b|"
    r"\bкак(?:ая|ой|ие|ую) (?:международн\w+ )?(?:организаци\w*|орган\w*|структур\w*)|"
    r"\bяк(?:а|ий|і|у) (?:міжнародн\w+ )?(?:організаці\w*|орган\w*|структур\w*)", _FLAGS)
_NO_BODIES = frozenset({"US", "Russia", "the West", "USSR"})
_BODY_WORDS = sorted((t for t, english in TERMS.items() if english not in _NO_BODIES), key=len, reverse=True)
_BODY_NAMES = "|".join(map(re.escape, _BODY_WORDS))  # any of them, the longest first
# A body after a passive participle («санкционирована ООН», «одобрен Советом»: the doer) or «по решению»
_BY_BODY = re.compile(
    # a short passive participle: «санкционирована», «одобрен», «створена», «принята» (not «стран», «страна», nor a
    # verb in «-ит»: «…противоречит политике Альянса»)
    r"\b(?:[а-яёіїєґ]{4,}(?:(?:ан|ен|ён|ян)(?:а|о|ы|і)?|(?:ят|ыт|ит|ут)(?:а|о|ы|і))|по решению|"
    r"за рішенням|по инициативе|з ініціативи)\s+(?:[а-яёіїєґ]+\s+)?"
    rf"(?P<body>{_BODY_NAMES})(?![\w-])")


# A question naming the kind of body it asks for: "Which ministry released Russia's draft treaties?", «Какое
# министерство…», «Яке міністерство…». Any body of that kind the quote names answers it, doer or not («…МИД РФ
# распространил…»): the kind is a word of the body's English (glossary.TERMS: "Foreign Ministry")
_KIND_QUESTION = re.compile(
    r"\b(?:which|what) (?P<en>ministry|ministries|department|council)\b|"
    r"\bкак(?:ое|ой|ая|ие) (?P<ru>министерств|департамент|совет)\w*|"
    r"\bяк(?:е|ий|а|і) (?P<uk>міністерств|департамент|рад)\w*", _FLAGS)
_KIND_ENGLISH = {"ministr": "ministry", "министерств": "ministry", "міністерств": "ministry",
                 "department": "department", "департамент": "department",
                 "council": "council", "совет": "council", "рад": "council"}
# the kind's words in running text: a quote naming another body of the kind in words («…замминистра обороны
# Александр Фомин» beside «МИД») does not tell which one is asked for
_KIND_WORDS = {"ministry": r"министр|министерств|міністр|міністерств|ministr",
               "department": r"департамент|department", "council": r"совет|рад[аиіуо]\b|council"}
_ANY_BODY = re.compile(rf"(?<![\w-])(?P<body>{_BODY_NAMES})(?![\w-])")


def asks_which_organisation(question: str) -> bool:
    return bool(_ORGANISATION_QUESTION.search(question) or _KIND_QUESTION.search(question))


def _asked_kind(question: str) -> str | None:
    """The word of a body's English a "which ministry / department / council" question asks for ("ministry")."""
    if (m := _KIND_QUESTION.search(question)) is None:
        return None
    word = next(g for g in m.groups() if g).lower()
    return next(english for start, english in _KIND_ENGLISH.items() if word.startswith(start))


def body_lead(question: str, quotes: list[str], language: str, typed_only: bool = False) -> str | None:
    """The body the best quote says did what a "which organisation" or who-question asks about, or the one body of
    the kind a "which ministry" question asks for (see the module docstring); else None. `typed_only`: only the
    latter (the evidence is below the bar for other leads: assistant.LEAD_MARGIN)."""
    if not quotes or not (asks_which_organisation(question) or asks_who(question)):
        return None
    quote = quotes[0]
    if not CYRILLIC.search(quote):
        return None
    if (kind := _asked_kind(question)) is not None:
        if re.search(_KIND_WORDS[kind], quote, _FLAGS):
            return None
        named = {m.group("body") for m in _ANY_BODY.finditer(quote) if kind in TERMS[m.group("body")].lower()}
    elif typed_only:
        return None
    else:
        named = {m.group("body") for m in _BY_BODY.finditer(quote)}
    english = {TERMS[b] for b in named}
    asked = {TERMS[w] for w in re.findall(r"[\w-]+", question) if w in TERMS} | {
        e for e in TERMS.values() if re.search(rf"\b{re.escape(e)}\b", question)}
    if len(english) != 1 or english & asked:
        return None
    body = next(iter(named))
    return TERMS[body] if language == "en" else body
