"""Write the evaluation: per-question table and summary (Markdown + JSON) and PNG plots."""

from __future__ import annotations

import json
from pathlib import Path

from .run import summarise

PLOT_METRICS = ("recall@5", "answer_correct", "citation_precision", "abstention_recall")


def _fmt(v) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def write_report(rows: list[dict], out: Path, meta: dict) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    summary = summarise(rows)
    by_lang = {lang: summarise([r for r in rows if r["language"] == lang])
               for lang in sorted({r["language"] for r in rows})}
    (out / "summary.json").write_text(json.dumps({"meta": meta, "summary": summary, "by_language": by_lang},
                                                 ensure_ascii=False, indent=2))
    (out / "results.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2))
    lines = ["# Evaluation", "", "| " + " | ".join(f"{k}" for k in meta) + " |", "|" + "---|" * len(meta),
             "| " + " | ".join(str(v) for v in meta.values()) + " |", "", "## Summary", "",
             "| metric | all | " + " | ".join(by_lang) + " |", "|---|---|" + "---|" * len(by_lang)]
    for key in summary:
        lines.append(f"| {key} | {_fmt(summary[key])} | " + " | ".join(_fmt(by_lang[lg][key]) for lg in by_lang) + " |")
    lines += ["", "## Per question", "",
              "| id | lang | correct | abstained | rank | cited | ttft s | total s | answer |",
              "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        answer = r["answer"].replace("|", "\\|").replace("\n", " ")[:160]
        lines.append(f"| {r['id']} | {r['language']} | {'✔' if r['answer_correct'] else '✘'} | {r['abstained']} | "
                     f"{r['retrieval_rank']} | {', '.join(s[:3] for s in r['cited'])} | {r['ttft']:.2f} | "
                     f"{r['total']:.2f} | {answer} |")
    (out / "summary.md").write_text("\n".join(lines) + "\n")
    _plots(rows, by_lang, out)
    return summary


def _plots(rows: list[dict], by_lang: dict, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    langs = list(by_lang)
    fig, ax = plt.subplots(figsize=(8, 4))
    width = 0.8 / max(1, len(langs))
    for i, lang in enumerate(langs):
        ax.bar([j + i * width for j in range(len(PLOT_METRICS))], [by_lang[lang][k] for k in PLOT_METRICS],
               width, label=lang)
    ax.set_xticks([j + width * (len(langs) - 1) / 2 for j in range(len(PLOT_METRICS))], PLOT_METRICS)
    ax.set_ylim(0, 1.05)
    ax.set_title("Metrics by question language")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out / "metrics_by_language.png", dpi=100)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(8, 3.5))
    ax.hist([r["ttft"] for r in rows], bins=20, alpha=0.7, label="time to first token")
    ax.hist([r["total"] for r in rows], bins=20, alpha=0.7, label="full answer")
    ax.set_xlabel("seconds")
    ax.set_ylabel("questions")
    ax.set_title("Latency")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out / "latency.png", dpi=100)
    plt.close(fig)
