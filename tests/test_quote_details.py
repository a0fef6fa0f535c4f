"""A "what" question's quote runs on to the next sentence when that one opens by saying it details the
quote («В частности, …», «Серед іншого, …»): extractive.through_details."""

import pytest

from rag.extractive import asks_what, through_details
from tests.one_passage import first_sentence_of

STORY = ("17 декабря МИД РФ распространил российские проекты договора с США и соглашения с НАТО. В частности, в них "
         "говорится, что США должны исключить дальнейшее расширение НАТО. Россия также требует вернуть войска.\n\n"
         "Вечером 10 января в Женеве завершились переговоры.")


@pytest.mark.parametrize("question, what", [
    ("What did Moscow demand in the draft treaties?", True),
    ("Что МИД РФ распространил 17 декабря?", True),
    ("Що Москва зажадала від НАТО?", True),
    ("When did Russia publish its draft treaties?", False),
    ("Which countries did not take part?", False),
])
def test_questions_asking_what(question, what):
    assert asks_what(question) is what


def test_a_quote_runs_on_to_the_sentence_that_details_it_and_no_further():
    ps, s = first_sentence_of(STORY)
    longer = through_details(s, ps, {"s.txt": STORY}.get)
    assert longer.start == 0 and STORY[:longer.end] == longer.text
    assert longer.text.endswith("расширение НАТО.")  # the detailing sentence, not the one after it


def test_a_quote_whose_next_sentence_details_nothing_stays():
    plain = STORY.replace("В частности, в них говорится", "Позже стало известно")
    ps, s = first_sentence_of(plain)
    assert through_details(s, ps, {"s.txt": plain}.get) == s
    # nor across a paragraph break
    broken = STORY.replace("НАТО. В частности", "НАТО.\n\nВ частности")
    ps, s = first_sentence_of(broken)
    assert through_details(s, ps, {"s.txt": broken}.get) == s
