"""Load and validate eval_questions.yaml (schema documented at the top of that file)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

LANGUAGES = ("en", "ru", "uk")


class QuestionFileError(ValueError):
    """The question file is malformed; the message names the entry and the problem."""


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    language: str
    answers: list[str]
    sources: list[str]
    abstain: bool
    follow_up_of: str | None = None
    tags: list[str] = field(default_factory=list)


def load_questions(path: str | Path) -> list[EvalQuestion]:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QuestionFileError(f"{path}: file not found") from None
    except yaml.YAMLError as exc:
        raise QuestionFileError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise QuestionFileError(f"{path}: expected a top-level 'questions:' list")
    out: list[EvalQuestion] = []
    seen: set[str] = set()
    for n, entry in enumerate(data["questions"], start=1):
        where = f"{path}: entry {n}" + (f" (id {entry.get('id')!r})" if isinstance(entry, dict) else "")
        if not isinstance(entry, dict):
            raise QuestionFileError(f"{where}: expected a mapping")
        for key in ("id", "question", "language", "answers", "sources", "abstain"):
            if key not in entry:
                raise QuestionFileError(f"{where}: missing key '{key}'")
        if entry["id"] in seen:
            raise QuestionFileError(f"{where}: duplicate id")
        if entry["language"] not in LANGUAGES:
            raise QuestionFileError(f"{where}: language must be one of {LANGUAGES}, got {entry['language']!r}")
        if not isinstance(entry["question"], str) or not entry["question"].strip():
            raise QuestionFileError(f"{where}: empty question")
        for key in ("answers", "sources"):
            if not isinstance(entry[key], list):
                raise QuestionFileError(f"{where}: '{key}' must be a list")
        if not entry["abstain"] and not (entry["answers"] and entry["sources"]):
            raise QuestionFileError(f"{where}: an answerable question needs answers and sources")
        for a in entry["answers"]:
            if str(a).startswith("re:"):
                try:
                    re.compile(str(a)[3:])
                except re.error as exc:
                    raise QuestionFileError(f"{where}: bad regex {a!r} ({exc})") from None
        parent = entry.get("follow_up_of")
        if parent is not None and parent not in seen:
            raise QuestionFileError(f"{where}: follow_up_of {parent!r} is not an earlier id")
        seen.add(entry["id"])
        out.append(EvalQuestion(
            str(entry["id"]), entry["question"], entry["language"], [str(a) for a in entry["answers"]],
            [str(s) for s in entry["sources"]], bool(entry["abstain"]), parent, list(entry.get("tags") or []),
        ))
    return out
