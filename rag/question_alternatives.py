"""The options a question asks to choose between: "Which lasted longer, the Geneva talks or the Brussels
meeting?", «Что длилось дольше: переговоры в Женеве или встреча в Брюсселе?», «Що тривало довше: переговори в
Женеві чи засідання в Брюсселі?». (A who-question between two people is left to the who-checks, which come first.)

Such a question is answered only by quotes about each option: the sentences closest to the whole
question told of one meeting only («Переговоры продлились около четырех часов…», Brussels), and the
reader could not compare. The assistant quotes the best sentence naming each option (assistant.py), run on
through its paragraph to the sentence that gives what is compared, when the question's comparative says what
that is (a span of time for "longer", a date for "earlier", a number for "more"): «Вечером 10 января в Женеве
завершились переговоры…» is quoted on to «…они продолжались приблизительно 7,5 часов…».

Only a question opening with a question word and ending in two options after a comma or a colon, each
a few words, is read so: "Did the talks end or were they postponed?" offers no two things to quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .answer_types import DATE, NUMBER, counts_a_span_of_time, holds_answer_type
from .extractive import EvidenceSentence, through_next_that
from .types import Citation

MAX_OPTION_WORDS = 6
# sentences after an option's quote, in its paragraph, that what is compared may come in (Geneva's length was the
# second after the sentence naming it)
COMPARED_RUN_ON = 2
_OPTION = rf"(?:[^\s,:;?]+\s+){{0,{MAX_OPTION_WORDS - 1}}}[^\s,:;?]+"
_ASKS = (r"which|who|whose|what|where|when|что|кто|чей|чья|какой|какая|какое|какие|где|когда|що|хто|чий|чия|"
         r"який|яка|яке|які|де|коли")
_ALTERNATIVES = re.compile(
    rf"^\s*(?:{_ASKS})\b[^,:;?]*[,:]\s*(?P<a>{_OPTION})\s+(?:or|или|чи|либо|або)\s+(?P<b>{_OPTION})\s*\??\s*$",
    re.IGNORECASE)


# "…in both the Geneva talks and the Brussels meeting?", «…и в Женеве, и в Брюсселе?», «…як у Женеві, так і в
# Брюсселі?»: two things each of which the answer must be true of, at the question's end
_AT = r"(?:в|во|на|у|уві)\s+"
_BOTH = re.compile(
    rf"(?:\bboth\s+(?P<a>{_OPTION})\s+and\s+(?P<b>{_OPTION})"
    rf"|(?<![^\W\d_])(?:и|і)\s+(?P<c>{_AT}{_OPTION}),?\s+(?:и|і)\s+(?P<d>{_AT}{_OPTION})"
    rf"|(?<![^\W\d_])(?:как|як)\s+(?P<e>{_AT}{_OPTION}),?\s+(?:так\s+и|так\s+і)\s+(?P<f>{_AT}{_OPTION}))\s*\??\s*$",
    re.IGNORECASE)


def alternatives(question: str) -> tuple[str, str] | None:
    """The two options the question asks to choose between, as written ("the Geneva talks", "the Brussels
    meeting"); None for any other question."""
    m = _ALTERNATIVES.match(question)
    return (m.group("a"), m.group("b")) if m else None


def both_options(question: str) -> tuple[str, str] | None:
    """The two things a question asks what is true of both ("Who took part in both the Geneva talks and the
    Brussels meeting?": "the Geneva talks", "the Brussels meeting"; «…и в Женеве, и в Брюсселе?»: «в Женеве»,
    «в Брюсселе»), as written; None for any other question."""
    m = _BOTH.search(question)
    if not m:
        return None
    a, b = next((m.group(x), m.group(y)) for x, y in ("ab", "cd", "ef") if m.group(x))
    return a, b


SPAN = "span of time"
_COMPARATIVES = [  # what a comparative compares
    (SPAN, r"longer|shorter|дольше|длиннее|короче|довше|коротше"),
    (DATE, r"earlier|later|sooner|first|раньше|ранее|позже|позднее|первым|первой|раніше|пізніше|першим|першою"),
    (NUMBER, r"more|fewer|less|bigger|larger|smaller|больше|меньше|більше|менше"),
]
_COMPARED = [(kind, re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE))
             for kind, words in _COMPARATIVES]


def compared_kind(question: str) -> str | None:
    """What the question's comparative compares (SPAN, answer_types.DATE or NUMBER), read before its options;
    None when it names none ("Which side led, NATO or Russia?")."""
    head = re.split(r"[,:]", question, maxsplit=1)[0]
    return next((kind for kind, pattern in _COMPARED if pattern.search(head)), None)


def tells_compared(sentence: str, kind: str, question: str) -> bool:
    """Whether `sentence` gives what is compared: a span of time, a date, a number."""
    return counts_a_span_of_time(sentence) if kind == SPAN else holds_answer_type(sentence, kind, question)


def through_compared(s: EvidenceSentence, kind: str, question: str, passages: list[Citation],
                     read: Callable[[str], str | None]) -> EvidenceSentence:
    """An option's quote run on through the next COMPARED_RUN_ON sentences of its paragraph to the first giving
    what is compared (`tells_compared`), when it does not give it itself."""
    return through_next_that(s, passages, read, COMPARED_RUN_ON, lambda t: tells_compared(t, kind, question))
