from rag.chunking import ChunkingParams, chunk_article, count_tokens, sentence_spans
from rag.ingest import list_article_files, read_article

from .conftest import SEED


def test_chunks_are_exact_quotes_within_budget_and_cover_the_text():
    params = ChunkingParams(max_tokens=120, overlap_tokens=30)
    for path in list_article_files(SEED):
        art = read_article(path, SEED)
        chunks = chunk_article(art, params)
        assert chunks
        for c in chunks:
            assert art.text[c.start:c.end] == c.text
            # only a chunk that is one long sentence may exceed max_tokens, up to max_sentence_tokens
            limit = params.max_tokens if len(c.sentences) > 1 else params.max_sentence_tokens
            assert count_tokens(c.text) <= limit
        # Every sentence-bearing character is in some chunk.
        covered = set()
        for c in chunks:
            covered.update(range(c.start, c.end))
        letters = [i for i, ch in enumerate(art.text) if ch.isalnum()]
        assert all(i in covered for i in letters), path.name


def test_overlap_between_consecutive_chunks():
    path = SEED / "004_ef5d765d65997f62.txt"
    chunks = chunk_article(read_article(path, SEED), ChunkingParams(max_tokens=160, overlap_tokens=40))
    # A chunk of several sentences repeats its last sentence at the start of the next chunk.
    multi = [(a, b) for a, b in zip(chunks, chunks[1:], strict=False) if len(sentence_spans(a.text)) >= 2]
    assert multi and sum(a.end > b.start for a, b in multi) >= len(multi) // 2
    assert all(b.start > a.start for a, b in zip(chunks, chunks[1:], strict=False))


def test_a_two_sentence_headline_stays_one_unit():
    from rag.chunking import headline_length
    from rag.types import Article

    title = "Россия и НАТО завершили переговоры. Они продлились около четырех часов"
    text = f"{title}\n\n12 января 2022. В Брюсселе завершилось заседание. Делегации обменялись заявлениями."
    art = Article(source="a.txt", text=text, title=title, date=None, language="ru", sha256="x")
    assert headline_length(art.title, art.text) == len(title)
    spans = sentence_spans(text, headline_length(art.title, art.text))
    assert spans[0] == (0, len(title)) and all(s >= len(title) for s, _ in spans[1:])
    assert len(spans) == len(sentence_spans(text)) - 1  # only the headline's two sentences merged
    chunks = chunk_article(art, ChunkingParams())
    assert chunks[0].sentences[0] == (0, len(title))
    # no title, a title that is not the opening paragraph, or the whole text: nothing merged
    assert headline_length(None, text) == 0
    assert headline_length("Другой заголовок", text) == 0
    assert headline_length(title, title) == 0


def test_a_long_sentence_stays_whole_up_to_max_sentence_tokens():
    from rag.types import Article

    sentence = "НАТО " + "и союзники обсуждали вопросы безопасности " * 12 + "в Брюсселе."
    text = f"Короткое начало статьи.\n\n{sentence}\n\nКороткий конец статьи."
    art = Article(source="a.txt", text=text, title=None, date=None, language="ru", sha256="x")
    n = count_tokens(sentence)
    whole = chunk_article(art, ChunkingParams(max_tokens=n // 2, overlap_tokens=0, max_sentence_tokens=n))
    assert sentence in [c.text for c in whole]
    cut = chunk_article(art, ChunkingParams(max_tokens=n // 2, overlap_tokens=0, max_sentence_tokens=n - 1))
    assert sentence not in [c.text for c in cut]
    assert all(count_tokens(c.text) <= n // 2 for c in cut)
