"""Write rag/data/question_centroids.json: the default embedder's mean question vector per script.

    python benchmarks/make_question_centroids.py [--questions benchmarks/dev_questions.yaml]

The stand-alone development questions (not eval_questions.yaml, which stays held out) are embedded
as queries; English ones give the Latin mean, Russian and Ukrainian ones the Cyrillic mean.
rag/script_shift.py uses their difference. Rerun after changing the embedder or the questions.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from rag.evaluation.questions import load_questions  # noqa: E402
from rag.language import script_of  # noqa: E402
from rag.models import resolve_embedder  # noqa: E402
from rag.script_shift import CENTROIDS_FILE  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", default=str(Path(__file__).parent / "dev_questions.yaml"))
    args = ap.parse_args()
    embedder = resolve_embedder(None)
    by_script: dict[str, list[str]] = {}
    for q in load_questions(Path(args.questions)):
        if q.follow_up_of is None and script_of(q.language):
            by_script.setdefault(script_of(q.language), []).append(q.question)
    centroids = {s: np.asarray(embedder.embed_queries(qs)).mean(0).round(6).tolist() for s, qs in by_script.items()}
    CENTROIDS_FILE.parent.mkdir(exist_ok=True)
    CENTROIDS_FILE.write_text(json.dumps({
        "embedder": embedder.id,
        "source": f"{Path(args.questions).name}, stand-alone questions",
        "questions": {s: len(qs) for s, qs in by_script.items()},
        "centroids": centroids,
    }))
    print(f"wrote {CENTROIDS_FILE}: " + ", ".join(f"{s} {len(qs)} questions" for s, qs in by_script.items()))


if __name__ == "__main__":
    main()
