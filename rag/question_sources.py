""""Who reported it?" questions: the quote runs on to the sentence that names the source.

News give a fact first and its source after it: «В штаб-квартире… в Брюсселе… завершилось заседание
Совета Россия – НАТО.» is followed by «Об этом 12 января пишет ТАСС.» e5 ranks the fact above its
source for "Which news agency reported that the Russia–NATO Council meeting had ended?": it shares
the question's subject, and the source's sentence shares nothing but the asking. A quote for such a
question that names no source («пишет», «сообщили», "according to") runs on, as one exact span of
its article, through the first of the next SOURCE_WITHIN sentences of its paragraph that does; else it
stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .extractive import EvidenceSentence, through_next_that
from .types import Citation

_FLAGS = re.IGNORECASE | re.UNICODE
_SOURCE_QUESTION = re.compile(
    r"\b(?:which|what) (?:news )?(?:agency|agencies|outlets?|publications?|newspapers?|media|sources?|"
    r"web ?sites?|channels?|broadcasters?)\b|\bwho (?:first )?(?:reported|published|broke|wrote about)\b|"
    r"\baccording to (?:whom|which|what)\b|"
    r"\b(?:как|котор)\w+ (?:агентств\w*|издани\w*|СМИ|газет\w*|источник\w*|сайт\w*|телеканал\w*)|"
    r"\bкто (?:сообщ\w*|опубликова\w*|написа\w*|передал\w*)|\bпо (?:данным|сведениям) (?:кого|как\w+)|"
    r"\bсо ссылкой на (?:кого|как\w+)|"
    r"\b(?:як|котр)\w+ (?:агентств\w*|видання|ЗМІ|газет\w*|джерел\w*|сайт\w*|телеканал\w*)|"
    r"\bхто (?:повідоми\w*|опублікува\w*|написа\w*|передав\w*)|\bза (?:даними|інформацією) (?:кого|як\w+)|"
    r"\bз посиланням на (?:кого|як\w+)", _FLAGS)
# Words that name where a report comes from: «пишет ТАСС», «сообщили… дипломаты», "according to Politico".
_SOURCE = re.compile(
    r"\b(?:according to|report(?:s|ed)|told|writes|wrote|citing|"
    r"пиш(?:ет|ут)|сообщ\w*|переда(?:ет|ёт|ют|л\w*)|по данным|по информации|со ссылкой|ссылаясь|"
    r"пише|пишуть|повідом\w*|переда(?:є|ють|в\w*)|за даними|за інформацією|з посиланням|посилаючись)\b", _FLAGS)
SOURCE_WITHIN = 2  # sentences after the quote, in its paragraph, that may name the source


def asks_for_a_source(question: str) -> bool:
    """Whether the question asks who reported something ("Which agency reported…?", «Кто сообщил…?»)."""
    return bool(_SOURCE_QUESTION.search(question))


def names_a_source(sentence: str) -> bool:
    return bool(_SOURCE.search(sentence))


def through_source(s: EvidenceSentence, passages: list[Citation],
                   read: Callable[[str], str | None]) -> EvidenceSentence:
    """`s` quoted on through the first of the next SOURCE_WITHIN sentences of its paragraph that names a
    source, when `s` names none itself; else `s` unchanged. The sentences between come too."""
    return through_next_that(s, passages, read, SOURCE_WITHIN, names_a_source)
