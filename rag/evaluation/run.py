"""Run a question set through one Assistant and collect per-question results."""

from __future__ import annotations

import time

from tqdm import tqdm

from ..assistant import Assistant
from . import metrics as m
from .questions import EvalQuestion


def run_questions(assistant: Assistant, questions: list[EvalQuestion], k: int = 5,
                  progress: bool = True) -> list[dict]:
    answers: dict[str, tuple[str, str]] = {}  # id -> (question, answer text), for follow-ups
    rows = []
    for q in tqdm(questions, desc="evaluating", unit="q", disable=not progress):
        history = [answers[q.follow_up_of]] if q.follow_up_of else None
        t0 = time.perf_counter()
        stream = assistant.stream(q.question, history=history, k=k)
        ttft = None
        for _ in stream:
            if ttft is None:
                ttft = time.perf_counter() - t0
        total = time.perf_counter() - t0
        r = stream.result
        answers[q.id] = (q.question, r.text)
        hits = assistant.search(r.standalone_question or q.question, k=max(k, 5))
        rank = m.first_relevant_rank([h.source for h in hits], q.sources) if not q.abstain else None
        cited = [c.source for c in r.citations]
        matched = (not r.abstained) and m.answer_matches(r.text, q.answers) if not q.abstain else False
        correct = r.abstained if q.abstain else matched
        rows.append({
            "id": q.id, "language": q.language, "question": q.question, "expected_abstain": q.abstain,
            "abstained": r.abstained, "answer_correct": correct,
            "answer_and_source_correct": correct and (q.abstain or m.citation_recall(cited, q.sources) == 1.0),
            "retrieval_rank": rank, "cited": cited,
            "citation_precision": None if q.abstain else m.citation_precision(cited, q.sources),
            "citation_recall": None if q.abstain else m.citation_recall(cited, q.sources),
            "fallback": r.fallback, "extractive": r.extractive, "ttft": ttft or total, "total": total,
            "answer": r.text, "standalone_question": r.standalone_question, "tags": q.tags,
        })
    return rows


def summarise(rows: list[dict]) -> dict:
    answerable = [r for r in rows if not r["expected_abstain"]]
    ranks = [r["retrieval_rank"] for r in answerable]
    precisions = [r["citation_precision"] for r in answerable if r["citation_precision"] is not None]
    ab_p, ab_r = m.precision_recall([r["abstained"] for r in rows], [r["expected_abstain"] for r in rows])
    return {
        "questions": len(rows),
        "answerable": len(answerable),
        "recall@1": m.recall_at(ranks, 1), "recall@3": m.recall_at(ranks, 3), "recall@5": m.recall_at(ranks, 5),
        "mrr": m.mrr(ranks),
        "answer_correct": sum(r["answer_correct"] for r in rows) / len(rows) if rows else float("nan"),
        "answer_and_source_correct": (sum(r["answer_and_source_correct"] for r in rows) / len(rows)
                                      if rows else float("nan")),
        "citation_precision": sum(precisions) / len(precisions) if precisions else float("nan"),
        "citation_recall": (sum(r["citation_recall"] for r in answerable) / len(answerable)
                            if answerable else float("nan")),
        "abstention_precision": ab_p, "abstention_recall": ab_r,
        "fallback_rate": sum(r["fallback"] for r in rows) / len(rows) if rows else float("nan"),
        "ttft_p50": m.percentile([r["ttft"] for r in rows], 50),
        "ttft_p95": m.percentile([r["ttft"] for r in rows], 95),
        "total_p50": m.percentile([r["total"] for r in rows], 50),
        "total_p95": m.percentile([r["total"] for r in rows], 95),
    }
