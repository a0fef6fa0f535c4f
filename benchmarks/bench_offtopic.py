"""Off-topic questions: how often the assistant refuses questions its articles cannot answer.

    python benchmarks/bench_offtopic.py [--xquad ../shared/bench/xquad] [--every 6]

XQuAD's questions (Super Bowl 50, Tesla, the Rhine, …) asked of the seed news articles: none of
them is answerable there, so every answer that is not a refusal is a wrong quote. This measures
the relevance thresholds on hundreds of questions, where eval_questions.yaml has 8 unanswerable
ones (and those are on topic, the hard case). Every `--every`-th question is asked, in English
and in Russian. Prints the refusal rate per language and the questions that were answered.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._util import XQUAD_DIR  # noqa: E402
from rag import Assistant  # noqa: E402
from rag.evaluation.xquad import load_xquad  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xquad", default=str(XQUAD_DIR))
    ap.add_argument("--every", type=int, default=6, help="ask every N-th question (1: all 1190 per language)")
    args = ap.parse_args()
    assistant = Assistant()  # the default one: articles/ and index/ of this repository
    for lang in ("en", "ru"):
        _, questions = load_xquad(Path(args.xquad), lang)
        asked = questions[:: args.every]
        answered = [(q["question"], r.text) for q in asked if not (r := assistant.answer(q["question"])).abstained]
        refused = len(asked) - len(answered)
        print(f"{lang} off-topic questions: refused {refused}/{len(asked)} = {refused / len(asked):.3f}")
        for question, text in answered:
            print(f"    answered: {question!r} -> {text[:100]!r}")


if __name__ == "__main__":
    main()
