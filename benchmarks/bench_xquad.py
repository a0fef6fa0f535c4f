"""Retrieval recall on XQuAD (BM25, dense, hybrid side by side) — same code as `rag eval --xquad`.

    python benchmarks/bench_xquad.py [--xquad ../shared/bench/xquad] [--limit N]

The paragraphs are indexed once (the first question language pays for it; the report of the
second shows the no-op update) and kept in a temporary folder for both question languages.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._util import XQUAD_DIR  # noqa: E402
from rag.evaluation.xquad import run_xquad  # noqa: E402
from rag.models import resolve_embedder  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xquad", default=str(XQUAD_DIR))
    ap.add_argument("--context-lang", default="ru")
    ap.add_argument("--question-langs", default="en,ru")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workdir", help="keep paragraphs and index here (reused by later runs)")
    args = ap.parse_args()
    embedder = resolve_embedder()
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="rag-xquad-bench-"))
    for qlang in args.question_langs.split(","):
        r = run_xquad(Path(args.xquad), embedder, qlang, args.context_lang, args.limit, workdir=work)
        print(f"indexed {r['paragraphs']} paragraphs as {r['chunks']} chunks in {r['index_seconds']} s "
              f"({r['chunks_per_second']} chunks/s)")


if __name__ == "__main__":
    main()
