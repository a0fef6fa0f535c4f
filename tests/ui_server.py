"""Start the chat app on a free port over a fresh copy of the seed articles (shared by UI tests)."""

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


def start_app(tmp: Path):
    from ui.app import launch

    shutil.copytree(SEED, tmp / "articles")
    assistant = rag.Assistant(articles_dir=tmp / "articles", index_dir=tmp / "index")
    port = free_port()
    app = launch(assistant, port=port, block=False)
    return app, f"http://127.0.0.1:{port}/", assistant
