"""Follow-up questions: whether a question depends on the turn before it, and its stand-alone form.

"And when did it start?" after "When did the NATO Iraq mission close?" is searched as both
questions together (the story is named in the first); the assistant then ranks sentences on the
follow-up alone as well (extractive.blend_follow_up), so it quotes what the follow-up asks.
"""

from __future__ import annotations

import re

from .answer_texts import ABSTAIN_TEXT
from .compose_requests import asks_to_compose

# What marks a question as depending on the previous turn: a leading "and", or — in a short
# question — a pronoun or demonstrative pointing back. Anything else is stand-alone, however short
# ("Хто очолював делегацію Росії в Брюсселі?" after a question about Geneva must not be merged),
# and a long question's "it"/"that"/"их" are usually its own ("…in Iraq under its 2024 agreement").
_FOLLOW_UP_START = re.compile(r"^(and|also|what about|и|а|а что|также|і|й|та|а як)\b", re.IGNORECASE)
_FOLLOW_UP = re.compile(
    r"\b(it|its|this|that|these|those|they|them|he|she|his|him|"
    r"her|there|он|она|оно|они|его|её|ее|их|него|неё|нее|них|ним|ней|ему|нему|это|этом|этому|этот|эта|эту|этой|этого|"
    r"эти|этих|там|він|вона|воно|вони|його|її|їх|нього|неї|них|ним|нею|ній|йому|нему|це|цьому|цим|цей|ця|цю|цієї|"
    r"цього|ці|цих)\b",
    re.IGNORECASE,
)
FOLLOW_UP_MAX_WORDS = 3  # a question this short is a follow-up even without a marker ("Who else?", "Why?")…
# …when it asks something (a question mark: "thanks!", "ok", "test" typed after an answer are no
# follow-ups, and alone they meet the vague-question refusal) and does not name what it asks about:
# "Who is Scaparrotti?", "NATO in 2011?" (a capitalised word after the first, or a number).
_NAMES_SOMETHING = re.compile(r"(?<=\s)[A-ZА-ЯЁІЇЄҐ]|\d")
FOLLOW_UP_PRONOUN_MAX_WORDS = 10
FOLLOW_UP_CHAIN = 2  # follow-ups of follow-ups: at most this many earlier questions are prefixed


def asks_something(text: str) -> bool:
    """False for a short input with no question mark ("thanks!", "ok"): no question to follow up."""
    return len(text.split()) > FOLLOW_UP_MAX_WORDS or text.rstrip().endswith(("?", "？"))


# "its" / "his" after a name the question gives is that name's ("When did NATO close its Afghanistan mission?"
# was merged with the question before it); Russian and Ukrainian «его», «їх» are objects too, and left alone
_OWN_POSSESSIVE = {"its", "his"}


# "there is no place for ultimatums": "there" before a form of "be" points nowhere ("What happened there?" does)
_THERE_IS = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had|'s)\b", re.IGNORECASE)


def _points_back(question: str) -> bool:
    for m in _FOLLOW_UP.finditer(question):
        word = m.group(0).lower()
        if word == "there" and _THERE_IS.match(question, m.end()):
            continue
        if word not in _OWN_POSSESSIVE or not _NAMES_SOMETHING.search(question[:m.start()]):
            return True
    return False


def _marked(question: str) -> bool:
    """A leading "and", or a pronoun pointing back in a question of up to FOLLOW_UP_PRONOUN_MAX_WORDS."""
    return bool(_FOLLOW_UP_START.search(question)
                or (len(question.split()) <= FOLLOW_UP_PRONOUN_MAX_WORDS and _points_back(question)))


def is_follow_up(question: str) -> bool:
    """Whether the question depends on the turn before it (see _FOLLOW_UP_START and _FOLLOW_UP)."""
    short = (len(question.split()) <= FOLLOW_UP_MAX_WORDS and asks_something(question)
             and not _NAMES_SOMETHING.search(question))
    return short or _marked(question)


def standalone_question(question: str, history: list[tuple[str, str]] | None) -> str:
    """Make a follow-up self-contained by prefixing the previous questions it depends on: a
    follow-up of a follow-up ("How many troops does KFOR have?" → "When was it launched?" →
    "And who commands it now?") keeps the question that named the topic, up to FOLLOW_UP_CHAIN."""
    parts = [question]
    for prev, answer in reversed(history or []):
        if len(parts) > FOLLOW_UP_CHAIN or not is_follow_up(parts[0]):
            break
        # "thanks!" between a question and its follow-up, or "tell me a joke": no subject to follow
        if not asks_something(prev) or asks_to_compose(prev):
            continue
        # a short question with no "and" or pronoun follows a subject; a question the articles
        # were found to say nothing about set none ("Скільки тривало засідання?" after "What is the
        # capital of France?" was searched as both and refused)
        if not _marked(parts[0]) and answer.strip() in ABSTAIN_TEXT.values():
            break
        parts.insert(0, prev)
    return " ".join(p.strip() for p in parts)
