"""Offline question answering over news articles, with exact cited passages.

    import rag
    r = rag.answer("When did the NATO Iraq mission close?")
    r.text, r.citations, r.abstained
    hits = rag.search("...", k=5)
    a = rag.Assistant(articles_dir=..., index_dir=...)
"""

from __future__ import annotations

import threading

from .assistant import AnswerStream, Assistant, QuestionError
from .types import Answer, Citation

__all__ = ["Answer", "AnswerStream", "Assistant", "Citation", "QuestionError", "answer", "default_assistant",
           "search"]

_default: Assistant | None = None
_default_lock = threading.Lock()


def default_assistant() -> Assistant:
    """The process-wide Assistant over ./articles and ./index (settings from RAG_* variables)."""
    global _default
    with _default_lock:
        if _default is None:
            from .config import assistant_from_env

            _default = assistant_from_env()
        return _default


def answer(question: str, **kwargs) -> Answer:
    return default_assistant().answer(question, **kwargs)


def search(query: str, k: int = 5) -> list[Citation]:
    return default_assistant().search(query, k=k)
