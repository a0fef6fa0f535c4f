"""A small end-to-end `rag eval` run through the CLI entry point."""

import json
import shutil

import pytest

from rag.cli import main

from .conftest import SEED

pytestmark = pytest.mark.slow

QUESTIONS = """questions:
  - {id: ru-call, question: "Когда Скапарротти и Герасимов общались по телефону?", language: ru,
     answers: ["2017"], sources: [002_97f0df2eef87aeec.txt], abstain: false}
  - {id: en-fu, question: "And who reported the planned meeting?", language: en, follow_up_of: ru-call,
     answers: ["buzzfeed"], sources: [002_97f0df2eef87aeec.txt], abstain: false}
  - {id: en-abs, question: "What is the capital of Canada?", language: en, answers: [], sources: [], abstain: true}
"""


def test_eval_writes_reports_and_gates(tmp_path):
    shutil.copytree(SEED, tmp_path / "articles")
    (tmp_path / "q.yaml").write_text(QUESTIONS)
    base = ["eval", "--articles", str(tmp_path / "articles"), "--index-dir", str(tmp_path / "index"),
            "--questions", str(tmp_path / "q.yaml"), "--out", str(tmp_path / "out")]
    assert main(base) == 0
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())["summary"]
    for key in ("recall@1", "answer_correct", "citation_precision", "abstention_recall"):
        assert 0.0 <= summary[key] <= 1.0
    assert summary["questions"] == 3 and summary["abstention_recall"] == 1.0
    assert (tmp_path / "out" / "summary.md").exists()
    assert (tmp_path / "out" / "metrics_by_language.png").stat().st_size > 1000
    assert (tmp_path / "out" / "latency.png").exists()
    assert main([*base, "--fail-under", "answer_correct=1.01"]) == 1
    assert main([*base, "--fail-under", "bogus=1"]) == 2
