"""Whole answers on XQuAD, as users get them: what `Assistant.answer` says to every question.

    python benchmarks/bench_answers.py [--xquad ../shared/bench/xquad] [--workdir DIR] [--save FILE]
                                       [--context-lang ru|en] [--lowercase]

The corpus is XQuAD's 48 Wikipedia articles in Russian (default; one file each, as bench_refusals.py
--unit article writes them) or in English; all 1190 questions are asked in English and in Russian.
Printed per question language:
  refused        answers that say the articles do not contain it (all questions are answerable)
  holds gold     the answer text contains a gold answer in the articles' language (SQuAD-normalised)
  first quote    the first quoted sentence does (the first citation's highlighted span)
  citations      citations over all answers
  characters     answer characters over all answers
  count leads    answers to "how many" / "how long" questions opened by a count (count_lead.py), and how many of
                 those counts equal a number in a gold answer
  person leads   answers to "who" / "which official" questions opened by people (person_lead.py), and how many
                 of those name someone a gold answer names (in the articles' language; a name's first 5 letters)
  place leads    answers to "where" / "which country" / "which city" questions opened by places
                 (place_lead.py), and how many of those name only places a gold answer in the question's
                 language names (XQuAD gives every question's answer in both languages)
--lowercase asks every question typed in lower case, as a user typing fast does (question_case.py); the
leads are still classified on the question as XQuAD writes it.
--save writes each question's outcome as JSON, to compare two versions question by question.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tqdm import tqdm  # noqa: E402

from benchmarks._util import XQUAD_DIR  # noqa: E402
from benchmarks.bench_refusals import write_articles  # noqa: E402
from rag import Assistant  # noqa: E402
from rag.answer_types import asks_how_long, asks_how_many, count_mentions  # noqa: E402
from rag.evaluation.metrics import contains_gold  # noqa: E402
from rag.evaluation.xquad import load_xquad  # noqa: E402
from rag.person_lead import asks_who  # noqa: E402
from rag.place_lead import asks_for_a_place, places_in  # noqa: E402
from rag.question_names import place_key  # noqa: E402


def _value(text: str, stems: tuple[str, ...]) -> set[float]:
    """The numbers a text states as counts ("около 4 500" → 4500, "About 4,500" → 4500)."""
    return {m.value for m in count_mentions(text, stems) if m.value is not None}


def _stems(text: str) -> set[str]:
    """A lead's or a gold answer's capitalised Cyrillic words, by their first 5 letters: «Башар Асад» agrees with
    «Башара Асада»."""
    return {w[:5].lower().replace("ё", "е") for w in re.findall(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'-]+", text)}


def _places(text: str) -> set[str]:
    """The places a lead or a gold answer names: its words looked up as places, a city even as its first
    word ("Ankara"), and the abbreviations places_in knows ("США")."""
    return {m.key for m in places_in(text)} | {
        key for word in text.replace(",", " ").split() if (key := place_key(word.strip(".()«»\"")))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xquad", default=str(XQUAD_DIR))
    ap.add_argument("--workdir", help="articles and index (reused by later runs)")
    ap.add_argument("--save", help="write per-question outcomes to this JSON file")
    ap.add_argument("--context-lang", choices=("ru", "en"), default="ru", help="the articles' language")
    ap.add_argument("--lowercase", action="store_true", help="ask every question in lower case")
    args = ap.parse_args()
    xquad = Path(args.xquad)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="rag-xquad-answers-"))
    write_articles(xquad, "article", work / "articles", args.context_lang)
    assistant = Assistant(articles_dir=work / "articles", index_dir=work / "index")
    assistant.index()
    gold = {q["id"]: q["answers"] for q in load_xquad(xquad, args.context_lang)[1]}
    # the gold in each question language, for leads written in it
    gold_in = {lang: {q["id"]: q["answers"] for q in load_xquad(xquad, lang)[1]} for lang in ("en", "ru")}
    outcomes: dict[str, dict] = {}
    for lang in ("en", "ru"):
        t0 = time.perf_counter()
        rows = []
        for q in tqdm(load_xquad(xquad, lang)[1], desc=lang):
            r = assistant.answer(q["question"].lower() if args.lowercase else q["question"])
            g = gold[q["id"]]
            row = dict(question=q["question"], refused=r.abstained, holds_gold=bool(contains_gold(r.text, g)),
                       first_quote=bool(r.citations and contains_gold(r.citations[0].highlighted, g)),
                       citations=len(r.citations), characters=len(r.text), text=r.text, lead=r.lead)
            stems = asks_how_many(q["question"]) or asks_how_long(q["question"])
            if stems is not None and r.lead:  # a count leads the answer: does its number equal a gold one?
                row["count_lead_agrees"] = _value(r.lead, stems) & {v for a in g for v in _value(a, stems)} != set()
            if asks_for_a_place(q["question"]) is not None and r.lead:  # places lead: does the gold name them?
                row["place_lead_agrees"] = _places(r.lead) <= set().union(*map(_places, gold_in[lang][q["id"]]))
            if asks_who(q["question"]) and r.lead:  # people lead: does a gold answer name one of them?
                row["person_lead_agrees"] = bool(_stems(r.lead) & set().union(*map(_stems, g)))
            rows.append(row)
            outcomes[f"{lang}:{q['id']}"] = row
        n = len(rows)
        print(f"{lang} questions, {args.context_lang} articles: {n}, refused {sum(r['refused'] for r in rows)}, "
              f"holds gold {sum(r['holds_gold'] for r in rows)}, first quote {sum(r['first_quote'] for r in rows)}, "
              f"citations {sum(r['citations'] for r in rows)}, characters {sum(r['characters'] for r in rows)}, "
              f"{1000 * (time.perf_counter() - t0) / n:.0f} ms per answer")
        leads = [r["count_lead_agrees"] for r in rows if "count_lead_agrees" in r]
        asked = sum((asks_how_many(r["question"]) or asks_how_long(r["question"])) is not None for r in rows)
        print(f"  count leads ({asked} 'how many' / 'how long' questions): "
              f"{len(leads)}, agreeing with a gold answer {sum(leads)}")
        leads = [r["place_lead_agrees"] for r in rows if "place_lead_agrees" in r]
        asked = sum(asks_for_a_place(r["question"]) is not None for r in rows)
        print(f"  place leads ({asked} 'where' / 'which country' / 'which city' questions): "
              f"{len(leads)}, agreeing with a gold answer {sum(leads)}")
        leads = [r["person_lead_agrees"] for r in rows if "person_lead_agrees" in r]
        asked = sum(asks_who(r["question"]) for r in rows)
        print(f"  person leads ({asked} 'who' / 'which official' questions): "
              f"{len(leads)}, agreeing with a gold answer {sum(leads)}")
    if args.save:
        Path(args.save).write_text(json.dumps(outcomes, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
