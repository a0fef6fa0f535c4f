"""A start or an end: what a question asks about, and a quote that tells the other event."""

import pytest

from rag.answer_lead import date_lead
from rag.question_events import (
    APPOINT,
    CUT,
    END,
    GROWTH,
    JOIN,
    LEAVE,
    START,
    asked_event,
    events,
    tells_another_event,
    told_since_then,
    untold_step,
)

CLOSED = "НАТО закрыла миссию военных советников в Ираке 31 декабря 2011 года, объявив о завершении работы."


@pytest.mark.parametrize("text, kinds", [
    (CLOSED, {END}),
    ("Операция была начата во время первого президентского срока Трампа в 2018 году.", {START}),
    ("В результате в Багдаде появилась Миссия НАТО.", {START}),
    ("Місію розпочали у 2004 році й закрили у 2011-му.", {START, END}),
    ("Tesla died on 7 January 1943.", {END}),
    ("США планируют вывести около 2 500 военных из Ирака.", {END}),
    ("The colony was founded in 1788.", {START}),
    # look-alikes: "mainly", "openly said", "moderate", "people", "Christmas", "shuttle", "to find"
    ("В основном он открыто заявил об умеренной позиции, и народ отмечал Рождество.", set()),
    ("They found the Space Shuttle.", set()),
    ("с 2021-го ее неоднократно расширяли по просьбе Багдада", {GROWTH}),
    ("большинство союзников согласны с необходимостью сокращения иракской миссии", {CUT}),
    # "efforts", "link", "Rostov": not growth
    ("Усилия, посилання на Ростов.", set()),
    ("с тех пор в Альянс вступил ряд стран, включая Польшу", {JOIN}),
    ("Finland joined NATO; Україна прагне вступу до НАТО.", {JOIN}),
    # becoming a member is joining
    ("When will Ukraine become a NATO member? Коли Україна стане членом НАТО? Польша стала членом альянса.", {JOIN}),
    # opening statements, not a joining
    ("Стороны воздержались от вступительных заявлений; вступні заяви.", set()),
    ("Harvard ended its early admission program in 2007.", {END}),  # a college's admission is no joining
    ("Когда Франция вышла из военной организации НАТО? Коли Франція вийшла з НАТО?", {LEAVE}),
    ("When did France leave NATO?", {LEAVE}),
    # returning into a body is joining it again; returning to lines or a place is not
    ("Франция, вернувшаяся в военную организацию НАТО; France rejoined NATO's command.", {JOIN}),
    ("Коли Франція повернулася до військової організації НАТО? When did France return to the alliance?", {JOIN}),
    ("чтобы войска НАТО вернулись в рамки рубежей 1997 года; the troops returned to their bases", set()),
    # news that came out, a weekend: no leaving
    ("Какого числа вышла новость? Коли вийшла стаття? В выходные дни.", set()),
    ("Вишневского назначили послом; її призначили заступницею; he was appointed in 2021.", {APPOINT}),
    # «назначить» / «призначити» a meeting or a time is scheduling it
    ("На яке число була призначена зустріч? Брифинг был назначен на 14.30. The meeting was scheduled.", set()),
    # «стала первым применением» is no appointment
    ("Военная операция в Ираке в 2003 году стала первым применением сил НАТО.", set()),
])
def test_event_words(text, kinds):
    assert events(text) == kinds


def test_the_asked_event_is_the_one_kind_the_question_names():
    assert asked_event("When did the last glacial start?") == START
    assert asked_event("Когда закончилась последняя Ледниковая эпоха?") == END
    assert asked_event("Коли народився Тесла?") == START
    assert asked_event("How long did it take from its start to its end?") is None
    assert asked_event("When was the meeting held?") is None


def test_a_quote_telling_only_another_event_gives_no_date_lead():
    for question, language in [("When did the NATO Iraq mission start?", "en"),
                               ("Когда началась миссия НАТО в Ираке?", "ru"),
                               ("Коли розпочалася місія НАТО в Іраку?", "uk"),
                               ("When did NATO decide to expand the Iraq mission?", "en")]:
        assert tells_another_event(question, CLOSED)
        assert date_lead(question, [CLOSED], language) is None, question
    assert date_lead("When did the NATO Iraq mission close?", [CLOSED], "en") == "31 December 2011"
    # a quote that names the asked event too is not judged; a question naming neither is not either
    assert not tells_another_event("When did it start?", "Начатая в 2004 году миссия закрыта в 2011 году.")
    assert date_lead("When was the mission's last day?", [CLOSED], "en") == "31 December 2011"


def test_a_date_before_since_then_is_a_bound_the_asked_event_came_after():
    borders = ("Россия требует, чтобы войска НАТО вернулись в рамки рубежей 1997 года (с тех пор в Альянс вступил ряд "
               "стран, включая Польшу).")
    assert told_since_then("When did Poland join NATO?", borders)
    assert date_lead("When did Poland join NATO?", [borders], "en") is None
    # the asked event told before "since then" has the date before it
    founded = "The society was founded in 1850; since then it has grown."
    assert not told_since_then("When was the society founded?", founded)
    assert date_lead("When was the society founded?", [founded], "en") == "1850"


def test_taking_an_office_is_asked_by_become_too_and_told_in_its_own_words():
    assert asked_event("When did Colby become Deputy Secretary of Defense?") == APPOINT
    assert asked_event("Когда Колби стал заместителем главы Пентагона?") == APPOINT
    assert asked_event("Когда стало известно о встрече?") is None
    assert asked_event("Когда миссия стала рассматриваться?") is None  # «стала» + infinitive: began
    # "become" with no office after it is no appointment (XQuAD: "When did ARPANET and SITA become operational?")
    assert asked_event("When did ARPANET and SITA become operational?") is None
    assert asked_event("What year did consolidation cause Jacksonville to become part of Duval County?") is None
    assert asked_event("В каком году Джэксонвилл стал частью округа Дувал?") is None
    # an appointment told with "named … as"; not "named after"
    assert events("In 1973, Nixon named William E. Simon as the first Administrator.") == {APPOINT}
    assert events("The school was named after him.") == set()
    assert events("Он был назначен на должность в 2019 году.") == {APPOINT}
    speech = "12 февраля на заседании министров обороны НАТО заместитель главы Пентагона Элбридж Колби объявил…"
    for question, language in [("When did Colby become Deputy Secretary of Defense?", "en"),
                               ("Когда Колби назначили заместителем главы Пентагона?", "ru")]:
        assert untold_step(question, speech)
        assert date_lead(question, [speech], language) is None, question
    appointed = "Колби был назначен заместителем главы Пентагона 12 марта 2025 года."
    assert not untold_step("Когда Колби назначили заместителем главы Пентагона?", appointed)
    assert date_lead("Когда Колби назначили заместителем главы Пентагона?", [appointed], "ru") == "12 марта 2025 года"
    # a speech's date still answers when the speech was
    assert not untold_step("When did Colby speak at the defence ministers' meeting?", speech)


def test_replacing_a_person_is_taking_their_office():
    for question in ("Who replaced Stoltenberg as NATO Secretary General?", "Кто сменил Столтенберга на посту генсека?",
                     "Хто змінив Столтенберга?", "Кто стал преемником Столтенберга?"):
        assert asked_event(question) == APPOINT, question
    # a thing replaced, or tactics changed, is no office
    assert events("They replaced the old equipment in 2010.") == set()
    assert asked_event("Кто сменил тактику?") is None
    assert untold_step("Who replaced Stoltenberg as NATO Secretary General?",
                       "Делегацию РФ возглавляли замглавы МИД Александр Грушко и замминистра обороны Александр Фомин")


def test_the_opposite_event_is_told_apart_from_any_other():
    from rag.question_events import tells_the_opposite_event

    closed = "Контора НАТО закрыла миссию военных советников в Ираке 31 декабря 2011 года."
    assert tells_the_opposite_event("When did NATO start its mission in Iraq?", closed)
    assert not tells_the_opposite_event("When did NATO close its mission in Iraq?", closed)  # the asked one
    # another kind, not the opposite: a start for an expansion
    assert not tells_the_opposite_event("When was the mission expanded?", "Миссия была начата в 2018 году.")
    assert tells_the_opposite_event("When was the mission expanded?", "Миссию сократили в 2020 году.")
