"""HTML for the chat: answers, abstentions and cited snippets.

Article text, file names, questions and model output are untrusted: every piece of text goes
through `html.escape`. The HTML is emitted on one line (newlines become <br>), so the chat's
Markdown renderer treats each message as one raw HTML block and never re-interprets article
text as Markdown.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from rag.answer_texts import UNTITLED_TEXT
from rag.extractive import article_label
from rag.types import Answer, Citation

LANG_LABEL = {"ru": "Russian", "uk": "Ukrainian", "en": "English", "und": "language unknown"}
MAX_PARAGRAPH_CHARS = 2500  # longer paragraphs are cut to a window around the snippet
MAX_SUMMARY_TITLE_CHARS = 60  # a related article's title in the folded line, cut at a word
_MARKER = re.compile(r"\[(\d{1,2})\]")


def esc(text: str) -> str:
    """Escape text for HTML and keep its line breaks without emitting a newline."""
    text = html.escape(text, quote=True)
    text = text.replace("\r\n", "\n").replace("\n\n", "<span class='para-break'></span>")
    return text.replace("\n", "<br>")


def _marked(text: str, offset: int, highlights: list[tuple[int, int]]) -> str:
    """`text` (which starts at article offset `offset`) with each highlight span in <mark>."""
    out, pos = [], 0
    for h0, h1 in sorted(highlights):
        h0, h1 = max(h0 - offset, pos), min(h1 - offset, len(text))
        if h0 < h1:
            out += [esc(text[pos:h0]), "<mark>", esc(text[h0:h1]), "</mark>"]
            pos = h1
    return "".join(out) + esc(text[pos:])


def surrounding_paragraphs(article: str | None, c: Citation) -> tuple[str, int]:
    """The paragraph(s) of the article that hold the snippet, and their start offset.

    Paragraphs are separated by blank lines; a very long one is cut to a window around the snippet."""
    if not article or not (0 <= c.start < c.end <= len(article)):
        return "", 0
    p0 = article.rfind("\n\n", 0, c.start)
    p0 = 0 if p0 < 0 else p0 + 2
    p1 = article.find("\n\n", c.end)
    p1 = len(article) if p1 < 0 else p1
    if p1 - p0 > MAX_PARAGRAPH_CHARS:
        spare = max((MAX_PARAGRAPH_CHARS - (c.end - c.start)) // 2, 0)
        p0, p1 = max(p0, c.start - spare), min(p1, c.end + spare)
    return article[p0:p1], p0


UNTITLED = UNTITLED_TEXT["en"]  # the chat is in English


def short_title(c: Citation) -> str:
    """The title cut at a word; for an article without one, its highlighted sentence (what it says on
    the subject reads better than a file name)."""
    return article_label(c, MAX_SUMMARY_TITLE_CHARS)


def citation_card(n: int | list[int] | None, c: Citation, article: str | None,
                  highlights: list[tuple[int, int]] | None = None) -> str:
    """One passage: [n] (a list: every answer marker quoting this passage; None: an unnumbered,
    uncited passage), title, date, language, file, text with the quoted sentences marked
    (`highlights`, default the citation's own)."""
    if highlights is None:
        highlights = [c.highlight] if c.highlight else []
    numbers = [n] if isinstance(n, int) else (n or [])
    title = esc(c.title or UNTITLED)  # the file name is on the line below
    date = c.date_label()
    lang = LANG_LABEL.get(c.language, c.language)
    meta = (f"<span>{esc(date)}</span> · <span>{esc(lang)}</span> · "
            f"<span class='cite-src' title='characters {c.start}–{c.end}'>{esc(c.source)}</span>")
    para, p0 = surrounding_paragraphs(article, c)
    details = ""
    if para:
        details = (f"<details class='cite-more'><summary>Show the paragraph in the article</summary>"
                   f"<div class='cite-para'>{_marked(para, p0, highlights)}</div></details>")
    number = "".join(f"<span class='cite-n'>[{k}]</span> " for k in numbers)
    return (f"<div class='cite'><div class='cite-head'>{number}"
            f"<span class='cite-title'>{title}</span></div><div class='cite-meta'>{meta}</div>"
            f"<div class='cite-text'>{_marked(c.snippet, c.start, highlights)}</div>{details}</div>")


def cited_passages(citations: list[Citation]) -> list[tuple[list[int], Citation, list[tuple[int, int]]]]:
    """The answer's citations grouped by passage, in order of first citation: two sentences quoted
    from one passage make one card marked [1] [2] with both highlighted, not the passage twice."""
    groups: dict[tuple[str, int, int], tuple[list[int], Citation, list[tuple[int, int]]]] = {}
    for n, c in enumerate(citations, start=1):
        numbers, _, highlights = groups.setdefault((c.source, c.start, c.end), ([], c, []))
        numbers.append(n)
        if c.highlight:
            highlights.append(c.highlight)
    return list(groups.values())


def _notes(answer: Answer) -> str:
    notes = []
    if answer.standalone_question and answer.standalone_question != answer.question:
        notes.append(f"<div class='rag-note'>Searched for: {esc(answer.standalone_question)}</div>")
    if answer.fallback:
        notes.append("<div class='rag-note'>The model's own answer was not supported by the articles, "
                     "so the best passages are quoted instead.</div>")
    notes += [f"<div class='rag-note rag-warn'>⚠ {esc(w)}</div>" for w in answer.warnings]
    return "".join(notes)


def answer_html(answer: Answer, article_text: Callable[[str], str | None]) -> str:
    """The final chat message: checked answer, notes, then one card per cited passage."""
    if answer.abstained:
        return (f"<div class='rag-abstain'><span class='rag-icon' aria-hidden='true'>⊘</span>"
                f"<span>{esc(answer.text)}</span></div>{_notes(answer)}")
    text = _MARKER.sub(r"<span class='ref'>[\1]</span>", esc(answer.text))
    if answer.lead and answer.text.startswith(answer.lead):  # the short answer stands out from the quotes
        # marked up as the text is: a comparison's lead carries its own markers ("…: about 7.5 hours [1]; …")
        lead = _MARKER.sub(r"<span class='ref'>[\1]</span>", esc(answer.lead))
        text = f"<strong class='rag-lead'>{lead}</strong>{text[len(lead):]}"
    cards = "".join(citation_card(numbers, c, article_text(c.source), highlights)
                    for numbers, c, highlights in cited_passages(answer.citations))
    sources = (f"<div class='rag-sources'><div class='rag-sources-title'>Sources</div>{cards}</div>"
               if cards else "")
    return f"<div class='rag-answer'>{text}</div>{_notes(answer)}{sources}{related_html(answer, article_text)}"


def related_html(answer: Answer, article_text: Callable[[str], str | None]) -> str:
    """Other relevant articles the answer does not quote, folded away under one line."""
    if not answer.related:
        return ""
    cards = "".join(citation_card(None, c, article_text(c.source)) for c in answer.related)
    # the titles and dates are on the folded line: a newer story on the subject shows without a click
    titles = "; ".join(f"«{esc(short_title(c))}» ({'' if c.title else 'untitled, '}{esc(c.date_label())})"
                       for c in answer.related)
    return (f"<details class='rag-related'><summary>Also relevant, not quoted ({len(answer.related)} "
            f"{'article' if len(answer.related) == 1 else 'articles'}): {titles}</summary>{cards}</details>")


def streaming_html(raw: str) -> str:
    """The answer while it is being written: a draft, replaced by the checked answer at the end."""
    if not raw:
        return ("<div class='rag-answer rag-streaming'><span class='rag-note'>Searching the articles…</span>"
                "<span class='rag-cursor'>▍</span></div>")
    return (f"<div class='rag-answer rag-streaming'>{esc(raw)}<span class='rag-cursor'>▍</span>"
            f"<div class='rag-note'>Draft: checked against the articles when complete.</div></div>")


def error_html(message: str) -> str:
    return f"<div class='rag-error'>⚠ {esc(message)}</div>"


CSS = """
.rag-answer {line-height: 1.55}
.rag-answer .ref {color: var(--color-accent); font-weight: 600; font-size: 0.9em}
.rag-streaming {opacity: 0.8}
.rag-cursor {animation: rag-blink 1s steps(1) infinite; margin-left: 1px}
@keyframes rag-blink {50% {opacity: 0}}
.rag-note {color: var(--body-text-color-subdued); font-size: 0.82em; margin-top: 6px}
.rag-warn {color: #9a6700}
.rag-abstain {display: flex; gap: 8px; align-items: baseline; font-style: italic;
              color: var(--body-text-color-subdued)}
.rag-abstain .rag-icon {font-style: normal; font-size: 1.15em}
.rag-error {color: #b42318}
.rag-sources {margin-top: 10px; border-top: 1px solid var(--border-color-primary); padding-top: 6px}
.rag-sources-title {font-size: 0.78em; text-transform: uppercase; letter-spacing: 0.06em;
                    color: var(--body-text-color-subdued); margin-bottom: 4px}
.cite {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 12px; margin: 6px 0;
       background: var(--background-fill-primary)}
.cite-n {font-weight: 700; color: var(--color-accent)}
.cite-head {font-size: 0.95em}
.cite-title {font-weight: 600}
.cite-meta {color: var(--body-text-color-subdued); font-size: 0.8em; margin: 2px 0 6px}
.cite-src {font-family: var(--font-mono); font-size: 0.95em}
.para-break {display: block; height: 0.5em}
.cite-text {font-size: 0.92em; line-height: 1.5}
.cite mark {background: #fff1a8; color: inherit; padding: 0 2px; border-radius: 2px}
.cite-more {margin-top: 6px; font-size: 0.88em}
.cite-more summary {cursor: pointer; color: var(--body-text-color-subdued)}
.cite-para {margin-top: 6px; padding-left: 10px; border-left: 3px solid var(--border-color-primary)}
.rag-placeholder {text-align: center; color: var(--body-text-color-subdued); line-height: 1.7}
.rag-placeholder b {color: var(--body-text-color); font-size: 1.15em}
.info-title {font-size: 0.78em; text-transform: uppercase; letter-spacing: 0.06em;
             color: var(--body-text-color-subdued); margin-bottom: 6px}
.info-row {display: flex; flex-direction: column; margin-bottom: 6px; font-size: 0.86em; line-height: 1.35}
.info-k {color: var(--body-text-color-subdued); font-size: 0.9em}
.info-v {overflow-wrap: anywhere}
.rag-related {margin-top: .6em} .rag-related > summary {cursor: pointer; opacity: .8}
#chat button[aria-label="Clear"] {display: none}  /* the page's own Clear button also forgets the history */
#upload-result {font-size: 0.88em}
#upload-result .ok {color: #1a7f37}
#upload-result .bad {color: #b42318}
"""
