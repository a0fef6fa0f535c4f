"""A one-passage article for run-on tests: the passage holding all of `text`, and its first sentence as
the evidence sentence a quote starts from."""

from rag.extractive import EvidenceSentence
from rag.types import Citation


def first_sentence_of(text: str) -> tuple[list[Citation], EvidenceSentence]:
    ps = [Citation(source="s.txt", title="", date=None, language="ru", snippet=text, start=0, end=len(text), score=1.0)]
    first = text.split(". ")[0] + "."
    return ps, EvidenceSentence(passage=0, start=0, end=len(first), text=first, score=0.8)
