"""Off-topic questions: how often the assistant refuses questions its articles cannot answer.

    python benchmarks/bench_offtopic.py [--xquad ../shared/bench/xquad] [--every 6]

XQuAD's questions (Super Bowl 50, Tesla, the Rhine, …) asked of the seed news articles: none of
them is answerable there, so every answer that is not a refusal is a wrong quote. This measures
the relevance thresholds on hundreds of questions, where eval_questions.yaml has 8 unanswerable
ones (and those are on topic, the hard case). Every `--every`-th question is asked, in English
and in Russian. Then the non-questions of benchmarks/non_questions.txt ("thanks!", "test",
"Tell me more", gibberish), per section. Prints the refusal rates and what was answered; requests
for an overview of the collection ("Summarize the articles") are counted apart.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._util import XQUAD_DIR  # noqa: E402
from rag import Assistant, QuestionError  # noqa: E402
from rag.collection_overview import asks_about_the_collection  # noqa: E402
from rag.evaluation.xquad import load_xquad  # noqa: E402

NON_QUESTIONS = Path(__file__).with_name("non_questions.txt")


def non_questions(path: Path = NON_QUESTIONS) -> dict[str, list[str]]:
    """Section name → inputs (see the file's header)."""
    sections: dict[str, list[str]] = {}
    current = sections.setdefault("dev", [])
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return sections


def answered(question: str, assistant: Assistant) -> str | None:
    """The answer's text, or None for a refusal (an abstention, or an error such as "no words")."""
    try:
        r = assistant.answer(question)
    except QuestionError:
        return None
    return None if r.abstained else r.text


def report(name: str, asked: list[str], assistant: Assistant) -> None:
    # requests about the collection itself ("Summarize the articles") get its overview since session
    # 15 (collection_overview.py): served, so counted apart, not as refusals missed
    overview = [q for q in asked if asks_about_the_collection(q)]
    asked = [q for q in asked if q not in overview]
    answers = [(q, text) for q in asked if (text := answered(q, assistant)) is not None]
    refused = len(asked) - len(answers)
    print(f"{name}: refused {refused}/{len(asked)} = {refused / len(asked):.3f}"
          + (f" (and {len(overview)} answered with the collection overview: {overview})" if overview else ""))
    for question, text in answers:
        print(f"    answered: {question!r} -> {text[:100]!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xquad", default=str(XQUAD_DIR))
    ap.add_argument("--every", type=int, default=6, help="ask every N-th question (1: all 1190 per language)")
    args = ap.parse_args()
    assistant = Assistant()  # the default one: articles/ and index/ of this repository
    for lang in ("en", "ru"):
        _, questions = load_xquad(Path(args.xquad), lang)
        report(f"{lang} off-topic questions", [q["question"] for q in questions[:: args.every]], assistant)
    for section, asked in non_questions().items():
        report(f"non-questions ({section})", asked, assistant)


if __name__ == "__main__":
    main()
