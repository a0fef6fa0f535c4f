"""Which time a question asks about: how things stand now, the present or the future, the future.

News on one subject is written years apart, so the time a question asks about decides which
article answers it. "Действует ли сейчас миссия НАТО в Ираке?" is answered by the latest article
on the mission (later_reports.latest_only); "When will the NATO mission in Iraq end?" is not
answered by a date an article places in its own past (answer_lead.date_lead), and "Когда
состоится следующее заседание…?" is refused when the quotes give no date (assistant.py).
"""

from __future__ import annotations

import re

# A question about how things stand now: the latest article on its subject answers it.
_NOW = re.compile(
    r"\b(?:now|currently|still|today|at present|these days)\b|"
    r"\b(?:сейчас|сегодня|теперь|по-прежнему|в настоящее время|зараз|досі|наразі|нині|сьогодні|дотепер)\b",
    re.IGNORECASE)


def asks_about_now(question: str) -> bool:
    return bool(_NOW.search(question))


# What is still to come: "When will…", "When is the next…", "Когда будет / состоится следующее…",
# "Коли відбудеться наступне…".
_FUTURE_WORDS = (
    r"\b(?:will|shall|is going to|are going to|next)\b|\b(?:is|are) (?:due|scheduled|expected|planned|set) to\b|"
    r"\bбуд(?:ет|ут|е|уть)\b|\bследующ\w*|\bнаступн\w*|\bпланиру\w*|\bплану\w*|\bнамеч\w*"
)
_FUTURE = re.compile(_FUTURE_WORDS, re.IGNORECASE)
# The present or the future, wider: also "When does it close?" and Russian non-past reflexives
# ("Когда закончится миссия?": past forms never end in "-тся", they end in "-лся", "-лась"…). In
# Ukrainian "-ться" is the present or future ("закінчиться"), in Russian an infinitive ("стал
# рассматриваться"), so it counts for Ukrainian only. Non-reflexive Russian futures ("закончит")
# look like nouns ("совет") and are left out.
_NOT_PAST = re.compile(rf"{_FUTURE_WORDS}|\b(?:does|do)\b|\w+тся\b", re.IGNORECASE)
_NOT_PAST_UK = re.compile(r"\w+ться\b", re.IGNORECASE)


def asks_about_the_future(question: str) -> bool:
    """Refusal (assistant.py) needs this narrower test: "When does immunodeficiency occur?" asks
    for a condition, "Когда отмечается…" for a recurring date."""
    return bool(_FUTURE.search(question))


def not_about_the_past(question: str, language: str) -> bool:
    """The date lead's test (answer_lead.date_lead)."""
    return bool(_NOT_PAST.search(question) or (language == "uk" and _NOT_PAST_UK.search(question)))
