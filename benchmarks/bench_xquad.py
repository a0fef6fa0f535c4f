"""Retrieval recall on XQuAD: BM25, dense and hybrid side by side, through rag.Assistant.

    python benchmarks/bench_xquad.py [--xquad ../shared/bench/xquad] [--context-lang ru] [--limit N]

Each of the 240 context-language paragraphs becomes one article in a temporary index; every
question (in each question language) must retrieve its own paragraph.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag import Assistant  # noqa: E402


def load(xquad: Path, lang: str) -> tuple[list[str], list[tuple[str, int]]]:
    data = json.loads((xquad / f"xquad.{lang}.json").read_text())["data"]
    paragraphs, questions = [], []
    for article in data:
        for p in article["paragraphs"]:
            pid = len(paragraphs)
            paragraphs.append(p["context"])
            questions += [(q["question"], pid) for q in p["qas"]]
    return paragraphs, questions


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xquad", default=str(Path(__file__).resolve().parents[2] / "shared" / "bench" / "xquad"))
    ap.add_argument("--context-lang", default="ru")
    ap.add_argument("--question-langs", default="en,ru")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    xquad = Path(args.xquad)
    paragraphs, _ = load(xquad, args.context_lang)
    with tempfile.TemporaryDirectory() as tmp:
        arts = Path(tmp) / "articles"
        arts.mkdir()
        for i, text in enumerate(paragraphs):
            (arts / f"p{i:03d}.txt").write_text(text)
        a = Assistant(articles_dir=arts, index_dir=Path(tmp) / "index")
        report = a.index()
        print(f"indexed {report.articles} paragraphs as {report.chunks} chunks in {report.seconds:.1f} s "
              f"({report.chunks_embedded / report.embed_seconds:.1f} chunks/s, "
              f"{report.articles / report.embed_seconds:.2f} paragraphs/s)")
        retriever = a._ready_retriever()
        for qlang in args.question_langs.split(","):
            _, questions = load(xquad, qlang)
            questions = questions[: args.limit] if args.limit else questions
            for mode in ("lexical", "dense", "hybrid"):
                ranks, t0 = [], time.perf_counter()
                for q, pid in questions:
                    # Chunks of one paragraph share its article: rank paragraphs by their best chunk.
                    seen: list[str] = []
                    for c in retriever.retrieve(q, 20, mode).citations:
                        if c.source not in seen:
                            seen.append(c.source)
                    gold = f"p{pid:03d}.txt"
                    ranks.append(seen.index(gold) + 1 if gold in seen else None)
                n = len(ranks)
                r1 = sum(r == 1 for r in ranks) / n
                r5 = sum(r is not None and r <= 5 for r in ranks) / n
                mrr = sum(1 / r for r in ranks if r) / n
                ms = (time.perf_counter() - t0) / n * 1000
                print(f"{qlang}->{args.context_lang} {mode:7s}: recall@1 {r1:.3f}  recall@5 {r5:.3f}  "
                      f"MRR {mrr:.3f}  ({n} questions, {ms:.0f} ms/query)")


if __name__ == "__main__":
    main()
