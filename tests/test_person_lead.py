"""The people a who-question asks for, ahead of the quotes (rag/person_lead.py), with the real taggers
(natasha, pymorphy3) and, where a quote names people in several clauses, a stand-in for the embedder that
scores a clause by the question words it shares (the assistant's real one is tested end to end)."""

import re

import pytest

from rag.person_lead import asks_who, named_in_each, people_in, people_in_quote, person_lead

GENEVA = "Российскую делегацию возглавляли замминистра иностранных дел Сергей Рябков и Фомин, делегацию США – Шерман."
COLBY = ("12 февраля на заседании министров обороны НАТО заместитель главы Пентагона Элбридж Колби объявил, "
         "что НАТО нуждается в глубоком реформировании. Он заявил, что США хотят создать \"НАТО 3.0\".")
WITHDRAWAL = ("Как сообщил чиновник администрации США, этот шаг является частью \"обязательства Трампа положить "
              "конец бесконечным войнам\", в то же время он подчеркнул, что вывод происходит \"в тесной "
              "координации\" с Багдадом.")


def shared_words(question: str, clauses: list[str]) -> list[float]:
    """A clause's share of the question's word stems (5 letters): a stand-in for the embedder's cosine."""
    asked = {w[:5] for w in re.findall(r"\w+", question.lower()) if len(w) > 3}
    return [len(asked & {w[:5] for w in re.findall(r"\w+", c.lower())}) / (1 + len(asked)) for c in clauses]


def test_people_are_found_by_the_tagger_and_put_in_the_nominative():
    assert [p.name for p in people_in("…воюющей против режима Башара Асада оппозиции.")] == ["Башар Асад"]
    assert [p.name for p in people_in(GENEVA)] == ["Сергей Рябков", "Фомин", "Шерман"]
    # bodies, places and outlets are no people
    assert people_in("Об этом изданию Politico сообщили четыре дипломата НАТО в Брюсселе.") == ()


@pytest.mark.parametrize("question", ["Who led the Russian delegation in Geneva?", "Кто возглавлял делегацию?",
                                      "С кем Скапарротти разговаривал по телефону?", "Which Russian general was it?",
                                      "Хто заявив, що НАТО потребує реформування?", "And who said so?"])
def test_who_questions(question):
    assert asks_who(question)


@pytest.mark.parametrize("question", ["Who is Wendy Sherman?", "Who reported the talks?", "When did the talks end?",
                                      "Which countries took part?"])
def test_not_who_questions(question):
    assert not asks_who(question)


def test_the_clause_that_answers_names_the_people_who_lead():
    assert person_lead("Кто возглавлял российскую делегацию?", [GENEVA], "ru", shared_words) == "Сергей Рябков и Фомин"
    assert person_lead("Кто возглавлял делегацию США?", [GENEVA], "ru", lambda q, cs: [0.79, 0.83]) == "Шерман"
    # an English question gets each name as the quote writes it, then romanised
    assert (person_lead("Who led the Russian delegation?", [GENEVA], "en", lambda q, cs: [0.9, 0.8])
            == "Сергей Рябков (Sergey Ryabkov) and Фомин (Fomin)")
    # two clauses naming people about as close to the question: no lead; nor without the embedder
    assert person_lead("Кто возглавлял делегацию?", [GENEVA], "ru", lambda q, cs: [0.80, 0.79]) is None
    assert person_lead("Кто возглавлял делегацию?", [GENEVA], "ru") is None


def test_who_said_what_is_asked_is_the_speaker_of_the_clause_before():
    assert person_lead("Кто сказал, что США хотят создать НАТО 3.0?", [COLBY], "ru", shared_words) == "Элбридж Колби"
    # "he" in the middle of a sentence may be someone the quote does not name («чиновник администрации США»)
    assert person_lead("С кем координируется вывод войск?", [WITHDRAWAL], "ru", shared_words) is None


SMITH = ("Постоянный представитель США в НАТО Джулианна Смит в интервью CNN заявила 11 января, что Штаты и "
         "европейские союзники готовы вести диалог с РФ, однако не видят возможности для большого компромисса по "
         "вопросу расширения НАТО. По ее словам, \"никто не может заставить Альянс изменить политику в отношении "
         "расширения\".")


def test_who_said_words_going_on_after_but_or_given_by_according_to_her_is_the_last_speaker_named():
    assert person_lead("Кто сказал, что союзники не видят возможности для большого компромисса?", [SMITH], "ru",
                       shared_words) == "Джулианна Смит"
    assert person_lead("Кто сказал, что никто не может заставить Альянс изменить политику?", [SMITH], "ru",
                       shared_words) == "Джулианна Смит"


def test_a_surname_alone_the_tagger_misses_in_the_quote_is_read_in_its_article_and_named_in_full():
    article = ("Делегацию США возглавляла замгоссекретаря Венди Шерман. Американская делегация выдвинула претензии "
               "России. Шерман после переговоров заявила, что принцип открытых дверей НАТО не подлежит обсуждению.")
    quote = "Шерман после переговоров заявила, что принцип открытых дверей НАТО не подлежит обсуждению."
    start = article.index(quote)
    assert not people_in(quote)  # read alone, the tagger misses it
    in_context = people_in_quote(article, start, start + len(quote))
    assert [(p.written, p.name, p.start) for p in in_context] == [("Шерман", "Венди Шерман", 0)]
    question = "Кто заявил, что принцип открытых дверей НАТО не подлежит обсуждению?"
    assert person_lead(question, [quote], "ru", shared_words) is None
    assert person_lead(question, [quote], "ru", shared_words, in_context) == "Венди Шерман"


def test_no_lead_when_the_quote_cannot_be_about_the_person_asked_for():
    # the question names the person: who else
    assert person_lead("С кем Скапарротти разговаривал?", ["Скапарротти и Герасимов общались по телефону."],
                       "ru") == "Герасимов"
    # an office the quote does not name, a country whose delegation the quote does not name, no one leading
    assert person_lead("Кто был генсеком НАТО в 2018 году?",
                       ["Операция была начата во время первого президентского срока Дональда Трампа в 2018 году."],
                       "ru") is None
    assert person_lead("Кто возглавлял делегацию Украины?", [GENEVA], "ru", shared_words) is None
    assert person_lead("Хто очолював операцію НАТО в Лівії?",
                       ["Франция, усилиями Николя Саркози вернувшаяся в военную организацию НАТО, первой полезла "
                        "в бой против Ливии."], "uk", shared_words) is None
    # the taggers read Russian: an English quote is answer enough
    assert person_lead("Who sang the anthem?", ["Lady Gaga sang the national anthem."], "en") is None


def test_people_each_with_their_own_office_are_told_apart_and_people_sharing_a_verb_are_not():
    meeting = ("В командовании не подтвердили информацию о встрече между командующим Объединенных вооруженных сил "
               "НАТО в Европе Куртисом Скапарротти и руководителем генштаба российской армии Валерием Герасимовым.")
    # the words before each name (its office) are scored: the commander's, then the chief of staff's
    assert person_lead("Кто командовал силами НАТО в Европе?", [meeting], "ru",
                       lambda q, cs: [0.86, 0.80]) == "Куртис Скапарротти"
    assert person_lead("Хто очолював генштаб російської армії?", [meeting], "uk",
                       lambda q, cs: [0.75, 0.84]) == "Валерий Герасимов"
    assert person_lead("Кто командовал силами НАТО?", [meeting], "ru", lambda q, cs: [0.80, 0.79]) is None
    # «возглавляли» is both men's verb, however differently their offices read
    assert person_lead("Кто возглавлял делегацию РФ?", [GENEVA.split(",")[0] + "."], "ru",
                       lambda q, cs: [0.83, 0.74]) == "Сергей Рябков и Фомин"


def test_who_led_needs_a_quote_that_tells_someone_leads():
    from rag.person_lead import names_the_asked_side, tells_who_leads

    sarkozy = "Франция, усилиями Николя Саркози вернувшаяся в военную организацию НАТО, первой полезла в бой."
    assert not tells_who_leads("Хто очолював операцію НАТО в Лівії?", sarkozy)
    assert tells_who_leads("Who led the Russian delegation?", GENEVA)  # «возглавляли»
    assert tells_who_leads("Кто возглавляет рабочую группу?", "…Пол Т. Столлсворт, председатель Рабочей группы…")
    assert tells_who_leads("Who said it?", sarkozy)  # not a question about leading
    assert not names_the_asked_side("Кто возглавлял делегацию Украины в Женеве?", GENEVA)
    assert not names_the_asked_side("Who led the Ukrainian delegation in Geneva?", GENEVA)  # by its adjective
    assert names_the_asked_side("Who led the Russian side in Geneva?", GENEVA)  # «Российскую делегацию»
    assert names_the_asked_side("Who led the US delegation in Geneva?", GENEVA)  # «делегацию США»; Geneva is where


def test_an_office_the_question_names_picks_its_holder_among_people_sharing_a_verb():
    brussels = ("Делегацию РФ возглавляли замглавы МИД Александр Грушко и замминистра обороны Александр Фомин, "
                "от НАТО приняли участие Столтенберг.")
    first = lambda q, cs: [0.9] + [0.7] * (len(cs) - 1)  # noqa: E731
    assert person_lead("Who was Russia's deputy defence minister at the talks?", [brussels], "en",
                       first) == "Александр Фомин (Aleksandr Fomin)"
    assert person_lead("Какой замглавы МИД возглавлял делегацию?", [brussels], "ru", first) == "Александр Грушко"


COUNCIL = ("Делегацию РФ возглавляли замглавы МИД Александр Грушко и замминистра обороны Александр Фомин, от НАТО "
           "приняли участие Столтенберг, постоянные представители 30 стран – членов Североатлантического союза, "
           "высокопоставленные военные представители, замгоссекретаря США Венди Шерман.")


def test_a_side_the_question_names_picks_the_clause_naming_it():
    # by meaning, «от НАТО приняли участие Столтенберг» is closest to "took part" / «участвовал»
    closest_to_nato = lambda q, cs: [0.9 if "Столтенберг" in c else 0.5 for c in cs]  # noqa: E731
    assert person_lead("Кто участвовал в заседании Совета Россия – НАТО со стороны США?", [COUNCIL], "ru",
                       closest_to_nato) == "Венди Шерман"
    assert person_lead("Who represented the US at the Russia–NATO Council?", [COUNCIL], "en",
                       closest_to_nato).startswith("Венди Шерман (")
    # or the country right after "for", «от», «від»
    assert person_lead("Хто був присутній на засіданні Ради Росія – НАТО від Росії?", [COUNCIL], "uk",
                       closest_to_nato) == "Александр Грушко і Александр Фомин"
    assert person_lead("Who attended the Russia–NATO Council for the United States?", [COUNCIL], "en",
                       closest_to_nato).startswith("Венди Шерман (")
    # the side is the country or body nearest the side word: NATO here, not the council's «Россия»
    assert person_lead("Кто представлял НАТО на заседании Совета Россия – НАТО?", [COUNCIL], "ru",
                       closest_to_nato) == "Столтенберг"
    # an English body with its possessive is one too ("from NATO's side"): not «Россия» 26 characters before it
    closest_to_russia = lambda q, cs: [0.9 if "Грушко" in c else 0.5 for c in cs]  # noqa: E731
    assert person_lead("Who took part in the Russia–NATO Council from NATO's side?", [COUNCIL], "en",
                       closest_to_russia).startswith("Столтенберг (")
    assert person_lead("Who took part for NATO in the Brussels talks?", [COUNCIL], "en",
                       closest_to_russia).startswith("Столтенберг (")
    assert person_lead("Кто из США присутствовал на заседании Совета Россия – НАТО?", [COUNCIL], "ru",
                       closest_to_nato) == "Венди Шерман"  # who from a country
    # of no side, who took part is everyone the sentence names: no one clause's people lead
    assert person_lead("Кто участвовал в заседании Совета Россия – НАТО?", [COUNCIL], "ru", closest_to_nato) is None
    # or the country or body that says whose the asked person is, to pick the clause («…США Венди Шерман»)
    assert person_lead("Which US official attended the Russia–NATO Council?", [COUNCIL], "en",
                       closest_to_nato).startswith("Венди Шерман (")
    assert person_lead("Which Russian deputy defence minister attended the Brussels talks?", [COUNCIL], "en",
                       closest_to_nato).startswith("Александр Фомин (")


BRUSSELS = ("Делегацию РФ возглавляли замглавы МИД Александр Грушко и замминистра обороны Александр Фомин, от НАТО "
            "приняли участие Столтенберг, постоянные представители 30 стран – членов Североатлантического союза, "
            "высокопоставленные военные представители, замгоссекретаря США Венди Шерман.")


def test_who_took_part_in_both_is_who_each_quote_names_on_the_asked_side():
    # by surname («Фомин», «Александр Фомин»), as most fully named
    assert named_in_each("Кто из российских замминистров участвовал и в Женеве, и в Брюсселе?", [GENEVA, BRUSSELS],
                         "ru") == "Александр Фомин"
    assert named_in_each("Which Russian official took part in both the Geneva talks and the Brussels meeting?",
                         [GENEVA, BRUSSELS], "en") == "Александр Фомин (Aleksandr Fomin)"
    # no side asked: both people named in each
    assert named_in_each("Who took part in both the Geneva talks and the Brussels meeting?", [GENEVA, BRUSSELS],
                         "en").startswith("Александр Фомин (Aleksandr Fomin) and Венди Шерман")
    # no one named in each: no lead
    assert named_in_each("Who took part in both the Geneva talks and the Brussels meeting?", [GENEVA, COLBY],
                         "en") is None
