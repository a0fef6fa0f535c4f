"""FAISS vector index keyed by chunk id, with removal support for incremental updates.

Index types (inner product on L2-normalised vectors = cosine):
* "flat"    exact search; right up to a few hundred thousand chunks.
* "ivf"     IVF with flat lists; sub-linear search for millions of chunks (needs training).
* "ivf-sq8" IVF with 8-bit scalar-quantised vectors: 4x less memory, for the largest corpora.
"auto" picks flat below AUTO_IVF_THRESHOLD vectors and ivf above it, at (re)build time, and an
update that takes a flat index past it switches it to ivf (`as_ivf`).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

AUTO_IVF_THRESHOLD = 200_000
INDEX_TYPES = ("auto", "flat", "ivf", "ivf-sq8")


class VectorIndex:
    def __init__(self, index, kind: str):
        self.index = index
        self.kind = kind

    @staticmethod
    def create(dim: int, kind: str, training: np.ndarray | None = None) -> VectorIndex:
        import faiss

        n = 0 if training is None else len(training)
        if kind == "auto":
            kind = "ivf" if n >= AUTO_IVF_THRESHOLD else "flat"
        if kind == "flat":
            return VectorIndex(faiss.IndexIDMap2(faiss.IndexFlatIP(dim)), kind)
        if kind not in ("ivf", "ivf-sq8"):
            raise ValueError(f"unknown index type {kind!r}; choose one of {', '.join(INDEX_TYPES)}")
        if n < 1000:
            raise ValueError(f"index type {kind!r} needs at least 1000 vectors to train, got {n}")
        nlist = max(16, min(65536, int(4 * math.sqrt(n))))
        spec = f"IVF{nlist},{'SQ8' if kind == 'ivf-sq8' else 'Flat'}"
        index = faiss.index_factory(dim, spec, faiss.METRIC_INNER_PRODUCT)
        _keep_id_map(index)
        sample = training[np.random.default_rng(0).choice(n, size=min(n, nlist * 64), replace=False)]
        index.train(np.ascontiguousarray(sample, dtype=np.float32))
        index.nprobe = max(8, nlist // 32)
        return VectorIndex(index, kind)

    @property
    def dim(self) -> int:
        return int(self.index.d)

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    def add(self, ids: list[int], vectors: np.ndarray) -> None:
        if len(ids):
            self.index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64))

    def remove(self, ids: list[int]) -> None:
        if ids:
            self.index.remove_ids(np.asarray(ids, dtype=np.int64))

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        import faiss

        if self.size == 0:
            return []
        # One query: FAISS parallelises over queries, so its OpenMP threads have nothing to do, yet
        # its pool (a libgomp of its own, not the encoder's) then spins on the same cores as the
        # encoder of the next question. Single-threaded: seed search p50 35 → 28 ms; flat search
        # of 200k vectors 38 → 26 ms; IVF unchanged (docs/models.md). Restored for index builds.
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            scores, ids = self.index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        finally:
            faiss.omp_set_num_threads(threads)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=False) if i != -1]

    def vectors(self, ids: list[int]) -> np.ndarray | None:
        """The stored vectors of these ids (IVF-SQ8: decoded, approximate), or None if the index
        cannot return them."""
        try:
            return np.vstack([self.index.reconstruct(int(i)) for i in ids]) if ids else np.zeros((0, self.dim))
        except RuntimeError:
            return None

    def as_ivf(self) -> VectorIndex:
        """The same ids and vectors in an IVF index trained on them: for a flat index that has grown
        past AUTO_IVF_THRESHOLD through updates (a build makes that choice once, at its start)."""
        import faiss

        ids = faiss.vector_to_array(self.index.id_map).astype(np.int64)
        vectors = self.index.index.reconstruct_n(0, self.size)
        out = VectorIndex.create(self.dim, "ivf", training=vectors)
        out.add(ids, vectors)
        return out

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self.index, str(path))

    @staticmethod
    def load(path: Path, kind: str) -> VectorIndex:
        import faiss

        index = faiss.read_index(str(path))
        if kind.startswith("ivf"):
            faiss.extract_index_ivf(index).nprobe = max(8, faiss.extract_index_ivf(index).nlist // 32)
            _keep_id_map(index)  # indexes written before `vectors()` existed have none
        return VectorIndex(index, kind)


def _keep_id_map(index) -> None:
    """Give an IVF index an id → list position map, so `vectors()` can reconstruct by chunk id;
    the hashtable kind keeps `remove_ids` working. Built once, at creation or load, not per search."""
    import faiss

    ivf = faiss.extract_index_ivf(index)
    if ivf.direct_map.type == faiss.DirectMap.NoMap:
        ivf.set_direct_map_type(faiss.DirectMap.Hashtable)
