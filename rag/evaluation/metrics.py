"""Metric functions (pure; tested on hand-made cases)."""

from __future__ import annotations

import re
import unicodedata

import numpy as np


def normalise(text: str) -> str:
    """The normalisation documented in eval_questions.yaml: NFKC, lower case, ё→е, one form of
    apostrophe, quote and dash, whitespace runs (NBSP, thin space) collapsed to one space."""
    t = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    t = re.sub(r"[’ʼ`´]", "'", t)
    t = re.sub(r"[«»“”„]", '"', t)
    t = re.sub(r"[–—−]", "-", t)
    return re.sub(r"\s+", " ", t).strip()


def answer_matches(answer: str, accepted: list[str]) -> bool:
    """True if any accepted pattern matches (plain: substring; "re:": regex), language-agnostic."""
    text = normalise(answer)
    for a in accepted:
        if a.startswith("re:"):
            if re.search(a[3:], text, re.IGNORECASE):
                return True
        elif normalise(a) in text:
            return True
    return False


def first_relevant_rank(ranked_sources: list[str], expected: list[str]) -> int | None:
    """1-based rank of the first article that is one of the expected ones (article level, deduplicated)."""
    seen: list[str] = []
    for s in ranked_sources:
        if s not in seen:
            seen.append(s)
    for i, s in enumerate(seen, start=1):
        if s in expected:
            return i
    return None


def recall_at(ranks: list[int | None], k: int) -> float:
    return float(np.mean([r is not None and r <= k for r in ranks])) if ranks else float("nan")


def mrr(ranks: list[int | None]) -> float:
    return float(np.mean([1.0 / r if r else 0.0 for r in ranks])) if ranks else float("nan")


def citation_precision(cited: list[str], expected: list[str]) -> float | None:
    """Share of citations that point at an expected article (None when nothing was cited)."""
    return sum(c in expected for c in cited) / len(cited) if cited else None


def citation_recall(cited: list[str], expected: list[str]) -> float:
    """1.0 if at least one expected article is cited. Expected sources are alternatives (any one
    answers the question), so citing one of them is full recall."""
    return 1.0 if any(c in expected for c in cited) else 0.0


def precision_recall(predicted: list[bool], actual: list[bool]) -> tuple[float, float]:
    tp = sum(p and a for p, a in zip(predicted, actual, strict=True))
    pp, ap = sum(predicted), sum(actual)
    return (tp / pp if pp else float("nan")), (tp / ap if ap else float("nan"))


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")
