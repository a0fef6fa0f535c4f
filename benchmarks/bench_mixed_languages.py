"""Quotes in a corpus of two languages: does the answer come from the right paragraph when that
paragraph is not in the question's language?

    python benchmarks/bench_mixed_languages.py [--xquad ../shared/bench/xquad] [--workdir DIR]

XQuAD's paragraphs are parallel in English and Russian. The corpus here holds the even-numbered
paragraphs in English and the odd-numbered ones in Russian; every question is asked in both
languages, so half of them find their paragraph in their own language and half in the other.
Retrieval and sentence ranking run once per question (as in `Assistant.answer` in quote mode); the
re-ranking (`rerank_evidence`) is then replayed at several own-language penalties. Printed per
question language and paragraph language: retrieval recall@1/@5 with and without the retrieval
leg's own-language penalty (`RetrievalParams.own_language_penalty`), then, with it, how often the
quote holds the gold answer (in the paragraph's language) and the share of quoted sentences from
the question's own paragraph.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tqdm import tqdm  # noqa: E402

from benchmarks._util import XQUAD_DIR, quote_candidates, quote_scores  # noqa: E402
from rag import Assistant  # noqa: E402
from rag.evaluation.xquad import load_xquad, paragraph_file  # noqa: E402
from rag.extractive import OWN_LANGUAGE_PENALTY, choose_evidence, rerank_evidence  # noqa: E402
from rag.language import detect_language  # noqa: E402
from rag.retrieval import Retriever  # noqa: E402

PENALTIES = sorted({0.0, 0.05, OWN_LANGUAGE_PENALTY, 0.15})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xquad", default=str(XQUAD_DIR))
    ap.add_argument("--workdir", help="paragraphs and index (reused by later runs)")
    args = ap.parse_args()
    folder = Path(args.xquad)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="rag-mixed-"))
    texts = {lang: load_xquad(folder, lang) for lang in ("en", "ru")}
    (work / "articles").mkdir(parents=True, exist_ok=True)
    for pid in range(len(texts["en"][0])):
        lang = "en" if pid % 2 == 0 else "ru"
        (work / "articles" / paragraph_file(pid)).write_text(texts[lang][0][pid], encoding="utf-8")
    a = Assistant(articles_dir=work / "articles", index_dir=work / "index", answer_mode="extract")
    a.index(progress=True)
    retriever = a._ready_retriever()
    unpenalised = Retriever(retriever.snapshot, retriever.embedder,
                            replace(retriever.params, own_language_penalty=0.0))
    for qlang in ("en", "ru"):
        for name, r in (("without", unpenalised), ("with", retriever)):
            hits = {True: [0, 0, 0], False: [0, 0, 0]}
            for q in tqdm(texts[qlang][1], desc=f"{qlang} retrieval, {name} penalty"):
                same = (q["paragraph"] % 2 == 0) == (qlang == "en")
                sources = list(dict.fromkeys(c.source for c in r.retrieve(q["question"], 20).citations))
                t = hits[same]
                t[0] += 1
                t[1] += sources[:1] == [paragraph_file(q["paragraph"])]
                t[2] += paragraph_file(q["paragraph"]) in sources[:5]
            for same, (n, r1, r5) in hits.items():
                where = "same language " if same else "other language"
                print(f"{qlang} questions, paragraph in the {where}  retrieval {name} own-language penalty "
                      f"({r.params.own_language_penalty:.2f})  n {n:4d}  recall@1 {r1 / n:.3f}  recall@5 {r5 / n:.3f}")
        rows = []
        for i, q in enumerate(tqdm(texts[qlang][1], desc=f"{qlang} questions")):
            plang = "en" if q["paragraph"] % 2 == 0 else "ru"
            passages, ranked = quote_candidates(a, retriever, q["question"])
            lang = detect_language(q["question"])
            rows.append((q["question"], lang, plang, passages, ranked, paragraph_file(q["paragraph"]),
                         texts[plang][1][i]["answers"]))
        for penalty in PENALTIES:
            for same in (True, False):
                n = holds = right = 0
                for question, lang, plang, passages, ranked, own, gold in rows:
                    if (plang == qlang) != same or not ranked:
                        continue
                    chosen = choose_evidence(rerank_evidence(ranked, passages, question, lang,
                                                             own_language_penalty=penalty))
                    h, _, share = quote_scores(chosen, passages, own, gold)
                    n, holds, right = n + 1, holds + h, right + share
                where = "same language " if same else "other language"
                print(f"{qlang} questions, paragraph in the {where}  penalty {penalty:.2f}  n {n:4d}  "
                      f"quote holds gold {holds / n:.3f}  right paragraph {right / n:.3f}")


if __name__ == "__main__":
    main()
