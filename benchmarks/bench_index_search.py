"""Index build speed and search latency.

    python benchmarks/bench_index_search.py [--vectors 1000000] [--skip-synthetic]

Prints: seed-corpus build time and chunks/s, search p50/p95 (hybrid, dense, lexical) on the
seed corpus, and p50/p95 of FAISS search on a synthetic index (flat and IVF) of N vectors.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._util import pct, peak_rss_mb  # noqa: E402
from rag import Assistant  # noqa: E402
from rag.evaluation.questions import load_questions  # noqa: E402
from rag.vector_index import VectorIndex  # noqa: E402

QUERIES = [
    "When did the NATO Iraq mission close?",
    "Когда Скапарротти и Герасимов общались по телефону?",
    "Скільки тривали переговори Росія – НАТО в Брюсселі?",
    "Who led the Russian delegation at the Russia-NATO Council?",
    "Сколько военных насчитывает миссия KFOR?",
    "Що Пєсков сказав про партнерські програми НАТО?",
]


def search_ms(retriever, questions: list[str], mode: str) -> list[float]:
    """Milliseconds per retrieval (k=5), one per question, in order."""
    lat = []
    for q in questions:
        t0 = time.perf_counter()
        retriever.retrieve(q, 5, mode)
        lat.append((time.perf_counter() - t0) * 1000)
    return lat


def seed_corpus(root: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        arts = Path(tmp) / "articles"
        shutil.copytree(root / "articles", arts)
        a = Assistant(articles_dir=arts, index_dir=Path(tmp) / "index")
        report = a.index(rebuild=True)
        print(f"seed build: {report.articles} articles, {report.chunks} chunks, {report.seconds:.2f} s total, "
              f"embedding {report.chunks_embedded / report.embed_seconds:.1f} chunks/s")
        t0 = time.perf_counter()
        again = a.index()
        print(f"seed no-op update: {time.perf_counter() - t0:.3f} s (changed={again.changed})")
        retriever = a._ready_retriever()
        for mode in ("hybrid", "dense", "lexical"):
            lat = search_ms(retriever, QUERIES * 5, mode)
            print(f"seed search {mode:7s}: p50 {pct(lat, 50):.1f} ms, p95 {pct(lat, 95):.1f} ms (n={len(lat)})")
        # The encoder pass grows with the question's length: the evaluation questions are longer.
        questions = [q.question for q in load_questions(root / "eval_questions.yaml")]
        lat = search_ms(retriever, questions, "hybrid")
        print(f"seed search hybrid, the {len(questions)} questions of eval_questions.yaml: "
              f"p50 {pct(lat, 50):.1f} ms, p95 {pct(lat, 95):.1f} ms")


def synthetic(n: int, dim: int = 384) -> None:
    rng = np.random.default_rng(0)
    # Clustered data, like real embeddings (uniform random vectors make IVF look worse than it is).
    centers = rng.standard_normal((2000, dim)).astype(np.float32)
    vecs = centers[rng.integers(0, len(centers), n)] + 0.5 * rng.standard_normal((n, dim)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    queries = vecs[rng.choice(n, 200, replace=False)] + 0.05 * rng.standard_normal((200, dim)).astype(np.float32)
    exact_top1: list[int] = []
    for kind in ("flat", "ivf"):
        t0 = time.perf_counter()
        index = VectorIndex.create(dim, kind, training=vecs)
        index.add(list(range(n)), vecs)
        build = time.perf_counter() - t0
        lat, top1 = [], []
        for q in queries:
            t0 = time.perf_counter()
            hits = index.search(q, 10)
            lat.append((time.perf_counter() - t0) * 1000)
            top1.append(hits[0][0])
        extra = ""
        if kind == "flat":
            exact_top1 = top1
        else:
            agree = np.mean([a == b for a, b in zip(top1, exact_top1, strict=True)])
            extra = f", top-1 agreement with exact search {agree:.3f}"
        print(f"synthetic {n:,} x {dim} {kind:4s}: build {build:.1f} s, search p50 {pct(lat, 50):.1f} ms, "
              f"p95 {pct(lat, 95):.1f} ms{extra}")
        del index


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--vectors", type=int, default=1_000_000)
    ap.add_argument("--skip-synthetic", action="store_true")
    args = ap.parse_args()
    root = Path(__file__).resolve().parents[1]
    seed_corpus(root)
    if not args.skip_synthetic:
        synthetic(args.vectors)
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
