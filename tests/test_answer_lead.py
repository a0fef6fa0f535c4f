"""The leads of an answer (the date, count or places asked for): found only when unambiguous, written in
the question's language."""

import datetime as dt
import functools

import pytest

from rag.answer_lead import (
    clock_lead,
    date_expressions,
    date_lead,
    mentions_a_time,
    tells_a_time_to_come,
)
from rag.answer_types import (
    DATE,
    asks_how_long,
    asks_how_many,
    asks_the_time_of_day,
    could_tell_a_time,
    counted_words,
    expected_answer_type,
)
from rag.body_lead import body_lead
from rag.count_lead import count_lead, format_count, measures_the_excluded
from rag.place_lead import (
    asks_for_a_place,
    asks_where_a_gathering_is,
    names_a_place,
    place_lead,
    places_in,
    tells_the_gathering,
)
from rag.question_time import asks_about_a_wish, asks_about_the_future, not_about_the_past, who_wishes
from rag.role_lead import role_lead
from rag.source_lead import asks_which_outlet, outlets, source_lead

CLOSED = ("Контора НАТО проработала в Ираке почти семь лет и закрыла миссию военных советников в Ираке "
          "31 декабря 2011 года, когда блок объявил о завершении работы.")


@pytest.mark.parametrize("question, language, lead", [
    ("When did the NATO Iraq mission close?", "en", "31 December 2011"),
    ("Когда закрылась миссия НАТО в Ираке?", "ru", "31 декабря 2011 года"),
    ("Коли закрилася місія НАТО в Іраку?", "uk", "31 грудня 2011 року"),
])
def test_the_date_is_written_in_the_question_language(question, language, lead):
    assert date_lead(question, [CLOSED], language) == lead


@pytest.mark.parametrize("quote, lead", [
    ("НАТО в ходе своего саммита в Стамбуле в июне 2004 года решило принять участие.", "June 2004"),
    ("Миссия была начата в 1999 году.", "1999"),
    ("Об этом 12 января пишет ТАСС.", "12 January"),
    ("16:00 21.12.2021", "21 December 2021"),
    ("The talks ended on January 10, 2022, in Geneva.", "10 January 2022"),
])
def test_forms_of_a_date(quote, lead):
    assert date_lead("When?", [quote], "en") == lead


@pytest.mark.parametrize("quote", [
    "Операция была начата в 2018 году, а с 2021-го ее неоднократно расширяли.",  # two years
    "Военная операция в Ираке в марте — апреле 2003 года стала первым примером.",  # a bare month: a range
    "Переговоры прошли с 10 по 12 января.",  # a day range
    "Переговоры прошли 10–12 января.",
    "В XIX веке, в 1850 году, город вырос.",  # a century beside the year
    "Это случилось в 1990-х годах, в 1995 году.",  # a decade
    "Переговоры продлились около четырех часов.",  # no date
    "В операции участвовали около 1500 военных.",  # a four-digit number that is no year
])
def test_no_lead_when_the_reading_is_ambiguous_or_absent(quote):
    assert date_lead("When did it happen?", [quote], "en") is None


def test_only_for_questions_that_ask_for_a_date():
    assert date_lead("What did NATO do in Iraq?", [CLOSED], "en") is None
    assert date_lead("How many years did the office work?", [CLOSED], "en") is None
    # "when" as a conjunction: the question asks for a satellite
    assert date_lead("What satellite was used when Sky digital was launched?", ["В 1998 году спутник Astra 2A."],
                     "en") is None


def test_when_the_best_quote_names_what_the_question_names_only_quotes_naming_it_too_must_agree():
    putin = "7 декабря 2021 года президент РФ Владимир Путин во время разговора с президентом США Джо Байденом заявил."
    geneva = "Вечером 10 января в Женеве завершились переговоры США и России."
    assert date_lead("When did Putin talk to Biden?", [putin, geneva], "en") == "7 December 2021"
    # a question naming nothing, or a best quote not naming all it names: every quote must agree
    assert date_lead("When was the phone call?", [putin, geneva], "en") is None
    assert date_lead("When did Putin talk to Macron?", [putin, geneva], "en") is None


def test_a_date_the_question_states_is_not_the_answer():
    quote = "Вечером 10 января в Женеве завершились переговоры."
    assert date_lead("When did the talks that began on 10 January end?", [quote], "en") is None
    assert date_lead("When did the talks of 2022 end?", ["Переговоры 2022 года завершились 10 января."], "en") \
        == "10 January"


def test_a_date_outside_the_time_the_question_bounds_its_answer_by_neither_leads_nor_disagrees():
    met = "Совет Россия – НАТО собрался 12 января 2022 года."
    assert date_lead("When did the Russia–NATO Council meet before 2010?", [met], "en") is None
    assert date_lead("When did the Russia–NATO Council meet after 2021?", [met], "en") == "12 January 2022"
    # a day with no year is placed by its article's date
    talks = "10 января в Женеве завершились переговоры, а 12 января прошла встреча в Брюсселе."
    assert date_lead("On what day before 12 January 2022 did the talks end?", [talks], "en",
                     dated=dt.date(2022, 1, 12)) == "10 January 2022"
    # another quote's dates outside the bound are no other answer, however vaguely it writes them
    started = "Операция была начата в 2018 году."
    vague = "Операция в Ираке в марте — апреле 2003 года стала первой."
    assert date_lead("When did NATO launch its Iraq mission?", [started, vague], "en") is None
    assert date_lead("After 2011, in what year did NATO launch its Iraq mission?", [started, vague], "en") == "2018"
    # a month of no year is neither before nor after a year
    assert date_lead("In what month before 2020 was the meeting planned?", ["Встреча была запланирована на январь."],
                     "en") is None


def test_the_date_must_be_in_the_best_quote_and_the_quotes_must_agree():
    no_date = "США должны взять на себя обязательство исключить дальнейшее расширение НАТО."
    assert date_lead("By when?", [no_date, "В июне 2004 года НАТО решило помочь."], "en") is None
    assert date_lead("When?", [CLOSED, "Миссия была начата в 2004 году."], "en") is None
    assert date_lead("When?", [CLOSED, "В тот день, 31 декабря 2011 года, блок закрыл миссию."], "en") \
        == "31 December 2011"


def test_a_question_when_something_was_said_gets_the_date_by_the_verb_of_reporting():
    talks = ("29 декабря в Госдепартаменте США сообщили, что в январе проведут переговоры с Москвой: 10 января "
             "состоялся диалог, 12 января проходит встреча Совета Россия – НАТО.")
    question = "On what date did the State Department announce the January talks with Moscow?"
    assert date_lead(question, [talks], "en", dated=dt.date(2022, 1, 12)) == "29 December 2021"
    # several dates and a bare month: a question about the talks themselves gets none
    assert date_lead("When did the Russia–NATO Council meet?", [talks], "en", dated=dt.date(2022, 1, 12)) is None
    peskov = "Песков заявил журналистам 12 января, что 10 января в Женеве завершились переговоры."
    assert date_lead("Когда Песков сказал об этом?", [peskov], "ru", dated=dt.date(2022, 1, 12)) \
        == "12 января 2022 года"
    # two dates by the verb: which one is not told
    assert date_lead("When was it announced?", ["10 января заявили 12 января, что всё кончено."], "en") is None


def test_common_words_are_not_months():
    # Ukrainian "червоний" (red) and "квітка" (flower), English "may" and "march": no bare month
    assert date_lead("Коли?", ["Червоний прапор підняли 9 травня 1945 року."], "uk") == "9 травня 1945 року"
    assert date_lead("When?", ["Troops may march 5 km a day since 1945."], "en") == "1945"
    assert [(e.day, e.month, e.year) for e in date_expressions("квітка у 2004 році")] == [(None, None, 2004)]


def test_a_question_about_the_future_gets_only_a_date_after_the_article_was_written():
    quote = ["НАТО закрыла миссию военных советников в Ираке 31 декабря 2011 года."]
    for question, language in [("When will the NATO mission in Iraq end?", "en"),
                               ("When does the NATO mission in Iraq close?", "en"),
                               ("Когда закончится миссия НАТО в Ираке?", "ru"),
                               ("Когда будет закрыта миссия?", "ru"),
                               ("Коли закінчиться місія НАТО в Іраку?", "uk")]:
        assert not_about_the_past(question, language), question
        assert date_lead(question, quote, language, written=(2011, 6, 1)) is not None  # written before it
        assert date_lead(question, quote, language, written=(2011, 12, 31)) is None, question  # in its past
        assert date_lead(question, quote, language, written=(2024, 12, 31)) is None
        assert date_lead(question, quote, language) is None  # unknown: not shown to be ahead
    # what is wanted or asked for now is ahead: the 2011 closure is no answer to when the US wants the mission ended
    for question, language in [("В каком месяце США хотят завершить миссию НАТО в Ираке?", "ru"),
                               ("Коли США хочуть завершити місію НАТО в Іраку?", "uk")]:
        assert not_about_the_past(question, language), question
        assert date_lead(question, quote, language, written=(2024, 12, 31)) is None, question
    # past questions keep their date whenever the article was written
    for question, language in [("When did the NATO Iraq mission close?", "en"), ("Когда закрылась миссия?", "ru"),
                               ("Коли закрилася місія?", "uk"), ("Когда миссия стала рассматриваться?", "ru")]:
        assert not not_about_the_past(question, language), question
        assert date_lead(question, quote, language, written=(2024, 12, 31)) is not None


def test_a_time_is_a_date_a_month_or_a_season_the_question_does_not_state():
    assert mentions_a_time("саммите Альянса, который в июле состоится в Анкаре.")
    assert mentions_a_time("Вашингтон попросил завершить эту миссию уже в сентябре.")
    assert mentions_a_time("Переговоры возобновятся весной.") and mentions_a_time("The talks resume in 2027.")
    assert not mentions_a_time("В Брюсселе завершилось заседание Совета Россия – НАТО.")
    assert not mentions_a_time("The talks may resume.")  # "may" in lower case is no month
    assert not mentions_a_time("Об этом 12 января пишет ТАСС.", "Что будет после встречи 12 января?")
    # a month the question names, in any language, is no time it does not state
    assert not mentions_a_time("саммите Альянса, который в июле состоится в Анкаре.",
                               "On which day in July does the Ankara summit open?")
    assert asks_about_the_future("When will NATO hold its next summit?")
    assert asks_about_the_future("Коли відбудеться наступне засідання Ради Росія – НАТО?")
    assert not asks_about_the_future("When does immunodeficiency occur?")  # a condition, not a date
    assert not asks_about_the_future("When did the talks end?")
    assert asks_about_the_future("Коли Україна стане членом НАТО?")
    assert asks_about_the_future("Когда Украина станет членом НАТО?")
    # a time wished, asked for or planned now is ahead; a year naming something, or a plan as a noun, is not asked
    assert asks_about_a_wish("Когда США хотят завершить миссию НАТО в Ираке?")
    assert asks_about_a_wish("Коли Вашингтон хоче, щоб союзники завершили місію в Іраку?")
    assert asks_about_a_wish("When do the US plan to withdraw their troops?")
    assert not asks_about_a_wish("To which year's lines does Russia want NATO forces pulled back?")
    assert not asks_about_a_wish("When was the meeting held, according to the State Department's plan?")
    assert who_wishes("Когда США хотят завершить миссию?") == "Когда США "


@pytest.mark.parametrize("question, future", [
    # a perfective verb's non-past form is a future, though it looks like a present one
    ("Когда завершится вывод американских войск из Ирака?", True),
    ("Когда Украина вступит в НАТО?", True),
    ("Когда начнётся вывод войск?", True),
    ("Коли союзники ухвалять рішення щодо KFOR?", True),
    ("Коли почнеться виведення військ?", True),
    ("Когда завершился вывод войск?", False),
    ("Когда проходит саммит?", False),  # imperfective: the present
    ("Коли завершилася місія?", False),
    # the Ukrainian future "вступить" is a Russian infinitive, here after a past verb
    ("Когда Финляндия решила вступить в НАТО?", False),
])
def test_perfective_futures_ask_about_the_future(question, future):
    assert asks_about_the_future(question) is future


def test_a_time_still_to_come_is_one_after_the_article_was_written_or_one_that_cannot_be_placed():
    q = "Коли відбудеться наступний раунд переговорів у Женеві?"
    ended = "Вечером 10 января в Женеве завершились переговоры США и России."
    assert not tells_a_time_to_come(ended, q, (2022, 1, 12), dt.date(2022, 1, 12))  # 10 January 2022: past
    assert tells_a_time_to_come(ended, q, (2022, 1, 5), dt.date(2022, 1, 5))  # written before it
    assert not tells_a_time_to_come("Путин 7 декабря 2021 года заявил…", q, (2022, 1, 12))
    assert not tells_a_time_to_come("Миссию закрыли в 2011 году.", q, (2024, 12, 31))
    assert tells_a_time_to_come("Саммит в июле состоится в Анкаре.", q, (2024, 12, 31))  # a month alone
    assert tells_a_time_to_come("Переговоры возобновятся в 2024 году.", q, (2024, 2, 1))  # that year is not over
    assert tells_a_time_to_come("Встреча намечена на 13 января.", q, None)  # unknown time of writing
    assert not tells_a_time_to_come("В Брюсселе завершилось заседание.", q, (2022, 1, 12))  # no time at all


def test_a_day_and_month_take_the_year_nearest_the_articles_date():
    quote = ["17 декабря МИД РФ распространил проекты договора с США и соглашения с НАТО."]
    question = "When did Russia publish the drafts?"
    assert date_lead(question, quote, "en") == "17 December"  # undated article: no year is guessed
    assert date_lead(question, quote, "en", dated=dt.date(2022, 1, 12)) == "17 December 2021"
    assert date_lead(question, quote, "ru", dated=dt.date(2021, 12, 21)) == "17 декабря 2021 года"
    assert date_lead("Коли відбудеться зустріч?", ["Зустріч призначено на 20 січня."], "uk",
                     written=(2022, 1, 12), dated=dt.date(2022, 1, 12)) == "20 січня 2022 року"
    # a year the quote states is kept
    assert date_lead(question, ["Проекты опубликованы 17 декабря 2020 года."], "en",
                     dated=dt.date(2022, 1, 12)) == "17 December 2020"


# --- the count a "how many" question asks for (count_lead.py) ---------------------------------------

KFOR = "Миссия в Косово была начата в 1999 году, сейчас она насчитывает около 4 500 военных."


@pytest.mark.parametrize("question, language, lead", [
    ("How many troops does KFOR have?", "en", "About 4,500"),
    ("Сколько военных в миссии KFOR?", "ru", "Около 4 500"),
    ("Скільки військових у місії KFOR?", "uk", "Близько 4 500"),
])
def test_a_count_leads_in_the_questions_language_with_its_qualifier(question, language, lead):
    assert count_lead(question, [KFOR], language) == lead


def test_a_qualifier_is_a_whole_word():
    assert count_lead("How many soldiers were there?", ["The handsome 300 soldiers were there."], "en") == "300"
    assert count_lead("How many soldiers were there?", ["There were over 300 soldiers."], "en") == "More than 300"


def test_a_count_of_time_is_written_with_its_unit_in_the_questions_language():
    quote = "Контора НАТО проработала в Ираке почти семь лет и закрыла миссию 31 декабря 2011 года."
    assert count_lead("How many years did the NATO office work in Iraq?", [quote], "en") == "Almost 7 years"
    assert count_lead("Сколько лет проработала миссия?", [quote], "ru") == "Почти 7 лет"
    assert count_lead("Скільки років працювала місія?", [quote], "uk") == "Майже 7 років"


def test_a_how_long_question_is_led_by_the_span_with_its_unit_in_the_case_the_qualifier_needs():
    talks = "Переговоры продлились около четырех часов."
    assert count_lead("How long did the talks last?", [talks], "en") == "About 4 hours"
    assert count_lead("Сколько длились переговоры?", [talks], "ru") == "Около 4 часов"  # not "около 4 часа"
    assert count_lead("Скільки тривали переговори?", [talks], "uk") == "Близько 4 годин"
    war = "Війна тривала понад рік, майже сім місяців."
    assert count_lead("Як довго тривала війна?", [war], "uk") == "Майже 7 місяців"
    # a length is no span of time; two spans are no one answer
    assert count_lead("How long is the Rhine?", ["The Rhine is 1,230 km long."], "en") is None
    two = "They took four hours, not the three hours planned."
    assert count_lead("How long did the talks last?", [two], "en") is None
    # of two spans, the one right after a verb of lasting is how long it lasted; the one after the word of
    # expecting, how long it was expected to last (with its qualifier before "через")
    longer = ("Переговоры продлились около четырех часов, хотя ожидалось, что встреча завершится примерно "
              "через три часа.")
    assert count_lead("How long did the talks last?", [longer], "en") == "About 4 hours"
    assert count_lead("How many hours did the talks last?", [longer], "en") == "About 4 hours"  # counting hours
    assert count_lead("Скільки годин тривали переговори?", [longer], "uk") == "Близько 4 годин"
    assert count_lead("How long were the talks expected to last?", [longer], "en") == "About 3 hours"
    assert count_lead("Сколько должна была длиться встреча?", [longer], "ru") == "Около 3 часов"
    assert count_lead("Скільки мали тривати переговори?", [longer], "uk") == "Близько 3 годин"
    # counting hours, expected
    assert count_lead("Скільки годин, як очікувалося, мала тривати зустріч?", [longer], "uk") == "Близько 3 годин"
    # no span after the word of expecting: no lead for what was expected
    assert count_lead("How long were the talks planned to last?", [two], "en") is None


def test_below_the_confidence_bar_a_span_leads_only_after_a_verb_of_lasting():
    talks = "Россия и НАТО завершили переговоры в Брюсселе. Они продлились около четырех часов"
    assert count_lead("Сколько длились переговоры в Брюсселе?", [talks], "ru", named_only=True) == "Около 4 часов"
    geneva = "Переговоры проходили в закрытом формате, они продолжались приблизительно 7,5 часов без учета перерыва."
    assert count_lead("Скільки тривали переговори в Женеві?", [geneva], "uk", named_only=True) == "Близько 7,5 години"
    # a span no verb says is how long the thing lasted
    assert count_lead("How long did the coalition last?", ["The coalition was formed 10 years ago."], "en",
                      named_only=True) is None


def test_no_count_lead_when_the_reading_is_not_one_number():
    two = "С момента ее начала были подготовлены более пяти тысяч военнослужащих и свыше 10 тысяч полицейских."
    assert count_lead("How many were trained?", [two], "en") is None  # two counts, neither visibly the asked one
    # in the question's script the counted word picks one
    assert count_lead("Сколько полицейских было подготовлено?", [two], "ru") == "Более 10 000"
    assert count_lead("How many troops does KFOR have?", ["KFOR has several thousand troops."], "en") is None
    assert count_lead("When did KFOR start?", [KFOR], "en") is None  # not a "how many" question
    # a range or a margin is not one number
    assert count_lead("How many species are there?", ["Only 100–150 species have been validated."], "en") is None
    assert count_lead("How many tons of carbon?", ["They hold 0.62 ± 0.37 tons of carbon."], "en") is None
    # in the question's own language the number must be seen to count what is asked
    assert count_lead("How many career sacks did he have?", ["He was a sack leader with 136, and a 5-time pro."],
                      "en") is None
    assert count_lead("How many households were there?", ["There were 158,349 households."], "en") == "158,349"
    # a number the question states is not its answer
    assert count_lead("How many of the 32 allies must agree?", ["All 32 allies must agree."], "en") is None
    # whose soldiers: a place right after "how many" must be the quote's (KFOR's 4,500 are not the US's)
    kfor = "Миссия в Косово в настоящее время насчитывает около 4 500 военных."
    assert count_lead("How many US soldiers are stationed in Kosovo?", [kfor], "en") is None
    assert count_lead("How many soldiers are stationed in Kosovo?", [kfor], "en") == "About 4,500"
    assert count_lead("How many US troops will leave?", ["США выведут около 2 500 военных."], "en") == "About 2,500"
    # Russian and Ukrainian questions have no auxiliary: what is counted ends with the verb, so the
    # «іракські» after it does not take «2 500 военных из Ирака» for a count of tanks
    iraq = "Отдельно США также планируют вывести около 2 500 военных из Ирака."
    assert count_lead("Сколько танков получили иракские власти от НАТО?", [iraq], "ru") is None
    assert counted_words("Скільки танків отримали іракські власті від НАТО?") == ["танків", "отримали"]
    assert count_lead("Сколько военных выведут из Ирака?", [iraq], "ru") == "Около 2 500"


def test_across_languages_the_count_whose_word_means_what_is_asked_leads():
    kfor = "В Косово в настоящее время насчитывается около 4 500 военных."
    talks = "По словам четырех дипломатов, США хотят свернуть KFOR."
    meaning = {("troops", "военных"): 0.91, ("troops", "дипломатов"): 0.86}  # e5's cosines, measured

    def similarity(phrase: str, words: list[str]) -> list[float]:
        return [meaning.get((phrase, w), 0.0) for w in words]

    question = "How many troops does KFOR have?"
    assert count_lead(question, [kfor, talks], "en") is None  # 4,500 or 4: the words do not match across scripts
    assert count_lead(question, [kfor, talks], "en", similarity) == "About 4,500"
    # no word close enough: still two counts, no lead
    assert count_lead("How many soldiers does KFOR have?", [kfor, talks], "en", similarity) is None
    # nor the closest word when it is not close: 4 diplomats do not answer "how many troops"
    assert count_lead(question, [talks, kfor], "en", lambda p, ws: [0.86 for _ in ws]) is None


def test_an_english_question_compares_its_counted_words_without_the_verb_they_run_on_to():
    quote = "Об этом изданию Politico сообщили четыре дипломата НАТО, а речь шла о двух странах."
    # as e5 gave them with "NATO" before them (an acronym is no longer compared: "diplomats spoke" 0.89 by e5)
    meaning = {("diplomats spoke", "дипломата"): 0.87, ("diplomats", "дипломата"): 0.90,
               ("diplomats spoke", "странах"): 0.82, ("diplomats", "странах"): 0.85}

    def similarity(phrase: str, words: list[str]) -> list[float]:
        return [meaning.get((phrase, w), 0.0) for w in words]

    assert count_lead("How many NATO diplomats spoke to Politico?", [quote], "en", similarity, named_only=True) == "4"
    # two things counted: no one count leads, nor is one compared without the other
    trained = "Были подготовлены более пяти тысяч военнослужащих и свыше 10 тысяч полицейских."
    assert count_lead("How many soldiers and police officers were trained?", [trained], "en",
                      lambda p, ws: [0.95 for _ in ws]) is None
    assert count_lead("Сколько военных и полицейских подготовила миссия?", [trained], "ru") is None
    assert count_lead("Сколько полицейских подготовила миссия?", [trained], "ru") == "Более 10 000"


def test_a_russian_or_ukrainian_question_compares_the_noun_after_how_many_across_languages():
    sentence = "Президент заявил, что в регионе находятся около 4 500 военных и две базы."
    meaning = {("військових", "военных"): 0.94, ("військових", "базы"): 0.80}  # the noun alone, not the verb after it

    def similarity(phrase: str, words: list[str]) -> list[float]:
        return [meaning.get((phrase, w), 0.0) for w in words]

    assert count_lead("Скільки військових перебуває в регіоні?", [sentence], "uk", similarity) == "Близько 4 500"


def test_below_the_lead_bar_only_a_count_of_the_asked_thing_leads():
    paintings = "В 1857 году Джон Шипшэнкс подарил музею 233 картины и 4 рисунка."
    meaning = {("paintings", "картины"): 0.91, ("paintings", "рисунка"): 0.86}

    def similarity(phrase: str, words: list[str]) -> list[float]:
        return [meaning.get((phrase, w), 0.0) for w in words]

    question = "How many paintings did Sheepshanks give to the museum?"
    assert count_lead(question, [paintings], "en", similarity, named_only=True) == "233"
    assert count_lead(question, [paintings], "en", named_only=True) is None  # no word seen to count paintings
    assert count_lead("Сколько картин подарил Шипшэнкс?", [paintings], "ru", named_only=True) == "233"
    # a span of time is not led on its unit alone (after a verb of lasting it is: the next test)
    assert count_lead("How long did the talks last?", ["Они провели там около четырех часов."], "en") == "About 4 hours"
    assert count_lead("How long did the talks last?", ["Они провели там около четырех часов."], "en",
                      named_only=True) is None


def test_counts_are_written_as_each_language_writes_numbers():
    assert format_count(4500, "en") == "4,500" and format_count(4500, "ru") == "4 500"
    assert format_count(2.5e6, "en") == "2.5 million" and format_count(2.5e6, "uk") == "2,5 млн"
    assert format_count(32, "uk") == "32"


NOT_IN_IRAQ = ("Неслучайно в конечном счете в операции альянса в Ираке приняли участие военнослужащие всех стран — "
               "членов НАТО за исключением Германии, Испании, Франции и Бельгии.")
SUMMIT = ("По данным Politico, США настаивают, чтобы Украина не принимала участия в ежегодном саммите, "
          "который пройдет в Анкаре в июле.")


@pytest.mark.parametrize("question, language, lead", [
    ("Which NATO member states did not take part in the operation in Iraq?", "en",
     "Germany, Spain, France and Belgium"),
    ("Какие страны НАТО не участвовали в операции в Ираке?", "ru", "Германия, Испания, Франция и Бельгия"),
    ("Які країни НАТО не брали участі в операції в Іраку?", "uk", "Німеччина, Іспанія, Франція і Бельгія"),
    # a bloc's members are countries (not any "members": "Which members of the band left?")
    ("Which NATO members stayed out of the alliance's Iraq operation?", "en", "Germany, Spain, France and Belgium"),
    ("Какие члены НАТО не участвовали в операции в Ираке?", "ru", "Германия, Испания, Франция и Бельгия"),
])
def test_the_countries_asked_for_lead_in_the_questions_language(question, language, lead):
    assert place_lead(question, [NOT_IN_IRAQ], language) == lead  # Iraq is named by the question


def test_a_where_question_about_where_something_happens_is_led_by_the_place_it_happens_in():
    assert place_lead("Where will NATO's summit be held?", [SUMMIT], "en") == "Ankara"  # not Ukraine, the subject
    assert place_lead("In which city will the summit take place?", [SUMMIT], "en") == "Ankara"
    # a city's Russian name is the quote's, in the nominative: GeoNames' Cyrillic names are not tagged by language
    assert place_lead("Где пройдет саммит НАТО?", [SUMMIT], "ru") == "Анкара"
    # a meeting's city is where it is held, not a city standing for its government («…переговоры с Москвой…»)
    with_moscow = "В Госдепартаменте сообщили, что в январе проведут переговоры с Москвой."
    assert place_lead("В каком городе прошла встреча России и ОБСЕ?", [with_moscow], "ru") is None
    assert place_lead("Which city hosted the summit?", [SUMMIT], "en") == "Ankara"
    # other "where" questions are answered by what the verb takes, a common noun or a rank
    visit = "Позже Кеньятта посетил Китай после остановки в России."
    assert place_lead("Where did Kenyatta go?", [visit], "en") is None
    assert asks_for_a_place("Where do most pharmacists work?") is None
    assert asks_for_a_place("Which members of the band left?") is None


def test_a_place_lead_needs_exactly_the_places_asked_for():
    two = "Пєскова запитали, чи обговорювала Росія свою ініціативу з Казахстаном і Вірменією."
    assert place_lead("Which two countries was Peskov asked about?", [two], "en") == "Kazakhstan and Armenia"
    assert place_lead("Which three countries was Peskov asked about?", [two], "en") is None
    assert place_lead("Which country was Peskov asked about?", [two], "en") is None  # three named, one asked
    # a list holding a name that is no known place may hold the answer: «Новгорода» is not among the cities
    spared = "Монголы разрушили все главные города Восточной Европы, за исключением Новгорода и Пскова."
    assert place_lead("Which cities were not destroyed?", [spared], "en") is None
    assert place_lead("Which countries are in the collections?", ["Искусство Восточной Азии: Китай, Япония и Корея."],
                      "en") is None
    assert place_lead("When was the summit?", [SUMMIT], "en") is None


def test_a_city_leads_a_russian_or_ukrainian_question_as_the_quote_names_it_in_the_nominative():
    summit = "США против участия Украины в ежегодном саммите Альянса, который в июле состоится в Анкаре."
    assert place_lead("Где пройдет саммит НАТО?", [summit], "ru") == "Анкара"
    assert place_lead("Де відбудеться саміт НАТО?", [summit], "uk") == "Анкара"
    assert place_lead("Where will the NATO summit take place?", [summit], "en") == "Ankara"
    # a form pymorphy3 does not read as a Russian place (Ukrainian «у Брюсселі») gets no lead
    assert place_lead("Де відбулася зустріч?", ["Зустріч відбулася у Брюсселі."], "uk") is None


def test_countries_in_several_lists_lead_when_the_quote_counts_them():
    cut = ("США давят на НАТО, чтобы блок сократил свои зарубежные операции в двух странах – в частности, ключевую "
           "миссию в Ираке и миротворческие операции в Косово.")
    assert place_lead("Which countries does the US want NATO to cut operations in?", [cut], "en") == "Iraq and Kosovo"
    assert place_lead("В каких двух странах США хотят сократить операции НАТО?", [cut], "ru") == "Ирак и Косово"
    # as many as the question asks but not as the quote counts (the US too), or a quote that counts none
    assert place_lead("Which three countries are named?", [cut], "en") is None
    uncounted = cut.replace("в двух странах – в частности, ", "")
    assert place_lead("Which countries does the US want NATO to cut operations in?", [uncounted], "en") is None


def test_places_are_found_in_any_case_form_and_the_us_by_its_names():
    keys = [m.key for m in places_in("Кеньятта посетил Китай и не посетил Соединенные Штаты, а в США его ждали.")]
    assert keys == ["country:CN", "country:US", "country:US"]
    # a city only where the word can be nothing else: not first, not beside another capitalised word
    assert [m.key for m in places_in("Милтон Фридман выступил в Анкаре.")] == ["city:Ankara"]
    assert place_lead("Which country still allows it?", ["Наказания остаются законными в США."], "en") == "The US"
    assert place_lead("Which country in the US allows it?", ["Наказания остаются законными в США."], "en") is None


@pytest.mark.parametrize("question, quote, lead", [
    ("Who is Antony Blinken?", "По итогам встречи государственный секретарь США Энтони Блинкен заявил, что…",
     "US Secretary of State"),
    ("Who is Wendy Sherman?", "…высокопоставленные военные представители, замгоссекретаря США Венди Шерман.",
     "US Deputy Secretary of State"),
    ("Who is Jens Stoltenberg?", "Изначально брифинг генерального секретаря НАТО Йенса Столтенберга перенесли.",
     "NATO Secretary General"),
    ("Who is Elbridge Colby?", "12 февраля заместитель главы Пентагона Элбридж Колби объявил, что НАТО нуждается…",
     "Pentagon deputy head"),
    ("Who is Julianne Smith?", "Постоянный представитель США в НАТО Джулианна Смит в интервью CNN заявила…",
     "US permanent representative to NATO"),
    ("Who is Dmitry Peskov?", "…повідомив прес-секретар президента РФ Дмитро Пєсков, пише УНН.",
     "Press secretary of the president of Russia"),
    ("Grushko", "Делегацию РФ возглавляли замглавы МИД Александр Грушко и замминистра обороны Александр Фомин.",
     "Deputy Foreign Minister"),
])
def test_who_is_gets_the_office_before_the_name_in_english(question, quote, lead):
    assert role_lead(question, [quote], "en") == lead


def test_no_office_lead_unless_every_word_between_office_and_name_is_known():
    ryabkov_and_fomin = "Российскую делегацию возглавляли замминистра иностранных дел Сергей Рябков и Фомин."
    assert role_lead("Who is Fomin?", [ryabkov_and_fomin], "en") is None  # Ryabkov's office, not Fomin's
    assert role_lead("Who is Sergei Ryabkov?", [ryabkov_and_fomin], "en") == "Deputy Foreign Minister"
    # a deputy of something the table does not name; a body it does not know; a verb between them
    # a deputy of what the table does not say
    assert role_lead("Who is Elbridge Colby?", ["…заместитель Элбридж Колби объявил…"], "en") is None
    assert role_lead("Who is Valery Gerasimov?", ["…руководителем генштаба Валерием Герасимовым."], "en") is None
    assert role_lead("Who is Blinken?", ["Генсек НАТО встретился с Энтони Блинкеном."], "en") is None
    # English questions only, Cyrillic quotes only, "who is" only, the asked person only
    quote = ["По итогам встречи государственный секретарь США Энтони Блинкен заявил, что…"]
    assert role_lead("Кто такой Энтони Блинкен?", quote, "ru") is None
    assert role_lead("What did Blinken say?", quote, "en") is None
    assert role_lead("Who is Wendy Sherman?", quote, "en") is None
    assert role_lead("Who is Antony Blinken?", ["US Secretary of State Antony Blinken said…"], "en") is None


def test_a_month_named_alone_leads_in_the_questions_language():
    summit = "США против участия Украины в ежегодном саммите Альянса, который в июле состоится в Анкаре."
    assert date_lead("In which month will NATO's annual summit be held?", [summit], "en") == "July"
    assert date_lead("Коли відбудеться саміт в Анкарі?", [summit], "uk") == "Липень"
    assert date_lead("Когда пройдёт саммит?", [summit], "ru") == "Июль"
    # not when another quote gives a time, the month is a range or stands beside a year, or the question names it
    assert date_lead("When will the summit be held?", [summit, "Решение примут в 2026 году."], "en") is None
    assert date_lead("When did it happen?", ["Это было в марте и апреле."], "en") is None
    assert date_lead("When did it happen?", ["Это было в марте, как и в 2003 году, весной."], "en") is None
    assert date_lead("What will happen in July?", [summit], "en") is None
    assert date_lead("When in July will the summit be?", [summit], "en") is None
    # for a question about a wish, the time ahead: another quote's dates up to the latest quoted article's time
    # are the past, no other answer; a later one is
    asked = "Вашингтон попросил союзников завершить эту миссию уже в сентябре."
    closed = "НАТО закрыло миссию военных советников в Ираке 31 декабря 2011 года."
    assert date_lead("Когда США хотят завершить миссию?", [asked, closed], "ru", (2024, 12, 31)) == "Сентябрь"
    assert date_lead("When do the US want to end the mission?", [asked, closed], "en", (2024, 12, 31)) == "September"
    assert date_lead("Когда США хотят завершить миссию?", [asked, closed], "ru", (2010, 12, 31)) is None
    assert date_lead("Когда США хотят завершить миссию?", [asked, closed], "ru") is None


@pytest.mark.parametrize("text, found", [
    ("Об этом изданию Politico сообщили четыре дипломата НАТО, пишет \"Европейская правда\".",
     ["Politico", "Европейская правда"]),
    ("Об этом 12 января пишет ТАСС.", ["ТАСС"]),
    ("Как сообщалось, американское издание BuzzFeed опубликовало информацию о встрече.", ["BuzzFeed"]),
    ("Джулианна Смит в интервью CNN заявила 11 января, что…", ["CNN"]),
    ("За даними Financial Times, у НАТО поки немає єдиної позиції.", ["Financial Times"]),
    ("The talks ended, Reuters reported.", ["Reuters"]),
    ("Shelley wrote the poem in 1819.", []),  # a person writing is no outlet
])
def test_the_outlets_a_quote_gives_as_its_sources(text, found):
    assert outlets(text) == found


def test_a_which_outlet_question_leads_with_the_one_outlet_it_does_not_name():
    assert source_lead("Which news agency reported it?", ["Об этом 12 января пишет ТАСС."], "en") == "ТАСС (TASS)"
    assert source_lead("Яке агентство про це повідомило?", ["Об этом 12 января пишет ТАСС."], "uk") == "ТАСС"
    two = ["Об этом изданию Politico сообщили дипломаты, пишет \"Европейская правда\"."]
    assert source_lead("Which publication reported it?", two, "en") is None
    assert source_lead("Which publication wrote about it, citing Politico?", two, "en").startswith("Европейская правда")
    # the outlet something was told to, not the one reporting that it was
    assert source_lead("Which publication did the diplomats speak to?", two, "en") == "Politico"
    assert source_lead("Какому изданию это сообщили дипломаты?", two, "ru") == "Politico"
    assert not asks_which_outlet("Who wrote about the distillation of drinking water?")  # often a person
    assert source_lead("What did TASS report?", ["Об этом пишет ТАСС."], "en") is None


def test_a_which_organisation_question_leads_with_the_body_the_quote_says_did_it():
    kfor = "Международная миротворческая миссия в Косово была санкционирована ООН и начата в 1999 году."
    assert body_lead("Which organisation sanctioned the peacekeeping mission in Kosovo?", [kfor], "en") == "UN"
    assert body_lead("А кто её санкционировал?", [kfor], "ru") == "ООН"
    assert body_lead("What did the UN decide on Kosovo?", [kfor], "en") is None  # not a who-question; names it
    # a body named but not as the doer of anything: no lead
    council = "В штаб-квартире Североатлантического альянса завершилось заседание Совета Россия – НАТО."
    assert body_lead("Which organisation met in Brussels?", [council], "en") is None
    assert body_lead("Who started the war?", ["Война НАТО против Ливии была начата Францией."], "en") is None
    # a verb in «-ит» is no participle; nor is «стран»
    talks = "Возобновление переговоров не противоречит политике Альянса в отношении РФ."
    assert body_lead("Who commanded NATO's forces in Europe?", [talks], "en") is None
    assert body_lead("Who took part?", ["В операции участвовали военные всех стран НАТО."], "en") is None


def test_a_count_the_best_quote_does_not_date_in_the_asked_year_does_not_lead():
    question = "Какова была численность населения Джэксонвилля в 2010 году?"
    assert count_lead(question, ["Население города составляло 821 784 человек в 2010 году."], "ru") == "821 784"
    assert count_lead(question, ["…численность населения 853 382 человек по оценке 2014 года…"], "ru") is None


def test_a_which_ministry_question_leads_with_the_one_ministry_the_quote_names():
    drafts = "17 декабря МИД РФ распространил переданные Вашингтону российские проекты договора с США и НАТО."
    assert body_lead("Which ministry released Russia's draft security treaties?", [drafts], "en") == "Foreign Ministry"
    assert body_lead("Яке міністерство оприлюднило проекти договорів?",
                     ["Російський МЗС оприлюднило проекти договорів з США і НАТО 17 грудня."], "uk") == "МЗС"
    # another ministry named in words beside it: which one is asked for is not told
    delegation = "Делегацию РФ возглавляли замглавы МИД Александр Грушко и замминистра обороны Александр Фомин."
    assert body_lead("Which ministry did Fomin represent?", [delegation], "en") is None


def test_a_past_event_the_quote_tells_only_as_planned_gets_no_date():
    planned = "США также планируют вывести около 2 500 военных из Ирака в соответствии с соглашением 2024 года."
    assert date_lead("When did the US withdraw its troops from Iraq?", [planned], "en") is None
    assert date_lead("When did the NATO Iraq mission close?", [CLOSED], "en") == "31 December 2011"


def test_becoming_an_office_named_with_a_country_or_a_name_is_taking_it():
    from rag.question_events import APPOINT, asked_event

    for question in ("When did Julianne Smith become US ambassador to NATO?",
                     "When did Peskov become Kremlin spokesman?",
                     "When did Elbridge Colby become Under Secretary of Defense?"):
        assert asked_event(question) == APPOINT, question
    assert asked_event("When did Kosovo become part of Serbia?") is None


def test_where_a_gathering_is_held_is_asked_by_its_noun_and_answered_by_a_place_something_is_put_at():
    assert asks_where_a_gathering_is("Где прошла встреча министров обороны НАТО 12 февраля?")
    assert asks_where_a_gathering_is("Де відбудеться наступна зустріч Скапарротті та Герасимова?")
    assert asks_where_a_gathering_is("Where were the Russia–NATO talks held?")
    # a verb of meeting is no gathering (XQuAD: committees meet «в другие места по всей территории Шотландии»)
    assert not asks_where_a_gathering_is("Где, кроме парламента, могут встречаться комитеты?")
    assert not asks_where_a_gathering_is("Where is the Hyde Park Day School located?")
    assert names_a_place("…ежегодном саммите Альянса, который в июле состоится в Анкаре.")
    assert names_a_place("The meeting was held at Wembley.")  # an unknown place after "at"
    assert not names_a_place("Однако там намекнули, что в принципе такая встреча возможна.")
    assert not names_a_place("Брифинг был назначен на 14.30 по Киеву.")  # a time zone
    assert asks_where_a_gathering_is("Де відбудеться саміт НАТО?")  # Ukrainian writes «саміт» with one «м»


def test_a_quote_answering_where_a_gathering_is_names_the_kind_asked_about():
    summit = "…ежегодном саммите Альянса, который в июле состоится в Анкаре."
    meeting = "В штаб-квартире альянса в Брюсселе завершилось заседание Совета Россия – НАТО."
    assert tells_the_gathering("Де відбудеться саміт НАТО?", summit)
    assert not tells_the_gathering("Where will the NATO summit take place?", meeting)
    # a meeting, a session and talks are one kind: news calls one event all three
    assert tells_the_gathering("Where were the Russia–NATO talks held?", meeting)
    assert tells_the_gathering("Where is the office?", meeting)  # no kind asked


def test_a_month_alone_leads_only_from_a_quote_telling_the_asked_event():
    summit = "…в ежегодном саммите Альянса, который в июле состоится в Анкаре."
    ending = "Вашингтон попросил союзников завершить эту миссию уже в сентябре, сообщили два дипломата."
    question = "У якому місяці США хочуть завершити місію НАТО в Іраку?"
    assert date_lead(question, [summit], "uk") is None  # the summit's month, not the mission's end
    assert date_lead(question, [ending], "uk") == "Вересень"


def test_what_may_tell_a_time_the_date_patterns_miss():
    assert could_tell_a_time("Rapid warming and changes of vegetation began about 13,000 BP.")
    assert could_tell_a_time("Эпоха длилась от ~74 000 лет до настоящего времени (BP).")
    assert could_tell_a_time("When the Interstate Highway System was created in the 1950s, the decision was made.")
    assert could_tell_a_time("Иммунодефицит возникает, когда иммунная система менее активна.")  # a clause of time
    # a count of people is no time
    assert not could_tell_a_time("НАТО открыли военную академию, в которую направили около 300 офицеров.")
    assert not could_tell_a_time("НАТО открыло академию.")


def test_a_span_leaving_out_the_asked_thing_is_no_answer_for_it():
    quote = ("Переговоры проходили в закрытом формате, они продолжались приблизительно 7,5 часов без учета "
             "перерыва на обед.")
    seen = []

    def similarity(question, texts):  # the question closer to whichever text names its subject
        seen.append(texts)
        return [0.9, 0.8] if "lunch" in question else [0.7, 0.8]

    units = asks_how_long("How long did it last?")
    assert measures_the_excluded("How long was the lunch break?", quote, units, similarity)
    assert seen[-1] == ["перерыва на обед",
                        "Переговоры проходили в закрытом формате, они продолжались приблизительно 7,5 часов."]
    assert not measures_the_excluded("How long did the talks last?", quote, units, similarity)
    # a word the question shares with the excluded phrase only, whatever the cosines; a question leaving it out too
    # asks about the rest
    assert measures_the_excluded("Скільки тривала обідня перерва на переговорах?", quote, units,
                                 lambda q, t: [0.7, 0.8])
    assert not measures_the_excluded("Сколько длились переговоры без учета перерыва на обед?", quote, units,
                                     lambda q, t: [0.9, 0.8])
    # nothing left out ("Кроме того" opens a sentence): no question about it to ask
    assert not measures_the_excluded("How long was the lunch break?", "Кроме того, они длились 7 часов.", units,
                                     similarity)


def test_a_date_in_the_clause_telling_the_asked_event_leads_over_the_quotes_other_dates():
    started = ("Операция была начата во время первого президентского срока Дональда Трампа в 2018 году, а с 2021-го "
               "ее неоднократно расширяли по просьбе Багдада.")
    closed = "Контора НАТО закрыла миссию военных советников в Ираке 31 декабря 2011 года."
    assert date_lead("When was NATO's mission in Iraq launched?", [started], "en") == "2018"
    assert date_lead("Since which year has the mission been expanded?", [started], "en") == "2021"
    assert date_lead("When was the operation mentioned?", [started], "en") is None  # no event asked: two dates
    # a later quote telling only another kind of event dates that one, when the best quote tells the asked kind
    assert date_lead("When was NATO's mission in Iraq launched?", [started, closed], "en") == "2018"
    assert date_lead("When did it start?", ["Так и произошло с Ираком в 2003 году.", closed], "en") is None
    # a date left out whose clause names what is asked about may be its date: no lead
    joined = ("More states have joined through accession treaties, from the UK, Ireland and Denmark in 1972 (though "
              "Norway did not end up joining), Greece in 1979, Spain and Portugal 1985.")
    assert date_lead("When did Denmark join the EU?", [joined], "en") == "1972"
    assert date_lead("When did Greece join the EU?", [joined], "en") is None


BRIEFING = ("Изначально брифинг генерального секретаря НАТО Йенса Столтенберга по итогам заседания был назначен на "
            "14.30 по Киеву, позже его перенесли.")


@pytest.mark.parametrize("question, language, lead", [
    ("What time was Stoltenberg's briefing originally scheduled for?", "en", "14:30 Kyiv time"),
    ("На какое время изначально назначили брифинг Столтенберга?", "ru", "14:30 по Киеву"),
    ("О котрій мав відбутися брифінг Столтенберга?", "uk", "14:30"),
])
def test_a_time_of_day_leads_with_the_city_whose_time_it_is(question, language, lead):
    assert clock_lead(question, [BRIEFING], language) == lead


def test_a_time_of_day_leads_only_when_one_is_asked_and_given():
    asked = "What time was Stoltenberg's briefing originally scheduled for?"
    assert clock_lead("When was Stoltenberg's briefing originally scheduled?", [BRIEFING], "en") is None  # a date
    assert clock_lead(asked, ["Брифинг перенесли на вечер."], "en") is None  # no time given
    assert clock_lead(asked, ["Брифинг назначили на 14.30, а затем на 16:00."], "en") is None  # two times
    assert clock_lead(asked, [BRIEFING, "Пресс-конференция началась в 16:00."], "en") is None  # another quote's
    assert clock_lead(asked, ["Брифинг назначили на 14.30."], "en") == "14:30"  # no city said
    assert clock_lead("What time of year is the summit held?", [BRIEFING], "en") is None
    # a scheduled time answers a question about the schedule, not one about what happened
    assert clock_lead("What time was the NATO chief's briefing due to begin?", [BRIEFING], "en") == "14:30 Kyiv time"
    assert clock_lead("Во сколько в итоге начался брифинг Столтенберга?", [BRIEFING], "ru") is None
    assert not mentions_a_time(BRIEFING, "What time did Stoltenberg's briefing start?")
    assert mentions_a_time(BRIEFING, "What time was Stoltenberg's briefing scheduled for?")


@pytest.mark.parametrize("question", ["Во сколько начались переговоры в Женеве?",
                                      "В котором часу завершилось заседание?", "О котрій розпочалися переговори?",
                                      "At what time did the meeting begin?"])
def test_at_what_time_asks_for_a_time_of_day_not_a_count(question):
    assert expected_answer_type(question) == DATE and asks_how_many(question) is None
    assert asks_the_time_of_day(question)
    assert not asks_the_time_of_day("When did the meeting begin?")


def test_how_many_times_and_a_time_frame_are_no_time_of_day():
    question = "Во сколько раз выросли цены на нефть после нападения?"  # XQuAD: a ratio
    assert expected_answer_type(question) != DATE and asks_how_many(question) is not None
    assert not asks_the_time_of_day(question) and not asks_the_time_of_day("What time frame does the war cover?")


def test_a_month_alone_answers_no_question_asking_a_year_or_a_day_and_one_month_twice_is_one_answer():
    meeting = "Как сообщалось, BuzzFeed опубликовало информацию о якобы запланированной на январь встрече."
    again = "В командовании не подтвердили информацию о запланированной на январь встрече Скапарротти и Герасимова."
    assert date_lead("For which month was the meeting planned?", [meeting, again], "en") == "January"
    assert date_lead("For which month was the meeting planned?", [meeting, "Это было в марте."], "en") is None
    assert date_lead("Since what year have they not talked?", [meeting], "en") is None
    assert date_lead("On which day was the meeting planned?", [meeting], "en") is None
    assert date_lead("Какого числа планировалась встреча?", [meeting], "ru") is None


def test_since_when_is_answered_by_the_date_written_after_since():
    isaf = ("Военная операция в Ираке в марте — апреле 2003 года стала первым применением сил НАТО (силы в "
            "Афганистане действовали под руководством НАТО с августа 2003 г.).")
    expanded = "Операция была начата в 2018 году, а с 2021-го ее неоднократно расширяли по просьбе Багдада."
    assert date_lead("Since when did the Afghanistan force operate under NATO?", [isaf], "en") == "August 2003"
    assert date_lead("From what month and year did NATO lead the force?", [isaf], "en") == "August 2003"
    assert date_lead("С какого года расширяли миссию?", [expanded], "ru") == "2021"
    assert date_lead("Відколи місію розширюють?", [expanded], "uk") == "2021"
    # a quote with no date after "since" gives another thing's date, unless it tells the asked kind of event
    poland = "Россия требует вернуться в рамки рубежей 1997 года (с тех пор в Альянс вступила Польша)."
    assert date_lead("Since what year has Poland been a member of NATO?", [poland], "en") is None
    call = "7 декабря 2021 года Путин во время разговора с Байденом заявил, что НАТО осваивает Украину."
    assert date_lead("Since when has Ukraine been a NATO partner?", [call], "en") is None
    assert date_lead("Since when has the mission been expanded?", ["Миссию расширили в 2021 году."], "en") == "2021"
    # two dates after "since", or another quote's other one: no lead
    assert date_lead("Since when?", ["С 2014 года и с 2018 года они не общались."], "en") is None
    assert date_lead("Since when has it been expanded?", [expanded, "С 2019 года миссию расширяли."], "en") is None


def test_which_month_questions_are_date_questions():
    assert expected_answer_type("С какого месяца США начнут выводить войска?") == DATE
    assert expected_answer_type("З якого місяця діє угода?") == DATE
    assert expected_answer_type("Відколи Україна є партнером НАТО?") == DATE
    assert expected_answer_type("С каких пор Украина партнёр НАТО?") == DATE


def _closer_to(words: str, by: float = 0.03, seen: list[list[str]] | None = None):
    """A stand-in for the embedder's clause similarity: clauses holding `words` score `by` higher; each call's
    clauses are added to `seen`."""
    def similarity(question: str, clauses: list[str]) -> list[float]:
        if seen is not None:
            seen.append(clauses)
        return [0.8 + (by if words in c else 0.0) for c in clauses]
    return similarity


def test_a_sentence_listing_several_days_is_read_clause_by_clause_for_the_one_naming_what_is_asked():
    plan = ("29 декабря в Госдепартаменте США сообщили, что в январе проведут переговоры: 10 января состоялся "
            "диалог между Соединенными Штатами и РФ, 12 января проходит встреча на уровне Совета Россия – НАТО, а на "
            "13 января намечена встреча представителей РФ и ОБСЕ.")
    day = dt.date(2022, 1, 12)

    osce = _closer_to("ОБСЕ")
    assert date_lead("On which day were Russian and OSCE representatives due to meet?", [plan], "en", None,
                     day, osce) == "13 January 2022"
    assert date_lead("When did Russia and the OSCE meet?", [plan], "en", None, day, osce) == "13 January 2022"
    # not without the embedder, nor when the clause is not clearly the closest in meaning
    assert date_lead("When did Russia and the OSCE meet?", [plan], "en", None, day) is None
    assert date_lead("When did Russia and the OSCE meet?", [plan], "en", None, day, _closer_to("ОБСЕ", 0.01)) is None
    # the clause naming what is asked holds several days: no lead
    assert date_lead("When did the US and Russia hold their dialogue?", [plan], "en", None, day,
                     _closer_to("Штатами")) is None
    # two clauses name it: no lead
    both = "10 января прошла встреча РФ и ОБСЕ, а 13 января намечена еще одна встреча РФ и ОБСЕ."
    assert date_lead("When did Russia and the OSCE meet?", [both], "en", None, day, osce) is None
    # one name alone is often the topic of every clause, named once: no lead
    # nor a clause telling another kind of event than the asked one, or a date after "since"
    isaf = ("Военная операция в Ираке в марте — апреле 2003 года стала первым применением сил НАТО (силы в Афганистане "
            "действовали под руководством НАТО с августа 2003 г.).")
    assert date_lead("When did NATO end its operation in Afghanistan?", [isaf], "en", None, None,
                     _closer_to("Афганистане")) is None
    assert date_lead("When did NATO lead the force in Afghanistan?", [isaf], "en", None, None,
                     _closer_to("Афганистане")) is None
    rhine = "Союзники покинули Рейнскую область в 1930 году, а немецкая армия вновь заняла его в 1936 году."
    assert date_lead("Когда немецкая армия вновь заняла Рейнскую область?", [rhine], "ru", None, None,
                     _closer_to("Рейнскую")) is None


def test_across_languages_a_count_may_be_read_from_the_clause_closest_to_the_question():
    basin = ("Бассейн охватывает 7 000 000 квадратных километров (2 700 000 квадратных миль), а 5 500 000 "
             "квадратных километров (2 100 000 квадратных миль) покрыты дождевыми лесами.")
    seen: list[list[str]] = []
    closer_to = functools.partial(_closer_to, seen=seen)
    asked = "How many square kilometers of rainforest are in the basin?"
    assert count_lead(asked, [basin], "en", clause_similarity=closer_to("лесами", 0.03)) == "5.5 million"
    # a bracket is no clause, and the clause around it runs on past it
    assert seen[-1] == ["Бассейн охватывает 7 000 000 квадратных километров",
                        "а 5 500 000 квадратных километров покрыты дождевыми лесами."]
    assert count_lead("How many square kilometers does the basin cover?", [basin], "en",
                      clause_similarity=closer_to("Бассейн", 0.03)) == "7 million"
    assert count_lead(asked, [basin], "en", clause_similarity=closer_to("лесами", 0.01)) is None  # not clearly closer
    assert count_lead(asked, [basin], "en") is None  # no similarity: two counts, no lead
    # not below the lead's bar, nor in the question's own language
    assert count_lead(asked, [basin], "en", named_only=True, clause_similarity=closer_to("лесами", 0.03)) is None
    assert count_lead("Сколько квадратных километров покрыто лесами?", [basin], "ru",
                      clause_similarity=closer_to("лесами", 0.03)) is None
