"""`rag eval`: argument handling only; the work is in run.py, report.py and xquad.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .questions import QuestionFileError, load_questions
from .report import write_report
from .run import summarise

EXIT_OK, EXIT_BELOW, EXIT_USAGE = 0, 1, 2


def parse_gates(specs: list[str], known: set[str]) -> dict[str, float]:
    gates = {}
    for spec in specs:
        name, _, value = spec.partition("=")
        if name not in known:
            raise ValueError(f"--fail-under: unknown metric {name!r}; choose from {', '.join(sorted(known))}")
        try:
            gates[name] = float(value)
        except ValueError:
            raise ValueError(f"--fail-under {spec!r}: expected METRIC=NUMBER") from None
    return gates


def check_gates(summary: dict, gates: dict[str, float]) -> list[str]:
    return [f"{k} = {summary[k]:.3f} < {v}" for k, v in gates.items() if not summary[k] >= v]


def run_eval(args, make_assistant) -> int:
    out = Path(args.out)
    if args.xquad:
        from .xquad import MODES, run_xquad

        known = {f"{mode}.{m}" for mode in MODES for m in ("recall@1", "recall@5", "mrr")}
        try:
            gates = parse_gates(args.fail_under, known)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        assistant = make_assistant(args)
        result = run_xquad(Path(args.xquad), assistant.embedder, args.questions_lang, args.context_lang,
                           args.limit, args.qa_sample)
        out.mkdir(parents=True, exist_ok=True)
        (out / "xquad.json").write_text(json.dumps(result, indent=2))
        flat = {f"{mode}.{m}": result[mode][m] for mode in MODES for m in ("recall@1", "recall@5", "mrr")}
        failed = check_gates(flat, gates)
    else:
        try:
            questions = load_questions(args.questions)
        except QuestionFileError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        try:
            gates = parse_gates(args.fail_under, set(summarise([])))
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if args.limit:
            questions = questions[: args.limit]
        assistant = make_assistant(args)
        from .run import run_questions

        rows = run_questions(assistant, questions, k=args.k)
        info = assistant.info()
        summary = write_report(rows, out, {"questions": args.questions, "k": args.k, "generator": info["generator"],
                                           "answer_mode": info["answer_mode"], "embedder": info["embedder"]})
        for key, value in summary.items():
            print(f"{key:26s} {value:.3f}" if isinstance(value, float) else f"{key:26s} {value}")
        print(f"report: {out / 'summary.md'}")
        failed = check_gates(summary, gates)
    for f in failed:
        print(f"below threshold: {f}", file=sys.stderr)
    return EXIT_BELOW if failed else EXIT_OK
