"""XQuAD retrieval benchmark: each context paragraph is one article in a temporary index; each
question must retrieve its own paragraph. BM25, dense and hybrid are measured side by side."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from ..assistant import Assistant
from ..embeddings import Embedder
from . import metrics as m

MODES = ("lexical", "dense", "hybrid")


def load_xquad(folder: Path, lang: str) -> tuple[list[str], list[tuple[str, int, list[str]]]]:
    """Paragraphs, and (question, paragraph index, gold answers) in file order."""
    data = json.loads((Path(folder) / f"xquad.{lang}.json").read_text(encoding="utf-8"))["data"]
    paragraphs, questions = [], []
    for article in data:
        for p in article["paragraphs"]:
            pid = len(paragraphs)
            paragraphs.append(p["context"])
            questions += [(q["question"], pid, [a["text"] for a in q["answers"]]) for q in p["qas"]]
    return paragraphs, questions


def token_f1(prediction: str, gold: str) -> float:
    p, g = m.normalise(prediction).split(), m.normalise(gold).split()
    common = sum(min(p.count(w), g.count(w)) for w in set(g))
    if not p or not g or common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def run_xquad(folder: Path, embedder: Embedder, questions_lang: str = "en", context_lang: str = "ru",
              limit: int | None = None, qa_sample: int = 0, log=print) -> dict:
    paragraphs, _ = load_xquad(folder, context_lang)
    _, questions = load_xquad(folder, questions_lang)
    _, gold_ctx = load_xquad(folder, context_lang)  # gold answers are in the context language
    questions = questions[:limit] if limit else questions
    with tempfile.TemporaryDirectory() as tmp:
        arts = Path(tmp) / "articles"
        arts.mkdir()
        for i, text in enumerate(paragraphs):
            (arts / f"p{i:03d}.txt").write_text(text, encoding="utf-8")
        assistant = Assistant(articles_dir=arts, index_dir=Path(tmp) / "index", embedder=embedder)
        report = assistant.index(progress=True)
        result = {"paragraphs": report.articles, "chunks": report.chunks, "index_seconds": round(report.seconds, 1),
                  "chunks_per_second": round(report.chunks_embedded / max(report.embed_seconds, 1e-9), 2),
                  "questions": len(questions), "questions_lang": questions_lang, "context_lang": context_lang}
        for mode in MODES:
            ranks, t0 = [], time.perf_counter()
            for q, pid, _ in questions:
                hits = assistant.search(q, k=20, mode=mode)
                ranks.append(m.first_relevant_rank([h.source for h in hits], [f"p{pid:03d}.txt"]))
            result[mode] = {"recall@1": m.recall_at(ranks, 1), "recall@5": m.recall_at(ranks, 5), "mrr": m.mrr(ranks),
                            "ms_per_query": (time.perf_counter() - t0) / max(1, len(questions)) * 1000}
            log(f"{questions_lang}->{context_lang} {mode:7s}: recall@1 {result[mode]['recall@1']:.3f}  "
                f"recall@5 {result[mode]['recall@5']:.3f}  MRR {result[mode]['mrr']:.3f}")
        if qa_sample:
            em, f1 = [], []
            step = max(1, len(questions) // qa_sample)
            for idx in range(0, len(questions), step)[:qa_sample]:
                q, _, _ = questions[idx]
                gold = gold_ctx[idx][2]
                answer = assistant.answer(q).text
                em.append(float(any(m.normalise(g) in m.normalise(answer) for g in gold)))
                f1.append(max(token_f1(answer, g) for g in gold))
            result["qa"] = {"sample": len(em), "answer_contains_gold": sum(em) / len(em), "token_f1": sum(f1) / len(f1)}
            log(f"QA on {len(em)} questions: gold answer contained {result['qa']['answer_contains_gold']:.3f}, "
                f"token F1 {result['qa']['token_f1']:.3f}")
    return result
