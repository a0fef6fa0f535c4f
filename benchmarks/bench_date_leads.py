"""The date that leads a "when" answer (answer_lead.py), checked against XQuAD's gold answers.

    python benchmarks/bench_date_leads.py [--xquad ../shared/bench/xquad] [--workdir DIR]

The corpus is the 240 Russian paragraphs, one file per Wikipedia article (as bench_refusals.py
--unit article). Every question asking for a date ("When…", "In what year…", "Когда…", "В каком
году…") is asked in English and in Russian through `Assistant.answer`. Printed per language:
  date questions      questions whose wording asks for a date
  quote holds gold    answers whose text holds the Russian gold answer (SQuAD-normalised)
  with a lead         answers that open with a date
  lead agrees         the lead names no day, month or year other than the gold answer's
                      (a gold answer that is no date, such as "в 1990-х", must contain the lead's year)
  lead exact          the lead is the gold answer's date, no more and no less specific
  lead wrong, quote right   the lead contradicts the gold although the quote holds it
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tqdm import tqdm  # noqa: E402

from benchmarks._util import XQUAD_DIR  # noqa: E402
from benchmarks.bench_refusals import write_articles  # noqa: E402
from rag import Assistant  # noqa: E402
from rag.answer_lead import date_expressions  # noqa: E402
from rag.answer_types import DATE, expected_answer_type  # noqa: E402
from rag.evaluation.metrics import contains_gold  # noqa: E402
from rag.evaluation.xquad import load_xquad  # noqa: E402
from rag.extractive import FALLBACK_PREFIX  # noqa: E402


def lead_of(text: str) -> str | None:
    """The lead of an answer text: what comes before " [1]. <prefix>"."""
    for prefix in FALLBACK_PREFIX.values():
        marker = f" [1]. {prefix}"
        if marker in text:
            return text.split(marker, 1)[0]
    return None


def agreement(lead: str, gold: list[str]) -> tuple[bool, bool]:
    """(agrees, exact) of a lead with any gold answer."""
    stated = (date_expressions(lead) or [None])[0]
    if stated is None:
        return False, False
    agrees = exact = False
    for answer in gold:
        found = date_expressions(answer) or []
        for g in found:
            fields = list(zip((stated.day, stated.month, stated.year), (g.day, g.month, g.year), strict=True))
            if all(s is None or t is None or s == t for s, t in fields) and any(s == t for s, t in fields
                                                                               if s is not None):
                agrees = True
                exact = exact or all(s == t for s, t in fields)
        if not found and stated.year is not None and str(stated.year) in answer:
            agrees = True
    return agrees, exact


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xquad", default=str(XQUAD_DIR))
    ap.add_argument("--workdir", help="articles and index (reused by later runs)")
    args = ap.parse_args()
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="rag-xquad-leads-"))
    write_articles(Path(args.xquad), "article", work / "articles")
    assistant = Assistant(articles_dir=work / "articles", index_dir=work / "index")
    assistant.index()
    gold = {q["id"]: q["answers"] for q in load_xquad(Path(args.xquad), "ru")[1]}
    for lang in ("en", "ru"):
        questions = [q for q in load_xquad(Path(args.xquad), lang)[1] if expected_answer_type(q["question"]) == DATE]
        n = holds = leads = agree = exact = wrong_quote_right = 0
        examples = []
        for q in tqdm(questions, desc=lang):
            r = assistant.answer(q["question"])
            if r.abstained:
                continue
            answers = gold[q["id"]]
            n += 1
            quote_right = bool(contains_gold(r.text, answers))
            holds += quote_right
            lead = lead_of(r.text)
            if lead is None:
                continue
            leads += 1
            ok, same = agreement(lead, answers)
            agree += ok
            exact += same
            wrong_quote_right += quote_right and not ok
            if not ok:
                examples.append((q["question"], lead, answers[0]))
        print(f"{lang}: date questions {len(questions)}, answered {n}, quote holds gold {holds}/{n}; "
              f"with a lead {leads}/{n}; lead agrees {agree}/{leads}, exact {exact}/{leads}; "
              f"lead wrong, quote right {wrong_quote_right}")
        for question, lead, answer in examples:
            print(f"    {question!r}: lead {lead!r}, gold {answer!r}")


if __name__ == "__main__":
    main()
