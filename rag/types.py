"""Typed records that cross module boundaries (ingest → index → retrieve → answer)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from .answer_texts import DATE_UNKNOWN

# Each text's cosine to the question (the question embedded as a query, the texts as passages): how a lead picks
# the clause of a quote that answers (person_lead, count_lead, answer_lead).
ClauseSimilarity = Callable[[str, list[str]], list[float]]
# How much closer to the question that clause must be than every other clause that could answer (one naming someone,
# giving a count, or naming what a date question asks), for what it holds to lead.
CLAUSE_MARGIN = 0.02


@dataclass(frozen=True)
class Article:
    """One cleaned article. `text` is the cleaned text every offset refers to."""

    source: str  # file name relative to the articles folder
    text: str
    title: str | None
    date: dt.date | None
    language: str  # "ru" | "uk" | "en" | "und"
    sha256: str  # hash of the raw file bytes


@dataclass(frozen=True)
class Chunk:
    """A token-bounded window of an article: `article.text[start:end] == text`."""

    source: str
    start: int
    end: int
    text: str
    n_tokens: int
    # Article offsets of the sentences the chunk was packed from (over-long sentences cut in pieces).
    sentences: tuple[tuple[int, int], ...] = ()


@dataclass
class Citation:
    """A passage shown to the user; `snippet` is an exact quote of the cleaned article."""

    source: str
    title: str | None
    date: dt.date | None
    language: str
    snippet: str
    start: int
    end: int
    score: float
    chunk_id: int = -1
    # Offsets (into the article) of the sentence that best supports the answer, if known.
    highlight: tuple[int, int] | None = None
    # For an article with no date (date None) in an answer: the latest year its text states
    # (dates.latest_year_mentioned), a bound to read an undated quote by, not its date.
    latest_year: int | None = None

    @property
    def highlighted(self) -> str:
        """The highlighted sentence's text; the whole snippet when none is highlighted."""
        start, end = self.highlight or (self.start, self.end)
        return self.snippet[start - self.start:end - self.start]

    def date_label(self, language: str = "en") -> str:
        """The date as shown to a reader (chat, CLI; an answer's text in its language): "2022-01-12",
        "date unknown, latest year mentioned 2024" or "date unknown"."""
        if self.date:
            return self.date.isoformat()
        unknown, bounded = DATE_UNKNOWN.get(language, DATE_UNKNOWN["en"])
        return bounded.format(self.latest_year) if self.latest_year else unknown

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "language": self.language,
            "snippet": self.snippet,
            "start": self.start,
            "end": self.end,
            "score": round(float(self.score), 6),
            "highlight": list(self.highlight) if self.highlight else None,
            "latest_year": self.latest_year,
        }


@dataclass(frozen=True)
class Translation:
    """A quote (`source`, marker [`marker`]) in `target_language`, as the translating model wrote it
    (translation.py). Shown only without `problems`: each names a check it failed ("lost 2500")."""

    marker: int
    source: str
    text: str
    source_language: str
    target_language: str
    problems: tuple[str, ...] = ()

    @property
    def shown(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {"marker": self.marker, "source": self.source, "text": self.text, "shown": self.shown,
                "source_language": self.source_language, "target_language": self.target_language,
                "problems": list(self.problems)}


@dataclass
class Answer:
    """What the assistant returns. `citations[i]` is the passage behind marker [i+1]."""

    text: str
    citations: list[Citation]
    abstained: bool
    question: str = ""
    standalone_question: str = ""  # the question after follow-up rewriting
    language: str = "en"
    fallback: bool = False  # True when the extractive fallback replaced the model's text
    extractive: bool = False  # True when the text quotes the passages (fallback or answer_mode "extract")
    dropped_sentences: list[str] = field(default_factory=list)  # unsupported model output
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # e.g. the question was cut to the budget
    # Other articles whose passages were relevant but are not quoted (best passage each, its best
    # sentence highlighted): context to check against, e.g. a newer story on the same subject.
    related: list[Citation] = field(default_factory=list)
    # The short answer that opens `text` ("31 December 2011", "About 2,500", "Germany and Spain"), when
    # one could be read off the quote unambiguously (answer_lead.py, count_lead.py, place_lead.py); "" otherwise.
    lead: str = ""
    # Quotes in another language than the question's, machine-translated into it (translation.py),
    # in the order of the quotes they render; a translation with problems is withheld, not shown.
    translations: list[Translation] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "standalone_question": self.standalone_question,
            "text": self.text,
            "lead": self.lead,
            "abstained": self.abstained,
            "language": self.language,
            "fallback": self.fallback,
            "extractive": self.extractive,
            "dropped_sentences": self.dropped_sentences,
            "citations": [c.to_dict() for c in self.citations],
            "related": [c.to_dict() for c in self.related],
            "translations": [t.to_dict() for t in self.translations],
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "warnings": self.warnings,
        }
