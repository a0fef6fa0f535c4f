"""Small helpers shared by the benchmark scripts (they print numbers; nothing is asserted)."""

from __future__ import annotations

import resource
from pathlib import Path

import numpy as np

# ../shared/bench/xquad next to the repository (XQuAD ru/en, CC BY-SA 4.0)
XQUAD_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "xquad"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=np.float64), q)) if values else float("nan")
