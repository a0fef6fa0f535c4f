"""Machine translation of quotes (rag/translation.py), measured on XQuAD's parallel paragraphs.

XQuAD's Russian paragraphs are translations of the English ones, mostly sentence by sentence. The
sentences measured are those holding a question's answer, from paragraphs with as many sentences
in both languages (194 of 240), in document order, every n-th up to --limit. Per sentence: the
translation of one side, compared with the other side's sentence (chrF, sacrebleu), whether it
holds that side's gold answer (what a reader of the question's language needs), whether the checks
let it through, and the time it took.

    python benchmarks/bench_translation.py --xquad ../shared/bench/xquad [--direction ru-en|en-ru]
        [--model pypi:qwen2.5-coder-1.5b] [--limit 120] [--save out.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from sacrebleu.metrics import CHRF

from rag.chunking import sentence_spans
from rag.generation import Generator
from rag.models import resolve_generator
from rag.translation import Translator


def normalised(text: str) -> str:
    return " ".join(text.lower().replace(",", "").replace("\u00a0", " ").split())


def answer_sentences(xquad: Path, source: str, target: str) -> list[dict]:
    """Aligned (source sentence, target sentence, target gold answer), one per distinct sentence."""
    docs = {lang: json.loads((xquad / f"xquad.{lang}.json").read_text(encoding="utf-8"))["data"]
            for lang in (source, target)}
    out, seen = [], set()
    for doc_s, doc_t in zip(docs[source], docs[target], strict=True):
        for par_s, par_t in zip(doc_s["paragraphs"], doc_t["paragraphs"], strict=True):
            spans_s, spans_t = sentence_spans(par_s["context"]), sentence_spans(par_t["context"])
            if len(spans_s) != len(spans_t):
                continue
            for qa_s, qa_t in zip(par_s["qas"], par_t["qas"], strict=True):
                at = qa_s["answers"][0]["answer_start"]
                i = next((i for i, (a, b) in enumerate(spans_s) if a <= at < b), None)
                if i is None or (id(par_s), i) in seen:
                    continue
                seen.add((id(par_s), i))
                out.append({"source": par_s["context"][slice(*spans_s[i])],
                            "reference": par_t["context"][slice(*spans_t[i])],
                            "gold": qa_t["answers"][0]["text"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--xquad", type=Path, default=Path("../shared/bench/xquad"))
    ap.add_argument("--direction", default="ru-en", choices=["ru-en", "en-ru"])
    ap.add_argument("--model", default="pypi:qwen2.5-coder-1.5b")
    ap.add_argument("--limit", type=int, default=120)
    ap.add_argument("--save", type=Path)
    args = ap.parse_args()
    source, target = args.direction.split("-")
    pairs = answer_sentences(args.xquad, source, target)
    step = max(1, len(pairs) // args.limit)
    pairs = pairs[::step][: args.limit]
    generator = Generator(resolve_generator(args.model))
    translator = Translator(generator)
    chrf = CHRF()
    rows = []
    for p in pairs:
        t0 = time.perf_counter()
        raw = translator.translate(p["source"], source, target)
        seconds = time.perf_counter() - t0
        text = raw.text
        rows.append({**p, "translation": text, "shown": raw.shown, "problems": list(raw.problems),
                     "seconds": seconds, "chrf": chrf.sentence_score(text, [p["reference"]]).score,
                     "gold_in_reference": normalised(p["gold"]) in normalised(p["reference"]),
                     "gold_in_translation": normalised(p["gold"]) in normalised(text)})
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    shown = [r for r in rows if r["shown"]]
    withheld = [r for r in rows if not r["shown"]]
    times = sorted(r["seconds"] for r in rows)

    def mean(values: list[float]) -> str:
        return f"{statistics.fmean(values):.1f}" if values else "-"

    def held(subset: list[dict]) -> str:
        pool = [r for r in subset if r["gold_in_reference"]]
        return f"{sum(r['gold_in_translation'] for r in pool)}/{len(pool)}"

    print(f"{generator.spec.label}, {args.direction}: {len(rows)} XQuAD answer sentences")
    print(f"shown {len(shown)} ({len(shown) / len(rows):.3f}), withheld {len(withheld)}")
    print(f"chrF all / shown / withheld: {mean([r['chrf'] for r in rows])} / {mean([r['chrf'] for r in shown])} / "
          f"{mean([r['chrf'] for r in withheld])}")
    print(f"gold answer (as the reference sentence writes it) in the translation, all / shown: {held(rows)} / "
          f"{held(shown)}")
    print(f"seconds per sentence p50 / p95: {times[len(times) // 2]:.2f} / {times[int(0.95 * (len(times) - 1))]:.2f}")
    reasons: dict[str, int] = {}
    for r in withheld:
        for problem in r["problems"]:
            reasons[problem.split()[0]] = reasons.get(problem.split()[0], 0) + 1
    print("withheld because:", ", ".join(f"{k} {v}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
