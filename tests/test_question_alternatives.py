"""Questions asking to choose between two options (question_alternatives.py)."""

import pytest

from rag.answer_types import DATE, NUMBER
from rag.count_lead import span_lead
from rag.question_alternatives import SPAN, alternatives, both_options, compared_kind, tells_compared


@pytest.mark.parametrize("question, options", [
    ("Which lasted longer, the Geneva talks or the Brussels meeting?", ("the Geneva talks", "the Brussels meeting")),
    ("Что длилось дольше: переговоры в Женеве или встреча в Брюсселе?", ("переговоры в Женеве", "встреча в Брюсселе")),
    ("Що тривало довше: переговори в Женеві чи засідання в Брюсселі?", ("переговори в Женеві", "засідання в Брюсселі")),
    ("Who spoke first, Sherman or Ryabkov", ("Sherman", "Ryabkov")),
    # no two things to quote: a yes/no question, "or" inside what is asked, no comma or colon before the options
    ("Did the talks end or were they postponed?", None),
    ("How many allies must agree to start or end a NATO mission?", None),
    ("Which lasted longer the Geneva talks or the Brussels meeting?", None),
])
def test_the_two_options_a_question_asks_to_choose_between(question, options):
    assert alternatives(question) == options


@pytest.mark.parametrize("question, options", [
    ("Which Russian official took part in both the Geneva talks and the Brussels meeting?",
     ("the Geneva talks", "the Brussels meeting")),
    ("Кто из российских замминистров участвовал и в Женеве, и в Брюсселе?", ("в Женеве", "в Брюсселе")),
    ("Хто брав участь як у переговорах у Женеві, так і в засіданні в Брюсселі?",
     ("у переговорах у Женеві", "в засіданні в Брюсселі")),
    # "both" with no two things named, and an "and" joining the asked things
    ("Who attended both meetings?", None),
    ("What did Russia and NATO discuss?", None),
    ("Кто и где выступал?", None),
])
def test_the_two_things_a_question_asks_what_is_true_of_both(question, options):
    assert both_options(question) == options
    assert alternatives(question) is None


def test_what_a_comparative_compares():
    assert compared_kind("Which lasted longer, the Geneva talks or the Brussels meeting?") == SPAN
    assert compared_kind("Что произошло раньше: переговоры в Женеве или встреча в Брюсселе?") == DATE
    assert compared_kind("У якої місії більше військових, KFOR чи місії в Іраку?") == NUMBER
    assert compared_kind("Which side led, NATO or Russia?") is None
    # read before the options only: "first" in an option compares nothing
    assert compared_kind("Who led, the first delegation or the second?") is None


def test_a_sentence_gives_what_is_compared():
    q = "Which lasted longer, the Geneva talks or the Brussels meeting?"
    assert tells_compared("Переговоры продолжались приблизительно 7,5 часов без учета перерыва на обед.", SPAN, q)
    assert not tells_compared("Вечером 10 января в Женеве завершились переговоры.", SPAN, q)  # a date, no span
    assert tells_compared("Вечером 10 января в Женеве завершились переговоры.", DATE, q)


def test_how_long_an_options_quote_tells_it_lasted():
    geneva = ("Вечером 10 января в Женеве завершились переговоры. Переговоры проходили в закрытом формате, они "
              "продолжались приблизительно 7,5 часов без учета перерыва на обед.")
    assert span_lead(geneva, "en") == "About 7.5 hours"  # a day of the month is no span
    # of two spans, the one after a verb of lasting, not the one expected
    brussels = "Переговоры продлились около четырех часов, хотя ожидалось, что встреча завершится через три часа."
    assert span_lead(brussels, "ru") == "Около 4 часов"
    assert span_lead("Переговоры шли 3 часа, брифинг – 2 часа.", "en") is None  # two spans, no verb for one
    assert span_lead("Встреча завершилась 12 января.", "en") is None
