""""Why" questions: a quote that gives no reason runs on to the sentence of its paragraph that does
(question_reasons)."""

import pytest

from rag.question_reasons import asks_why, gives_a_reason, through_reason
from tests.one_passage import first_sentence_of

STORY = ("Отдельно США также планируют вывести около 2 500 военных из Ирака. Как сообщил чиновник администрации "
         "США, этот шаг является частью \"обязательства Трампа положить конец бесконечным войнам\".\n\n"
         "Запрос США встретил сопротивление внутри Альянса.")


@pytest.mark.parametrize("question, why", [
    ("Why do the US want to withdraw troops from Iraq?", True),
    ("Почему союзники обеспокоены?", True),
    ("Чому США хочуть вивести війська з Іраку?", True),
    ("З якою метою НАТО відкрило академію?", True),
    # a reason asked for by name, or as an explanation
    ("What reason did the US give for pulling troops out of Iraq?", True),
    ("How did the US official explain the withdrawal?", True),
    ("Чем объяснили в США вывод войск?", True),
    ("Какую причину назвали в Вашингтоне?", True),
    ("Чим пояснили виведення військ?", True),
    ("How did NATO react to the request?", False),
    ("When will the US withdraw troops from Iraq?", False),
    ("Who asked the allies to end the mission?", False),
])
def test_questions_asking_why(question, why):
    assert asks_why(question) is why


def test_a_quote_with_no_reason_runs_on_to_the_sentence_giving_it_as_one_exact_span():
    ps, s = first_sentence_of(STORY)
    longer = through_reason(s, ps, {"s.txt": STORY}.get)
    assert longer.start == 0 and STORY[: longer.end] == longer.text
    assert longer.text.endswith("бесконечным войнам\".")  # not across the paragraph break


def test_a_quote_giving_a_reason_or_with_none_after_it_stays():
    assert gives_a_reason("Союзники обеспокоены, поскольку ситуация на Западных Балканах может ухудшиться.")
    assert not gives_a_reason("Через два месяца войны Франция осталась без ракет.")  # «через»: "in" (time)
    assert gives_a_reason("Там сослались на недавнее заявление Генсека НАТО.")  # grounds cited
    assert not gives_a_reason("Россия и НАТО послали делегации на переговоры.")  # «послали на»: sent to
    plain = "США планируют вывести военных из Ирака. Запрос США встретил сопротивление внутри Альянса."
    ps, s = first_sentence_of(plain)
    assert through_reason(s, ps, {"s.txt": plain}.get) == s
    ps, s = first_sentence_of(STORY)
    assert through_reason(s, ps, {"s.txt": STORY.replace("вывести", "ввести")}.get) == s  # not the article's text
    # a consequence drawn within the sentence gives its reason; one opening a sentence draws on the one before
    assert gives_a_reason("Other civil disobedients, being anarchists, therefore see no need to accept punishment.")
    assert not gives_a_reason("Therefore, the second scale shows the most recent eon with an expanded scale.")
    assert not gives_a_reason("Поэтому на второй шкале показан текущий эон.")
    assert gives_a_reason("Видимо, учтя уроки нападения на Ирак, в 2011 году американцы действовали иначе.")
