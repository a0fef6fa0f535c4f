"""Load and validate the question file (eval_questions.yaml; its schema is documented at its top).

Every problem raises `QuestionFileError` with a message naming the file, the entry (1-based
index and id) and what is wrong, e.g.
    eval_questions.yaml: entry 12 (id 'ru-call'): follow_up_of 'ru-x' is not a known id
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

LANGUAGES = ("en", "ru", "uk")
REQUIRED = ("id", "question", "language", "answers", "sources", "abstain")
OPTIONAL = ("follow_up_of", "tags")


class QuestionFileError(ValueError):
    """The question file is malformed; the message names the entry and the problem."""


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    language: str
    answers: tuple[str, ...]
    sources: tuple[str, ...]
    abstain: bool
    follow_up_of: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


def _str_list(value, key: str, fail) -> tuple[str, ...]:
    if not isinstance(value, list):
        fail(f"'{key}' must be a list, got {type(value).__name__}")
    for item in value:
        if not isinstance(item, str | int | float) or isinstance(item, bool) or not str(item).strip():
            fail(f"'{key}' entries must be non-empty strings, got {item!r}")
    return tuple(str(v) for v in value)


def parse_questions(data, name: str = "<questions>") -> list[EvalQuestion]:
    """Validate parsed YAML (a mapping with a `questions` list) into `EvalQuestion`s."""
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise QuestionFileError(f"{name}: expected a top-level 'questions:' list")
    if not data["questions"]:
        raise QuestionFileError(f"{name}: the 'questions' list is empty")
    all_ids = {str(e["id"]) for e in data["questions"] if isinstance(e, dict) and e.get("id") is not None}
    out: list[EvalQuestion] = []
    seen: set[str] = set()
    for n, entry in enumerate(data["questions"], start=1):
        where = f"{name}: entry {n}"
        if isinstance(entry, dict) and entry.get("id") is not None:
            where += f" (id {str(entry['id'])!r})"

        def fail(problem: str, where=where):
            raise QuestionFileError(f"{where}: {problem}")

        if not isinstance(entry, dict):
            fail(f"expected a mapping with keys {', '.join(REQUIRED)}, got {type(entry).__name__}")
        missing = [k for k in REQUIRED if k not in entry]
        if missing:
            fail("missing key" + ("s " if len(missing) > 1 else " ") + ", ".join(f"'{k}'" for k in missing))
        unknown = sorted(set(entry) - set(REQUIRED) - set(OPTIONAL))
        if unknown:
            fail(f"unknown key(s) {', '.join(map(repr, unknown))} (allowed: {', '.join(REQUIRED + OPTIONAL)})")
        qid = entry["id"]
        if not isinstance(qid, str | int) or isinstance(qid, bool) or not str(qid).strip():
            fail(f"'id' must be a non-empty string, got {qid!r}")
        qid = str(qid)
        if qid in seen:
            fail("duplicate id (ids must be unique)")
        if not isinstance(entry["question"], str) or not entry["question"].strip():
            fail("'question' must be a non-empty string")
        if entry["language"] not in LANGUAGES:
            fail(f"bad language {entry['language']!r}: must be one of {', '.join(LANGUAGES)}")
        if not isinstance(entry["abstain"], bool):
            fail(f"'abstain' must be true or false, got {entry['abstain']!r}")
        answers = _str_list(entry["answers"], "answers", fail)
        sources = _str_list(entry["sources"], "sources", fail)
        if entry["abstain"] and (answers or sources):
            fail("an abstain question must have answers: [] and sources: []")
        if not entry["abstain"] and not answers:
            fail("an answerable question (abstain: false) needs at least one accepted answer")
        if not entry["abstain"] and not sources:
            fail("an answerable question (abstain: false) needs at least one source")
        for a in answers:
            if a.startswith("re:"):
                if not a[3:].strip():
                    fail(f"empty regex {a!r}")
                try:
                    re.compile(a[3:], re.IGNORECASE)
                except re.error as exc:
                    fail(f"bad regex {a!r}: {exc}")
        parent = entry.get("follow_up_of")
        if parent is not None:
            parent = str(parent)
            if parent == qid:
                fail("follow_up_of names the entry itself")
            if parent not in all_ids:
                fail(f"follow_up_of {parent!r} is not a known id")
            if parent not in seen:
                fail(f"follow_up_of {parent!r} refers to a later entry (the previous turn must come first)")
        tags = entry.get("tags") or []
        tags = _str_list(tags, "tags", fail)
        seen.add(qid)
        out.append(EvalQuestion(qid, entry["question"].strip(), entry["language"], answers, sources,
                                entry["abstain"], parent, tags))
    return out


def load_questions(path: str | Path) -> list[EvalQuestion]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QuestionFileError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionFileError(f"{path}: cannot read the file ({exc})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise QuestionFileError(f"{path}: not valid YAML ({exc})") from None
    return parse_questions(data, str(path))


def conversation(question: EvalQuestion, by_id: dict[str, EvalQuestion]) -> list[EvalQuestion]:
    """The earlier turns of `question`'s conversation, oldest first (empty for a stand-alone one)."""
    chain: list[EvalQuestion] = []
    parent = question.follow_up_of
    while parent is not None:
        chain.append(by_id[parent])
        parent = by_id[parent].follow_up_of
    return chain[::-1]


def execution_order(questions: list[EvalQuestion]) -> list[EvalQuestion]:
    """File order, except that each follow-up is asked right after the turn it follows
    (depth-first: a conversation is asked in one go)."""
    children: dict[str, list[EvalQuestion]] = {}
    for q in questions:
        if q.follow_up_of is not None:
            children.setdefault(q.follow_up_of, []).append(q)
    order: list[EvalQuestion] = []

    def visit(q: EvalQuestion) -> None:
        order.append(q)
        for c in children.get(q.id, []):
            visit(c)

    for q in questions:
        if q.follow_up_of is None:
            visit(q)
    return order
