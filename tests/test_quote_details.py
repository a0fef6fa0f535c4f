"""A "what" question's quote runs on to the next sentence when that one opens by saying it details the
quote («В частности, …», «Серед іншого, …»): extractive.through_details."""

import pytest

from rag.extractive import EvidenceSentence, asks_what, through_details
from rag.types import Citation

STORY = ("17 декабря МИД РФ распространил российские проекты договора с США и соглашения с НАТО. В частности, в них "
         "говорится, что США должны исключить дальнейшее расширение НАТО. Россия также требует вернуть войска.\n\n"
         "Вечером 10 января в Женеве завершились переговоры.")


def _first(text: str) -> tuple[list[Citation], EvidenceSentence]:
    ps = [Citation(source="s.txt", title="", date=None, language="ru", snippet=text, start=0, end=len(text), score=1.0)]
    first = text.split(". ")[0] + "."
    return ps, EvidenceSentence(passage=0, start=0, end=len(first), text=first, score=0.8)


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
    ps, s = _first(STORY)
    longer = through_details(s, ps, {"s.txt": STORY}.get)
    assert longer.start == 0 and STORY[:longer.end] == longer.text
    assert longer.text.endswith("расширение НАТО.")  # the detailing sentence, not the one after it


def test_a_quote_whose_next_sentence_details_nothing_stays():
    plain = STORY.replace("В частности, в них говорится", "Позже стало известно")
    ps, s = _first(plain)
    assert through_details(s, ps, {"s.txt": plain}.get) == s
    # nor across a paragraph break
    broken = STORY.replace("НАТО. В частности", "НАТО.\n\nВ частности")
    ps, s = _first(broken)
    assert through_details(s, ps, {"s.txt": broken}.get) == s
