"""The person a question asks about is looked for in articles of every language (question_people.py)."""

import pytest

from rag.extractive import EvidenceSentence
from rag.question_people import (
    anothers_words,
    asked_body,
    asked_country,
    asked_identity,
    asked_office,
    asked_person,
    asks_for_words,
    asks_who_took_part,
    carries_words,
    continues_quotation,
    continues_words_of,
    gives_words_of,
    mentions_person,
    named_but_silent,
    named_only_silently,
    said_by_unnamed_many,
    speaker_goes_on,
    speaks_as_country,
    tells_who_took_part,
    through_their_words,
    without_speaker,
)
from rag.question_terms import ArticleText, unmentioned_names
from rag.types import Citation


def test_the_person_whose_words_or_identity_are_asked_for():
    assert asked_person("What did Macron say about KFOR?") == ("Macron",)
    assert asked_person("What did NATO's Secretary General Jens Stoltenberg say?") == (
        "Secretary", "General", "Jens", "Stoltenberg")
    assert asked_person("Who is Curtis Scaparrotti?") == ("Curtis", "Scaparrotti")
    assert asked_person("Що Зеленський сказав про переговори в Женеві?") == ("Зеленський",)
    assert asked_person("Что сказал Песков об Армении?") == ("Песков",)
    assert asked_person("Что генсек НАТО Йенс Столтенберг сказал о санкциях?") == ("Йенс", "Столтенберг")
    assert asked_person("Хто такий Елбрідж Колбі?") == ("Елбрідж", "Колбі")
    assert asked_person("What, according to Smith, is the US ready for?") == ("Smith",)
    assert asked_person("Что говорится в заявлении Столтенберга о диалоге?") == ("Столтенберга",)
    assert asked_person("What does Stoltenberg's statement say about sanctions?") == ("Stoltenberg",)
    # their office is their identity too; a stance is not
    assert asked_identity("What is Colby's position in the Pentagon?") == ("Colby",)
    assert asked_identity("What position does Wendy Sherman hold?") == ("Wendy", "Sherman")
    assert asked_identity("Какую должность занимает Грушко?") == ("Грушко",)
    assert asked_identity("Кем является Грушко?") == ("Грушко",)
    assert asked_identity("Яку посаду обіймає Джуліанна Сміт?") == ("Джуліанна", "Сміт")
    assert asked_identity("What is Sherman's position on NATO's open door?") is None
    assert asked_identity("What is Russia's position?") is None
    # no person: an acronym, a place (checked across languages already), no name, no such question
    assert asked_person("What did NATO say about Iraq?") is None
    assert asked_person("What did Germany say?") is None
    assert asked_person("What did the Kremlin say?") is None
    assert asked_person("When did the NATO Iraq mission close?") is None
    assert asked_person("Что в НАТО сказали о встрече?") is None
    # a body: "Foreign Ministry" is no one's name
    assert asked_person("What did Russia's Foreign Ministry say about progress?") is None
    assert asked_person("What did the Defence Council say?") is None


def test_the_body_whose_words_are_asked_for_in_every_language():
    assert asked_body("What did Russia's Foreign Ministry say about progress?") == ("Foreign Ministry", "МЗС", "МИД")
    assert "Кремля" in asked_body("What did the Kremlin say about Armenia?")
    assert asked_body("What did NATO say about Iraq?") == ("NATO", "НАТО")
    assert asked_body("What did Sherman say?") == ()
    assert asked_body("When did the Foreign Ministry publish the drafts?") == ()  # no one's words asked for
    # the words of those in a body, said in the plural; a place is no body, and no person is asked for
    assert "Pentagon" in asked_body("Что заявили в Пентагоне о выводе войск из Ирака?")
    assert "МИД" in asked_body("Что заявили в МИД России о переговорах?")
    assert "Kremlin" in asked_body("Що повідомили в Кремлі про програми НАТО?")
    assert asked_body("Что сказали в Брюсселе?") == ()
    assert asked_person("Что заявили в Пентагоне о выводе войск из Ирака?") is None


def test_a_person_is_found_by_spelling_or_by_a_look_alike_in_either_script():
    assert mentions_person("Как заявил Пауэлл, переговоры продолжатся.", ("Colin", "Powell"))  # not by the rules
    assert mentions_person("Генсек НАТО Йенса Столтенберга не упомянул.", ("Єнс",))  # «Є» is «Йе»
    assert mentions_person("Luther wrote his last statement.", ("Лютер",))  # a Cyrillic name, Latin text
    assert mentions_person("The polymath Shen Kuo formulated a hypothesis.", ("Шэнь", "Куа"))  # by the first name
    opening = "Президент США заявил о выводе войск. Позже Столтенберг ответил."
    assert not mentions_person(opening, ("President", "Macron"))
    assert not mentions_person("Вечером 10 января в Женеве завершились переговоры.", ("Зеленський",))


def test_an_asked_person_no_article_of_any_language_mentions_is_reported():
    kfor = ArticleText("По словам четырех дипломатов, США хотят свернуть силы в Косово KFOR.", language="ru")
    macron = ArticleText("Макрон заявил, что Франция останется в KFOR.", language="ru")
    assert unmentioned_names("What did Macron say about KFOR?", "en", [kfor]) == ["Macron"]
    assert unmentioned_names("What did Macron say about KFOR?", "en", [kfor, macron]) == []
    assert unmentioned_names("Що Зеленський сказав про KFOR?", "uk", [kfor]) == ["Зеленський"]
    sanctions = ArticleText("Генсек НАТО Йенс Столтенберг заявил о санкциях.", language="ru")
    assert unmentioned_names("Що генсек НАТО Єнс Столтенберг сказав про санкції?", "uk", [sanctions]) == []
    assert unmentioned_names("Who is Kadyrov?", "en", [kfor]) == ["Kadyrov"]
    # other names in another language's articles are still no evidence either way
    assert unmentioned_names("What did NATO say about Kadyrov?", "en", [kfor]) == []


SHERMAN = ("Шерман после переговоров заявила, что принцип открытых дверей НАТО не подлежит обсуждению. Она также "
           "сообщила, что российская сторона не дала прямого ответа. \"Мы готовы к диалогу\", – добавила она. "
           "Переговоры продолжались 7,5 часов.\n\nОни продлились дольше, чем ожидалось.")


def _first_sentence(text: str) -> tuple[list[Citation], EvidenceSentence]:
    first = text.split(". ")[0] + "."
    passage = Citation(source="s.txt", title="", date=None, language="ru", snippet=text, start=0, end=len(text),
                       score=1.0)
    return [passage], EvidenceSentence(passage=0, start=0, end=len(first), text=first, score=0.8)


def test_a_quote_of_someones_words_runs_on_while_the_speaker_goes_on():
    assert asks_for_words("What did Sherman say after the talks?") and asks_for_words("Що заявив Путін Байдену?")
    assert not asks_for_words("Who is Wendy Sherman?") and not asks_for_words("When did the talks end?")
    assert speaker_goes_on("Він додав, що розмови тривають.") and speaker_goes_on("He also said it would continue.")
    assert not speaker_goes_on("They met United States officials.")  # "States" is no verb of saying
    assert not speaker_goes_on("Они продлились около четырех часов.")
    ps, s = _first_sentence(SHERMAN)
    longer = through_their_words(s, ps, {"s.txt": SHERMAN}.get)
    assert longer.start == 0 and SHERMAN[: longer.end] == longer.text
    assert longer.text.endswith("добавила она.")  # two sentences on (MORE_WORDS), not the talks' length
    other = "Шерман заявила, что принцип не обсуждается. Переговоры продолжались 7,5 часов."
    ps, s = _first_sentence(other)
    assert through_their_words(s, ps, {"s.txt": other}.get) == s


def test_a_sentence_inside_a_quotation_runs_on_to_whose_words_they_are():
    story = ("В НАТО сослались на заявление Генсека.\n\n\"Мы остаемся открытыми к диалогу. Мы сохраняем экономические "
             "санкции. Но мы используем военные линии коммуникации\", – говорится в заявлении Генсека. Встреча "
             "не подтверждена.")
    start = story.index("Мы сохраняем")
    first = story[start:story.index(".", start) + 1]
    passage = Citation(source="s.txt", title="", date=None, language="ru", snippet=story, start=0, end=len(story),
                       score=1.0)
    s = EvidenceSentence(passage=0, start=start, end=start + len(first), text=first, score=0.8)
    longer = through_their_words(s, [passage], {"s.txt": story}.get)
    assert story[longer.start:longer.end] == longer.text
    assert longer.text.endswith("говорится в заявлении Генсека.")  # not on to «Встреча не подтверждена»


def test_a_quote_naming_the_speaker_runs_on_to_their_quotation_in_the_next_paragraph():
    story = ("В НАТО подчеркнули, что Альянс не менял стратегию. Там сослались на заявление Генсека НАТО Йенса "
             "Столтенберга.\n\n\"Мы остаемся открытыми к диалогу. Мы сохраняем санкции\", – говорится в заявлении "
             "Генсека.\n\nВстреча не подтверждена.")
    start = story.index("Там")
    first = story[start:story.index("\n")]
    passage = Citation(source="s.txt", title="", date=None, language="ru", snippet=story, start=0, end=len(story),
                       score=1.0)
    s = EvidenceSentence(passage=0, start=start, end=start + len(first), text=first, score=0.8)
    longer = through_their_words(s, [passage], {"s.txt": story}.get)
    assert story[longer.start:longer.end] == longer.text
    assert longer.text.endswith("говорится в заявлении Генсека.")  # one paragraph on, not two
    # not when the quotation is someone the sentence before does not name
    other = story.replace("в заявлении Генсека", "в Объединенном командовании")
    assert through_their_words(s, [passage], {"s.txt": other}.get) == s


def test_a_quotation_closed_by_a_pronoun_or_by_no_new_name_goes_on_with_the_speaker_before():
    before = ("7 декабря президент РФ Владимир Путин во время разговора с президентом США Джо Байденом заявил, что "
              "НАТО предпринимает попытки \"освоения\" территории Украины. ")
    said = "\"Поэтому Россия серьезно заинтересована в гарантиях\", – сказал он."
    assert continues_words_of(before, said, ("Putin",)) and continues_words_of(before, said, ("Путин",))
    assert not continues_words_of(before, said, ("Biden",))  # named, but not as the one speaking
    assert continues_quotation("\"Мы сохраняем санкции\", – говорится в заявлении Генсека.", "…заявление Генсека НАТО…")
    assert not continues_quotation("\"Мы сохраняем линии\", – пояснили в Объединенном командовании.", before)
    assert not continues_quotation("Россия заинтересована в гарантиях.", before)  # no quotation


def test_the_speakers_name_is_not_a_word_of_their_statement():
    assert without_speaker("Что Столтенберг сказал о санкциях?").split() == ["Что", "сказал", "о", "санкциях?"]
    assert without_speaker("When did the talks end?") == "When did the talks end?"


def test_a_quote_that_names_the_person_but_gives_no_words_of_theirs_is_told_apart():
    biden = ("Biden",)
    putin_to_biden = ("7 декабря 2021 года президент РФ Владимир Путин во время разговора с президентом США Джо "
                      "Байденом заявил, что НАТО предпринимает попытки \"освоения\" территории Украины.")
    assert named_but_silent(putin_to_biden, biden) and not gives_words_of(putin_to_biden, biden)
    assert gives_words_of(putin_to_biden, ("Путин",))  # the speaker
    meeting = ("В командовании не подтвердили информацию о встрече между командующим Куртисом Скапарротти и "
               "руководителем генштаба российской армии Валерием Герасимовым.")
    assert named_but_silent(meeting, ("Герасимов",))
    # a verb of saying in the neuter past: a thing speaks, named beside it, not the people further on
    reported = ("Как сообщалось, американское издание BuzzFeed опубликовало информацию о якобы запланированной "
                "на январь личной встрече Куртиса Скапарротти и Валерия Герасимова.")
    assert named_but_silent(reported, ("Скапарротти",)) and gives_words_of(reported, ("BuzzFeed",))
    # the speaker in another case, beside a word of saying, or asked a question
    for quote, name in [("Там сослались на недавнее заявление Генсека НАТО Йенса Столтенберга.", ("Столтенберг",)),
                        ("Під час прес-колу Пєскова запитали, чи обговорювала Росія свою ініціативу.", ("Песков",)),
                        ("«У рамках цього всі ці субстанції проговорювалися», – стверджує Дмитро Пєсков.", ("Peskov",)),
                        ("Шерман после переговоров заявила, что принцип открытых дверей не обсуждается.", ("Sherman",)),
                        ("Американское издание BuzzFeed опубликовало информацию о встрече.", ("BuzzFeed",))]:
        assert not named_but_silent(quote, name) and gives_words_of(quote, name), quote
    # a quote that does not name the person (a title, a pronoun) is not judged here
    said = "«Одна справа – участь у програмах», – зазначив представник Кремля."
    assert not named_but_silent(said, ("Песков",)) and not gives_words_of(said, ("Песков",))


def test_a_quote_after_sentences_naming_the_person_only_silently_gives_no_words_of_theirs():
    gerasimov = ("Gerasimov",)
    meeting = "Там намекнули, что о будущем общении Скапарротти и Герасимова будет сообщено в необходимое время. "
    unnamed = "\"Россия и НАТО сохраняют линии коммуникации\", – пояснили в Объединенном командовании."
    assert named_only_silently(meeting + unnamed, unnamed, gerasimov)
    # a pronoun may be theirs: «Лютер расширил свою критику… он… утверждал, что месса — это дар»
    luther = "Летом 1521 года Лютер расширил свою критику. В трактате он утверждал, что месса — это дар."
    assert not named_only_silently(luther, "В трактате он утверждал, что месса — это дар.", ("Luther",))
    # named as the one speaking before the quote
    said = "Генерал Герасимов заявил, что Россия готова к диалогу. "
    assert not named_only_silently(said + unnamed, unnamed, gerasimov)


def test_a_quote_that_gives_someone_elses_words_is_told_apart():
    sherman = "Шерман после переговоров заявила, что принцип открытых дверей НАТО не подлежит обсуждению. " \
              "Она также сообщила, что российская сторона не дала прямого ответа."
    common = frozenset({"она", "принцип"})
    assert anothers_words(sherman, ("Grushko",), common)  # Sherman's words, Grushko not named
    assert not anothers_words(sherman, ("Sherman",), common)  # the asked person's own
    # a body or a word the article writes in lower case is no speaker; nor is anyone without a word of saying
    assert not anothers_words("«Це різні справи», – зазначив представник Кремля.", ("Песков",), common)
    assert not anothers_words("Альянс готов к диалогу, заявили в штаб-квартире.", ("Столтенберг",),
                              frozenset({"альянс"}))
    assert not anothers_words("Шерман прилетела в Женеву.", ("Grushko",), common)
    assert not anothers_words("Sherman said Russia gave no direct answer.", ("Grushko",), common)  # English: not read


def test_words_of_an_office_said_in_the_plural_are_no_ones_named():
    blinken = ("Blinken",)
    ministry = "В МИД РФ заявили о категорическом отсутствии прогресса на переговорах с США."
    assert said_by_unnamed_many(ministry, blinken)
    assert said_by_unnamed_many("«Линии связи сохраняются», – пояснили в Объединенном командовании.", blinken)
    # the person named, a pronoun that may be theirs, a singular speaker, English: not judged
    assert not said_by_unnamed_many("Блинкен и Шерман заявили, что прогресса нет.", blinken)
    assert not said_by_unnamed_many("Они также сообщили, что прогресса нет.", blinken)
    assert not said_by_unnamed_many("Госсекретарь заявил, что прогресса нет.", blinken)
    assert not said_by_unnamed_many("The ministry said there was no progress.", blinken)


def test_the_us_is_asked_for_as_a_country_not_a_body():
    assert asked_body("What did the US say about NATO's open-door principle?") == ()
    assert asked_country("What did the US say about NATO's open-door principle?") == "country:US"


def test_the_country_whose_words_are_asked_for():
    assert asked_country("What did Armenia's government say about Russia's proposal?") == "country:AM"
    assert asked_country("How did Germany react to the request?") == "country:DE"
    assert asked_country("Что ответила Армения на вопрос о выходе из ОДКБ?") == "country:AM"
    assert asked_country("Що відповів Казахстан на ініціативу Росії?") == "country:KZ"
    assert asked_country("What did Washington say it was ready to do?") is None  # a capital: speaks for a country
    assert asked_country("What did Sherman say about Kosovo?") is None
    assert asked_country("When did Armenia join the CSTO?") is None


def test_a_country_speaks_where_it_is_named_as_one_that_may():
    asked = ("Під час прес-колу Пєскова запитали, чи обговорювала Росія свою ініціативу, зокрема, з Казахстаном і "
             "Вірменією, які беруть участь у партнерських програмах НАТО.")
    assert not speaks_as_country(asked, "country:KZ")  # after a preposition, instrumental
    assert not speaks_as_country(asked, "country:AM")  # coordinated with it
    assert speaks_as_country(asked, "country:RU")  # «Росія», the nominative
    assert speaks_as_country("7 декабря 2021 года президент РФ Владимир Путин заявил…", "country:RU")
    assert speaks_as_country("Армения заявила, что…", "country:AM")
    assert speaks_as_country("В МИД Армении заявили, что…", "country:AM")  # whose ministry
    # «Германии» is a genitive here, not germanium's plural nominative: Germany's restraint, not Germany speaking
    assert not speaks_as_country("…возражений со стороны Франции… и сдержанности Германии.", "country:DE")
    assert not speaks_as_country("Peskov was asked about talks with Kazakhstan and Armenia.", "country:AM")
    assert speaks_as_country("Armenia said it would stay.", "country:AM")
    assert not speaks_as_country("Песков ответил журналистам.", "country:AM")  # not named at all


def test_who_took_part_is_asked_and_told_by_participation_not_by_an_office():
    for question in ("Who took part for NATO in the Brussels talks?", "Who attended the Russia–NATO Council?",
                     "Who represented the US State Department at the meeting?", "Кто участвовал в заседании Совета?",
                     "Хто брав участь у засіданні від США?", "Кто представлял НАТО на заседании?"):
        assert asks_who_took_part(question), question
    assert not asks_who_took_part("Who commands KFOR?")
    assert tells_who_took_part("…от НАТО приняли участие Столтенберг, постоянные представители 30 стран…")
    assert tells_who_took_part("Российскую делегацию возглавляли замминистра иностранных дел Сергей Рябков и Фомин.")
    assert not tells_who_took_part("В комментарии изданию представитель НАТО заявил, что…")  # an office


@pytest.mark.parametrize("sentence, words", [
    ("В штаб-квартире Североатлантического альянса в Брюсселе (Бельгия) завершилось заседание Совета Россия – НАТО.",
     False),
    ("Изначально брифинг генерального секретаря НАТО Йенса Столтенберга был назначен на 14.30, позже его перенесли.",
     False),
    ("По словам спикера Кремля, продвижение Альянса на восток угрожает России.", True),
    ("«Це різні абсолютно справи», – зазначив представник Кремля.", True),
    ("\"Мы сохраняем экономические санкции\".", True),  # a quotation with no verb
    ("The minister said the talks would resume.", True),
    ("The talks ended in the evening.", False),
    ("Об этом 12 января пишет ТАСС.", False),  # who reported the sentence before
    ("На заседании Совета Россия – НАТО обсуждали \"гарантии безопасности\" для России.", False),  # a term quoted
    # what someone held or taught (XQuAD: "What did Luther tell monks and nuns about their vows?")
    ("Он уверял монахов и монахинь в том, что они могут нарушать данные ими обеты.", True),
    ("In On the Abrogation of the Private Mass, he condemned as idolatry the idea that the mass is a sacrifice.", True),
])
def test_sentences_that_could_give_someones_words(sentence, words):
    assert carries_words(sentence) is words


@pytest.mark.parametrize("question, named", [
    ("What did the NATO spokesperson say about the missions?", "представитель НАТО заявил"),
    ("What did the second diplomat say about cutting the Iraq mission?", "Второй дипломат отметил"),
    ("What did the US administration official say?", "чиновник администрации США"),
    ("Что сказал представитель НАТО о миссиях?", "представитель НАТО, выступавший от имени организации"),
    ("Що сказав речник Кремля?", "речник Кремля"),
])
def test_an_offices_words_are_asked_for_as_the_news_names_the_office(question, named):
    office = asked_office(question)
    assert office is not None and office.search(named)


@pytest.mark.parametrize("question", ["What did Colby say?", "What did the officials decide?",
                                      "And what is needed to end them?", "Кто такой представитель НАТО?"])
def test_no_office_whose_words_are_asked_for(question):
    assert asked_office(question) is None
