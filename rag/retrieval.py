"""Hybrid retrieval: dense (FAISS) + lexical (FTS5 BM25), fused by weighted reciprocal rank.

Cost per question: one query embedding, one FAISS search, one FTS5 query, and a lookup of
the k winning chunks — nothing proportional to the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

from .embeddings import Embedder
from .indexer import IndexSnapshot
from .types import Citation

MODES = ("hybrid", "dense", "lexical")


@dataclass(frozen=True)
class RetrievalParams:
    depth: int = 50  # candidates taken from each leg before fusion
    rrf_k: int = 60
    dense_weight: float = 1.0
    lexical_weight: float = 1.0


def reciprocal_rank_fusion(
    rankings: list[list[int]], weights: list[float] | None = None, k: int = 60
) -> list[tuple[int, float]]:
    """Fuse ranked id lists: score(id) = sum_i w_i / (k + rank_i(id)), ranks from 1."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[int, float] = {}
    for ranking, w in zip(rankings, weights, strict=False):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + w / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


@dataclass
class RetrievalResult:
    citations: list[Citation]
    top_dense_score: float  # cosine of the best dense hit: the relevance signal for abstention


class Retriever:
    def __init__(self, snapshot: IndexSnapshot, embedder: Embedder, params: RetrievalParams = RetrievalParams()):
        self.snapshot = snapshot
        self.embedder = embedder
        self.params = params

    def retrieve(self, query: str, k: int = 5, mode: str = "hybrid") -> RetrievalResult:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        p = self.params
        depth = max(p.depth, k)
        dense: list[tuple[int, float]] = []
        if mode in ("hybrid", "dense"):
            qv = self.embedder.embed_queries([query])[0]
            dense = self.snapshot.vectors.search(qv, depth)
        lexical = self.snapshot.store.lexical_search(query, depth) if mode in ("hybrid", "lexical") else []

        if mode == "dense":
            fused = dense
        elif mode == "lexical":
            fused = lexical
        else:
            fused = reciprocal_rank_fusion(
                [[i for i, _ in dense], [i for i, _ in lexical]], [p.dense_weight, p.lexical_weight], p.rrf_k
            )
        top = fused[:k]
        rows = self.snapshot.store.chunk_rows([i for i, _ in top])
        citations = []
        for cid, score in top:
            r = rows.get(cid)
            if r is None:  # vector without a chunk row would be an index bug; never show it
                continue
            citations.append(Citation(
                source=r["source"], title=r["title"], date=r["date"], language=r["language"],
                snippet=r["text"], start=r["start"], end=r["end"], score=float(score), chunk_id=cid,
            ))
        return RetrievalResult(citations, dense[0][1] if dense else 0.0)
