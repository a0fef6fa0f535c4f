"""Read article files (.txt, .md, .html) into cleaned `Article`s.

Unreadable, binary or empty files are skipped with a warning naming the file; they never
stop the rest of the folder from being indexed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .cleaning import clean_text, guess_title
from .dates import extract_date, safe_date
from .language import detect_language
from .types import Article

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Bump when cleaning, title, date or language rules change what an article file reads as: `rag
# index` then re-reads every file and re-embeds only those whose article changed (indexer.py).
# 2: HTML metadata dates, sharing-button rows, markdown *emphasis*; 3: "Читайте також: …" links,
# site notices (Ctrl+Enter, ©, cookies); 4: a <time> in a sidebar is not the page's date (session 16);
# 5: datelines "21/12/2021" and "2022-01-12T14:35:00+03:00" (session 22); 6: short KOI8/cp866 texts that
# charset_normalizer read as Shift JIS or Big5 (session 23).
INGEST_VERSION = 6
MAX_FILE_BYTES = 20 * 1024 * 1024


class IngestError(ValueError):
    """A file that cannot be turned into an article; the message says why."""


@dataclass(frozen=True)
class SkippedFile:
    source: str
    reason: str


def decode_bytes(data: bytes, name: str) -> str:
    """Decode text of unknown encoding (UTF-8, cp1251, KOI8-R, UTF-16...)."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    text = str(best) if best is not None else None
    if text is None or _own_script_share(text) < PLAUSIBLE_SHARE:
        # A short Russian text in KOI8-R reads to charset_normalizer as Shift JIS or Big5 ("岵ﾓﾋﾏﾗ: ﾐﾅﾒﾅﾇﾏﾗﾏﾒﾙ"):
        # articles are Russian, Ukrainian or English, so the Cyrillic code page that reads most like them wins.
        decoded = [t for codec in _CYRILLIC_CODECS if (t := _decoded(data, codec)) is not None]
        decoded = [t for t in decoded if _own_script_share(t) >= PLAUSIBLE_SHARE]
        text = max(decoded, key=_reads_as_words, default=None)
    if text is None:
        raise IngestError(f"{name}: cannot detect the text encoding")
    return text


# The code pages Russian and Ukrainian text comes in besides UTF-8 and UTF-16, most common first.
_CYRILLIC_CODECS = ("cp1251", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "iso8859_5")
PLAUSIBLE_SHARE = 0.9  # of a decoded text's letters, Latin or Cyrillic
_COMMON_WORDS = re.compile(r"(?<!\w)(?:в|и|на|не|что|с|по|о|к|у|из|за|от|до|это|как|і|та|з|що|це|для|від|"
                           r"the|and|of|to|in)(?!\w)")


def _decoded(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _own_script_share(text: str) -> float:
    """The share of the letters of `text` that are Latin or Cyrillic (1.0 for a text with none)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c < "\u0250" or "\u0400" <= c <= "\u04ff" for c in letters) / len(letters) if letters else 1.0


def _reads_as_words(text: str) -> tuple[int, int]:
    """How many of the commonest short Russian, Ukrainian and English words `text` holds (a wrong code page
    swaps letter cases and letters, "оБЯЙНБ", which makes words no text has), then how many letters (KOI8-R
    reads KOI8-U's "є" and "і" as box-drawing signs)."""
    return len(_COMMON_WORDS.findall(text)), sum(c.isalpha() for c in text)


@dataclass(frozen=True)
class HtmlPage:
    text: str  # body text, one block per paragraph
    title: str | None
    published: dt.date | None  # from the page's metadata, when it states one


# Where pages state their publication date for machines: Open Graph / schema.org / Dublin Core
# meta tags, <time datetime>, JSON-LD. The publisher's own field beats a date read from the text.
_PUBLISHED_META = ("article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                   "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date")
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def _iso_date(value: str | None) -> dt.date | None:
    m = _ISO_DATE.match(value or "")
    return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _declared_date(tree) -> dt.date | None:
    """The publication date in the page's meta tags or JSON-LD."""
    for node in tree.css("meta"):
        key = (node.attributes.get("property") or node.attributes.get("name")
               or node.attributes.get("itemprop") or "").lower()
        if key in _PUBLISHED_META and (date := _iso_date(node.attributes.get("content"))):
            return date
    for node in tree.css("script[type='application/ld+json']"):
        m = _JSON_LD_PUBLISHED.search(node.text() or "")
        if m and (date := _iso_date(m.group(1))):
            return date
    return None


def _time_element_date(tree) -> dt.date | None:
    """The first <time datetime> of the article (read once menus and sidebars are gone)."""
    node = tree.css_first("article time[datetime]") or tree.css_first("time[datetime]")
    return _iso_date(node.attributes.get("datetime")) if node is not None else None


def html_to_text(html: str) -> HtmlPage:
    """Body text (one block per line), headline and stated publication date of an HTML page."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    published = _declared_date(tree)  # before scripts go: JSON-LD is a script
    for node in tree.css("script, style, nav, header, footer, aside, form, noscript, figure"):
        node.decompose()
    published = published or _time_element_date(tree)
    title_node = tree.css_first("h1") or tree.css_first("title")
    title = title_node.text(strip=True) if title_node else None
    blocks = [n.text(separator=" ", strip=True) for n in tree.css("h1, h2, h3, p, li, blockquote, time")]
    blocks = [b for b in blocks if b]
    if not blocks and tree.body is not None:
        blocks = [tree.body.text(separator="\n", strip=True)]
    return HtmlPage("\n\n".join(blocks), title, published)


def markdown_to_text(md: str) -> str:
    """Drop markdown syntax that is not prose (headers marks, emphasis, link targets)."""
    md = re.sub(r"^\s{0,3}#{1,6}\s*", "", md, flags=re.MULTILINE)
    md = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", md)
    md = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"(\*\*|__|`)", "", md)
    md = re.sub(r"(?<![\w*])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?![\w*])", r"\1", md)  # *emphasis*, _emphasis_
    return md


def parse_article(data: bytes, source: str) -> Article:
    """Turn the raw bytes of one file into a cleaned article; raises IngestError."""
    if not data.strip():
        raise IngestError(f"{source}: the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(f"{source}: larger than {MAX_FILE_BYTES // 2**20} MiB; not an article")
    raw = decode_bytes(data, source)
    suffix = Path(source).suffix.lower()
    html_title = published = None
    if suffix in (".html", ".htm"):
        page = html_to_text(raw)
        raw, html_title, published = page.text, page.title, page.published
    elif suffix in (".md", ".markdown"):
        raw = markdown_to_text(raw)
    text = clean_text(raw)
    if len(re.findall(r"\w", text)) < 20:
        raise IngestError(f"{source}: no article text left after cleaning")
    return Article(
        source=source,
        text=text,
        title=html_title or guess_title(text),
        date=published or extract_date(text),
        language=detect_language(text[:5000]),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def article_files(folder: Path) -> dict[str, str]:
    """Source name (the path relative to `folder`, with "/") → file path, for every supported file,
    hidden files and folders left out, sorted by name. Plain strings: at 100,000 articles, pathlib
    objects cost seconds on every `rag index`."""
    root = str(folder)
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = os.path.relpath(dirpath, root)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        for name in filenames:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES:
                out[prefix + name] = os.path.join(dirpath, name)
    return dict(sorted(out.items()))


def list_article_files(folder: Path) -> list[Path]:
    return [Path(p) for p in article_files(folder).values()]


def source_name(path: Path, folder: Path) -> str:
    return path.relative_to(folder).as_posix()


def read_article(path: Path, folder: Path) -> Article:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{source_name(path, folder)}: cannot read ({exc.strerror})") from exc
    return parse_article(data, source_name(path, folder))
