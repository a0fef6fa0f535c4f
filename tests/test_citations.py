import datetime as dt

from rag.citations import check_answer, is_no_answer, unsupported_facts
from rag.types import Citation


def cit(text, source="a.txt"):
    return Citation(source=source, title="T", date=dt.date(2021, 1, 1), language="ru", snippet=text,
                    start=0, end=len(text), score=1.0)


P1 = cit("Контора НАТО закрыла миссию военных советников в Ираке 31 декабря 2011 года.")
P2 = cit("Скапарротти и Герасимов уже общались по телефону 14 сентября 2017 года.", "b.txt")


def test_supported_sentences_are_kept_and_renumbered():
    r = check_answer("Scaparrotti and Gerasimov spoke on 14 September 2017 [2].", [P1, P2])
    assert r.text == "Scaparrotti and Gerasimov spoke on 14 September 2017 [1]."
    assert r.used == [1] and not r.dropped


def test_wrong_number_or_month_is_dropped():
    r = check_answer("The mission closed on 31 December 2014 [1]. It closed in 2011 [1].", [P1])
    assert r.text == "It closed in 2011 [1]."
    assert len(r.dropped) == 1 and "2014" in r.dropped[0]
    assert check_answer("It closed on 31 March 2011 [1].", [P1]).text == ""


def test_uncited_and_out_of_range_citations_are_dropped():
    assert check_answer("The mission closed in 2011.", [P1]).text == ""
    assert check_answer("The mission closed in 2011 [7].", [P1]).text == ""


def test_invented_name_is_dropped_real_name_kept_across_scripts():
    assert check_answer("The mission was closed by Stoltenberg in 2011 [1].", [P1]).text == ""
    assert check_answer("Столтенберг закрыл миссию в 2011 году [1].", [P1]).text == ""
    assert unsupported_facts("Scaparrotti spoke with Gerasimov", [P2.snippet]) == []
    assert unsupported_facts("Скапарротти говорил с Шойгу", [P2.snippet]) == ["Шойгу"]


def test_no_answer_marker():
    assert is_no_answer("NO_ANSWER")
    assert is_no_answer(" no_answer. ")
    assert check_answer("NO_ANSWER", [P1]).said_no_answer


def test_answer_passages_take_at_most_two_per_article_in_ranked_order():
    from rag.assistant import diverse_passages
    from rag.types import Citation

    def c(src, n):
        return Citation(source=src, title=None, date=None, language="ru", snippet=f"{src}{n}", start=n, end=n + 1,
                        score=1.0 - n / 10, chunk_id=n)

    ranked = [c("uk.txt", 0), c("uk.txt", 1), c("uk.txt", 2), c("uk.txt", 3), c("ru.txt", 4), c("en.txt", 5)]
    chosen = diverse_passages(ranked, 4, 2)
    assert [(x.source, x.chunk_id) for x in chosen] == [("uk.txt", 0), ("uk.txt", 1), ("ru.txt", 4), ("en.txt", 5)]
    assert diverse_passages(ranked[:2], 4, 2) == ranked[:2]
