"""Small helpers shared by the benchmark scripts (they print numbers; nothing is asserted)."""

from __future__ import annotations

import resource
from pathlib import Path

import numpy as np

from rag import Assistant
from rag.assistant import MAX_PASSAGES_PER_ARTICLE, diverse_passages
from rag.evaluation.metrics import contains_gold
from rag.extractive import EvidenceSentence, rank_sentences
from rag.retrieval import Retriever
from rag.types import Citation

# ../shared/bench/xquad next to the repository (XQuAD ru/en, CC BY-SA 4.0)
XQUAD_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "xquad"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=np.float64), q)) if values else float("nan")


def quote_candidates(a: Assistant, retriever: Retriever,
                     question: str) -> tuple[list[Citation], list[EvidenceSentence]]:
    """What `Assistant.answer` (quote mode, a stand-alone question) has before re-ranking: the
    answer passages and their sentences by cosine. Benchmarks replay the re-ranking on these."""
    res = retriever.retrieve(question, max(a.k, 2 * a.context_passages))
    passages = diverse_passages(res.citations, a.context_passages, MAX_PASSAGES_PER_ARTICLE)
    return passages, rank_sentences(res.query_vec, passages, a.embedder, res.features)


def quote_scores(chosen: list[EvidenceSentence], passages: list[Citation], own_source: str,
                 gold: list[str]) -> tuple[bool, bool, float]:
    """For quoted sentences: (they hold a gold answer, the first one does, share of them from `own_source`)."""
    return (contains_gold(" ".join(s.text for s in chosen), gold), contains_gold(chosen[0].text, gold),
            sum(passages[s.passage].source == own_source for s in chosen) / len(chosen))
