"""XQuAD mode: cross-lingual retrieval benchmark on SQuAD-format files.

Every paragraph of the context-language file (240 in XQuAD) is written as one .txt article into a
temporary folder and indexed by a temporary `rag.Assistant` that shares the configured assistant's
embedder (and generator settings). Each question (in the questions language; the XQuAD files are
parallel, so question i of xquad.en.json is question i of xquad.ru.json) must retrieve its own
paragraph. BM25, dense and hybrid retrieval are measured side by side with
`assistant._ready_retriever().retrieve(question, k, mode)`; ranks are article level (a paragraph
is split into several chunks; duplicates collapse), MRR is computed over the top RETRIEVAL_DEPTH
passages.

With `qa_sample=N`, N questions in the context language (evenly spaced over the question list) are
answered by the assistant and scored against the gold answers of that language: SQuAD exact
match, "gold answer contained in the answer" and SQuAD token F1.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import time
from pathlib import Path

from tqdm import tqdm

from ..assistant import Assistant
from . import metrics as m

MODES = ("lexical", "dense", "hybrid")
METRICS = ("recall@1", "recall@5", "mrr")
RETRIEVAL_DEPTH = 20


class XQuADError(ValueError):
    """The XQuAD folder or files are missing or not parallel."""


def load_xquad(folder: Path, lang: str) -> tuple[list[str], list[dict]]:
    """Paragraph texts and questions ({id, question, paragraph, answers}) in file order."""
    path = Path(folder) / f"xquad.{lang}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))["data"]
    except FileNotFoundError:
        raise XQuADError(f"{path}: not found (expected xquad.<lang>.json files in {folder})") from None
    except (ValueError, KeyError) as exc:
        raise XQuADError(f"{path}: not a SQuAD-format file ({exc})") from None
    paragraphs: list[str] = []
    questions: list[dict] = []
    for article in data:
        for p in article["paragraphs"]:
            pid = len(paragraphs)
            paragraphs.append(p["context"])
            for q in p["qas"]:
                questions.append({"id": q["id"], "question": q["question"], "paragraph": pid,
                                  "answers": [a["text"] for a in q["answers"]]})
    return paragraphs, questions


def paragraph_file(pid: int) -> str:
    return f"p{pid:03d}.txt"


def paragraphs_assistant(paragraphs: list[str], folder: Path, embedder=None, **settings) -> Assistant:
    """An assistant over `folder`/articles holding one .txt per paragraph (index in `folder`/index)."""
    articles = Path(folder) / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for pid, text in enumerate(paragraphs):
        (articles / paragraph_file(pid)).write_text(text, encoding="utf-8")
    return Assistant(articles_dir=articles, index_dir=Path(folder) / "index", embedder=embedder, **settings)


def run_xquad(folder: Path, base, questions_lang: str = "en", context_lang: str = "ru",
              limit: int | None = None, qa_sample: int = 0, progress: bool = True, log=print,
              workdir: Path | None = None) -> dict:
    """Return the summary; its "per_question" entry holds every question's rank per mode.

    `base` is the configured `Assistant` (its embedder and generator settings are used) or, for
    retrieval only, just an `Embedder`. `workdir` keeps the paragraphs and their index between
    runs (an incremental update finds nothing to embed); by default they go to a temporary folder."""
    embedder = base.embedder if isinstance(base, Assistant) else base
    gen_settings = ({"model": getattr(base, "_model_spec", None), "answer_mode": base.answer_mode}
                    if isinstance(base, Assistant) else {})
    paragraphs, context_questions = load_xquad(folder, context_lang)
    q_paragraphs, questions = load_xquad(folder, questions_lang)
    if len(q_paragraphs) != len(paragraphs) or [q["id"] for q in questions] != [q["id"] for q in context_questions]:
        raise XQuADError(f"xquad.{questions_lang}.json and xquad.{context_lang}.json are not parallel "
                         "(different paragraphs or question ids)")
    n_all = len(questions)
    if limit:
        questions = questions[:limit]
    result: dict = {"questions_lang": questions_lang, "context_lang": context_lang, "questions": len(questions),
                    "questions_available": n_all, "limited": len(questions) < n_all,
                    "embedder": embedder.id, "retrieval_depth": RETRIEVAL_DEPTH}
    folder_cm = (contextlib.nullcontext(workdir) if workdir
                 else tempfile.TemporaryDirectory(prefix="rag-xquad-", ignore_cleanup_errors=True))
    with folder_cm as tmp:
        assistant = paragraphs_assistant(paragraphs, Path(tmp), embedder, **gen_settings)
        log(f"indexing {len(paragraphs)} {context_lang} paragraphs ...")
        report = assistant.index(progress=progress)
        result.update({"paragraphs": report.articles, "chunks": report.chunks,
                       "index_seconds": round(report.seconds, 1),
                       "chunks_per_second": round(report.chunks_embedded / max(report.embed_seconds, 1e-9), 2)})
        retriever = assistant._ready_retriever()
        rows = [{"id": q["id"], "question": q["question"], "paragraph": paragraph_file(q["paragraph"]), "ranks": {}}
                for q in questions]
        for mode in MODES:
            t0 = time.perf_counter()
            for row in tqdm(rows, desc=f"xquad {mode}", unit="q", disable=not progress):
                hits = retriever.retrieve(row["question"], RETRIEVAL_DEPTH, mode).citations
                row["ranks"][mode] = m.first_relevant_rank([h.source for h in hits], [row["paragraph"]])
            ranks = [row["ranks"][mode] for row in rows]
            result[mode] = {"recall@1": m.recall_at(ranks, 1), "recall@5": m.recall_at(ranks, 5), "mrr": m.mrr(ranks),
                            "ms_per_query": (time.perf_counter() - t0) / max(1, len(rows)) * 1000}
            log(f"{questions_lang}->{context_lang} {mode:7s}  recall@1 {result[mode]['recall@1']:.3f}  "
                f"recall@5 {result[mode]['recall@5']:.3f}  MRR {result[mode]['mrr']:.3f}")
        if qa_sample:
            result["qa"] = _answer_sample(assistant, context_questions[: len(questions)], qa_sample, context_lang,
                                          progress, log)
    result["per_question"] = rows
    return result


def _answer_sample(assistant: Assistant, questions: list[dict], n: int, lang: str, progress: bool, log) -> dict:
    step = max(1, len(questions) // n)
    sample = [questions[i] for i in range(0, len(questions), step)][:n]
    answers, totals = [], []
    for q in tqdm(sample, desc=f"xquad answers ({lang})", unit="q", disable=not progress):
        t0 = time.perf_counter()
        a = assistant.answer(q["question"])
        totals.append(time.perf_counter() - t0)
        answers.append({"id": q["id"], "question": q["question"], "gold": q["answers"], "answer": a.text,
                        "abstained": a.abstained, "cited": [c.source for c in a.citations],
                        "cited_own_paragraph": paragraph_file(q["paragraph"]) in [c.source for c in a.citations],
                        "exact_match": m.exact_match(a.text, q["answers"]),
                        "contains_gold": m.contains_gold(a.text, q["answers"]),
                        "token_f1": m.token_f1(a.text, q["answers"])})
    info = assistant.info()
    qa = {"sample": len(answers), "language": lang, "generator": info["generator"],
          "answer_mode": "generate" if assistant.uses_generator() else "extract",
          "exact_match": m.mean([a["exact_match"] for a in answers]),
          "contains_gold": m.mean([a["contains_gold"] for a in answers]),
          "token_f1": m.mean([a["token_f1"] for a in answers]),
          "abstained": m.mean([float(a["abstained"]) for a in answers]),
          "cited_own_paragraph": m.mean([float(a["cited_own_paragraph"]) for a in answers]),
          "total_p50": m.percentile(totals, 50), "answers": answers}
    log(f"answers on {qa['sample']} {lang} questions: exact match {qa['exact_match']:.3f}, gold contained "
        f"{qa['contains_gold']:.3f}, token F1 {qa['token_f1']:.3f}")
    return qa
