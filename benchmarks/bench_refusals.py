"""Answerable questions refused: the cost side of every abstention rule.

    python benchmarks/bench_refusals.py [--xquad ../shared/bench/xquad] [--workdir DIR] [--unit article|paragraph]

Every XQuAD question is answerable from its Russian paragraph, so every refusal is a false one.
The corpus is the 240 Russian paragraphs, either one file per Wikipedia article (48 files of ~5
paragraphs: closest to news articles, which carry their own context) or one file per paragraph
(the harshest case for rules that read whole articles, such as the year and name checks). All
1190 questions are asked in English and in Russian. Prints the refusal rate per language, and the
refusals that named what the articles do not mention. Its counterpart is bench_offtopic.py
(questions no article can answer, which should be refused).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tqdm import tqdm  # noqa: E402

from benchmarks._util import XQUAD_DIR  # noqa: E402
from rag import Assistant  # noqa: E402
from rag.assistant import NOT_MENTIONED_TEXT  # noqa: E402
from rag.evaluation.xquad import load_xquad, paragraph_file  # noqa: E402


def write_articles(xquad: Path, unit: str, folder: Path, lang: str = "ru") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if unit == "paragraph":
        for pid, text in enumerate(load_xquad(xquad, lang)[0]):
            (folder / paragraph_file(pid)).write_text(text, encoding="utf-8")
        return
    for n, article in enumerate(json.loads((xquad / f"xquad.{lang}.json").read_text(encoding="utf-8"))["data"]):
        text = "\n\n".join(p["context"] for p in article["paragraphs"])
        (folder / f"a{n:02d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xquad", default=str(XQUAD_DIR))
    ap.add_argument("--workdir", help="articles and index (reused by later runs with the same --unit)")
    ap.add_argument("--unit", choices=("article", "paragraph"), default="article")
    args = ap.parse_args()
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="rag-xquad-refusals-"))
    write_articles(Path(args.xquad), args.unit, work / "articles")
    assistant = Assistant(articles_dir=work / "articles", index_dir=work / "index")
    assistant.index()
    said = tuple(text.split("{")[0].strip() for text in NOT_MENTIONED_TEXT.values())
    for lang in ("en", "ru"):
        _, questions = load_xquad(Path(args.xquad), lang)
        refused = [(q["question"], r.text) for q in tqdm(questions, desc=lang)
                   if (r := assistant.answer(q["question"])).abstained]
        print(f"{lang} answerable questions refused ({args.unit}s as articles): "
              f"{len(refused)}/{len(questions)} = {len(refused) / len(questions):.4f}")
        for question, text in refused:
            named = [text.split(s, 1)[1].strip() for s in said if s in text]
            if named:
                print(f"    {question!r}: not mentioned {named[0]!r}")


if __name__ == "__main__":
    main()
