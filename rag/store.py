"""The chunk store: articles, chunks, the FTS5 (BM25) lexical index and per-chunk features
(sentence vectors, sparse latent-term vectors) in one SQLite file.

SQLite's FTS5 gives BM25 ranking over an on-disk inverted index that is updated in place,
so adding one article never rebuilds the lexical index and a query never scans the corpus.
Features are read by chunk id for the few dozen candidates of one question, never scanned.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .embeddings import SparseVector
from .lexical import fts_term, tokenize
from .types import Article, Chunk, Citation

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, title TEXT, date TEXT,
    language TEXT NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL REFERENCES articles(source),
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, n_tokens INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE TABLE IF NOT EXISTS chunk_features (
    chunk_id INTEGER PRIMARY KEY, spans TEXT NOT NULL, sentence_vectors BLOB NOT NULL,
    sparse_ids BLOB, sparse_values BLOB
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(stems, tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
"""
# The lexical leg's cost per question is the number of postings FTS5 reads: every chunk holding a
# query word. "в", "на", "нат" are in most chunks of a Russian NATO corpus, which at 1M chunks
# made one BM25 query take 0.9 s. So the query keeps its rarest words while their chunk counts
# (term_df, kept by the indexer) add up to at most MAX_POSTINGS, and never a word in more than half
# the chunks: FTS5's BM25 gives such a word an IDF of 1e-6, so it adds nothing to any score.
# Below ~30k chunks (the seed corpus, XQuAD) only that second rule can apply.
MAX_POSTINGS = 30_000
# A word in more than this share of the chunks says nothing about a chunk (BM25 weight nil): the
# lexical leg leaves it out, and later_reports.py does not take such a name for a subject.
COMMON_SHARE = 0.5


@dataclass
class ChunkFeatures:
    """What is stored per chunk besides its text: its sentences' vectors (float16 on disk) and,
    with embedders that have one, its sparse latent-term vector (ids, L2-normalised values)."""

    spans: list[tuple[int, int]]  # article offsets, one per row of sentence_vectors
    sentence_vectors: np.ndarray  # (n_sentences, dim) float32
    sparse: SparseVector | None = None

    def to_row(self, chunk_id: int) -> tuple:
        ids, values = self.sparse if self.sparse is not None else (None, None)
        return (chunk_id, json.dumps(self.spans), self.sentence_vectors.astype(np.float16).tobytes(),
                None if ids is None else np.asarray(ids, np.int32).tobytes(),
                None if values is None else np.asarray(values, np.float16).tobytes())

    @staticmethod
    def from_row(spans: str, vectors: bytes, sparse_ids: bytes | None, sparse_values: bytes | None,
                 dim: int) -> ChunkFeatures:
        sparse = None
        if sparse_ids is not None:
            sparse = (np.frombuffer(sparse_ids, np.int32), np.frombuffer(sparse_values, np.float16).astype(np.float32))
        vecs = np.frombuffer(vectors, np.float16).astype(np.float32).reshape(-1, dim)
        return ChunkFeatures([tuple(x) for x in json.loads(spans)], vecs, sparse)


def _roll_back_killed_update(path: Path) -> None:
    """An update killed mid-transaction leaves a hot journal that only a writable connection rolls
    back (a read-only one fails on it); a live writer's journal is not hot and is left alone."""
    if Path(f"{path}-journal").exists() and os.access(path, os.W_OK):
        db = sqlite3.connect(path)
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            db.close()


def row_citation(cid: int, row: dict, score: float) -> Citation:
    """A chunk row (ChunkStore.chunk_rows) as a citation."""
    return Citation(source=row["source"], title=row["title"], date=row["date"], language=row["language"],
                    snippet=row["text"], start=row["start"], end=row["end"], score=score, chunk_id=cid)


def add_new_schema(path: Path) -> None:
    """Give an existing store the tables and indexes a newer version added (the articles' date
    index, for the collection overview). A store that cannot be written keeps working without
    them (the overview then scans the articles)."""
    try:
        db = sqlite3.connect(path, timeout=1.0)
        try:
            db.executescript(SCHEMA)
        finally:
            db.close()
    except sqlite3.OperationalError as exc:  # read-only, or locked by a reader for longer than the timeout
        log.warning("could not add the new indexes to %s: %s", path, exc)


class ChunkStore:
    def __init__(self, path: Path, read_only: bool = False, timeout: float = 5.0):
        self.path = Path(path)
        if read_only:
            _roll_back_killed_update(self.path)
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, timeout=timeout, check_same_thread=False)
            self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    # --- writes (indexer only) -------------------------------------------------------
    def next_chunk_id(self) -> int:
        (max_id,) = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM chunks").fetchone()
        return int(max_id) + 1

    def add_article(self, article: Article, chunks: list[Chunk], first_id: int) -> list[int]:
        self.db.execute(
            "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
            (article.source, article.sha256, article.title,
             article.date.isoformat() if article.date else None, article.language, article.text),
        )
        ids = list(range(first_id, first_id + len(chunks)))
        self.db.executemany(
            "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?)",
            [(i, c.source, c.start, c.end, c.text, c.n_tokens) for i, c in zip(ids, chunks, strict=False)],
        )
        stems = [tokenize(c.text) for c in chunks]
        self.db.executemany("INSERT INTO chunks_fts(rowid, stems) VALUES (?, ?)",
                            [(i, " ".join(st)) for i, st in zip(ids, stems, strict=False)])
        self._count_terms(stems, +1)
        return ids

    def _count_terms(self, chunk_stems: list[list[str]], sign: int) -> None:
        """Add (sign=+1) or take away (-1) chunks from the document frequencies and the chunk count."""
        counts = Counter(t for st in chunk_stems for t in set(st))
        self.db.executemany("INSERT INTO term_df VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
                            [(t, sign * n) for t, n in counts.items()])
        if sign < 0:
            self.db.executemany("DELETE FROM term_df WHERE term = ? AND df <= 0", [(t,) for t in counts])
        self.db.execute("INSERT INTO meta VALUES ('n_chunks', ?) ON CONFLICT(key) DO UPDATE "
                        "SET value = CAST(value AS INTEGER) + excluded.value", (sign * len(chunk_stems),))

    def add_features(self, rows: list[tuple[int, ChunkFeatures]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO chunk_features VALUES (?, ?, ?, ?, ?)",
                            [f.to_row(i) for i, f in rows])

    def remove_article(self, source: str) -> list[int]:
        rows = self._chunk_stems(source)
        ids = [cid for cid, _ in rows]
        self._count_terms([stems.split() for _, stems in rows], -1)
        self.db.executemany("DELETE FROM chunks_fts WHERE rowid = ?", [(i,) for i in ids])
        self.db.executemany("DELETE FROM chunk_features WHERE chunk_id = ?", [(i,) for i in ids])
        self.db.execute("DELETE FROM chunks WHERE source = ?", (source,))
        self.db.execute("DELETE FROM articles WHERE source = ?", (source,))
        return ids

    def begin(self) -> None:
        """Take the write lock now, before any work: a second writer fails at once (sqlite3.OperationalError)."""
        self.db.execute("BEGIN IMMEDIATE")

    def set_manifest(self, manifest: dict) -> None:
        """Record the index manifest in the open transaction: it is committed with the rows it describes."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('manifest', ?)",
                        (json.dumps(manifest, ensure_ascii=False),))

    def commit(self) -> None:
        self.db.commit()

    def rollback(self) -> None:
        self.db.rollback()

    # --- reads -----------------------------------------------------------------------
    def lexical_search(self, query: str, k: int) -> list[tuple[int, float]]:
        """BM25 over chunk stems: (chunk id, score) best first; higher is better. Only the query's
        rarer words are searched (MAX_POSTINGS)."""
        terms = sorted(set(tokenize(query)))
        if not terms:
            return []
        marks = ",".join("?" * len(terms))
        df = dict(self.db.execute(f"SELECT term, df FROM term_df WHERE term IN ({marks})", terms).fetchall())
        n_chunks = self._n_chunks()
        kept, postings = [], 0
        for t in sorted(df, key=lambda t: (df[t], t)):
            if df[t] > COMMON_SHARE * n_chunks or postings + df[t] > MAX_POSTINGS:
                break
            kept.append(t)
            postings += df[t]
        if not kept:
            return []
        match = " OR ".join(fts_term(t) for t in sorted(kept))
        rows = self.db.execute(
            "SELECT rowid, bm25(chunks_fts) AS s FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY s LIMIT ?",
            (match, k),
        ).fetchall()
        return [(int(r[0]), -float(r[1])) for r in rows]

    def first_chunk_matching(self, source: str, all_of: list[tuple[str, ...]]) -> int | None:
        """The article's first chunk (by offset) whose stems include, for every tuple, a stem
        starting with one of its prefixes. Read from the article's own chunks: an FTS5 prefix query
        reads the names' postings in the whole corpus (0.3-0.7 s at 1M chunks)."""
        if not all_of:
            return None
        for cid, stems in self._chunk_stems(source):
            words = set(stems.split())
            if all(any(w.startswith(forms) for w in words) for forms in all_of):
                return int(cid)
        return None

    def newest_chunks_matching(self, prefixes: tuple[str, ...], limit: int) -> list[int]:
        """Of the articles holding a stem that starts with one of `prefixes`, the `limit` most recently
        dated (undated ones after), each as its first such chunk. An FTS5 prefix query: it reads the
        prefixes' postings, so callers keep it for rare words (prefix_chunk_share)."""
        if not prefixes:
            return []
        expr = " OR ".join(f"{fts_term(p)}*" for p in sorted(set(prefixes)))
        rows = self.db.execute("""SELECT MIN(c.id) FROM chunks_fts f JOIN chunks c ON c.id = f.rowid
                                  JOIN articles a ON a.source = c.source WHERE chunks_fts MATCH ?
                                  GROUP BY c.source ORDER BY a.date IS NULL, a.date DESC LIMIT ?""",
                               (expr, limit)).fetchall()
        return [int(cid) for (cid,) in rows]

    def prefix_chunk_share(self, prefixes: tuple[str, ...]) -> float:
        """About what share of the chunks hold a stem starting with one of `prefixes`: the stems'
        document frequencies summed (a chunk holding two such stems counts twice), at most 1. One
        range read of the term table per prefix, nothing proportional to the corpus."""
        n_chunks = self._n_chunks()
        if not n_chunks:
            return 0.0
        held = sum(self.db.execute("SELECT COALESCE(SUM(df), 0) FROM term_df WHERE term >= ? AND term < ?",
                                   (p, p + "\U0010ffff")).fetchone()[0] for p in set(prefixes))
        return min(1.0, held / n_chunks)

    def _n_chunks(self) -> int:
        """The chunk count the indexer keeps beside the document frequencies (_count_terms)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'n_chunks'").fetchone()
        return int(row[0]) if row else 0

    def _chunk_stems(self, source: str) -> list[tuple[int, str]]:
        """(chunk id, its space-separated stems) for the article's chunks, in article order."""
        return self.db.execute("""SELECT c.id, f.stems FROM chunks c JOIN chunks_fts f ON f.rowid = c.id
                                  WHERE c.source = ? ORDER BY c.start""", (source,)).fetchall()

    def chunk_rows(self, ids: list[int]) -> dict[int, dict]:
        """Chunk and article fields for the given chunk ids."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"""SELECT c.id, c.source, c.start, c.end, c.text, a.title, a.date, a.language
                FROM chunks c JOIN articles a ON a.source = c.source WHERE c.id IN ({marks})""",
            ids,
        ).fetchall()
        out = {}
        for cid, source, start, end, text, title, date, lang in rows:
            out[int(cid)] = {
                "source": source, "start": start, "end": end, "text": text, "title": title,
                "date": dt.date.fromisoformat(date) if date else None, "language": lang,
            }
        return out

    def features(self, ids: list[int], dim: int) -> dict[int, ChunkFeatures]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT * FROM chunk_features WHERE chunk_id IN ({marks})", ids)
        return {int(r[0]): ChunkFeatures.from_row(*r[1:], dim=dim) for r in rows}

    def chunk_languages(self, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT c.id, a.language FROM chunks c JOIN articles a ON a.source = c.source WHERE c.id IN ({marks})",
            ids,
        )
        return {int(i): lang for i, lang in rows}

    def same_article(self, article: Article) -> bool:
        """Whether the store holds `article` as read now (text, title, date, language)."""
        row = self.db.execute("SELECT text, title, date, language FROM articles WHERE source = ?",
                              (article.source,)).fetchone()
        date = article.date.isoformat() if article.date else None
        return row is not None and tuple(row) == (article.text, article.title, date, article.language)

    def article_text(self, source: str) -> str | None:
        row = self.db.execute("SELECT text FROM articles WHERE source = ?", (source,)).fetchone()
        return row[0] if row else None

    def newest_articles(self, limit: int) -> list[Citation]:
        """Up to `limit` articles, the most recently dated first, then undated ones, each as its first
        chunk (a collection overview). Reads the date index and `limit` rows, not every article."""
        rows = self.db.execute("SELECT source FROM articles WHERE date IS NOT NULL ORDER BY date DESC LIMIT ?",
                               (limit,)).fetchall()
        if len(rows) < limit:
            rows += self.db.execute("SELECT source FROM articles WHERE date IS NULL LIMIT ?",
                                    (limit - len(rows),)).fetchall()
        ids = [first[0] for (source,) in rows
               if (first := self.db.execute("SELECT id FROM chunks WHERE source = ? ORDER BY start LIMIT 1",
                                            (source,)).fetchone())]
        chunks = self.chunk_rows(ids)
        return [row_citation(cid, chunks[cid], 0.0) for cid in ids if cid in chunks]

    def article_count(self) -> int:
        (a,) = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()
        return int(a)

    def counts(self) -> tuple[int, int]:
        (c,) = self.db.execute("SELECT COUNT(*) FROM chunks").fetchone()
        return self.article_count(), int(c)

    def manifest(self) -> dict | None:
        """The manifest committed with the store's rows; None for a store older than the meta table."""
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'manifest'").fetchone()
        except sqlite3.OperationalError:  # no meta table
            return None
        return json.loads(row[0]) if row else None
