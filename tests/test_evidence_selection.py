"""Choosing what to quote: answer types, the evidence margin, and years the articles never state."""

import datetime as dt
from dataclasses import replace

import pytest

from rag.answer_types import DATE, NAME, NUMBER, counted_stems, counts, expected_answer_type, holds_answer_type
from rag.extractive import (
    EvidenceSentence,
    blend_follow_up,
    choose_evidence,
    credit_publication_time,
    extractive_answer,
    offset_language_bias,
    prefer_answer_type,
    prefer_retrieved_passage,
)
from rag.question_terms import (
    ArticleText,
    question_years,
    unmentioned_names,
    unmentioned_years,
    written_before_years,
)
from rag.question_time import AskedPeriod, asked_bound, asked_period
from rag.types import Citation


def test_question_words_give_the_answer_type_in_three_languages():
    assert expected_answer_type("When did the NATO Iraq mission close?") == DATE
    assert expected_answer_type("С какого года миссию расширяли?") == DATE
    assert expected_answer_type("На яке число була призначена зустріч?") == DATE
    # Ukrainian writes «у» for «в» after a vowel, and often at a sentence's start
    assert expected_answer_type("У якому місяці відбудеться саміт?") == DATE
    assert expected_answer_type("У якому році американці розправилися з Лівією?") == DATE
    assert expected_answer_type("How long did the talks last?") == NUMBER
    assert expected_answer_type("Сколько продолжались переговоры?") == NUMBER
    assert expected_answer_type("Згода скількох союзників потрібна?") == NUMBER
    assert expected_answer_type("Who led the delegation?") == NAME
    assert expected_answer_type("Хто очолював делегацію?") == NAME
    assert expected_answer_type("Какое издание опубликовало информацию?") == NAME
    assert expected_answer_type("Why did the talks fail?") is None


def test_a_name_the_question_states_is_not_an_answer():
    q = "Хто в Кремлі прокоментував участь Казахстану?"
    assert holds_answer_type("Прес-секретар президента РФ Дмитро Пєсков прокоментував це.", NAME, q)
    assert not holds_answer_type("У Кремлі прокоментували участь Казахстану у програмах.", NAME, q)
    assert not holds_answer_type("Делегацию возглавлял замминистра иностранных дел.", NAME, "Who led it?")


def test_a_which_month_question_is_answered_by_a_month_not_a_year_alone():
    september = "Вашингтон попросил союзников завершить эту миссию уже в сентябре, сообщили два дипломата."
    year = "США также планируют вывести около 2 500 военных в соответствии с соглашением 2024 года."
    for q in ("In which month does the US want the mission to end?", "В каком месяце США хотят завершить миссию?",
              "У якому місяці США хочуть завершити місію?"):
        assert holds_answer_type(september, DATE, q) and not holds_answer_type(year, DATE, q), q
    # other when-questions: a date or year, as before
    assert holds_answer_type(year, DATE, "When does the US want it?")
    assert not holds_answer_type(september, DATE, "When does the US want it?")


def test_a_number_the_question_states_is_not_an_answer():
    q = "Сколько продолжались переговоры в Женеве 10 января?"
    assert not holds_answer_type("Вечером 10 января в Женеве завершились переговоры.", NUMBER, q)
    assert holds_answer_type("Они продолжались приблизительно 7,5 часов.", NUMBER, q)
    assert holds_answer_type("Переговоры продлились около четырех часов.", NUMBER, "How long?")
    assert not holds_answer_type("Россия и НАТО завершили переговоры.", NUMBER, "How long?")
    assert holds_answer_type("закрыла миссию 31 декабря 2011 года", DATE, "When?")
    assert not holds_answer_type("семья и тренер", NUMBER, "How many?")


def _s(passage: int, score: float, text: str = "a sentence long enough to be quoted as evidence") -> EvidenceSentence:
    return EvidenceSentence(passage=passage, start=passage * 100, end=passage * 100 + len(text), text=text, score=score)


def test_sentences_holding_the_asked_for_type_move_up():
    ranked = [_s(0, 0.850, "Россия и НАТО завершили переговоры в Брюсселе по безопасности."),
              _s(1, 0.845, "Переговоры продлились около четырех часов, хотя ожидалось три.")]
    out = prefer_answer_type(ranked, "How long did the talks last?", bonus=0.01)
    assert out[0].passage == 1
    assert prefer_answer_type(ranked, "Why did they meet?", bonus=0.01) == ranked


def test_a_how_many_question_wants_a_number_that_counts_what_it_asks_about():
    allies = counted_stems("Згода скількох союзників потрібна, щоб розпочати місію?")
    assert counts("Для начала и завершения миссий требуется согласие всех 32 союзников.", allies)
    # a number of something else, and the asked word without a number, are not counts of it
    assert not counts("По словам четырех дипломатов, это беспокоит европейских союзников.", allies)
    assert counted_stems("How many troops does KFOR have?") == ("troo",)  # up to the verb
    assert counts("KFOR has around 4,500 troops.", counted_stems("How many troops does KFOR have?"))
    assert counted_stems("How many US troops are there?") == ("troo",)  # two-letter words say nothing
    how_long = counted_stems("Сколько продолжались переговоры?")
    assert counts("Переговоры продлились около четырех часов.", how_long)
    assert counts("Вони тривали сім місяців.", how_long)
    assert not counts("Между 1701 и 1750 годом было 37 эпидемий.", how_long)  # years are dates, not durations
    assert counted_stems("Why did they meet?") == ()

    ranked = [_s(0, 0.871, "По словам четырех дипломатов, это беспокоит европейских союзников."),
              _s(1, 0.840, "Для начала и завершения миссий требуется согласие всех 32 союзников.")]
    out = prefer_answer_type(ranked, "Згода скількох союзників потрібна?", bonus=0.01, count_bonus=0.04)
    assert [s.passage for s in out] == [1, 0]
    out = prefer_answer_type(ranked, "Згода скількох союзників потрібна?", bonus=0.01, count_bonus=0)
    assert [s.passage for s in out] == [0, 1]  # both hold a number


def test_a_sentence_from_a_better_retrieved_passage_moves_up():
    passages = [Citation(source=f"{n}.txt", title=None, date=None, language="ru", snippet="", start=0, end=1,
                         score=score) for n, score in enumerate((1.80, 1.60))]
    ranked = [_s(1, 0.85), _s(0, 0.83)]  # the second passage's sentence has the higher cosine
    out = prefer_retrieved_passage(ranked, passages, weight=0.25)
    assert [s.passage for s in out] == [0, 1]
    assert out[0].score == 0.83 and abs(out[1].score - (0.85 - 0.25 * 0.20)) < 1e-9  # the best passage's unchanged
    assert prefer_retrieved_passage(ranked, passages, weight=0.0) == ranked


def test_the_questions_own_language_loses_its_head_start():
    passages = [Citation(source=f"{n}.txt", title=None, date=None, language=lang, snippet="", start=0, end=1,
                         score=1.0) for n, lang in enumerate(("uk", "ru", "en"))]
    ranked = [_s(0, 0.86), _s(1, 0.81), _s(2, 0.78)]
    out = offset_language_bias(ranked, passages, "uk", penalty=0.1)
    # English is spared the whole penalty; Russian, close to Ukrainian, all but RELATED_LANGUAGE_GAP (0.04)
    assert [s.passage for s in out] == [2, 0, 1]
    assert [round(s.score, 3) for s in out] == [0.78, 0.76, 0.75]
    assert offset_language_bias(ranked[:2], passages, "en", penalty=0.1) == ranked[:2]  # no English passage
    assert offset_language_bias(ranked, passages, "uk", penalty=0.0) == ranked


def test_only_sentences_within_the_margin_of_the_best_are_quoted():
    ranked = [_s(0, 0.90), _s(1, 0.89), _s(2, 0.85)]
    assert [s.passage for s in choose_evidence(ranked, max_sentences=3, margin=0.02)] == [0, 1]
    assert [s.passage for s in choose_evidence(ranked, max_sentences=3, margin=0.06)] == [0, 1, 2]
    assert [s.passage for s in choose_evidence(ranked, max_sentences=1, margin=0.06)] == [0]
    short = [_s(0, 0.95, "8 января 2018"), _s(1, 0.90)]  # a dateline is not evidence
    assert [s.passage for s in choose_evidence(short, margin=0.02)] == [1]


def test_years_the_articles_never_state_are_reported():
    arts = [ArticleText("НАТО закрыла миссию 31 декабря 2011 года.", year=None),
            ArticleText("Встреча прошла 12 января.", year=2022)]
    assert unmentioned_years("What did NATO decide at the 2023 Vilnius summit?", arts) == ["2023"]
    assert unmentioned_years("What happened in 2011 and 2022?", arts) == []  # 2022: publication date
    assert unmentioned_years("What happened in 1999 or 2011?", arts) == ["1999"]
    assert unmentioned_years("How many of the 30 members?", arts) == []  # not a year
    assert unmentioned_years("Anything in 2023?", []) == []


def test_an_article_written_before_the_asked_year_is_not_quoted_for_it():
    arts = [ArticleText("Встреча запланирована на январь.", year=2018, source="old.txt"),
            ArticleText("12 января 2022 года прошло заседание.", year=2022, source="new.txt"),
            ArticleText("К 2022 году альянс планирует расширить миссию.", year=2018, source="plan.txt"),
            ArticleText("Без даты.", source="undated.txt")]
    assert written_before_years("Who met in Brussels in January 2022?", arts) == {"old.txt"}
    assert written_before_years("Who met in Brussels in January 2018?", arts) == set()
    assert written_before_years("Who met in Brussels?", arts) == set()


def test_names_the_quoted_articles_never_mention_are_reported():
    uk = ArticleText("Пєскова запитали про Казахстан і Вірменію. Дмитро Пєсков відповів.", language="uk")
    ru = ArticleText("Песков ответил на вопрос об Армении.", language="ru")
    assert unmentioned_names("Що Пєсков сказав про Грузію?", "uk", [uk]) == ["Грузію"]
    assert unmentioned_names("Що Пєсков сказав про Вірменію?", "uk", [uk]) == []  # inflected forms match
    # other names change form across languages: an article in another language is no evidence
    assert unmentioned_names("Что Песков сказал о Венди Шерман?", "ru", [uk]) == []
    assert unmentioned_names("Що Пєсков сказав про Венді Шерман?", "uk", [uk, ru]) == []
    # countries are known in every language (CLDR): "Armenia" is "Вірменія"; "Georgia" is in neither
    assert unmentioned_names("Что Песков сказал об Армении?", "ru", [uk]) == []
    assert unmentioned_names("What did Peskov say about Armenia's role?", "en", [uk, ru]) == []
    assert unmentioned_names("What did Peskov say about Georgia?", "en", [uk, ru]) == ["Georgia"]
    assert unmentioned_names("Що Пєсков сказав про Грузію?", "uk", [uk, ru]) == ["Грузію"]
    # an English question's city against Cyrillic text; a person who shares a city's name is found
    # by the spelling of the name itself (Elizabeth is a city in GeoNames, "Элизабет")
    geneva = ArticleText("Вечером 10 января в Женеве завершились переговоры.", language="ru")
    assert unmentioned_names("What happened in Geneva?", "en", [geneva]) == []
    assert unmentioned_names("What was agreed in Vilnius?", "en", [geneva]) == ["Vilnius"]
    queen = ArticleText("В 1981 году королева Елизавета II открыла в Ньюкасле новый центр.", language="ru")
    assert unmentioned_names("What did Queen Elizabeth II open in Newcastle?", "en", [queen]) == []
    # a Cyrillic city after «в» / «у» is checked in every language too, in any case form («Відні» of «Відень»);
    # «Вена»'s short stem is not «Венди»
    assert unmentioned_names("Скільки тривали переговори у Відні?", "uk", [geneva]) == ["Відні"]
    assert unmentioned_names("Скільки тривали переговори у Женеві?", "uk", [geneva]) == []
    sherman = ArticleText("…замгоссекретаря США Венди Шерман.", language="ru")
    assert unmentioned_names("When did Sherman meet Ryabkov in Vienna?", "en", [sherman]) == ["Vienna"]
    vienna = ArticleText("Переговори у Відні тривали дві години.", language="uk")
    assert unmentioned_names("What was agreed in Vienna?", "en", [vienna]) == []
    assert unmentioned_names("Что пишут СМИ о Пєскове?", "uk", [uk]) == []  # acronyms are left out
    # but not one in Latin letters in a Cyrillic question: the news writes "KFOR" so in every language
    iraq = ArticleText("Контора НАТО проработала в Ираке почти семь лет.", language="ru")
    kfor = ArticleText("США хотят свернуть силы в Косово KFOR.", language="ru")
    assert unmentioned_names("Сколько лет будет длиться сокращение миссии KFOR?", "ru", [iraq]) == ["KFOR"]
    assert unmentioned_names("Скільки років триватиме скорочення місії KFOR?", "uk", [iraq, kfor]) == []
    assert unmentioned_names("How long will the KFOR drawdown take?", "en", [iraq]) == []  # may be spelt out
    assert unmentioned_names("Кто из католиков XV века выступал за реформу?", "ru", [iraq]) == []  # a numeral
    # a compound abbreviation is mentioned where its words are spelt out
    un = ArticleText("прикрывшись трактовкой резолюции № 1973 Совета Безопасности ООН", language="ru")
    assert unmentioned_names("Какая резолюция Совбеза ООН упоминается?", "ru", [un]) == []
    assert unmentioned_names("Какая резолюция Генсовета упоминается?", "ru", [un]) == ["Генсовета"]
    # a follow-up merged after its topic: the second sentence's first word is not a name
    assert unmentioned_names("Що Пєсков сказав? Хто його запитав?", "uk", [uk]) == []
    assert unmentioned_names("Що сказав Пєсков?", "uk", []) == []


def test_sentences_sharing_the_questions_rarer_words_move_up():
    from rag.extractive import prefer_question_words
    from rag.types import Citation

    def passage(lang):
        return Citation(source=f"{lang}.txt", title=None, date=None, language=lang, snippet="x", start=0, end=1,
                        score=1.0)

    passages = [passage("ru"), passage("uk")]
    ranked = [_s(0, 0.850, "НАТО провело встречу в Брюсселе и обсудило гарантии."),
              _s(0, 0.845, "НАТО: переговоры продолжались приблизительно семь часов."),
              _s(1, 0.840, "НАТО: Пєсков заявив журналістам про переговори.")]
    out = prefer_question_words(ranked, passages, "Сколько продолжались переговоры НАТО?", "ru", bonus=0.12)
    assert out[0].text.startswith("НАТО: переговоры продолжались")
    # Ukrainian letters are folded: "Пєсков" and "Песков" share a stem
    out = prefer_question_words(ranked, passages, "Что заявил Песков?", "ru", bonus=0.12)
    assert "Пєсков" in out[0].text
    # across scripts (English question, Cyrillic sentences) nothing moves
    assert prefer_question_words(ranked, passages, "How long did the talks last?", "en", bonus=0.12) == ranked
    # but for a long English word Russian borrows, written in Cyrillic letters ("ultimatums": «ультиматумам»)
    peskov = [_s(0, 0.850, "Песков: Россия не ведет переговоры с позиции силы."),
              _s(0, 0.845, "Песков: здесь нет и не может быть места ультиматумам."),
              _s(1, 0.840, "Пєсков заявив журналістам про програми НАТО.")]
    out = prefer_question_words(peskov, passages, "What did Peskov say about ultimatums?", "en", bonus=0.12)
    assert "ультиматумам" in out[0].text
    # not one in more than BORROWED_MAX_SENTENCES of them ("programmes": «программы», «програми», «программах»)
    programmes = [_s(0, 0.850, "НАТО обсудило программы."), _s(0, 0.845, "Участие в программах НАТО."),
                  _s(1, 0.840, "Пєсков про програми НАТО.")]
    out = prefer_question_words(programmes, passages, "What about the programmes?", "en", bonus=0.12)
    assert out == programmes


def test_only_questions_that_point_back_are_merged_with_the_previous_one():
    from rag.assistant import Assistant

    a = Assistant.__new__(Assistant)  # standalone_question needs no models
    history = [("Сколько продолжались переговоры в Женеве?", "…")]
    for follow_up in ("And when did it start?", "А кто возглавлял на них делегации?", "Why?", "What was its budget?",
                      "What happened there?",
                      "Подтвердили ли эту встречу в командовании НАТО?", "А що, за цим виданням, альянс розуміє?"):
        assert a.standalone_question(follow_up, history).startswith("Сколько продолжались"), follow_up
    for standalone in ("Хто очолював делегацію Росії в Брюсселі?", "Who is Scaparrotti?", "Кто такой Рябков?",
                       "NATO in 2011?",
                       "How many US troops does the United States plan to withdraw from Iraq under its 2024 "
                       "agreement with the Iraqi government?",
                       # "its" / "his" after a name the question gives is that name's
                       "When did NATO close its Afghanistan mission?", "What did Peskov say about his talks?",
                       "Who said there is no place for ultimatums?"):
        assert a.standalone_question(standalone, history) == standalone
    # a request to make something up sets no subject either
    assert a.standalone_question("What was its budget?", history + [("Tell me a joke", "…")]).startswith("Сколько")
    for said in ("thanks!", "ok", "test", "Спасибо"):  # short, but no question: not merged (then refused as vague)
        assert a.standalone_question(said, history) == said
        # nor taken for the question that a follow-up after it refers to
        assert a.standalone_question("А когда?", history + [(said, "…")]) == "Сколько продолжались переговоры " \
                                                                               "в Женеве? А когда?"
    # after a question found to be off the articles' subjects, a short question with no "and" or pronoun
    # stands alone; one with them still follows it ("А Фінляндія?" after a refused question on Sweden)
    off = [("What is the capital of France?", "The articles do not contain the answer to this question.")]
    assert a.standalone_question("Скільки тривало засідання?", off) == "Скільки тривало засідання?"
    assert a.standalone_question("And Germany's?", off) == "What is the capital of France? And Germany's?"
    assert a.standalone_question("And when?", None) == "And when?"
    assert a.standalone_question("Хто про це повідомив?", history).startswith("Сколько продолжались")


def test_a_follow_up_of_a_follow_up_keeps_the_question_that_named_the_topic():
    from rag.assistant import Assistant
    from rag.follow_ups import FOLLOW_UP_CHAIN

    a = Assistant.__new__(Assistant)
    history = [("How many troops does KFOR have?", "…"), ("When was it launched?", "…")]
    assert a.standalone_question("And who commands it now?", history) == (
        "How many troops does KFOR have? When was it launched? And who commands it now?")
    # a stand-alone question ends the chain
    history = [("Old topic?", "…"), ("How many troops does KFOR have?", "…"), ("When was it launched?", "…")]
    assert a.standalone_question("And who commands it now?", history).startswith("How many troops")
    # and it is bounded: at most FOLLOW_UP_CHAIN earlier questions
    chain = [("Why?", "…")] * 5
    assert a.standalone_question("Why?", chain) == " ".join(["Why?"] * (FOLLOW_UP_CHAIN + 1))
    # "him" / "ему" / "йому" point back too ("Which articles mention him?" was taken as stand-alone)
    who = [("Who is Curtis Scaparrotti?", "…")]
    for follow_up in ("Which articles mention him?", "Что ему ответили?", "Що йому відповіли?"):
        assert a.standalone_question(follow_up, who) == f"Who is Curtis Scaparrotti? {follow_up}"


def test_a_follow_up_ranks_sentences_on_itself_as_much_as_on_the_merged_question():
    merged = [_s(0, 0.85, "the mission closed on 31 December 2011 after seven years"),
              _s(1, 0.80, "the mission was launched in 2004 at the Istanbul summit")]
    alone = [replace(merged[0], score=0.70), replace(merged[1], score=0.80)]
    out = blend_follow_up(merged, alone, weight=0.5)
    assert out[0].text.startswith("the mission was launched")
    assert out[0].score == pytest.approx(0.80) and out[1].score == pytest.approx(0.775)
    assert blend_follow_up(merged, alone, weight=0) == merged


def test_quotes_are_exact_and_a_quoted_sentence_gets_other_quote_marks():
    from rag.extractive import extractive_answer

    passages = [Citation(source="a.txt", title=None, date=None, language="uk", snippet="", start=0, end=1, score=1.0)]
    inner = "«Потрібно обговорювати конкретно кожну окремо взяту програму», – пояснив він."
    text, chosen = extractive_answer([_s(0, 0.9, inner)], passages, "en")
    assert text == f"The articles say: “{inner}” [1]" and chosen[0].text == inner
    text, _ = extractive_answer([_s(0, 0.9, "Переговоры продлились около четырех часов.")], passages, "ru")
    assert text == "В статьях сказано: «Переговоры продлились около четырех часов.» [1]"


def test_a_quote_that_opens_with_a_pronoun_brings_the_sentence_naming_who():
    from rag.extractive import extractive_answer, rank_sentences, refers_back

    assert refers_back("Он заявил, что США хотят создать «НАТО 3.0».")
    assert refers_back("По ее словам, никто не может заставить Альянс.") and refers_back("Він пояснив це.")
    assert not refers_back("Вашингтон попросил союзников завершить эту миссию уже в сентябре.")
    assert not refers_back("Theodore said so.")  # "the…" is not "then"/"there"
    # a quotation whose speaker is a pronoun
    assert refers_back("\"Поэтому Россия заинтересована в гарантиях\", – сказал он.")
    assert refers_back('"We will stay," she said.')
    assert not refers_back("«Це різні справи», – зазначив представник Кремля.")
    # a sentence detailing the one before: what "them" and "the demands" are is there
    assert refers_back("Серед іншого, Москва зажадала юридично зафіксувати відмову від розширення НАТО.")
    assert refers_back("In particular, members must be over the age of 18.")
    # what a speaker added goes on from the sentence before; "added to" is no speaking
    assert refers_back("Песков добавил, что \"это именно то, насчет непродолжения чего мы просим гарантии\".")
    assert refers_back("Пєсков додав, що обговорення тривають.")
    assert not refers_back("Goldenson added to the confusion when he proposed a merger.")
    assert not refers_back("Москва зажадала, в частности, юридично зафіксувати відмову.")  # not at its start

    article = ("Вступление без местоимений, длинное достаточно.\n\n12 февраля замглавы Пентагона Элбридж Колби "
               "объявил о реформе. Он заявил, что США хотят создать «НАТО 3.0». Ещё одно предложение про альянс.")
    passage = Citation(source="a.txt", title=None, date=None, language="ru", snippet=article, start=0,
                       end=len(article), score=1.0)

    class OneHot:  # the pronoun sentence is the best match; the others score lower
        def embed_passages(self, texts):
            import numpy as np
            return np.array([[1.0, 0.0] if t.startswith("Он") else [0.6, 0.8] for t in texts], dtype=np.float32)

    import numpy as np
    ranked = rank_sentences(np.array([1.0, 0.0], dtype=np.float32), [passage], OneHot())
    assert ranked[0].text.startswith("Он заявил")
    text, chosen = extractive_answer(ranked, [passage], "en")
    assert len(chosen) == 1 and chosen[0].text.startswith("12 февраля") and chosen[0].text.endswith("3.0».")
    assert article[chosen[0].start:chosen[0].end] == chosen[0].text  # still one exact span of the article
    assert "Колби" in text and text.count("[") == 1
    # a sentence opening a paragraph brings the previous paragraph's last sentence (news give the
    # source its own paragraph: "Об этом сообщили…"), read from the passage or from the article
    split = article.replace("реформе. Он", "реформе.\n\nОн")
    passage = replace(passage, snippet=split, end=len(split))
    ranked = rank_sentences(np.array([1.0, 0.0], dtype=np.float32), [passage], OneHot())
    for article_text in (None, lambda source: split):
        quote = extractive_answer(ranked, [passage], "en", article_text=article_text)[1][0]
        assert quote.text.startswith("12 февраля") and split[quote.start:quote.end] == quote.text
    # nothing before the article's first sentence
    opening = "Он заявил, что США хотят создать «НАТО 3.0»."
    first = replace(passage, snippet=opening, end=len(opening))
    ranked = rank_sentences(np.array([1.0, 0.0], dtype=np.float32), [first], OneHot())
    assert extractive_answer(ranked, [first], "en", article_text=lambda source: opening)[1][0].text == opening


def test_the_sentence_a_pronoun_refers_to_is_read_from_the_article_when_it_is_in_the_previous_chunk():
    from rag.extractive import extractive_answer, passage_citation

    article = "Заголовок\n\n12 февраля Элбридж Колби объявил о реформе. Он заявил, что США хотят «НАТО 3.0»."
    own = "Он заявил, что США хотят «НАТО 3.0»."
    start = article.index(own)  # the chunk holds only this sentence
    passage = Citation(source="a.txt", title=None, date=None, language="ru", snippet=own, start=start,
                       end=len(article), score=1.0)
    sentence = EvidenceSentence(passage=0, start=start, end=len(article), text=own, score=0.9)
    assert extractive_answer([sentence], [passage], "en")[1][0].text == own  # the passage alone has no antecedent
    text, chosen = extractive_answer([sentence], [passage], "en", article_text=lambda source: article)
    assert chosen[0].text == "12 февраля Элбридж Колби объявил о реформе. " + own and "Колби" in text
    cited = passage_citation(chosen[0], [passage])  # the citation reaches back to it, still an exact span
    assert article[cited.start:cited.end] == cited.snippet and cited.highlight == (chosen[0].start, chosen[0].end)


def test_a_quote_reporting_a_question_brings_the_reply_from_the_next_chunk():
    from rag.extractive import extractive_answer, passage_citation, reports_question

    assert reports_question("Під час прес-колу Пєскова запитали, чи обговорювала Росія свою ініціативу.")
    assert reports_question("Journalists asked whether the talks would go on.")
    assert not reports_question("Вашингтон попросил союзников завершить эту миссию.")  # a request
    assert not reports_question("На вопрос о программах он ответил, что это зависит от них.")  # holds the reply

    asked = "Пєскова запитали, чи обговорювала Росія ініціативу з Казахстаном."
    reply = "«Одна справа – участь у програмах. Це різні справи», – зазначив він."
    article = f"Заголовок\n\n{asked} {reply} Інше речення.\n\nНаступний абзац."
    start = article.index(asked)
    # the chunk holds only the question: chunks end at sentence boundaries
    passage = Citation(source="a.txt", title=None, date=None, language="uk", snippet=asked, start=start,
                       end=start + len(asked), score=1.0)
    sentence = _s(0, 0.9, asked)
    sentence = replace(sentence, start=start, end=start + len(asked))
    text, chosen = extractive_answer([sentence], [passage], "en", article_text=lambda source: article)
    # the whole reply, although razdel splits it inside the quotation; not the sentence after it
    assert chosen[0].text == f"{asked} {reply}" and article[chosen[0].start:chosen[0].end] == chosen[0].text
    cited = passage_citation(chosen[0], [passage])  # the citation reaches the reply, still an exact span
    assert article[cited.start:cited.end] == cited.snippet and cited.highlight == (chosen[0].start, chosen[0].end)
    # without the article the sentence is quoted alone
    assert extractive_answer([sentence], [passage], "en")[1][0].text == asked
    # a reply quoted before its question is not quoted again
    from rag.extractive import with_replies
    r0 = article.index(reply)
    first = EvidenceSentence(passage=0, start=r0, end=r0 + len(reply), text=reply, score=0.95)
    out = with_replies([first, sentence], [passage], lambda source: article)
    assert [o.text for o in out] == [reply, asked]


def test_a_question_about_cost_needs_an_article_that_states_a_sum_of_money():
    from rag.answer_types import MONEY
    from rag.question_terms import unstated_money

    assert expected_answer_type("How much did NATO spend on its mission in Iraq?") == MONEY
    assert expected_answer_type("Сколько стоит содержание миссии KFOR в год?") == MONEY
    assert expected_answer_type("Скільки коштує місія НАТО?") == MONEY
    assert expected_answer_type("Какой бюджет у миссии НАТО в Ираке?") == MONEY
    assert expected_answer_type("Який бюджет місії НАТО?") == MONEY
    assert expected_answer_type("What budget does NATO's mission in Kosovo have?") == MONEY
    assert expected_answer_type("What is the annual cost of the Iraq mission?") == MONEY
    assert expected_answer_type("Яким є бюджет місії KFOR?") == MONEY
    assert expected_answer_type("How much time was left?") == NUMBER  # "how much" alone is a number
    mission = ArticleText("Миссия KFOR насчитывает около 4 500 военных и действует с 1999 года.")
    budget = ArticleText("Содержание миссии обходится союзникам в 40 млн евро в год.")
    assert unstated_money("Сколько стоит содержание миссии KFOR в год?", [mission])
    assert not unstated_money("Сколько стоит содержание миссии KFOR в год?", [mission, budget])
    assert not unstated_money("How many troops does KFOR have?", [mission])  # not a question about money
    assert holds_answer_type("It cost $40 million.", MONEY) and not holds_answer_type("It cost a lot.", MONEY)


def test_a_question_about_the_weather_needs_an_article_that_writes_about_it():
    from rag.question_terms import unstated_weather

    talks = ArticleText("16:00 21.12.2021\nВ Брюсселе завершилось заседание Совета Россия – НАТО.")
    frost = ArticleText("В Брюсселе ударили морозы: температура опустилась до минус десяти градусов.")
    for question in ("What will the weather be like in Brussels tomorrow?", "Какая погода будет в Брюсселе?",
                     "Чи йтиме дощ у Брюсселі?", "How cold was it in Brussels during the talks?"):
        assert unstated_weather(question, [talks]), question
        assert not unstated_weather(question, [talks, frost]), question
    assert not unstated_weather("Where did the Russia–NATO Council meet?", [talks])  # not about the weather
    assert not unstated_weather("Скільки союзників мають погодитися?", [talks])  # «погодитися»: to agree
    assert not unstated_weather("What will the weather be like in Brussels tomorrow?", [])  # nothing to read


def test_a_reprinted_sentence_is_quoted_once():
    from rag.extractive import distinct_sentences, other_than

    original = _s(0, 0.9, "Переговоры продлились около четырех часов.")
    reprint = _s(1, 0.89, "Переговоры  продлились около  четырех часов.")  # another outlet's copy
    other = _s(1, 0.8, "Изначально брифинг был назначен на 14.30.")
    assert distinct_sentences([original, reprint, other]) == [original, other]
    assert other_than([reprint, other], [original]) == [other]


def test_a_quote_run_on_takes_in_the_next_chosen_sentence_once():
    one, two = "The alliance runs an advisory mission in Iraq.", "The operation began in its first year, 2018."
    text = f"{one} {two} Washington wants it ended in September."
    p = Citation(source="a.txt", title="", date=None, language="en", snippet=text, start=0, end=len(text), score=1.0)
    first = EvidenceSentence(0, 0, len(one), one, 0.82)
    second = EvidenceSentence(0, len(one) + 1, len(one) + 1 + len(two), two, 0.81)

    def run_on(s):  # as later_reports.through_asked_event: through the sentence that tells the end
        return replace(s, end=len(text), text=text[s.start:]) if s is first else s

    answer, quoted = extractive_answer([first, second], [p], "en", run_on=run_on)
    assert [q.text for q in quoted] == [text]  # one quote: the second sentence is inside it
    assert answer.count("[1]") == 1 and "[2]" not in answer and "September" in answer
    answer, quoted = extractive_answer([first, second], [p], "en")
    assert len(quoted) == 2
    # the later sentence chosen first: the earlier one does not run on over it (no sentence twice)
    second = replace(second, score=0.83)
    answer, quoted = extractive_answer([second, first], [p], "en", run_on=run_on)
    assert [q.text for q in quoted] == [two, one]


@pytest.mark.parametrize("question, start, end, rest", [
    ("What did Moscow demand in December 2021?", "2021-12-01", "2021-12-31", "What did Moscow demand?"),
    ("Что потребовала Москва в декабре 2021 года?", "2021-12-01", "2021-12-31", "Что потребовала Москва?"),
    ("Що вимагала Москва у грудні 2021 року?", "2021-12-01", "2021-12-31", "Що вимагала Москва?"),
    ("Что случилось 12 января 2022 г. в Брюсселе?", "2022-01-12", "2022-01-12", "Что случилось в Брюсселе?"),
    ("What did NATO decide in 2004?", "2004-01-01", "2004-12-31", "What did NATO decide?"),
])
def test_the_period_a_question_names_and_the_question_without_it(question, start, end, rest):
    p = asked_period(question)
    assert (p.start.isoformat(), p.end.isoformat(), p.rest) == (start, end, rest)


def test_no_period_for_none_or_two():
    assert asked_period("When did the NATO Iraq mission close?") is None
    assert asked_period("How much did NATO spend between 2004 and 2011?") is None
    # a bound, not a period: «с 2021 года» counts from it
    assert asked_period("Since when, since 2014?") is None
    assert asked_period("Что изменилось с декабря 2021 года?") is None
    assert asked_period("Що сталося після 2018 року?") is None


@pytest.mark.parametrize("question, before, after, rest", [
    ("When did the Council meet before 2010?", "2010-01-01", None, "When did the Council meet?"),
    ("On what day before 12 January 2022 did the talks end?", "2022-01-12", None, "On what day did the talks end?"),
    ("After 2011, in what year did NATO launch it?", None, "2011-12-31", "In what year did NATO launch it?"),
    ("Когда после 2004 года НАТО закрыла миссию?", None, "2004-12-31", "Когда НАТО закрыла миссию?"),
    ("Коли до 2022 року Путін говорив з Байденом?", "2022-01-01", None, "Коли Путін говорив з Байденом?"),
    ("Who spoke after January 2022?", None, "2022-01-31", "Who spoke?"),
])
def test_the_time_a_question_bounds_its_answer_by_and_the_question_without_it(question, before, after, rest):
    b = asked_bound(question)
    assert (b.before and b.before.isoformat(), b.after and b.after.isoformat(), b.rest) == (before, after, rest)


def test_no_bound_for_a_period_a_start_or_two_bounds():
    assert asked_bound("What did NATO decide in 2004?") is None
    assert asked_bound("What has changed since 2014?") is None  # a start the answer may lie in, not a bound
    assert asked_bound("What did NATO do before 2004 and after 2011?") is None
    assert asked_bound("Что было раньше, в 2004 году?") is None


def test_a_bound_admits_only_a_date_wholly_within_it():
    before = asked_bound("When did they meet before 12 January 2022?")
    assert before.admits(2022, 1, 10) and before.admits(2021) and before.admits(2021, 12)
    assert not before.admits(2022, 1, 12) and not before.admits(2022, 1) and not before.admits(2022)
    assert not before.admits(None, 1, 10)  # a day of no year cannot be placed
    assert not before.admits(2021, 4, 31)  # nor one of no such date
    after = asked_bound("When did NATO launch it after 2011?")
    assert after.admits(2018) and after.admits(2012, 1, 1) and not after.admits(2011, 12, 31)


def test_a_year_the_answer_is_bounded_by_is_no_year_the_articles_must_state():
    assert question_years("When did the Council meet before 2010?") == []
    assert question_years("When did NATO close the mission after 2004?") == []
    # an article written before a year cannot report what came after it
    assert question_years("When did NATO close the mission after 2004?", after_bound=True) == ["2004"]
    assert question_years("When did the Council meet before 2010?", after_bound=True) == []
    assert question_years("What did NATO decide in 2004?") == ["2004"]


def test_a_sentence_of_an_article_published_in_the_period_scores_without_the_period_words():
    def passage(name: str, date: dt.date | None) -> Citation:
        return Citation(source=name, title=None, date=date, language="ru", snippet="", start=0, end=1, score=1.0)

    passages = [passage("dec.txt", dt.date(2021, 12, 21)), passage("jan.txt", dt.date(2022, 1, 12)),
                passage("undated.txt", None)]
    ranked = [EvidenceSentence(1, 0, 5, "7 декабря 2021 года Путин заявил…", 0.82),
              EvidenceSentence(0, 0, 5, "Москва зажадала…", 0.79),
              EvidenceSentence(2, 0, 5, "В декабре 2021 года…", 0.78)]
    timeless = [EvidenceSentence(0, 0, 5, "Москва зажадала…", 0.85),
                EvidenceSentence(1, 0, 5, "7 декабря 2021 года Путин заявил…", 0.80),
                EvidenceSentence(2, 0, 5, "В декабре 2021 года…", 0.90)]
    december = AskedPeriod(dt.date(2021, 12, 1), dt.date(2021, 12, 31), "")
    credited = credit_publication_time(ranked, timeless, passages, december)
    # the December story's sentence takes its better score; the January one and the undated one keep theirs
    assert [(s.text[:6], s.score) for s in credited] == [("Москва", 0.85), ("7 дека", 0.82), ("В дека", 0.78)]
    # no article published in the period: nothing changes
    assert credit_publication_time(ranked, timeless, passages,
                                   AskedPeriod(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "")) == ranked


def test_the_body_a_count_question_puts_the_counted_in_is_read():
    from rag.answer_types import counted_in_body

    assert counted_in_body("Сколько американских военных служит в KFOR?") == ("KFOR",)
    assert "NATO" in counted_in_body("Сколько союзников в НАТО?")
    assert counted_in_body("How many troops does KFOR have?") == ()  # not where they are
    assert counted_in_body("Сколько военных в США?") == ()  # a country is a place (asked_places)
