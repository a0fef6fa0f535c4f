""""Why" questions: the quote runs on to the sentence that gives the reason.

News state a decision first and its reason in the sentence after it: «Отдельно США также планируют
вывести около 2 500 военных из Ирака…» is followed by «Как сообщил чиновник администрации США, этот
шаг является частью "обязательства Трампа положить конец бесконечным войнам"». e5 ranks the first
above the second for "Чому США хочуть вивести війська з Іраку?": it shares the question's subject,
and nothing in a sentence embedding asks for a reason. A "why" quote that gives no reason (no word
such as "because", «поскольку», «щоб», "part of") runs on, as one exact span of its article, through
the first of the next REASON_WITHIN sentences of its paragraph that gives one; else it stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .extractive import EvidenceSentence, through_next_that
from .types import Citation

_FLAGS = re.IGNORECASE | re.UNICODE
_WHY_QUESTION = re.compile(
    r"\bwhy\b|\bfor what (?:reason|purpose)\b|\bwhat (?:is|was|are|were) the (?:reasons?|motives?|purpose)\b|"
    # "What reason did the US give for…", "How did the official explain…", «Чем объяснили…», «Какую причину…»
    r"\bwhat (?:reasons?|motives?|grounds|justifications?|explanations?)\b|\bhow did\b.{1,80}?\b(?:explain|justify)|"
    r"\bпочему\b|\bзачем\b|\bотчего\b|\bпо какой причине\b|\bс какой целью\b|"
    r"\bкак\w* (?:причин\w*|цел\w*|мотив\w*|обосновани\w*)|\bчем (?:объясн|обоснов|мотивир)\w*|"
    r"\bчому\b|\bнавіщо\b|\bнащо\b|\bз якої причини\b|\bз якою метою\b|"
    r"\bяк\w* (?:причин\w*|мет\w*|мотив\w*|обґрунтуванн\w*)|\bчим (?:поясн|обґрунтов|мотивув)\w*", _FLAGS)
# Words that give a reason or a purpose. Not «через» alone: in Russian it is "in (two months)".
_REASON = re.compile(
    r"\b(?:because|since|as a result|due to|owing to|in order to|so that|so as to|for fear|the reasons?|"
    r"given that|citing|amid|part of|aim(?:s|ed)? (?:at|to)|in response to|"
    r"потому что|поскольку|так как|из-за|в силу|в результате|в связи с|ввиду|вследствие|благодаря|ради|"
    r"чтобы|дабы|по причине|причин\w*|с целью|в целях|объясн\w*|частью|на фоне|в ответ на|опасени\w*|"
    # lessons or facts taken into account: «Видимо, учтя уроки нападения на Ирак, в 2011 году американцы…»
    r"учтя|учитывая|с учетом|с учётом|враховуючи|врахувавши|з урахуванням|taking into account|in light of|"
    r"бо|тому що|оскільки|через те|щоб|аби|задля|заради|з огляду на|у зв['’]язку з|внаслідок|в результаті|"
    r"з метою|поясн\w*|частиною|на тлі|у відповідь на|"
    # grounds cited: «Там сослались на недавнее заявление Генсека…» after «Альянс не менял стратегию»
    r"сослал\w*|ссылаясь|сославшись|посилаючись|пославшись|послал(?:ся|ася|ися|ись) на)\b", _FLAGS)
# A consequence drawn from what the sentence has said before it ("…being anarchists, …and therefore see no need
# to…"); opening a sentence it draws on the one before, and the reason is there ("Therefore, the second scale…")
_CONSEQUENCE = re.compile(r"(?<=\w)[^.!?]*?\b(?:therefore|hence|thus|поэтому|следовательно|оттого|отже|через це|"
                          r"тому й|тож|відтак)\b", _FLAGS)
REASON_WITHIN = 2  # sentences after the quote, in its paragraph, that may give the reason


def asks_why(question: str) -> bool:
    return bool(_WHY_QUESTION.search(question))


def gives_a_reason(sentence: str) -> bool:
    return bool(_REASON.search(sentence) or _CONSEQUENCE.search(sentence))


def through_reason(s: EvidenceSentence, passages: list[Citation],
                   read: Callable[[str], str | None]) -> EvidenceSentence:
    """`s` quoted on through the first of the next REASON_WITHIN sentences of its paragraph that gives a
    reason, when `s` gives none itself; else `s` unchanged. The sentences between come too."""
    return through_next_that(s, passages, read, REASON_WITHIN, gives_a_reason)
