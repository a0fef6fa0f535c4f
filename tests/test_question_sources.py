"""A question about who reported something, and the sentence after a fact that names its source."""

import pytest

from rag.question_sources import asks_for_a_source, names_a_source


@pytest.mark.parametrize("question, asks", [
    ("Which news agency reported that the Russia–NATO Council meeting had ended?", True),
    ("Who reported the US pressure on NATO?", True),
    ("According to whom is the situation in the Balkans tense?", True),
    ("Какое издание сообщило о запланированной встрече?", True),
    ("Кто сообщил о завершении заседания?", True),
    ("Яке видання повідомило про тиск США на НАТО?", True),
    ("Хто повідомив про переговори?", True),
    ("Who led the Russian delegation?", False),
    ("Что сообщил Песков?", False),  # someone's words, not a report's source
    ("Which countries took part?", False),
])
def test_questions_asking_who_reported_something(question, asks):
    assert asks_for_a_source(question) is asks


def test_a_source_is_named_by_a_reporting_word():
    assert names_a_source("Об этом 12 января пишет ТАСС.")
    assert names_a_source("Про це повідомляє УНН.")
    assert names_a_source("according to Politico, four diplomats said so")
    assert not names_a_source("В штаб-квартире альянса в Брюсселе завершилось заседание Совета Россия – НАТО.")
