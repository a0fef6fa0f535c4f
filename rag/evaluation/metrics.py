"""Metric functions: pure, language-agnostic, tested on hand-made cases (tests/test_eval_metrics.py).

Definitions (also in docs/eval.md):

* Answer correctness — an answer is correct if ANY accepted answer matches it.
  - plain string: substring match after `normalise_for_match` on both sides (NFKC, lower case,
    ё→е, punctuation removed, whitespace collapsed, thousands separators removed: "2 500",
    "2,500", "2.500", "2 500" → "2500");
  - "re:<regex>": `re.search(regex, text, IGNORECASE)` where text is the answer after `normalise`
    (the light form: punctuation kept, because the question file's regexes use `\\.` and `[^.]`),
    tried once more on that form with thousands separators removed and ISO dates (the form the
    assistant prints article dates in, "(2018-01-08)") also written as DD.MM.YYYY ("08.01.2018"),
    the numeric form the question file's date patterns accept.
  Nothing depends on the language of the question: an English question answered in Russian is
  correct if an accepted pattern (which lists the forms in every language) matches.
* Retrieval recall@k / MRR — on article level: the ranked passages are collapsed to their
  articles (first occurrence keeps its rank); the rank is that of the first expected article.
* Citation precision — cited passages whose article is an expected source / cited passages
  (undefined when nothing is cited: the question is left out of the mean).
* Citation recall — expected articles cited / expected articles needed, capped at 1. The question
  file lists `sources` as alternatives (any one of them answers the question), so one article is
  needed and citing any one of them is full recall; with `all_required=True` every listed source
  is needed and recall is the cited fraction.
* Abstention precision / recall — abstention is the positive class: precision = correct
  abstentions / all abstentions; recall = correct abstentions / questions that should be abstained on.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

_APOSTROPHES = re.compile(r"[’ʼ`´‘']")
_QUOTES = re.compile(r"[«»“”„]")
_DASHES = re.compile(r"[‐‑‒–—―−]")
# A 1–3 digit group followed by groups of exactly three digits, separated by one space, NBSP,
# thin space, comma or dot: "2 500", "2,500", "12.300.000". Not "2017 300" (first group too long),
# not "7,5" or "21.12.2021" (groups of the wrong size).
_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?:[ \u00a0\u202f\u2009,.]\d{3})+)(?![\d]|[.,]\d)")
_NON_WORD = re.compile(r"[^\w\s]|_")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def normalise(text: str) -> str:
    """Light normalisation (the one the question file documents): NFKC, lower case, ё→е, one form
    of apostrophe, quote and dash, whitespace runs (NBSP, thin space) collapsed to one space."""
    t = unicodedata.normalize("NFKC", text or "").lower().replace("ё", "е")
    t = _APOSTROPHES.sub("'", t)
    t = _QUOTES.sub('"', t)
    t = _DASHES.sub("-", t)
    return re.sub(r"\s+", " ", t).strip()


def collapse_thousands(text: str) -> str:
    """"2 500", "2,500", "2.500" → "2500" (see `_THOUSANDS` for what is left alone)."""
    return _THOUSANDS.sub(lambda mt: mt.group(1) + re.sub(r"\D", "", mt.group(2)), text)


def normalise_for_match(text: str) -> str:
    """Full normalisation for plain-string answers: `normalise`, thousands separators removed,
    apostrophes dropped inside words, every other punctuation mark a space, spaces collapsed."""
    t = collapse_thousands(normalise(text).replace("\u00a0", " "))
    t = t.replace("'", "")
    t = _NON_WORD.sub(" ", t)
    return re.sub(r"\s+", " ", t).strip()


def iso_dates_as_dmy(text: str) -> str:
    """"2018-01-08" → "2018-01-08 (08.01.2018)": the ISO date kept, the numeric European form added."""
    return _ISO_DATE.sub(lambda mt: f"{mt.group(0)} ({mt.group(3)}.{mt.group(2)}.{mt.group(1)})", text)


def answer_matches(answer: str, accepted: list[str]) -> bool:
    """True if any accepted answer matches (plain: normalised substring; "re:": regex)."""
    light = normalise(answer)
    variants = (light, iso_dates_as_dmy(collapse_thousands(light)))
    full = normalise_for_match(answer)
    for a in accepted:
        if a.startswith("re:"):
            pattern = re.compile(a[3:], re.IGNORECASE)
            if any(pattern.search(v) for v in variants):
                return True
        else:
            needle = normalise_for_match(a)
            if needle and needle in full:
                return True
    return False


# --- retrieval --------------------------------------------------------------------------------
def article_ranking(ranked_sources: list[str]) -> list[str]:
    """Passage sources in rank order → articles in rank order (duplicates collapsed)."""
    return list(dict.fromkeys(ranked_sources))


def first_relevant_rank(ranked_sources: list[str], expected: list[str]) -> int | None:
    """1-based article-level rank of the first expected article, None if none was retrieved."""
    for i, s in enumerate(article_ranking(ranked_sources), start=1):
        if s in expected:
            return i
    return None


def recall_at(ranks: list[int | None], k: int) -> float:
    """Share of questions whose first relevant article is within the top k (NaN for no questions)."""
    return sum(r is not None and r <= k for r in ranks) / len(ranks) if ranks else math.nan


def mrr(ranks: list[int | None]) -> float:
    """Mean reciprocal rank; a question with no relevant article retrieved contributes 0."""
    return sum(1.0 / r if r else 0.0 for r in ranks) / len(ranks) if ranks else math.nan


# --- citations --------------------------------------------------------------------------------
def citation_precision(cited: list[str], expected: list[str]) -> float | None:
    """Fraction of cited passages (one entry per citation) from an expected article; None if none cited."""
    return sum(c in expected for c in cited) / len(cited) if cited else None


def citation_recall(cited: list[str], expected: list[str], all_required: bool = False) -> float | None:
    """Expected articles cited / expected articles needed, capped at 1 (None if nothing is expected).

    Sources are alternatives by default, so one article is needed: citing any one of them is 1.0."""
    expected_set = set(expected)
    if not expected_set:
        return None
    needed = len(expected_set) if all_required else 1
    return min(1.0, len(expected_set & set(cited)) / needed)


# --- abstention -------------------------------------------------------------------------------
def precision_recall(predicted: list[bool], actual: list[bool]) -> tuple[float, float]:
    """Precision and recall of a boolean prediction (NaN where the denominator is 0)."""
    tp = sum(p and a for p, a in zip(predicted, actual, strict=True))
    pp, ap = sum(predicted), sum(actual)
    return (tp / pp if pp else math.nan), (tp / ap if ap else math.nan)


# --- latency ----------------------------------------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default method), NaN for no values."""
    xs = sorted(v for v in values if v is not None)
    if not xs:
        return math.nan
    pos = (len(xs) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


# --- extractive QA (XQuAD) --------------------------------------------------------------------
def exact_match(prediction: str, gold: list[str]) -> float:
    """SQuAD exact match: 1.0 if the normalised prediction equals a normalised gold answer."""
    p = normalise_for_match(prediction)
    return float(any(p == normalise_for_match(g) for g in gold))


def contains_gold(prediction: str, gold: list[str]) -> float:
    """1.0 if a normalised gold answer occurs in the normalised prediction (sentence answers)."""
    p = normalise_for_match(prediction)
    return float(any(normalise_for_match(g) and normalise_for_match(g) in p for g in gold))


def token_f1(prediction: str, gold: list[str]) -> float:
    """SQuAD token F1 (bag of normalised tokens), best over the gold answers."""
    p = normalise_for_match(prediction).split()
    best = 0.0
    for g in gold:
        gt = normalise_for_match(g).split()
        common = sum((Counter(p) & Counter(gt)).values())
        if common:
            precision, recall = common / len(p), common / len(gt)
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


def mean(values: list[float | None]) -> float:
    """Mean of the defined values (None and NaN left out); NaN when none is defined."""
    xs = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    return sum(xs) / len(xs) if xs else math.nan
