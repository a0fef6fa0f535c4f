"""Moving a question's vector from its script's side of e5's space to the passages' side.

e5 places an English question and a Russian passage further apart than a Russian question and
the same passage: a language component rides on every vector, and for an English question over
Russian text it is noise that differs from passage to passage. The mean vector of questions in
each script estimates it; subtracting the difference of the means (English − Cyrillic questions)
from an English question before scoring Russian chunks and sentences removes most of it
("language-neutral" embeddings; Libovický et al., 2020, centre each language's vectors).

The means are those of the development questions (benchmarks/dev_questions.yaml, stand-alone
ones: 16 English, 22 Russian and Ukrainian), made by benchmarks/make_question_centroids.py for the
default embedder. Measured on XQuAD, which they share nothing with (docs/models.md): en→ru hybrid
recall@1 on the even / odd questions 0.876 / 0.867 → 0.899 / 0.884 at weight 1.0. Only scores of
chunks in the other script change; the abstention thresholds and the quoted sentences still use
the question's own vector. Other embedders have no means and are left alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .language import script_of

CENTROIDS_FILE = Path(__file__).parent / "data" / "question_centroids.json"


def load_centroids(embedder_id: str, path: Path = CENTROIDS_FILE) -> dict[str, np.ndarray] | None:
    """Per script, the mean question vector for this embedder; None if none was made for it."""
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    if data.get("embedder") != embedder_id:
        return None
    return {script: np.asarray(v, dtype=np.float32) for script, v in data["centroids"].items()}


def shifted_queries(query_vec: np.ndarray, question_language: str, centroids: dict[str, np.ndarray] | None,
                    weight: float) -> dict[str, np.ndarray]:
    """For each script other than the question's: the question's vector moved by `weight` × (mean
    of the passages' script − mean of its own), normalised. Empty when nothing applies."""
    own = script_of(question_language)
    if not centroids or not weight or own not in centroids:
        return {}
    out = {}
    for script, centroid in centroids.items():
        if script != own:
            v = query_vec - weight * (centroids[own] - centroid)
            out[script] = (v / np.linalg.norm(v)).astype(np.float32)
    return out
