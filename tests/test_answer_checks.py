"""Quotes that cannot answer what was asked: no count for "how many", nobody named for "who
commands", an outcome asked of an event reported only as planned (answer_types, question_outcomes)."""

import pytest

from rag.answer_types import (
    asks_for_a_person,
    asks_how_long,
    asks_how_many,
    common_words,
    could_tell_a_length,
    counts,
    holds_a_count,
    names_a_person,
    tells_an_expectation,
)
from rag.question_outcomes import (
    asks_about_a_vote,
    asks_for_a_decision,
    asks_for_an_outcome,
    only_planned,
    tells_a_decision,
    tells_a_vote,
)

SOLDIERS = asks_how_many("Скільки військових зараз налічує місія НАТО в Іраку?")


@pytest.mark.parametrize("sentence, count", [
    ("В настоящее время она насчитывает около 4 500 военных.", True),
    ("С момента ее начала были подготовлены более пяти тысяч военнослужащих.", True),
    ("The reception was attended by 2000 guests.", True),  # four digits, but not a year
    ("Шестикратный обладатель Грэмми выступил на концерте.", True),
    ("Ни в одном из первоначальных договоров это не упоминалось.", True),  # none is a count
    # a day of the month, a year and a span of time count no soldiers
    ("Контора НАТО проработала в Ираке почти семь лет и закрыла миссию 31 декабря 2011 года.", False),
    ("Операция была начата в 2018 году, а с 2021-го ее неоднократно расширяли.", False),
    ("In 1999 the mission began.", False),
    ("В операции приняли участие военнослужащие всех стран НАТО.", False),
    # a name is no "nobody": «Николя» once matched «нико…» as «никого»
    ("Франция, усилиями Николя Саркози вернувшаяся в НАТО, через два месяца войны осталась без ракет.", False),
    ("Никто из военных не пострадал.", True),
    # a share is a count in words: "how many allies agree?" — «"большинство" союзников», "the majority"
    ("Второй дипломат отметил, что \"большинство\" союзников согласны с сокращением.", True),
    ("Більшість союзників погоджуються; the majority agree.", True),
    # a time of day is no count either
    ("Брифинг был назначен на 14.30 по Киеву, позже его перенесли.", False),
    ("Встреча началась в 16:00.", False),
    ("Потери составили 14.30 тыс. человек.", True),
    # a year after a month is a year: "с августа 2003 г.", "in August 2003"
    ("Силы действовали под руководством НАТО с августа 2003 г.", False),
    ("The force has been led by NATO since August 2003.", False),
])
def test_a_how_many_answer_needs_a_number_that_is_not_a_date_or_a_span(sentence, count):
    assert holds_a_count(sentence, SOLDIERS) is count


def test_how_many_years_is_answered_by_a_span_and_how_long_is_not_a_count_question():
    years = asks_how_many("How many years did it work?")
    assert holds_a_count("Контора НАТО проработала в Ираке почти семь лет.", years)
    assert asks_how_many("Сколько времени длилась война?") is None
    assert asks_how_many("How long did the talks last?") is None
    assert asks_how_many("How much does it cost?") is None
    assert asks_how_many("When did it start?") is None


def test_a_question_asking_the_size_of_a_body_of_people_counts_its_people():
    for question in ("Какова численность KFOR?", "Яка чисельність місії?", "How big is KFOR?",
                     "What is the population of the Greater Los Angeles Area?"):
        people = asks_how_many(question)
        assert people is not None, question
        assert holds_a_count("…она насчитывает около 4 500 военных.", people)
    # a rank by population, an amount of money: no count of people
    assert asks_how_many("Исходя из численности населения, какое место занимает Джэксонвилл?") is None
    assert asks_how_many("What is the size of the school's endowment?") is None


@pytest.mark.parametrize("question, person", [
    ("And who commands it now?", True),
    ("Кто возглавлял делегацию России?", True),
    ("Хто очолює генштаб російської армії?", True),
    ("Who is the head of the mission?", True),
    ("Who asked NATO to end the mission?", False),  # a country may answer it
    ("Кто опубликовал эту информацию?", False),
    ("Кто станет следующим генсеком НАТО?", True),  # a post's next holder
    ("Who will succeed Stoltenberg?", True),
    ("Хто замінить Пєскова?", True),
    ("Who replaced Stoltenberg as NATO Secretary General?", True),  # the post's holder after him
    ("Кто сменил Столтенберга?", True),
    ("Who will be invited to the summit?", False),
    ("Who will lead NATO's mission in Iraq after September?", True),  # a post's next holder, as "who leads"
    ("Кто будет возглавлять миссию?", True),
    ("Хто очолить місію KFOR?", True),
    # chairing a meeting is holding its chair
    ("Кто будет председательствовать на саммите НАТО?", True),
    ("Хто головуватиме на саміті в Анкарі?", True),
    ("Who will chair the summit?", True),
    # who attended a meeting asks for people; who took part in an operation, for countries
    ("Who took part in the Russia–NATO Council meeting for NATO?", True),
    ("Кто участвовал в заседании Совета Россия – НАТО со стороны США?", True),
    ("Хто брав участь у переговорах у Женеві?", True),
    ("Кто участвовал в операции НАТО в Ираке?", False),
    ("Who took part in the Libya war?", False),
    ("Which Russian deputy defence minister attended the Brussels talks?", True),  # which official, as who
    ("Which countries attended the talks?", False),
    ("Кто из США присутствовал на заседании Совета Россия – НАТО?", True),  # who from a side
    ("Who from the US attended the Russia–NATO Council?", True),
    # "did anyone take part" asks who did, if anyone
    ("Did anyone from Ukraine take part in the Geneva talks?", True),
    ("Участвовал ли кто-нибудь из Украины в переговорах в Женеве?", True),
    ("Чи брав хтось з України участь у переговорах у Женеві?", True),
])
def test_questions_about_who_holds_a_post_ask_for_a_person(question, person):
    assert asks_for_a_person(question) is person


def test_a_person_is_a_capitalised_word_that_is_no_acronym_country_quoted_name_or_asked_name():
    q = "Who commands KFOR in Kosovo?"
    assert not names_a_person("Международная миссия в Косово была санкционирована ООН, в ней служат KFOR.", q)
    assert not names_a_person('Они борются против группировки "Исламское государство" в Ираке.', q)
    assert names_a_person("Командующий силами в Европе Куртис Скапарротти встретился с коллегой.", q)
    # a name the question states is not the answer to it
    assert not names_a_person("Скапарротти встретился с коллегой, сообщили в НАТО.", "Who does Scaparrotti command?")
    # nor is that person's first name
    briefing = "Изначально брифинг генерального секретаря НАТО Йенса Столтенберга был назначен на 14.30."
    assert not names_a_person(briefing, "Who replaced Stoltenberg as NATO Secretary General?")
    assert names_a_person(briefing, "Who was NATO Secretary General in 2022?")
    # a Latin word in a Cyrillic sentence names an outlet, not a person; in an English sentence it may be one
    assert not names_a_person("Об этом изданию Politico сообщили четыре дипломата НАТО.", "Who heads NATO?")
    assert names_a_person("The talks were led by Wendy Sherman for the US.", "Who heads NATO?")
    # a body set in capitals, or a compound adjective before its noun, is no person; a hyphenated first name is one
    q = "Who will represent Ukraine at the Ankara summit?"
    assert not names_a_person("США настаивают, чтобы Украина и партнеры из Индо-Тихоокеанского региона не принимали "
                              "формального участия в ежегодном саммите Альянса, который состоится в Анкаре.", q)
    assert names_a_person("На саммите Украину представит Жан-Клод Юнкер.", q)
    # no word of a place, of a body or of the West is a person
    q = "Кто представлял США на заседании Совета Россия – НАТО?"
    assert not names_a_person("29 декабря в Госдепартаменте США сообщили, что проведут переговоры с Москвой: 10 января "
                              "состоялся диалог между Соединенными Штатами и РФ.", q)
    assert not names_a_person("Заседание стало вторым этапом переговоров РФ и стран Запада.", q)
    # a capitalised adjective in an oblique case before its noun is no person; a surname before a verb, or in the
    # nominative, is one
    assert not names_a_person("В штаб-квартире Североатлантического альянса завершилось заседание.", q)
    assert not names_a_person("Они сослались на подход, согласованный на Варшавском саммите.", q)
    assert names_a_person("Об этом сказал Вишневский журналистам.", q)
    assert names_a_person("Накануне Вишневского назначили послом.", q)


def test_a_city_or_a_word_the_article_writes_in_lower_case_is_no_person():
    q = "Хто очолював навчальну місію НАТО в Іраку?"
    sentence = "В результате в Багдаде появилась Миссия НАТО, которая была призвана заниматься обучением."
    article = sentence + " Контора НАТО закрыла миссию военных советников в Ираке 31 декабря 2011 года."
    assert names_a_person(sentence, q)  # «Миссия» could be a surname, read alone
    assert not names_a_person(sentence, q, common_words(article))  # the article writes «миссию»
    # a surname the article never writes in lower case stays a name; a city beside a first name is a surname
    assert names_a_person("Миссию возглавил Грушко.", q, common_words(article))
    assert names_a_person("Миссию возглавил Джордж Вашингтон.", q, common_words(article))
    assert not names_a_person("Миссия работала в Вашингтоне.", q, common_words(article))
    # the head noun of a body's name is no person, in any case; a surname starting like one is
    assert not names_a_person("Заседание Совета Россия – НАТО стало вторым этапом переговоров.", q)
    assert not names_a_person("Їх пов’язують зобов’язання в рамках Організації Договору про колективну безпеку.", q)
    assert names_a_person("Миссию возглавил Иван Судаков.", q)


@pytest.mark.parametrize("question, outcome", [
    ("Чем закончилась личная встреча Скапарротти и Герасимова?", True),
    ("What was decided at the July summit?", True),
    ("Чим завершилися переговори в Женеві?", True),
    ("What did the allies agree in Brussels?", True),
    ("When will the summit take place?", False),
    ("Когда закончилась миссия?", False),
])
def test_questions_asking_what_came_of_an_event(question, outcome):
    assert asks_for_an_outcome(question) is outcome


@pytest.mark.parametrize("sentence, planned", [
    ("BuzzFeed опубликовало информацию о якобы запланированной на январь встрече.", True),
    ("…в ежегодном саммите Альянса, который в июле состоится в Анкаре.", True),
    ("The summit is scheduled for July.", True),
    ("Вечером 10 января в Женеве завершились переговоры.", False),
    ("Блинкен заявил, что реального прогресса достичь будет сложно.", False),  # "будет" alone is no plan
    # still under way: no outcome yet
    ("…даже несмотря на то, что обсуждения находятся на очень ранней стадии.", True),
    ("Переговори перебувають на ранньому етапі.", True),
    ("The talks are at an early stage.", True),
    ("Early-stage talks ended with an agreement.", False),
])
def test_an_event_told_only_as_planned_alleged_or_under_way(sentence, planned):
    assert only_planned(sentence) is planned


@pytest.mark.parametrize("question, decision", [
    ("Какое решение приняли министры обороны НАТО 12 февраля?", True),
    ("What decision did the defence ministers take?", True),
    ("Яке рішення ухвалили союзники?", True),
    ("What did NATO decide in Istanbul?", True),
    ("What did the Russia–NATO Council decide?", True),  # a dash inside the body's name
    ("Что сказал Колби 12 февраля?", False),
    ("When was the decision taken?", False),
])
def test_questions_asking_what_was_decided(question, decision):
    assert asks_for_a_decision(question) is decision


@pytest.mark.parametrize("sentence, told", [
    ("НАТО в ходе своего саммита в Стамбуле решило принять участие в международных усилиях.", True),
    ("На данный момент решение о прекращении ни одной из операций не принято.", True),
    ("The allies agreed to extend the mission.", True),
    ("Союзники ухвалили рішення продовжити місію.", True),
    ("Колби объявил, что НАТО нуждается в глубоком реформировании.", False),
    ("В операции приняли участие военнослужащие всех стран.", False),  # took part: no decision
])
def test_sentences_telling_a_decision(sentence, told):
    assert tells_a_decision(sentence) is told


@pytest.mark.parametrize("question, vote", [
    ("Which allies voted against ending the Iraq mission?", True),
    ("Кто голосовал против завершения миссии?", True),
    ("Скільки союзників проголосували за згортання KFOR?", True),
    ("What percentage of the vote did the Assembly get?", True),
    ("What did Peskov say about the vote?", True),
    ("Who took part in the talks?", False),
    ("Что сказал представитель Кремля?", False),  # «голос» is no word of it
])
def test_questions_about_a_vote(question, vote):
    assert asks_about_a_vote(question) is vote


@pytest.mark.parametrize("sentence, told", [
    ("Для начала и завершения миссий требуется согласие всех 32 союзников.", False),
    ("Отдельно США также планируют вывести около 2 500 военных из Ирака.", False),
    ("Союзники проголосовали за продление мандата.", True),
    ("51.6% voted in favour of a Scottish Assembly.", True),
    ("It can require the Commission respond and by a two-thirds majority can censure it.", True),
])
def test_sentences_telling_a_vote(sentence, told):
    assert tells_a_vote(sentence) is told


def test_a_how_many_inside_another_question_is_not_a_count_question():
    assert asks_how_many("Как определялось, сколько из каждого лагеря будет назначено?") is None
    assert asks_how_many("Permanent representatives of how many member states took part?") is not None


def test_an_acronym_beside_the_counted_word_is_not_what_is_counted():
    from rag.answer_types import counted_stems, counts

    stems = counted_stems("Сколько военных НАТО служит в консультативной миссии в Ираке?")
    assert not counts("Об этом сообщили четыре дипломата НАТО.", stems)
    assert counts("В миссии служат около 500 военных.", stems)
    assert counted_stems("Сколько стран НАТО?") == counted_stems("Сколько стран?")
    assert counted_stems("Сколько БТР у армии?")  # an acronym alone is what is counted


def test_a_place_before_the_counted_word_says_whose_things_are_counted():
    from rag.answer_types import whose_count
    from rag.question_names import US

    assert whose_count("How many US soldiers are stationed in Kosovo?") == [US]
    assert whose_count("Скільки військових США виведуть з Іраку?") == []  # only the word right after it
    # the verb's object is no owner: "Сколько гугенотов покинули Францию?"
    assert whose_count("Сколько гугенотов покинули Францию?") == []
    assert whose_count("How many soldiers does KFOR have?") == []


def test_a_body_beside_the_counted_word_says_whose_things_are_counted():
    from rag.answer_types import names_body, whose_body

    assert whose_body("How many NATO troops are currently stationed in Iraq?") == ("NATO", "НАТО")
    assert whose_body("Сколько военных НАТО находится в Ираке?") == ("NATO", "НАТО")
    assert whose_body("How many US soldiers are stationed in Kosovo?") == ()  # a country: whose_count
    assert whose_body("How many soldiers does KFOR have?") == ()
    forms = whose_body("How many NATO troops are in Iraq?")
    assert not names_body("США также планируют вывести около 2 500 военных из Ирака.", forms)
    assert names_body("Об этом сообщили четыре дипломата НАТО.", forms)
    assert not names_body("Об этом сообщили четыре дипломата ПАНАТОМ.", forms)


def test_what_a_count_counts_is_the_word_after_its_scale_word():
    from rag.answer_types import count_mentions

    found = count_mentions("Были подготовлены более пяти тысяч военнослужащих.", ("sold",))
    assert [(m.value, m.next_word) for m in found] == [(5000.0, "военнослужащих")]


def test_a_number_labelling_a_thing_counts_nothing():
    from rag.answer_types import asks_how_many, count_mentions

    stems = asks_how_many("How many members does NATO have?")
    assert count_mentions("…действие статьи пять Устава НАТО было расширено, хотя некоторые члены…", stems) == []
    assert count_mentions("…прикрывшись вольной трактовкой резолюции № 1973 Совета Безопасности ООН…", stems) == []
    found = count_mentions("Under Article 5 of the treaty, 12 members answered.", stems)
    assert [(m.value, m.next_word) for m in found] == [(12.0, "members")]
    # a head is no chapter: «замглавы» is a word of its own
    assert [m.value for m in count_mentions("Пришли замглавы МИД и 5 человек.", stems)] == [5.0]


def test_an_adjective_of_nationality_says_whose_things_are_counted_in_either_script():
    from rag.answer_types import whose_count
    from rag.question_names import US, mentions_place, nationality

    assert whose_count("How many Ukrainian soldiers serve in KFOR?") == ["country:UA"]
    assert whose_count("Сколько российских дипломатов приехало?") == ["country:RU"]
    assert whose_count("Скільки американських військових залишиться?") == [US]
    assert nationality("Austrian") is None  # Austria or Australia: no one country
    assert nationality("Grammys") is None and nationality("Panthers") is None
    # the quote may name the country by its adjective or abbreviation
    assert mentions_place("около 30 турецких беспилотников", "country:TR")
    assert mentions_place("Делегацию РФ возглавляли замглавы МИД", "country:RU")
    assert not mentions_place("По словам четырех дипломатов НАТО", "country:UA")


@pytest.mark.parametrize("sentence, could", [
    ("Переговоры продлились около четырех часов.", True),  # a span of time
    ("Контора НАТО проработала в Ираке почти семь лет.", True),
    ("Летний театр работал с 1870 по 1939 гг.", True),  # two years: a range
    ("Коалиция будет сохраняться до окончания текущего срока полномочий Парламента.", True),  # an end
    # a time of day, a month: no length
    ("Брифинг генсека НАТО был назначен на 14.30 по Киеву, позже его перенесли.", False),
    ("Информацию о якобы запланированной на январь встрече не подтвердили.", False),
    ("Скапарротти и Герасимов уже общались по телефону 14 сентября 2017 года.", False),  # one date
    ("The talks ran from 3 March to 9 May.", True),
    # a time it went on through (XQuAD: "For how long did Huguenots continue to use French names?")
    ("Потомки продолжали давать детям французские имена на протяжении большей части девятнадцатого века.", True),
])
def test_a_how_long_answer_needs_a_span_two_dates_or_an_end(sentence, could):
    assert could_tell_a_length(sentence, asks_how_long("Сколько времени длился брифинг?")) is could


def test_a_unit_of_time_is_counted_in_any_language():
    # "годин" asked in Ukrainian, «часов» written in Russian; "hours" in English
    quote = "Переговоры проходили в закрытом формате, они продолжались приблизительно 7,5 часов без учета перерыва."
    assert counts(quote, asks_how_many("Скільки годин тривали переговори в Женеві?"))
    assert counts(quote, asks_how_many("How many hours did the Geneva talks go on?"))
    # another unit is not the one asked
    assert not counts(quote, asks_how_many("Скільки днів тривали переговори в Женеві?"))


def test_what_was_expected_is_told_apart_from_what_happened():
    assert tells_an_expectation("How long were the Geneva talks expected to last?")
    assert tells_an_expectation("Переговоры продлились около четырех часов, хотя ожидалось, что встреча завершится…")
    assert not tells_an_expectation("Переговоры продолжались приблизительно 7,5 часов без учета перерыва на обед.")
    # or by a modal
    assert tells_an_expectation("How long were the Brussels talks supposed to take?")
    assert tells_an_expectation("Сколько должна была длиться встреча в Брюсселе?")
    assert tells_an_expectation("Скільки мали тривати переговори в Брюсселі?")
    assert not tells_an_expectation("Скільки тривали переговори в Брюсселі?")


def test_a_how_long_question_may_put_a_modal_before_its_verb():
    assert asks_how_long("Сколько должна была длиться встреча в Брюсселе?")
    assert asks_how_long("Скільки мали тривати переговори в Брюсселі?")
    assert asks_how_long("Сколько длится миссия?")
    assert not asks_how_long("Сколько военных должны были вывести?")
