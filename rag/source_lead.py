"""A "Which news agency / publication / newspaper…?" question's lead: the outlet the best quote gives as its source.

News name where a report comes from beside a few words: «…пишет ТАСС», «…изданию Politico сообщили…», «По
данным Politico…», «американское издание BuzzFeed опубликовало…», «…в интервью CNN…», "according to Reuters".
The outlet is the name right after such a word: words in Latin letters ("Financial Times"), an acronym in
capitals («ТАСС», «УНН») or a name in quotation marks («"Европейская правда"»). The quote leads with it only
when it names one outlet the question does not name itself: "Which publication did the four NATO diplomats
speak to?" → "Politico" (the one told, «изданию Politico сообщили», not the one reporting that, «пишет
"Европейская правда"»); "And which publication wrote about it, citing Politico?" → «Европейская правда»; "Which
publication reported the US pressure on NATO?" gets none, as its quote names Politico and «Европейская правда».
An English question gets a Cyrillic name romanised after it, as person leads do: «ТАСС (TASS)».

Only questions asking which outlet: "Who wrote…?" asks for a person as often (XQuAD: "Кто написал поэму…?").
"""

from __future__ import annotations

import re

from .language import CYRILLIC
from .person_lead import with_romanisation

_FLAGS = re.IGNORECASE | re.UNICODE
_OUTLET_QUESTION = re.compile(
    r"\b(?:which|what) (?:\w+ )?(?:news )?(?:agency|agencies|outlets?|publications?|newspapers?|media|"
    r"web ?sites?|channels?|broadcasters?)\b|\baccording to (?:which|what)\b|"
    r"\bкак(?:ое|ая|ой|ие|им|ого|ому) (?:\w+ )?(?:агентств\w*|издани\w*|СМИ|газет\w*|телеканал\w*|сайт\w*)|"
    r"\bпо данным как\w+|\bсо ссылкой на как\w+|"
    r"\bяк(?:е|а|ий|і|им|ого|ому) (?:\w+ )?(?:агентств\w*|видання|ЗМІ|газет\w*|телеканал\w*|сайт\w*)|"
    r"\bза даними як\w+|\bз посиланням на як\w+", _FLAGS)
# The words right before an outlet's name
_BEFORE_OUTLET = (
    r"(?:пиш(?:ет|ут)|сообща(?:ет|ют)|переда(?:ет|ёт|ют)|пише|пишуть|повідомля(?:є|ють)|переда(?:є|ють)|"
    r"издани\w*|агентств\w*|газет\w*|телеканал\w*|интервью|видання|інтерв['’]ю|"
    r"по данным|по информации|со ссылкой на|за даними|за інформацією|з посиланням на|"
    r"according to|told|interview with)")
_LATIN_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*"
_ACRONYM = r"[А-ЯЁІЇЄҐ]{2,}(?![\w-])"
_QUOTED = r"[\"«“„]([^\"»”“]{2,40})[\"»”“]"
_OUTLET = re.compile(rf"\b{_BEFORE_OUTLET}\s+(?:{_QUOTED}|(?-i:({_LATIN_NAME})|({_ACRONYM})))", _FLAGS)
# The words right before an outlet something was told to: «…изданию Politico сообщили…», «…в интервью CNN…», "told
# Reuters" (not «пишет "Европейская правда"», which reports it, nor «издания», «в газете»: of it, in it)
_TO_OUTLET = re.compile(rf"\b(?:изданию|агентству|телеканалу|интервью|виданню|інтерв['’]ю|"
                        rf"told|interview with)\s+(?:{_QUOTED}|(?-i:({_LATIN_NAME})|({_ACRONYM})))", _FLAGS)
# A question asking which outlet something was told to: "Which publication did the four NATO diplomats speak to?",
# "To which TV channel did Smith give an interview?", «Какому изданию это сообщили?», «Якому виданню…?»
_ASKS_RECIPIENT = re.compile(r"\b(?:spoke|speak|spoken|talk(?:ed)?|told|tell|interview\w*)\b|"
                             r"\b(?:каком[уy]|якому|интервью|інтерв['’]ю)\b", _FLAGS)
# "Politico reported", "…, Reuters reports"
_REPORTED_BY = re.compile(rf"(?-i:({_LATIN_NAME}))\s+(?:reported|reports)\b")  # not "wrote", "said": people do
# capitalised words that are no outlet's name after "told" and the like
_NOT_OUTLETS = frozenset({"The", "A", "An", "He", "She", "They", "It", "We", "I", "US", "U.S.", "UN", "NATO", "EU"})


def asks_which_outlet(question: str) -> bool:
    """Whether the question asks which outlet reported something ("Which news agency reported…?", «Какое
    издание…?», «Яке видання…?»)."""
    return bool(_OUTLET_QUESTION.search(question))


def outlets(text: str) -> list[str]:
    """The outlets `text` gives as sources (see the module docstring), as written, in order, once each."""
    found = [(m.start(), next(g for g in m.groups() if g)) for m in _OUTLET.finditer(text)]
    found += [(m.start(), m.group(1)) for m in _REPORTED_BY.finditer(text)]
    names = [name.strip() for _, name in sorted(found)]
    return list(dict.fromkeys(n for n in names if n not in _NOT_OUTLETS))


def source_lead(question: str, quotes: list[str], language: str) -> str | None:
    """The one outlet the best quote gives as a source, that the question does not name, for a question asking
    which outlet reported something; else None."""
    if not quotes or not asks_which_outlet(question):
        return None
    named = [o for o in outlets(quotes[0]) if o.lower() not in question.lower()]
    if len(named) > 1 and _ASKS_RECIPIENT.search(question):  # the one it was told to, not the one reporting that
        told = {next(g for g in m.groups() if g).strip() for m in _TO_OUTLET.finditer(quotes[0])}
        named = [o for o in named if o in told]
    if len(named) != 1:
        return None
    outlet = named[0]
    return with_romanisation(outlet) if language == "en" and CYRILLIC.search(outlet) else outlet
