"""How much lower e5 scores a Ukrainian question than its Russian original against the same articles.

    python benchmarks/bench_language_gap.py [--articles articles] [--index-dir index]

The abstention thresholds drop by `cross_lingual_offset` (0.04) only across scripts (an English
question over Cyrillic text). Ukrainian and Russian share a script, yet e5 also scores across
them lower. The 35 Russian seed and development questions (no follow-ups) have Ukrainian
translations in parallel_ru_uk.tsv. Per pair, printed: the best quotable sentence's cosine for each
version, and the gap on the same sentence (the Russian version's best, scored against both).
Then the mean and median gap by the language of that sentence, and which versions the assistant
refuses (answerable ones should not be refused, unanswerable ones should).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._util import quote_candidates  # noqa: E402
from rag import Assistant  # noqa: E402
from rag.extractive import quotable  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAIRS = Path(__file__).with_name("parallel_ru_uk.tsv")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", default=str(ROOT / "articles"))
    ap.add_argument("--index-dir", default=str(ROOT / "index"))
    args = ap.parse_args()
    assistant = Assistant(articles_dir=args.articles, index_dir=args.index_dir)
    retriever = assistant._ready_retriever()
    rows = [line.split("\t") for line in PAIRS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    gaps: dict[str, list[float]] = {}
    refused = {("yes", "ru"): 0, ("yes", "uk"): 0, ("no", "ru"): 0, ("no", "uk"): 0}
    for answerable, ru, uk in rows:
        passages, ranked = quote_candidates(assistant, retriever, ru)
        best = next((s for s in ranked if quotable(s)), None)
        if best is None:
            continue
        _, ranked_uk = quote_candidates(assistant, retriever, uk)
        best_uk = next((s for s in ranked_uk if quotable(s)), None)
        sentence_vec = assistant.embedder.embed_passages([best.text])[0]
        q_ru, q_uk = assistant.embedder.embed_queries([ru, uk])
        gap = float(sentence_vec @ q_ru - sentence_vec @ q_uk)
        language = passages[best.passage].language
        gaps.setdefault(language, []).append(gap)
        for lang, question in (("ru", ru), ("uk", uk)):
            refused[(answerable, lang)] += assistant.answer(question).abstained
        uk_score = best_uk.score if best_uk else float("nan")
        print(f"{answerable:3s} sentence {language}: ru {best.score:.3f}  uk {uk_score:.3f}  "
              f"same-sentence gap {gap:+.3f}  {ru[:60]}")
    for language, values in sorted(gaps.items()):
        print(f"sentences in {language}: n={len(values)}, ru − uk cosine gap mean {statistics.mean(values):+.3f}, "
              f"median {statistics.median(values):+.3f}")
    n_yes = sum(r[0] == "yes" for r in rows)
    n_no = len(rows) - n_yes
    print(f"refused: answerable ru {refused[('yes', 'ru')]}/{n_yes}, uk {refused[('yes', 'uk')]}/{n_yes}; "
          f"unanswerable ru {refused[('no', 'ru')]}/{n_no}, uk {refused[('no', 'uk')]}/{n_no}")


if __name__ == "__main__":
    main()
