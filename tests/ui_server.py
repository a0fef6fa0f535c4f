"""Start the chat app on a free port over a fresh copy of the seed articles (shared by the UI tests).

The seed index is built once per test session and copied for each app, so every app starts from
the same articles and index without embedding them again."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import rag

from .conftest import SEED


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _seed_index(base: Path) -> Path:
    """articles/ + index/ of the seed articles under `base` (built on the first call)."""
    if not (base / "index" / "CURRENT").exists():
        shutil.rmtree(base, ignore_errors=True)
        shutil.copytree(SEED, base / "articles")
        rag.Assistant(articles_dir=base / "articles", index_dir=base / "index").index()
    return base


def start_app(tmp: Path):
    """Serve the chat over a private copy of the seed articles and index in `tmp`.

    Returns (app, url, assistant); stop with `app.close()`."""
    from ui.app import launch

    base = _seed_index(tmp.parent / "ui-seed")
    shutil.copytree(base / "articles", tmp / "articles")
    shutil.copytree(base / "index", tmp / "index")
    assistant = rag.Assistant(articles_dir=tmp / "articles", index_dir=tmp / "index")
    port = free_port()
    app = launch(assistant, port=port, block=False)
    return app, f"http://127.0.0.1:{port}/", assistant
