"""Sentence-level evidence: the extractive fallback answer and the highlighted sentence.

Both embed the sentences of a handful of retrieved passages (never the corpus) with the same
multilingual embedder, so an English question finds the right Russian sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .chunking import sentence_spans
from .embeddings import Embedder
from .types import Citation

FALLBACK_PREFIX = {
    "en": "The articles say:",
    "ru": "В статьях сказано:",
    "uk": "У статтях сказано:",
}


@dataclass(frozen=True)
class EvidenceSentence:
    passage: int  # index into the passage list
    start: int  # article offsets
    end: int
    text: str
    score: float


def passage_sentences(c: Citation) -> list[tuple[int, int, str]]:
    return [(c.start + s, c.start + e, c.snippet[s:e]) for s, e in sentence_spans(c.snippet)]


def rank_sentences(query_vec: np.ndarray, passages: list[Citation], embedder: Embedder) -> list[EvidenceSentence]:
    items = [(i, s, e, t) for i, c in enumerate(passages) for s, e, t in passage_sentences(c)]
    if not items:
        return []
    vecs = embedder.embed_passages([t for *_, t in items])
    scores = vecs @ query_vec
    ranked = [EvidenceSentence(i, s, e, t, float(sc)) for (i, s, e, t), sc in zip(items, scores, strict=False)]
    return sorted(ranked, key=lambda x: -x.score)


def extractive_answer(ranked: list[EvidenceSentence], language: str, max_sentences: int = 2,
                      margin: float = 0.03) -> tuple[str, list[int], list[EvidenceSentence]]:
    """Quote the best sentences: (text with [n] markers, passage indices used, sentences)."""
    if not ranked:
        return "", [], []
    chosen = [s for s in ranked[:max_sentences] if s.score >= ranked[0].score - margin]
    used: list[int] = []
    parts = []
    for s in chosen:
        if s.passage not in used:
            used.append(s.passage)
        parts.append(f"«{s.text.strip()}» [{used.index(s.passage) + 1}]")
    return f"{FALLBACK_PREFIX.get(language, FALLBACK_PREFIX['en'])} " + " ".join(parts), used, chosen
