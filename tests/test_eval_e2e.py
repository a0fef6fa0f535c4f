"""A small end-to-end `rag eval` run through the CLI, with the real embedder and generator, over a
copy of the seed articles with a temporary index (a few seconds of CPU per question)."""

import json
import shutil

import pytest

from rag.cli import main
from rag.evaluation.run import RATE_KEYS

from .conftest import SEED

pytestmark = pytest.mark.slow

QUESTIONS = """questions:
  - {id: ru-call, question: "Когда Скапарротти и Герасимов общались по телефону?", language: ru,
     answers: ["2017"], sources: [002_97f0df2eef87aeec.txt], abstain: false}
  - {id: en-fu, question: "And who reported the planned meeting?", language: en, follow_up_of: ru-call,
     answers: ["re:buzzfeed|баззфид"], sources: [002_97f0df2eef87aeec.txt], abstain: false}
  - {id: en-abs, question: "What is the capital of Canada?", language: en, answers: [], sources: [], abstain: true}
"""


def test_eval_run_writes_reports(tmp_path, capsys):
    shutil.copytree(SEED, tmp_path / "articles")
    (tmp_path / "q.yaml").write_text(QUESTIONS)
    out = tmp_path / "out"
    base = ["eval", "--articles", str(tmp_path / "articles"), "--index-dir", str(tmp_path / "index"),
            "--questions", str(tmp_path / "q.yaml"), "--out", str(out)]
    assert main([*base, "--fail-under", "bogus=1"]) == 2  # checked before any model is loaded
    assert "unknown metric 'bogus'" in capsys.readouterr().err

    assert main([*base, "--fail-under", "recall@5=0"]) == 0
    data = json.loads((out / "summary.json").read_text())
    summary = data["summary"]
    assert summary["questions"] == 3 and summary["answerable"] == 2 and summary["errors"] == 0
    for key in RATE_KEYS:
        assert summary[key] is None or 0.0 <= summary[key] <= 1.0, key
    assert summary["recall@5"] == 1.0  # both answerable questions are about the same, indexed article
    assert summary["ttft_p50"] > 0 and summary["total_p95"] >= summary["ttft_p50"]
    rows = json.loads((out / "results.json").read_text())
    assert rows[1]["standalone_question"].startswith("Когда Скапарротти")  # follow-up got the history
    assert "| ru-call |" in (out / "summary.md").read_text()
    for png in ("metrics_by_language.png", "latency.png", "retrieval_modes.png"):
        assert (out / png).read_bytes()[:4] == b"\x89PNG"
