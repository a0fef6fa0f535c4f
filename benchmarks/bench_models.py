"""Raw speed of GGUF generators on this machine: load time, prompt and generation tokens/s, RSS.

    python benchmarks/bench_models.py [MODEL ...]      # default: every PyPI-shipped model found

MODEL is anything `--model` accepts (a .gguf path, hf:<repo>:<file>, "default"). Each model runs
in its own process, so the peak RSS is that model's alone. The prompt is a 1,400-character Russian
news passage plus a question, through `Generator.stream_chat` (the model's own chat template, or
plain text for a base model); generation stops at 64 pieces, greedy. Pieces ≈ tokens.
Numbers are printed, nothing is asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]


def measure(model: str) -> dict:
    from benchmarks._util import peak_rss_mb
    from rag.generation import DecodingParams, Generator
    from rag.ingest import parse_article
    from rag.models import resolve_generator

    spec = resolve_generator(model)
    t0 = time.perf_counter()
    gen = Generator(spec, n_ctx=2048)
    load = time.perf_counter() - t0
    article = parse_article((ROOT / "articles").glob("000*").__next__().read_bytes(), "000.txt")
    passage = article.text[:1400]
    messages = [{"role": "system", "content": "Answer from the passage only, in one sentence."},
                {"role": "user", "content": f"{passage}\n\nQuestion: Сколько военных в миссии KFOR?"}]
    llm = gen.llm
    rows = []
    for _ in range(2):  # the second run shows the steady state (caches warm)
        llm.reset()  # measure reading the whole prompt (answers reuse the cached system prompt)
        t0 = time.perf_counter()
        first = None
        n = 0
        for _piece in gen.stream_chat(messages, DecodingParams(max_tokens=64)):
            if first is None:
                first = time.perf_counter() - t0
            n += 1
        end = time.perf_counter() - t0
        rows.append((first or end, end, n))
    first, end, n = rows[-1]
    prompt_tokens = llm.n_tokens - n  # the context holds the templated prompt and the reply
    return {"model": spec.label, "file_mb": round(spec.path.stat().st_size / 2**20),
            "params_m": round(gen.n_params / 1e6), "load_s": round(load, 2), "prompt_tokens": prompt_tokens,
            "prompt_tok_s": round(prompt_tokens / first, 1), "gen_tok_s": round((n - 1) / max(end - first, 1e-9), 1),
            "ttft_s": round(first, 2), "peak_rss_mb": round(peak_rss_mb())}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(measure(sys.argv[2])))
        return
    models = sys.argv[1:] or ["default"]
    print("| model | file MB | params M | load s | prompt tokens | prompt tok/s | generation tok/s | TTFT s "
          "| peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for model in models:
        out = subprocess.run([sys.executable, __file__, "--one", model], capture_output=True, text=True)
        if out.returncode:
            print(f"| {model} | failed: {out.stderr.strip().splitlines()[-1] if out.stderr else out.returncode} |")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {r['model']} | {r['file_mb']} | {r['params_m']} | {r['load_s']} | {r['prompt_tokens']} | "
              f"{r['prompt_tok_s']} | {r['gen_tok_s']} | {r['ttft_s']} | {r['peak_rss_mb']} |")


if __name__ == "__main__":
    main()
