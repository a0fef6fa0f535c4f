"""`rag eval`: argument handling and exit codes; the work is in run.py, xquad.py and report.py.

Exit codes: 0 all gates passed; 1 a `--fail-under` gate failed (each failing metric is printed)
or a question raised an error; 2 usage error (unknown metric, malformed question file, missing
XQuAD folder).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_BELOW, EXIT_USAGE = 0, 1, 2

XQUAD_GATES = tuple(f"{mode}.{metric}" for mode in ("lexical", "dense", "hybrid")
                    for metric in ("recall@1", "recall@5", "mrr"))
XQUAD_QA_GATES = ("qa.exact_match", "qa.contains_gold", "qa.token_f1")


class UsageError(ValueError):
    pass


def parse_gates(specs: list[str] | None, known) -> dict[str, float]:
    """["recall@5=0.9", ...] → {"recall@5": 0.9}; unknown names and bad values raise UsageError."""
    gates: dict[str, float] = {}
    for spec in specs or []:
        name, sep, value = spec.partition("=")
        name = name.strip()
        if not sep:
            raise UsageError(f"--fail-under {spec!r}: expected METRIC=VALUE, e.g. recall@5=0.9")
        if name not in known:
            raise UsageError(f"--fail-under: unknown metric {name!r}; known metrics: {', '.join(sorted(known))}")
        try:
            gates[name] = float(value)
        except ValueError:
            raise UsageError(f"--fail-under {spec!r}: {value!r} is not a number") from None
    return gates


def check_gates(summary: dict, gates: dict[str, float]) -> list[str]:
    """Messages for the gates that failed (a metric that is undefined, NaN, fails too)."""
    failed = []
    for name, threshold in gates.items():
        value = summary.get(name)
        if value is None or (isinstance(value, float) and math.isnan(value)):
            failed.append(f"{name} is undefined in this run (threshold {threshold:g})")
        elif value < threshold:
            failed.append(f"{name} = {value:.3f} < {threshold:g}")
    return failed


def seed_gate_names() -> set[str]:
    from .run import summarise

    return set(summarise([]))


def _load() -> float:
    """1-minute load average (other processes sharing the CPU inflate latencies)."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def run_eval(args, make_assistant) -> int:
    try:
        if getattr(args, "xquad", None):
            return _run_xquad(args, make_assistant)
        return _run_questions(args, make_assistant)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _finish(summary: dict, gates: dict[str, float], errors: int = 0) -> int:
    failed = check_gates(summary, gates)
    for f in failed:
        print(f"FAIL: {f}", file=sys.stderr)
    if gates and not failed:
        print("all --fail-under gates passed: " + ", ".join(f"{k}>={v:g}" for k, v in gates.items()))
    if errors:
        print(f"FAIL: {errors} question(s) raised an error (see results.json)", file=sys.stderr)
    return EXIT_BELOW if failed or errors else EXIT_OK


def _run_questions(args, make_assistant) -> int:
    from .questions import QuestionFileError, load_questions

    gates = parse_gates(args.fail_under, seed_gate_names())
    try:
        questions = load_questions(args.questions)
    except QuestionFileError as exc:
        raise UsageError(str(exc)) from None
    if args.limit:
        questions = questions[: args.limit]
    out = Path(args.out)

    from .report import fmt, write_report
    from .run import run_questions, warm_up

    load0, started = _load(), dt.datetime.now().isoformat(timespec="seconds")
    assistant = make_assistant(args)
    warm = warm_up(assistant)
    rows = run_questions(assistant, questions, k=args.k)
    info = assistant.info()
    meta = {
        "questions file": str(args.questions), "questions": len(questions), "k": args.k,
        "articles": str(assistant.articles_dir), "index": str(assistant.index_dir),
        "embedder": info["embedder"], "embedding engine": info.get("embedding_engine") or "–",
        "generator": info["generator"],
        "answer mode": f"{info['answer_mode']} → {'generate' if assistant.uses_generator() else 'extract'}",
        "warm-up s (index + models, not in latencies)": round(warm, 2),
        "started at": started, "cpu cores": os.cpu_count(),
        "load average at start / end": f"{load0:.2f} / {_load():.2f}",
    }
    summary = write_report(rows, out, meta)
    for key, value in summary.items():
        print(f"{key:28s} {fmt(value)}")
    print(f"report: {out / 'summary.md'}")
    return _finish(summary, gates, summary["errors"])


def _run_xquad(args, make_assistant) -> int:
    qa = bool(getattr(args, "qa_sample", 0))
    gates = parse_gates(args.fail_under, set(XQUAD_GATES) | set(XQUAD_QA_GATES))
    if not qa and any(g in XQUAD_QA_GATES for g in gates):
        raise UsageError("--fail-under qa.* needs --qa-sample N")
    folder = Path(args.xquad)
    for lang in {args.questions_lang, args.context_lang}:
        if not (folder / f"xquad.{lang}.json").is_file():
            raise UsageError(f"{folder / f'xquad.{lang}.json'} not found (--xquad DIR with xquad.<lang>.json)")

    from .report import write_xquad_report
    from .xquad import run_xquad

    load0, started = _load(), dt.datetime.now().isoformat(timespec="seconds")
    base = make_assistant(args)
    result = run_xquad(folder, base, args.questions_lang, args.context_lang, args.limit, args.qa_sample)
    result["run_at"] = started
    result["load_average_start_end"] = [round(load0, 2), round(_load(), 2)]
    write_xquad_report(result, Path(args.out))
    print(f"report: {Path(args.out) / 'summary.md'}")
    flat = {f"{mode}.{k}": result[mode][k] for mode in ("lexical", "dense", "hybrid")
            for k in ("recall@1", "recall@5", "mrr")}
    if qa:
        flat.update({f"qa.{k}": result["qa"][k] for k in ("exact_match", "contains_gold", "token_f1")})
    return _finish(flat, gates)
