"""Write evaluation reports into the out folder: summary.json, summary.md (summary and
per-question table), results.json (every row) and PNG plots (matplotlib, Agg backend)."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

from .run import summarise

BAR_METRICS = ("recall@1", "recall@5", "mrr", "answer_correct", "citation_precision", "citation_recall",
               "abstention_precision", "abstention_recall")
MODE_METRICS = ("recall@1", "recall@5", "mrr")
MODE_LABELS = {"lexical": "BM25 (lexical)", "dense": "dense", "hybrid": "hybrid"}


def clean_json(value):
    """NaN/inf → None (JSON has no NaN), floats rounded to 4 decimals, recursively."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else round(value, 4)
    if isinstance(value, dict):
        return {k: clean_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_json(v) for v in value]
    return value


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(clean_json(data), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def fmt(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    if isinstance(v, bool):
        return "yes" if v else "no"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _cell(text: str, limit: int = 140) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


# --- seed question set ------------------------------------------------------------------------
def write_report(rows: list[dict], out: Path, meta: dict) -> dict:
    """Write all report files for a question-set run; return the overall summary."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = summarise(rows)
    by_lang = {lang: summarise([r for r in rows if r["language"] == lang])
               for lang in sorted({r["language"] for r in rows})}
    tags = sorted({t for r in rows for t in r["tags"]})
    by_tag = {t: summarise([r for r in rows if t in r["tags"]]) for t in tags}
    write_json(out / "summary.json", {"meta": meta, "summary": summary, "by_language": by_lang, "by_tag": by_tag})
    write_json(out / "results.json", rows)
    (out / "summary.md").write_text(_markdown(rows, meta, summary, by_lang, by_tag), encoding="utf-8")
    _plot_metrics_by_language(summary, by_lang, out / "metrics_by_language.png")
    _plot_latency(rows, out / "latency.png")
    _plot_modes({mode: {k: (summary[k] if mode == "hybrid" else summary[f"{mode}.{k}"]) for k in MODE_METRICS}
                 for mode in ("lexical", "dense", "hybrid")},
                "Seed questions: article retrieval by mode", out / "retrieval_modes.png")
    return summary


def _markdown(rows, meta, summary, by_lang, by_tag) -> str:
    langs = list(by_lang)
    lines = ["# Evaluation: question set", ""]
    lines += [f"- **{k}**: {v}" for k, v in meta.items()]
    lines += ["", "Metric definitions: docs/eval.md. `answer_correct` counts answerable questions only; abstention is "
              "scored separately (`overall_correct` counts a correct abstention as correct).", "",
              "## Summary", "", "| metric | all | " + " | ".join(langs) + " |",
              "|---|---:|" + "---:|" * len(langs)]
    for key in summary:
        lines.append(f"| {key} | {fmt(summary[key])} | " + " | ".join(fmt(by_lang[lg][key]) for lg in langs) + " |")
    lines += ["", "## By tag", "", "| tag | questions | answer_correct | overall_correct | recall@5 | "
              "citation_precision | abstention_recall |", "|---|---:|---:|---:|---:|---:|---:|"]
    for t, s in by_tag.items():
        lines.append(f"| {t} | {s['questions']} | {fmt(s['answer_correct'])} | {fmt(s['overall_correct'])} | "
                     f"{fmt(s['recall@5'])} | {fmt(s['citation_precision'])} | {fmt(s['abstention_recall'])} |")
    lines += ["", "## Per question", "",
              "✔ handled correctly (right answer, or a correct abstention), ✘ not. rank: article-level rank of "
              "the first expected article in hybrid retrieval (lexical/dense in brackets); cited: article number "
              "prefix per citation, * = an expected article.", "",
              "| id | lang | ok | abstained | rank (bm25/dense) | cited | c.prec | ttft s | total s | answer |",
              "|---|---|---|---|---|---|---:|---:|---:|---|"]
    for r in rows:
        expected = set(r["expected_sources"])
        cited = ", ".join(s.split("_")[0] + ("*" if s in expected else "") for s in r["cited"]) or "–"
        rk = r["ranks_by_mode"]
        rank = "–" if r["expected_abstain"] else (
            f"{fmt(rk.get('hybrid'))} ({fmt(rk.get('lexical'))}/{fmt(rk.get('dense'))})")
        verdict = "✔" if r["correct"] else "✘"
        expect = "abstain" if r["expected_abstain"] else "answer"
        answer = r["error"] or r["answer"]
        lines.append(f"| {r['id']} | {r['language']} | {verdict} | {fmt(r['abstained'])} ({expect}) | {rank} | "
                     f"{cited} | {fmt(r['citation_precision'])} | {fmt(r['ttft'])} | {fmt(r['total'])} | "
                     f"{_cell(answer)} |")
    wrong = [r for r in rows if not r["correct"]]
    if wrong:
        lines += ["", "## Misses", ""]
        for r in wrong:
            want = "abstain" if r["expected_abstain"] else "; ".join(r["accepted_answers"])
            lines.append(f"- **{r['id']}** ({r['language']}): {_cell(r['question'], 200)}")
            if r.get("standalone_question") and r["standalone_question"] != r["question"]:
                lines.append(f"  - retrieved with: {_cell(r['standalone_question'], 200)}")
            lines.append(f"  - expected: {_cell(want, 200)} from {', '.join(r['expected_sources']) or '–'}")
            got = r["error"] or ("(abstained) " if r["abstained"] else "") + r["answer"]
            lines.append(f"  - got: {_cell(got, 300)}")
    return "\n".join(lines) + "\n"


def _plot_metrics_by_language(summary: dict, by_lang: dict, path: Path) -> None:
    plt = _plt()
    groups = {"all": summary, **by_lang}
    fig, axes = plt.subplots(2, 4, figsize=(13, 6), sharey=True)
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for ax, metric in zip(axes.flat, BAR_METRICS, strict=True):
        values = [groups[g][metric] for g in groups]
        heights = [0.0 if v is None or math.isnan(v) else v for v in values]
        bars = ax.bar(list(groups), heights, color=colors[: len(groups)])
        for bar, v in zip(bars, values, strict=True):
            label = "n/a" if v is None or math.isnan(v) else f"{v:.2f}"
            ax.text(bar.get_x() + bar.get_width() / 2, bar.get_height() + 0.02, label, ha="center", fontsize=8)
        ax.set_title(metric, fontsize=10)
        ax.set_ylim(0, 1.12)
        ax.grid(axis="y", alpha=0.3)
    fig.suptitle("Seed questions: metrics by question language (n/a: no such questions in that language)")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _plot_latency(rows: list[dict], path: Path) -> None:
    plt = _plt()
    ttft = [r["ttft"] for r in rows if r["ttft"] is not None]
    total = [r["total"] for r in rows if r["total"] is not None]
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4))
    bins = 20
    left.hist([ttft, total], bins=bins, label=["time to first token", "full answer"])
    left.set_xlabel("seconds")
    left.set_ylabel("questions")
    left.set_title("Latency distribution")
    left.legend()
    langs = sorted({r["language"] for r in rows})
    data = [[r["total"] for r in rows if r["language"] == lg and r["total"] is not None] or [0.0] for lg in langs]
    right.boxplot(data)
    right.set_xticks(range(1, len(langs) + 1), langs)
    right.set_ylabel("seconds")
    right.set_title("Full-answer latency by question language")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _plot_modes(results: dict[str, dict], title: str, path: Path) -> None:
    """Grouped bars: recall@1, recall@5, MRR for each retrieval mode."""
    plt = _plt()
    modes = [md for md in ("lexical", "dense", "hybrid") if md in results]
    fig, ax = plt.subplots(figsize=(8, 4))
    width = 0.8 / len(modes)
    for i, mode in enumerate(modes):
        values = [results[mode][k] for k in MODE_METRICS]
        heights = [0.0 if v is None or math.isnan(v) else v for v in values]
        xs = [j + i * width for j in range(len(MODE_METRICS))]
        bars = ax.bar(xs, heights, width, label=MODE_LABELS[mode])
        for bar, v in zip(bars, heights, strict=True):
            ax.text(bar.get_x() + bar.get_width() / 2, v + 0.015, f"{v:.2f}", ha="center", fontsize=8)
    ax.set_xticks([j + width * (len(modes) - 1) / 2 for j in range(len(MODE_METRICS))], MODE_METRICS)
    ax.set_ylim(0, 1.1)
    ax.set_title(title)
    ax.legend(loc="lower right")
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


# --- XQuAD --------------------------------------------------------------------------------------
def write_xquad_report(result: dict, out: Path) -> None:
    """summary.json (without the per-question ranks), results.json (them), summary.md, xquad_modes.png."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    result = dict(result)
    write_json(out / "results.json", result.pop("per_question", []))
    write_json(out / "summary.json", result)
    ql, cl = result["questions_lang"], result["context_lang"]
    lines = [f"# Evaluation: XQuAD retrieval, {ql} questions → {cl} paragraphs", "",
             f"- paragraphs indexed: {result['paragraphs']} ({result['chunks']} chunks, "
             f"{result['index_seconds']} s, embedder {result['embedder']})",
             f"- questions: {result['questions']}" + (" (limited with --limit)" if result.get("limited") else ""),
             "- relevance: the question's own paragraph (article level: one paragraph = one article file); "
             f"MRR over the top {result.get('retrieval_depth', '?')} passages",
             f"- run at {result.get('run_at', '?')}, load average at start/end "
             f"{result.get('load_average_start_end', '?')} on {os.cpu_count()} cores", "",
             "| mode | recall@1 | recall@5 | MRR | ms/query |", "|---|---:|---:|---:|---:|"]
    for mode in ("lexical", "dense", "hybrid"):
        r = result[mode]
        lines.append(f"| {MODE_LABELS[mode]} | {fmt(r['recall@1'])} | {fmt(r['recall@5'])} | {fmt(r['mrr'])} | "
                     f"{r['ms_per_query']:.1f} |")
    qa = result.get("qa")
    if qa:
        lines += ["", f"## Answers ({qa['sample']} {qa['language']} questions, answered by the assistant)", "",
                  f"- generator: {qa['generator']}, answer mode: {qa['answer_mode']}", "",
                  "| exact match | gold answer contained | token F1 | abstained | p50 s |",
                  "|---:|---:|---:|---:|---:|",
                  f"| {fmt(qa['exact_match'])} | {fmt(qa['contains_gold'])} | {fmt(qa['token_f1'])} | "
                  f"{fmt(qa['abstained'])} | {fmt(qa['total_p50'])} |"]
        lines += ["", "| question | gold | answer | EM | F1 |", "|---|---|---|---:|---:|"]
        for a in qa["answers"]:
            lines.append(f"| {_cell(a['question'], 80)} | {_cell(' / '.join(a['gold']), 60)} | "
                         f"{_cell(a['answer'], 160)} | {fmt(a['exact_match'])} | {fmt(a['token_f1'])} |")
    (out / "summary.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _plot_modes({mode: result[mode] for mode in ("lexical", "dense", "hybrid")},
                f"XQuAD: {ql} questions → {cl} paragraphs ({result['questions']} questions)",
                out / "xquad_modes.png")
