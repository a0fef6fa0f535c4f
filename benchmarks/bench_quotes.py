"""Which sentences the assistant quotes, measured on XQuAD with every question (not a sample).

    python benchmarks/bench_quotes.py [--xquad ../shared/bench/xquad] [--workdir DIR] [--limit N]

For each question the assistant's own retrieval and sentence ranking run once (as in
`Assistant.answer` in quote mode); the selection rules are then replayed with each re-ranking
bonus switched on or off, using the same functions (`rerank_evidence`, `choose_evidence`).
Printed per question language:
  quote holds gold   the quoted sentences contain a gold answer (Russian gold, SQuAD-normalised)
  first sentence     the first quoted sentence does
  right paragraph    share of quoted sentences taken from the question's own paragraph
  sentences          quoted sentences per answer (a sentence joined with its antecedent counts once)
  characters         quoted characters per answer
Even- and odd-numbered questions are shown apart: the weights were chosen on the even ones.
The paragraphs are indexed into --workdir (reused) or a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tqdm import tqdm  # noqa: E402

from benchmarks._util import XQUAD_DIR, quote_candidates, quote_scores  # noqa: E402
from rag.evaluation.xquad import load_xquad, paragraph_file, paragraphs_assistant  # noqa: E402
from rag.extractive import (  # noqa: E402
    ANSWER_TYPE_BONUS,
    PASSAGE_WEIGHT,
    SHARED_WORDS_BONUS,
    choose_evidence,
    rerank_evidence,
    with_antecedents,
)
from rag.language import detect_language  # noqa: E402

VARIANTS = {  # (answer-type bonus, shared-words bonus, passage weight)
    "cosine only": (0.0, 0.0, 0.0),
    "+ answer type": (ANSWER_TYPE_BONUS, 0.0, 0.0),
    "+ shared words": (0.0, SHARED_WORDS_BONUS, 0.0),
    "+ passage score": (0.0, 0.0, PASSAGE_WEIGHT),
    "type + words": (ANSWER_TYPE_BONUS, SHARED_WORDS_BONUS, 0.0),
    "all": (ANSWER_TYPE_BONUS, SHARED_WORDS_BONUS, PASSAGE_WEIGHT),
}
ANTECEDENTS = "all + antecedents"  # the product's default: with_antecedents after the choice


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xquad", default=str(XQUAD_DIR))
    ap.add_argument("--workdir", help="paragraphs and index (reused by later runs)")
    ap.add_argument("--question-langs", default="en,ru")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    folder = Path(args.xquad)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="rag-xquad-quotes-"))
    paragraphs, ru_questions = load_xquad(folder, "ru")
    a = paragraphs_assistant(paragraphs, work, answer_mode="extract")
    a.index(progress=True)
    retriever = a._ready_retriever()
    for qlang in args.question_langs.split(","):
        _, questions = load_xquad(folder, qlang)
        rows = []
        for q, gold in tqdm(list(zip(questions, ru_questions, strict=True))[: args.limit], desc=f"{qlang} questions"):
            passages, ranked = quote_candidates(a, retriever, q["question"])
            rows.append((q["question"], detect_language(q["question"]), passages, ranked,
                         paragraph_file(q["paragraph"]), gold["answers"]))
        for name, (type_bonus, words_bonus, passage_weight) in [*VARIANTS.items(), (ANTECEDENTS, VARIANTS["all"])]:
            for half, label in ((0, "even"), (1, "odd")):
                n = holds = first = right = count = chars = 0
                for i, (question, lang, passages, ranked, own, answers) in enumerate(rows):
                    if i % 2 != half or not ranked:
                        continue
                    r = rerank_evidence(ranked, passages, question, lang, type_bonus, words_bonus, passage_weight)
                    chosen = choose_evidence(r)
                    if name == ANTECEDENTS:
                        chosen = with_antecedents(chosen, r, passages, a.article_text)
                    h, f, share = quote_scores(chosen, passages, own, answers)
                    n, holds, first, right, count = n + 1, holds + h, first + f, right + share, count + len(chosen)
                    chars += sum(len(s.text) for s in chosen)
                print(f"{qlang}->ru {name:17s} {label:4s}  n {n:4d}  quote holds gold {holds / n:.3f}  "
                      f"first sentence {first / n:.3f}  right paragraph {right / n:.3f}  sentences {count / n:.2f}  "
                      f"characters {chars / n:.0f}")


if __name__ == "__main__":
    main()
