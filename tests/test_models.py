import pytest

from rag.generation import Generator
from rag.models import ModelNotFoundError, resolve_generator


def test_default_generator_comes_from_a_pypi_package():
    spec = resolve_generator("")
    assert spec.path.suffix == ".gguf" and spec.path.is_file()
    assert "site-packages" in str(spec.path) and "(PyPI: " in spec.label
    assert spec.path.read_bytes()[:4] == b"GGUF"


def test_missing_model_file_names_the_flag(tmp_path):
    with pytest.raises(ModelNotFoundError, match="--model"):
        resolve_generator(str(tmp_path / "nope.gguf"))


def test_bad_hf_spec_is_explained():
    with pytest.raises(ModelNotFoundError, match="hf:<repo_id>:<file.gguf>"):
        resolve_generator("hf:just-a-repo")


def test_corrupt_model_file_fails_with_a_clear_message(tmp_path):
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\x00" * 64)
    with pytest.raises(ModelNotFoundError, match="Could not load the model"):
        Generator(resolve_generator(str(bad)))


def _fake_split(tmp_path, monkeypatch, chunks: list[bytes], sha: str | None = None):
    """Part packages on sys.path, one byte range each, like the PyPI part packages."""
    import hashlib

    from rag.models import SplitGGUF

    site = tmp_path / "site"
    for i, data in enumerate(chunks, start=1):
        pkg = site / f"fake_model_part{i}"
        (pkg / "data").mkdir(parents=True)
        (pkg / "__init__.py").write_text("")
        (pkg / "data" / f"part{i:02d}.bin").write_bytes(data)
    monkeypatch.syspath_prepend(str(site))
    whole = b"".join(chunks)
    modules = tuple(f"fake_model_part{i}" for i in range(1, len(chunks) + 1))
    return SplitGGUF(name="fake", label="fake", modules=modules,
                     pattern="data/part*.bin", sha256=sha or hashlib.sha256(whole).hexdigest(), size=len(whole))


def test_split_model_is_joined_once_in_order(tmp_path, monkeypatch):
    from rag.models import join_split_gguf

    split = _fake_split(tmp_path, monkeypatch, [b"GGUF-one-", b"two-", b"three"])
    path = join_split_gguf(split, tmp_path / "cache")
    assert path.read_bytes() == b"GGUF-one-two-three"
    mtime = path.stat().st_mtime_ns
    assert join_split_gguf(split, tmp_path / "cache").stat().st_mtime_ns == mtime  # reused, not rejoined


def test_split_model_with_a_wrong_hash_is_refused_and_leaves_nothing(tmp_path, monkeypatch):
    from rag.models import join_split_gguf

    split = _fake_split(tmp_path, monkeypatch, [b"GGUF-a", b"b"], sha="0" * 64)
    with pytest.raises(ModelNotFoundError, match="reinstall the part packages"):
        join_split_gguf(split, tmp_path / "cache")
    assert not any((tmp_path / "cache").iterdir())


def test_split_model_with_a_missing_part_is_not_available(tmp_path, monkeypatch):
    from dataclasses import replace

    from rag.models import join_split_gguf

    split = _fake_split(tmp_path, monkeypatch, [b"GGUF-a", b"b"])
    assert join_split_gguf(replace(split, modules=split.modules + ("fake_model_part_missing",)), tmp_path / "c") is None


def test_unknown_or_missing_split_model_names_the_fix(monkeypatch):
    import rag.models as models

    with pytest.raises(ModelNotFoundError, match="known: pypi:"):
        resolve_generator("pypi:no-such-model")
    missing = models.SplitGGUF(name="absent", label="Absent 1B", modules=("absent_model_part1",),
                               pattern="data/*.bin", sha256="0" * 64, size=1)
    monkeypatch.setattr(models, "PYPI_GGUF_PARTS", [missing])
    with pytest.raises(ModelNotFoundError, match="pip install absent-model-part1"):
        resolve_generator("pypi:absent")


def test_the_translator_is_the_pypi_model_unless_turned_off(monkeypatch):
    from rag import models

    assert models.resolve_translator("none") is None
    monkeypatch.setenv("RAG_TRANSLATOR", "off")
    assert models.resolve_translator() is None and models.translator_label() == "off"
    monkeypatch.delenv("RAG_TRANSLATOR")
    assert models.translator_label().startswith("Qwen2.5-Coder-1.5B")  # said without joining the parts
    spec = models.resolve_translator()  # the `translation` extra is installed by make setup
    assert spec.label.startswith("Qwen2.5-Coder-1.5B") and spec.path.stat().st_size == 1_117_320_768
    monkeypatch.setattr(models, "join_split_gguf", lambda split: None)  # its packages missing
    monkeypatch.setattr(models, "_split_parts", lambda split: None)
    with pytest.raises(ModelNotFoundError, match=r"pip install -e '\.\[translation\]'"):
        models.resolve_translator()
    assert models.translator_label().startswith("not installed")
