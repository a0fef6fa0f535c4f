"""Requests for the articles that mention a name ("Which articles mention X?"), checked on XQuAD.

    python benchmarks/bench_listing.py [--xquad ../shared/bench/xquad] [--workdir DIR] [--names 120]

The corpus is the 240 Russian paragraphs as 48 Wikipedia articles (as bench_refusals.py --unit
article). The names are capitalised words of XQuAD's questions (a seeded sample per language);
each is asked as "Which articles mention {name}?" / "В каких статьях упоминается {name}?". The
truth for a name is every article that mentions it by the listing's own rule (the spellings of
article_listing.subject_names, looked for in the whole article), so this measures what
retrieval's candidate passages (article_listing.LISTING_PASSAGES) let the listing find, not the
name matching itself. Printed per language:
  exact lists   the listed articles are the truth (or 10 of it, when more than 10 mention the name)
  precision     listed articles that mention the name
  recall        of the truth, or of its first 10 when longer, the share listed
  count right   the stated count equals the number of articles that mention the name
  time          per request, p50 and max
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._util import XQUAD_DIR, pct  # noqa: E402
from benchmarks.bench_refusals import write_articles  # noqa: E402
from rag import Assistant  # noqa: E402
from rag.article_listing import MAX_LISTED_ARTICLES, subject_names  # noqa: E402
from rag.evaluation.xquad import load_xquad  # noqa: E402
from rag.question_names import named_words, names_mentioned  # noqa: E402

REQUEST = {"en": "Which articles mention {}?", "ru": "В каких статьях упоминается {}?"}
_COUNT = re.compile(r": (?:at least |не меньше )?(\d+),")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--xquad", default=str(XQUAD_DIR))
    ap.add_argument("--workdir", help="articles and index (reused by later runs)")
    ap.add_argument("--names", type=int, default=120, help="names sampled per language")
    args = ap.parse_args()
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="rag-xquad-listing-"))
    write_articles(Path(args.xquad), "article", work / "articles")
    assistant = Assistant(articles_dir=work / "articles", index_dir=work / "index")
    assistant.index()
    texts = {p.name: p.read_text(encoding="utf-8") for p in (work / "articles").glob("*.txt")}
    for lang in ("en", "ru"):
        sample = sorted({word for q in load_xquad(Path(args.xquad), lang)[1]
                         for word, _ in named_words(q["question"]) if not word.isupper()})
        random.Random(0).shuffle(sample)
        exact = listed_right = listed = wanted = count_right = 0
        times = []
        for word in sample[:args.names]:
            request = REQUEST[lang].format(word)
            forms = subject_names(request)  # the spellings the listing accepts (a place's in every language)
            truth = {s for s, t in texts.items() if names_mentioned(t, forms) == len(forms)}
            t0 = time.perf_counter()
            r = assistant.answer(request)
            times.append(time.perf_counter() - t0)
            got = set() if r.abstained else {c.source for c in r.citations}
            m = None if r.abstained else _COUNT.search(r.text)
            count_right += (int(m.group(1)) if m else 0) == len(truth)
            shown = min(len(truth), MAX_LISTED_ARTICLES)
            exact += len(got & truth) == shown and got <= truth
            listed_right += len(got & truth)
            listed += len(got)
            wanted += shown
        n = min(args.names, len(sample))
        print(f"{lang}: names {n}, exact lists {exact}, precision {listed_right / max(1, listed):.3f}, "
              f"recall {listed_right / max(1, wanted):.3f}, count right {count_right}; "
              f"time p50 {pct(times, 50) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
