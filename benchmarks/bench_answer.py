"""Answer latency and memory with the configured models (RAG_MODEL / RAG_EMBEDDER).

    python benchmarks/bench_answer.py [--answer-mode auto|generate|extract]

Prints per question: time to first streamed piece, total time, whether the extractive
fallback fired; then p50s, model load time and peak RSS.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._util import pct, peak_rss_mb  # noqa: E402
from rag import Assistant  # noqa: E402

QUESTIONS = [
    "When did the NATO Iraq mission close?",
    "Когда Скапарротти и Герасимов общались по телефону?",
    "Скільки тривали переговори Росія – НАТО в Брюсселі?",
    "Who led the Russian delegation at the Russia-NATO Council?",
    "Сколько военных насчитывает миссия KFOR?",
    "What is the population of Australia?",
]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--answer-mode", default="auto", choices=("auto", "generate", "extract"))
    mode = ap.parse_args().answer_mode
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(root / "articles", Path(tmp) / "articles")
        a = Assistant(articles_dir=Path(tmp) / "articles", index_dir=Path(tmp) / "index", answer_mode=mode)
        a.index()
        t0 = time.perf_counter()
        gen = a.generator
        print(f"model: {gen.spec.label}; load {time.perf_counter() - t0:.2f} s; answer mode {mode} "
              f"(LLM writes answers: {a.uses_generator()})")
        ttft, total, fallbacks = [], [], 0
        for q in QUESTIONS:
            s = a.stream(q)
            first = None
            t0 = time.perf_counter()
            for _ in s:
                if first is None:
                    first = time.perf_counter() - t0
            r = s.result
            ttft.append(first or 0.0)
            total.append(r.timings["total"])
            fallbacks += r.fallback
            kind = "abstained" if r.abstained else "fallback" if r.fallback else "extract" if r.extractive else "model"
            print(f"  ttft {ttft[-1]:5.2f} s  total {total[-1]:5.2f} s  {kind:9s}  {q}")
        print(f"time to first token p50 {pct(ttft, 50):.2f} s; full answer p50 {pct(total, 50):.2f} s; "
              f"fallback {fallbacks}/{len(QUESTIONS)}; peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
