import pytest

from rag.evaluation import metrics as m
from rag.evaluation.cli import check_gates, parse_gates
from rag.evaluation.questions import QuestionFileError, load_questions

from .conftest import ROOT


def test_answer_match_across_languages_and_forms():
    # English question, answer quoting the Russian article: the accepted patterns cover both.
    assert m.answer_matches("В статьях сказано: «…закрыла миссию 31 декабря 2011 года» [1]",
                            ["re:31 (december|декабря)"])
    assert m.answer_matches("The mission closed on 31 December 2011 [1].", ["re:31 (december|декабря)"])
    assert m.answer_matches("около 2 500 военных", ["2 500"])
    assert m.answer_matches("Дмитро ПЄСКОВ", ["пєсков"])
    assert m.answer_matches("«Скапарротти»", ['"скапарротти"'])  # quotes normalised
    assert not m.answer_matches("The mission closed in 2018 [1].", ["2011", "re:31 декабря"])


def test_retrieval_metrics():
    assert m.first_relevant_rank(["a", "a", "b", "c"], ["c"]) == 3  # article level, duplicates collapsed
    assert m.first_relevant_rank(["a"], ["z"]) is None
    ranks = [1, 2, None, 5]
    assert m.recall_at(ranks, 1) == 0.25 and m.recall_at(ranks, 5) == 0.75
    assert m.mrr(ranks) == pytest.approx((1 + 0.5 + 0 + 0.2) / 4)


def test_citation_and_abstention_metrics():
    assert m.citation_precision(["a", "b"], ["a"]) == 0.5
    assert m.citation_precision([], ["a"]) is None
    assert m.citation_recall(["b", "a"], ["a", "c"]) == 1.0  # sources are alternatives
    assert m.citation_recall(["b"], ["a"]) == 0.0
    p, r = m.precision_recall([True, True, False, False], [True, False, True, False])
    assert (p, r) == (0.5, 0.5)


def test_fail_under_gates():
    gates = parse_gates(["answer_correct=0.9"], {"answer_correct"})
    assert check_gates({"answer_correct": 0.8}, gates) == ["answer_correct = 0.800 < 0.9"]
    assert check_gates({"answer_correct": 0.95}, gates) == []
    with pytest.raises(ValueError, match="unknown metric"):
        parse_gates(["nope=1"], {"answer_correct"})


def test_the_shipped_question_file_is_valid():
    qs = load_questions(ROOT / "eval_questions.yaml")
    assert len(qs) >= 40 and sum(q.abstain for q in qs) >= 6
    assert {q.language for q in qs} == {"en", "ru", "uk"}
    assert sum(q.follow_up_of is not None for q in qs) >= 3


@pytest.mark.parametrize("body,message", [
    ("questions:\n  - {id: a, question: q, language: de, answers: [x], sources: [s], abstain: false}\n", "entry 1"),
    ("questions:\n  - {id: a, question: q, language: en, answers: ['re:('], sources: [s], abstain: false}\n",
     "bad regex"),
    ("questions:\n  - {id: a, question: q, language: en, answers: [x], sources: [s]}\n", "missing key 'abstain'"),
    ("questions:\n  - {id: a, question: q, language: en, answers: [x], sources: [s], abstain: false}\n"
     "  - {id: a, question: q, language: en, answers: [x], sources: [s], abstain: false}\n", "entry 2 .*duplicate"),
    ("questions:\n  - {id: b, question: q, language: en, answers: [x], sources: [s], abstain: false,"
     " follow_up_of: zz}\n", "follow_up_of 'zz'"),
])
def test_malformed_question_file_names_the_entry(tmp_path, body, message):
    f = tmp_path / "q.yaml"
    f.write_text(body)
    with pytest.raises(QuestionFileError, match=message):
        load_questions(f)
