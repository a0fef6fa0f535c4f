"""Scoring chunks in another script with the question's vector moved towards that script."""

import json

import numpy as np
import pytest

from rag.script_shift import CENTROIDS_FILE, load_centroids, shifted_queries
from rag.vector_index import VectorIndex


def test_the_shipped_means_are_for_the_default_embedder_and_others_get_none(tmp_path):
    data = json.loads(CENTROIDS_FILE.read_text())
    centroids = load_centroids(data["embedder"])
    assert set(centroids) == {"latin", "cyrillic"} and all(v.shape == (384,) for v in centroids.values())
    assert load_centroids("st:some-other-model") is None
    assert load_centroids(data["embedder"], tmp_path / "missing.json") is None


def test_a_question_moves_only_towards_the_other_script():
    centroids = {"latin": np.array([1.0, 0.0, 0.0], np.float32), "cyrillic": np.array([0.0, 1.0, 0.0], np.float32)}
    q = np.array([0.6, 0.0, 0.8], np.float32)
    shifted = shifted_queries(q, "en", centroids, weight=1.0)
    assert set(shifted) == {"cyrillic"}  # nothing changes for chunks in the question's own script
    v = shifted["cyrillic"]
    assert np.linalg.norm(v) == pytest.approx(1.0)
    assert v @ centroids["cyrillic"] > q @ centroids["cyrillic"] and v @ centroids["latin"] < q @ centroids["latin"]
    assert set(shifted_queries(q, "uk", centroids, 1.0)) == {"latin"}
    assert shifted_queries(q, "en", centroids, 0.0) == {}
    assert shifted_queries(q, "de", centroids, 1.0) == {}  # unknown script
    assert shifted_queries(q, "en", None, 1.0) == {}


@pytest.mark.parametrize("kind", ["flat", "ivf"])
def test_the_vector_index_returns_stored_vectors_after_removals(kind):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(1200, 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    index = VectorIndex.create(16, kind, training=x)
    index.add(list(range(1, 1201)), x)
    index.remove([5])
    got = index.vectors([1, 7, 1200])
    assert got is not None and np.allclose(got, x[[0, 6, 1199]], atol=1e-6)


def test_other_script_chunks_are_rescored_with_the_shifted_question():
    from rag.retrieval import RetrievalParams, Retriever
    from rag.store import ChunkFeatures

    class Snapshot:
        vectors = VectorIndex.create(2, "flat")

    Snapshot.vectors.add([1, 2], np.array([[1.0, 0.0], [0.0, 1.0]], np.float32))
    r = Retriever.__new__(Retriever)
    r.params, r.snapshot = RetrievalParams(own_language_penalty=0.0), Snapshot()
    q = np.array([1.0, 0.0], np.float32)
    towards_2 = np.array([0.0, 1.0], np.float32)
    feats = {i: ChunkFeatures(spans=[(0, 1)], sentence_vectors=Snapshot.vectors.vectors([i])) for i in (1, 2)}
    fused = [(1, 1.0), (2, 0.0)]  # dense cosines of q
    plain = dict(r._rescore(q, None, fused, feats))
    assert plain == {1: pytest.approx(2.0), 2: pytest.approx(0.0)}
    # chunk 2 is in the other script: its chunk and sentence cosines are those of the shifted vector
    moved = dict(r._rescore(q, None, fused, feats, shifted={"cyrillic": towards_2}, other_script={2: "cyrillic"}))
    assert moved == {1: pytest.approx(2.0), 2: pytest.approx(2.0)}
