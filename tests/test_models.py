import pytest

from rag.generation import Generator
from rag.models import ModelNotFoundError, resolve_generator


def test_default_generator_comes_from_a_pypi_package():
    spec = resolve_generator("")
    assert spec.path.suffix == ".gguf" and spec.path.is_file()
    assert "site-packages" in str(spec.path)


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
