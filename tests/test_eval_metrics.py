"""Evaluation metrics, question-file validation and the eval driver, on hand-made cases (no models)."""

import json
import math
from types import SimpleNamespace

import pytest

from rag.evaluation import metrics as m
from rag.evaluation.cli import UsageError, check_gates, parse_gates, run_eval, seed_gate_names
from rag.evaluation.questions import (
    QuestionFileError,
    conversation,
    execution_order,
    load_questions,
    parse_questions,
)
from rag.evaluation.run import RATE_KEYS, run_questions, summarise
from rag.types import Answer, Citation

from .conftest import ROOT

# --- answer correctness ------------------------------------------------------------------------


def test_english_question_answered_in_russian_with_the_right_year():
    # "When did the NATO Iraq mission close?" answered by quoting the Russian article.
    accepted = ["2011", r"re:31\s+(December|декабря|грудня)|December\s+31"]
    assert m.answer_matches("НАТО закрыла миссию военных советников в Ираке 31 декабря 2011 года [1].", accepted)
    assert m.answer_matches("The mission closed on December 31, 2011 [1].", accepted)
    assert m.answer_matches("Місію закрили 31 грудня [1].", accepted)
    assert not m.answer_matches("Миссия закрыта в 2018 году [1].", accepted)


def test_normalisation_case_yo_punctuation_spaces():
    assert m.answer_matches("Дмитрий ПЕСКОВ сказал", ["Дмитрий Пёсков"])  # ё→е, case
    assert m.answer_matches("«Скапарротти» и\u00a0Герасимов", ['скапарротти" и герасимов'])  # quotes, NBSP
    assert m.answer_matches("NATO's  mission, (KFOR).", ["natos mission kfor"])  # punctuation, spaces
    assert m.answer_matches("п’ять років", ["п'ять років"])  # Ukrainian apostrophe forms
    assert not m.answer_matches("", ["2011"])


@pytest.mark.parametrize("text", ["около 2 500 военных", "about 2,500 troops", "2.500 Soldaten", "около 2\u202f500",
                                  "about 2500 troops"])
def test_thousands_separators(text):
    assert m.answer_matches(text, ["2500"])
    assert m.answer_matches(text, ["2 500"])
    assert m.answer_matches(text, [r"re:\b2500\b"])  # regexes also see the collapsed form


def test_thousands_rule_leaves_dates_decimals_and_years_alone():
    assert m.normalise_for_match("21.12.2021") == "21 12 2021"
    assert m.normalise_for_match("7,5 часа") == "7 5 часа"
    assert m.normalise_for_match("в 2017 300 человек") == "в 2017 300 человек"
    assert m.normalise_for_match("1 000 000") == "1000000"


def test_iso_dates_also_match_numeric_date_patterns():
    pattern = [r"re:\b8\s+(января|January)\s+2018|08\.01\.2018"]
    assert m.answer_matches("В статьях сказано: (2018-01-08) «В НАТО объяснили сближение с Россией» [1]", pattern)
    assert not m.answer_matches("(2018-01-09) «...» [1]", pattern)
    assert m.iso_dates_as_dmy("2022-01-12") == "2022-01-12 (12.01.2022)"


def test_regex_sees_punctuation():
    assert m.answer_matches("Дата: 21.12.2021", [r"re:21\.12\.2021"])
    assert not m.answer_matches("Решение принято. Потом не принят бюджет", [r"re:решени[^.]{0,60}не принят"])
    assert m.answer_matches("Решение пока не принято", [r"re:решени[^.]{0,60}не принят"])


# --- retrieval, citations, abstention, latency --------------------------------------------------


def test_retrieval_metrics_are_article_level():
    assert m.first_relevant_rank(["a", "a", "b", "c"], ["c"]) == 3  # duplicates collapse
    assert m.first_relevant_rank(["a", "b"], ["b", "a"]) == 1  # any expected article
    assert m.first_relevant_rank(["a"], ["z"]) is None
    ranks = [1, 2, None, 5]
    assert m.recall_at(ranks, 1) == 0.25 and m.recall_at(ranks, 3) == 0.5 and m.recall_at(ranks, 5) == 0.75
    assert m.mrr(ranks) == pytest.approx((1 + 0.5 + 0 + 0.2) / 4)
    assert math.isnan(m.recall_at([], 5)) and math.isnan(m.mrr([]))


def test_citation_precision_and_recall():
    assert m.citation_precision(["a", "a", "b"], ["a"]) == pytest.approx(2 / 3)  # per cited passage
    assert m.citation_precision([], ["a"]) is None
    assert m.citation_recall(["b", "a"], ["a", "c"]) == 1.0  # sources are alternatives: one is enough
    assert m.citation_recall(["b"], ["a"]) == 0.0
    assert m.citation_recall(["a"], ["a", "c"], all_required=True) == 0.5
    assert m.citation_recall(["a", "c"], ["a", "c"], all_required=True) == 1.0
    assert m.citation_recall(["a"], []) is None


def test_abstention_precision_recall_and_percentiles():
    p, r = m.precision_recall([True, True, False, False], [True, False, True, False])
    assert (p, r) == (0.5, 0.5)
    p, r = m.precision_recall([False, False], [False, False])
    assert math.isnan(p) and math.isnan(r)
    assert m.percentile([1, 2, 3, 4], 50) == 2.5
    assert m.percentile([float(i) for i in range(1, 101)], 95) == pytest.approx(95.05)
    assert math.isnan(m.percentile([], 50))


def test_squad_style_scores():
    assert m.exact_match("1973 году.", ["1973 году"]) == 1.0
    assert m.exact_match("В 1973 году", ["1973"]) == 0.0
    assert m.contains_gold("В 1973 году", ["1973"]) == 1.0
    assert m.token_f1("в 1973 году", ["1973 году"]) == pytest.approx(0.8)
    assert m.token_f1("нет", ["1973"]) == 0.0


# --- question file -------------------------------------------------------------------------------

GOOD = "{id: a, question: q, language: en, answers: [x], sources: [s.txt], abstain: false}"


@pytest.mark.parametrize("entries,message", [
    (["{id: a, question: q, language: de, answers: [x], sources: [s], abstain: false}"],
     r"entry 1 \(id 'a'\): bad language 'de'"),
    (["{id: a, question: q, language: en, answers: ['re:('], sources: [s], abstain: false}"],
     r"entry 1 \(id 'a'\): bad regex 're:\('"),
    (["{id: a, question: q, language: en, answers: [x], sources: [s]}"], r"entry 1 \(id 'a'\): missing key 'abstain'"),
    (["{question: q, language: en, answers: [x], sources: [s], abstain: false}"], r"entry 1: missing key 'id'"),
    ([GOOD, GOOD], r"entry 2 \(id 'a'\): duplicate id"),
    ([GOOD, "{id: b, question: q, language: en, answers: [x], sources: [s], abstain: false, follow_up_of: zz}"],
     r"entry 2 \(id 'b'\): follow_up_of 'zz' is not a known id"),
    (["{id: b, question: q, language: en, answers: [x], sources: [s], abstain: false, follow_up_of: a}", GOOD],
     r"entry 1 \(id 'b'\): follow_up_of 'a' refers to a later entry"),
    (["{id: c, question: q, language: en, answers: [x], sources: [], abstain: true}"],
     r"entry 1 \(id 'c'\): an abstain question must have answers: \[\] and sources: \[\]"),
    (["{id: d, question: q, language: en, answers: [], sources: [s], abstain: false}"],
     r"entry 1 \(id 'd'\): an answerable question .* needs at least one accepted answer"),
    (["{id: e, question: '  ', language: en, answers: [x], sources: [s], abstain: false}"],
     r"entry 1 \(id 'e'\): 'question' must be a non-empty string"),
    (["{id: f, question: q, language: en, answers: x, sources: [s], abstain: false}"],
     r"entry 1 \(id 'f'\): 'answers' must be a list"),
    (["{id: g, question: q, language: en, answers: [x], sources: [s], abstain: 'no'}"],
     r"entry 1 \(id 'g'\): 'abstain' must be true or false"),
    (["{id: h, question: q, language: en, answers: [x], sources: [s], abstain: false, source: [s]}"],
     r"entry 1 \(id 'h'\): unknown key\(s\) 'source'"),
])
def test_malformed_question_file_names_the_entry_and_problem(tmp_path, entries, message):
    f = tmp_path / "q.yaml"
    f.write_text("questions:\n" + "".join(f"  - {e}\n" for e in entries))
    with pytest.raises(QuestionFileError, match=message):
        load_questions(f)


def test_question_file_level_errors(tmp_path):
    with pytest.raises(QuestionFileError, match="file not found"):
        load_questions(tmp_path / "missing.yaml")
    (tmp_path / "bad.yaml").write_text("questions: [unclosed")
    with pytest.raises(QuestionFileError, match="not valid YAML"):
        load_questions(tmp_path / "bad.yaml")
    with pytest.raises(QuestionFileError, match="top-level 'questions:' list"):
        parse_questions({"items": []})


def test_follow_up_order_and_history():
    qs = parse_questions({"questions": [
        {"id": "a", "question": "A?", "language": "en", "answers": ["x"], "sources": ["s"], "abstain": False},
        {"id": "b", "question": "B?", "language": "ru", "answers": ["x"], "sources": ["s"], "abstain": False},
        {"id": "a2", "question": "and?", "language": "en", "answers": [], "sources": [], "abstain": True,
         "follow_up_of": "a", "tags": None},
        {"id": "a3", "question": "then?", "language": "en", "answers": ["y"], "sources": ["s"], "abstain": False,
         "follow_up_of": "a2"},
    ]})
    assert [q.id for q in execution_order(qs)] == ["a", "a2", "a3", "b"]
    by_id = {q.id: q for q in qs}
    assert [q.id for q in conversation(by_id["a3"], by_id)] == ["a", "a2"]
    assert conversation(by_id["b"], by_id) == []


def test_the_shipped_question_file_is_valid():
    path = ROOT / "eval_questions.yaml"
    if not path.exists():
        pytest.skip("eval_questions.yaml not written yet")
    qs = load_questions(path)
    assert {q.language for q in qs} <= {"en", "ru", "uk"}
    articles = {p.name for p in (ROOT / "articles").iterdir()}
    assert {s for q in qs for s in q.sources} <= articles


# --- gates -------------------------------------------------------------------------------------------


def test_fail_under_gates():
    gates = parse_gates(["answer_correct=0.9", "recall@5=0.5"], seed_gate_names())
    assert check_gates({"answer_correct": 0.8, "recall@5": 0.5}, gates) == ["answer_correct = 0.800 < 0.9"]
    assert check_gates({"answer_correct": 0.95, "recall@5": 1.0}, gates) == []
    assert "undefined" in check_gates({"answer_correct": math.nan, "recall@5": 1.0}, gates)[0]
    with pytest.raises(UsageError, match="unknown metric 'nope'"):
        parse_gates(["nope=1"], seed_gate_names())
    with pytest.raises(UsageError, match="not a number"):
        parse_gates(["recall@5=high"], seed_gate_names())
    with pytest.raises(UsageError, match="METRIC=VALUE"):
        parse_gates(["recall@5"], seed_gate_names())


# --- driver with a scripted stand-in for rag.Assistant (the real one: test_eval_e2e.py) ------------


class ScriptedAssistant:
    """Answers from a table; search returns fixed articles. Only the methods the evaluator calls."""

    articles_dir, index_dir = "articles", "index"

    def __init__(self, script):
        self.script = script
        self.histories = {}

    def search(self, query, k=None, mode="hybrid"):
        sources = {"hybrid": ["b.txt", "a.txt"], "dense": ["a.txt"], "lexical": ["c.txt"]}[mode]
        return [SimpleNamespace(source=s) for s in sources]

    def uses_generator(self):
        return False

    def info(self):
        return {"embedder": "fake", "generator": "fake", "answer_mode": "auto"}

    def stream(self, question, history=None, k=None):
        self.histories[question] = history
        text, sources, abstained = self.script[question]
        cites = [Citation(s, None, None, "ru", "...", 0, 3, 1.0) for s in sources]
        return _Stream(text, Answer(text=text, citations=cites, abstained=abstained, question=question,
                                    standalone_question=question))


class _Stream:
    def __init__(self, text, result):
        self.text, self.result = text, result

    def __iter__(self):
        yield self.text


QUESTIONS = """questions:
  - {id: en-year, question: "When did the mission close?", language: en, answers: ["2011"],
     sources: [a.txt], abstain: false, tags: [cross-lingual]}
  - {id: en-fu, question: "And who closed it?", language: en, follow_up_of: en-year, answers: ["nato"],
     sources: [a.txt], abstain: false}
  - {id: ru-abs, question: "Когда Финляндия вступила в НАТО?", language: ru, answers: [], sources: [], abstain: true}
"""
SCRIPT = {
    "When did the mission close?": ("Миссию закрыли 31 декабря 2011 года [1].", ["a.txt", "b.txt"], False),
    "And who closed it?": ("В статьях нет ответа.", [], True),
    "Когда Финляндия вступила в НАТО?": ("В статьях нет ответа на этот вопрос.", [], True),
}


def test_run_questions_scores_rows_and_passes_history(tmp_path):
    (tmp_path / "q.yaml").write_text(QUESTIONS)
    fake = ScriptedAssistant(SCRIPT)
    rows = run_questions(fake, load_questions(tmp_path / "q.yaml"), progress=False)
    assert fake.histories["And who closed it?"] == [("When did the mission close?", SCRIPT[
        "When did the mission close?"][0])]
    first, fu, ab = rows
    assert first["answer_match"] and first["correct"] and first["citation_precision"] == 0.5
    assert first["citation_recall"] == 1.0 and first["ranks_by_mode"] == {"hybrid": 2, "dense": 1, "lexical": None}
    assert not fu["correct"] and fu["citation_recall"] == 0.0 and fu["citation_precision"] is None
    assert ab["correct"] and ab["retrieval_rank"] is None
    s = summarise(rows)
    assert s["answer_correct"] == 0.5 and s["overall_correct"] == pytest.approx(2 / 3)
    assert s["abstention_precision"] == 0.5 and s["abstention_recall"] == 1.0
    assert s["recall@1"] == 0.0 and s["recall@3"] == 1.0 and s["mrr"] == 0.5
    assert s["dense.recall@1"] == 1.0 and s["lexical.mrr"] == 0.0
    assert s["citation_precision"] == 0.5 and s["citation_recall"] == 0.5


def test_run_eval_writes_reports_and_applies_gates(tmp_path, capsys):
    (tmp_path / "q.yaml").write_text(QUESTIONS)

    def args(*gates, questions="q.yaml"):
        return SimpleNamespace(questions=str(tmp_path / questions), out=str(tmp_path / "out"), k=5, xquad=None,
                               limit=None, qa_sample=0, fail_under=list(gates))

    def make(a):
        return ScriptedAssistant(SCRIPT)

    assert run_eval(args("abstention_recall=1"), make) == 0
    data = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert set(data) == {"meta", "summary", "by_language", "by_tag"}
    for key in RATE_KEYS:
        v = data["summary"][key]
        assert v is None or 0.0 <= v <= 1.0, key
    md = (tmp_path / "out" / "summary.md").read_text()
    assert "| en-fu |" in md and "## Misses" in md
    for png in ("metrics_by_language.png", "latency.png", "retrieval_modes.png"):
        assert (tmp_path / "out" / png).read_bytes()[:4] == b"\x89PNG"
    assert run_eval(args("answer_correct=0.9"), make) == 1
    assert "answer_correct = 0.500 < 0.9" in capsys.readouterr().err
    assert run_eval(args("bogus=1"), make) == 2
    assert "unknown metric 'bogus'" in capsys.readouterr().err
    (tmp_path / "bad.yaml").write_text("questions:\n  - {id: x, question: q, language: fr, answers: [a], "
                                       "sources: [s], abstain: false}\n")
    assert run_eval(args(questions="bad.yaml"), make) == 2
    assert "entry 1 (id 'x'): bad language 'fr'" in capsys.readouterr().err
