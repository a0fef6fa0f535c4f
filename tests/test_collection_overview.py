"""Questions about the collection itself get an overview of the articles, not quotes."""

import datetime as dt

import pytest

from rag.collection_overview import MAX_LABEL_CHARS, asks_about_the_collection, collection_overview
from rag.types import Citation


@pytest.mark.parametrize("question", [
    "What are these articles about?", "What is this collection about?", "Summarize the articles",
    "List all articles", "What's in the collection?", "О чём эти статьи?", "Перескажи статьи",
    "What's new?", "What is the most recent news?", "Что нового?", "Останні новини",
    "Какие статьи есть в коллекции?", "Про що ці статті?", "Підсумуй статті", "Скільки статей у колекції?",
])
def test_questions_about_the_collection(question):
    assert asks_about_the_collection(question)


@pytest.mark.parametrize("question", [
    "Какие статьи договора предлагает Россия?",  # a treaty's articles
    "Summarize the article about the Iraq mission", "What did the articles say about Peskov?",
    "Сколько статей в проекте договора?", "When did the NATO Iraq mission close?", "thanks!",
])
def test_questions_about_what_the_articles_say_are_not(question):
    assert not asks_about_the_collection(question)


def _article(source, title, date, text):
    return Citation(source=source, title=title, date=date, language="ru", snippet=text, start=0, end=len(text),
                    score=0.0)


def test_the_overview_lists_the_newest_first_each_cited_by_its_opening():
    newest = [
        _article("a.txt", "Старая новость", dt.date(2018, 1, 8), "Старая новость\n\nТекст."),
        _article("b.txt", None, None, "Миссию закрыли в 2024 году, сообщили дипломаты. Второе предложение."),
        _article("c.txt", "Новость", dt.date(2022, 1, 12), "Новость\n\nТекст."),
    ]
    years = {"b.txt": 2024}.get
    text, cited = collection_overview(newest, 3, "en", years)
    assert [c.source for c in cited] == ["b.txt", "c.txt", "a.txt"]  # the undated one by the year it states
    assert text.splitlines()[0] == "Articles in the collection: 3, newest first."
    assert "«Миссию закрыли в 2024 году, сообщили дипломаты.» (date unknown, latest year mentioned 2024) [1]" in text
    assert "«Новость» (2022-01-12) [2]" in text
    for c in cited:  # the headline, or an untitled article's first sentence, is highlighted
        assert c.start <= c.highlight[0] < c.highlight[1] <= c.end
    assert cited[1].snippet[: cited[1].highlight[1]] == "Новость"
    # more articles than listed: says how many of the newest are shown; long openings are cut
    long = _article("d.txt", None, None, "Слово " * 60 + "конец.")
    text, cited = collection_overview([long], 25, "ru", lambda _: None)
    assert text.splitlines()[0] == "Статей в коллекции: 25, сначала новые. 1 самых новых:"
    assert len(text.splitlines()[1]) < MAX_LABEL_CHARS + 30 and "…»" in text


@pytest.mark.parametrize("question, subject", [
    ("Which articles mention Stoltenberg?", "Stoltenberg"), ("List the articles about Iraq", "Iraq"),
    ("What articles are about the NATO mission in Kosovo?", "the NATO mission in Kosovo"),
    ("В каких статьях упоминается Песков?", "Песков"), ("Какие статьи о Косово?", "Косово"),
    ("Покажи статьи про санкции", "санкции"), ("В яких статтях згадується Столтенберг?", "Столтенберг"),
    ("Які статті про Ірак?", "Ірак"), ("What's the latest news about NATO?", "NATO"),
    ("Последние новости о НАТО", "НАТО"), ("Що нового про Косово?", "Косово"),
    ("Какие статьи есть про Ирак?", "Ирак"), ("Есть ли статьи об Ираке?", "Ираке"),
    ("Які статті є про Ірак?", "Ірак"), ("Чи є статті про Косово?", "Косово"),
    ("Are there any articles about Kosovo?", "Kosovo"),
])
def test_requests_for_the_articles_on_a_subject(question, subject):
    from rag.article_listing import listing_subject

    assert listing_subject(question) == subject  # checked before the overview, whose wording some also match


@pytest.mark.parametrize("question", [
    "Какие статьи договора предлагает Россия?", "List all articles", "What are these articles about?",
    "What did the articles say about Peskov?", "Which countries did not take part in the operation?",
    "What's new in the NATO–Russia talks?", "Что нового сказал Песков?",
])
def test_other_questions_are_not_requests_for_a_listing(question):
    from rag.article_listing import listing_subject

    assert listing_subject(question) is None


@pytest.mark.parametrize("question, subject", [
    ("Summarize the article about the Brussels talks.", "the Brussels talks"),
    ("What is the article about the Iraq mission about?", "the Iraq mission"),
    ("What does the story on Kosovo say?", "Kosovo"), ("Give me a summary of the articles on NATO", "NATO"),
    ("Кратко: о чём статья про Казахстан и Армению?", "Казахстан и Армению"),
    ("Перескажи статью о переговорах в Женеве", "переговорах в Женеве"),
    ("Краткое содержание статьи про Ирак", "Ирак"), ("Про що стаття про Пєскова?", "Пєскова"),
    ("Перекажи коротко статтю про переговори", "переговори"),
])
def test_requests_for_a_summary_of_the_articles_on_a_subject(question, subject):
    from rag.article_listing import listing_subject, summary_request

    assert summary_request(question, question)[0] == subject
    assert listing_subject(question) is None or question.startswith("Give me")  # "…the articles on NATO" lists too


@pytest.mark.parametrize("question", [
    "Summarize the articles", "What did the article say about Peskov?", "О чём говорил Песков?",
    "Which articles mention Stoltenberg?", "What is NATO 3.0 about?",
])
def test_other_questions_are_not_summary_requests(question):
    from rag.article_listing import summary_request

    assert summary_request(question, question) is None


def test_an_articles_lead_skips_its_headline_a_repeat_of_it_and_a_dateline():
    from rag.article_listing import article_lead

    text = ("Россия и НАТО завершили переговоры в Брюсселе\n\n16:00 21.12.2021\n\n"
            "Россия и НАТО завершили переговоры в Брюсселе, сообщает ТАСС.\n\n"
            "Заседание Совета Россия – НАТО продлилось около четырех часов. "
            "Его итоги подвел генеральный секретарь альянса. "
            "Третье предложение не входит в лид.")
    c = _article("a.txt", "Россия и НАТО завершили переговоры в Брюсселе", None, text[:60])
    lead = article_lead(c, {"a.txt": text}.get)
    assert lead.snippet == text[lead.start:lead.end] and lead.highlight == (lead.start, lead.end)
    assert lead.snippet == ("Заседание Совета Россия – НАТО продлилось около четырех часов. "
                            "Его итоги подвел генеральный секретарь альянса.")
    assert article_lead(c, {}.get) == c  # an article that cannot be read keeps its passage
