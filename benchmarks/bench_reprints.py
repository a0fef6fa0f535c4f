"""Reprinted stories: answers over a collection where every article also appears as a reprint.

    python benchmarks/bench_reprints.py [--questions eval_questions.yaml] [--keep-repeats]

News agencies' stories are republished whole by other outlets, so a real collection holds the
same sentences in several files. The corpus here is the seed articles plus a reprint of each (a
headline and dateline of its own, the body unchanged), indexed into a temporary folder. Every
stand-alone question of the set (follow-ups need their turn before them) is asked, and printed:
  repeated quotes   answers that quote one sentence more than once (from the original and a reprint)
  answers           answers (not refusals), and those that still match the accepted answers
`--keep-repeats` switches the repeat filter off (extractive.distinct_sentences / other_than), to
see what it changes.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag import Assistant, assistant  # noqa: E402
from rag.evaluation.metrics import answer_matches  # noqa: E402
from rag.evaluation.questions import load_questions  # noqa: E402
from rag.ingest import read_article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def write_corpus(folder: Path) -> None:
    """The seed articles, and each again as a reprint under another headline and dateline."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "articles").glob("*.txt")):
        shutil.copy(path, folder / path.name)
        article = read_article(path, ROOT / "articles")
        body = article.text.split("\n\n", 1)[1] if article.title else article.text
        when = f"{article.date:%d.%m.%Y} 18:40\n\n" if article.date else ""
        (folder / f"reprint_{path.name}").write_text(f"Перепечатка: {article.title or 'новости'}\n\n{when}{body}",
                                                      encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", default=str(ROOT / "eval_questions.yaml"))
    ap.add_argument("--keep-repeats", action="store_true", help="switch the repeat filter off")
    args = ap.parse_args()
    if args.keep_repeats:
        assistant.distinct_sentences = lambda ranked: ranked
        assistant.other_than = lambda ranked, quoted: ranked
    work = Path(tempfile.mkdtemp(prefix="rag-reprints-"))
    write_corpus(work / "articles")
    a = Assistant(articles_dir=work / "articles", index_dir=work / "index")
    a.index()
    questions = [q for q in load_questions(args.questions) if not q.follow_up_of and not q.abstain]
    repeated = answered = right = 0
    for q in questions:
        r = a.answer(q.question)
        if r.abstained:
            continue
        answered += 1
        right += bool(answer_matches(r.text, list(q.answers)))
        quotes = [" ".join(c.highlighted.split()) if c.highlight else c.snippet for c in r.citations]
        repeated += len(set(quotes)) < len(quotes)
    print(f"{len(questions)} answerable stand-alone questions over {len(list((work / 'articles').iterdir()))} "
          f"articles (half of them reprints): answered {answered}, matching the accepted answers {right}; "
          f"answers repeating a quote {repeated}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
