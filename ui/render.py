"""HTML for answers and their cited snippets. Article text is untrusted: everything is escaped."""

from __future__ import annotations

import html

from rag.types import Answer, Citation

LANG_LABEL = {"ru": "Russian", "uk": "Ukrainian", "en": "English"}


def _snippet_html(c: Citation) -> str:
    text = c.snippet
    if c.highlight:
        h0, h1 = c.highlight[0] - c.start, c.highlight[1] - c.start
        if 0 <= h0 < h1 <= len(text):
            return (html.escape(text[:h0]) + "<mark>" + html.escape(text[h0:h1]) + "</mark>"
                    + html.escape(text[h1:])).replace("\n\n", "<br>")
    return html.escape(text).replace("\n\n", "<br>")


def surrounding_paragraphs(article_text: str | None, c: Citation) -> str:
    """The paragraph(s) of the article that contain the snippet."""
    if not article_text:
        return ""
    start = article_text.rfind("\n\n", 0, c.start)
    end = article_text.find("\n\n", c.end)
    return article_text[0 if start < 0 else start + 2: len(article_text) if end < 0 else end]


def citation_card(n: int, c: Citation, article_text: str | None) -> str:
    title = html.escape(c.title or c.source)
    date = c.date.isoformat() if c.date else "date unknown"
    meta = f"{date} · {LANG_LABEL.get(c.language, c.language)} · {html.escape(c.source)} [{c.start}:{c.end}]"
    para = surrounding_paragraphs(article_text, c)
    details = (f"<details><summary>Show the surrounding paragraph</summary><div class='para'>"
               f"{html.escape(para).replace(chr(10) + chr(10), '<br><br>')}</div></details>") if para else ""
    return (f"<div class='cite' id='cite-{n}'><div class='cite-head'><b>[{n}]</b> {title}</div>"
            f"<div class='cite-meta'>{meta}</div><div class='cite-text'>{_snippet_html(c)}</div>{details}</div>")


def sources_html(answer: Answer, article_text) -> str:
    """All cited snippets of one answer; `article_text(source)` gives the full article."""
    if answer.abstained:
        return "<div class='abstain'>No passage in the articles answers this question.</div>"
    cards = [citation_card(n, c, article_text(c.source)) for n, c in enumerate(answer.citations, start=1)]
    return "<div class='sources'>" + "".join(cards) + "</div>"


def answer_markdown(answer: Answer) -> str:
    """The chat bubble text."""
    if answer.abstained:
        return f"🚫 *{answer.text}*"
    note = ""
    if answer.standalone_question and answer.standalone_question != answer.question:
        note += f"\n\n<sub>Searched for: {html.escape(answer.standalone_question)}</sub>"
    if answer.fallback:
        note += "\n\n<sub>The model's answer could not be verified against the passages; quoting them instead.</sub>"
    for w in answer.warnings:
        note += f"\n\n<sub>⚠ {html.escape(w)}</sub>"
    return html.escape(answer.text).replace("&quot;", '"') + note


CSS = """
.cite {border:1px solid #d0d7de; border-radius:8px; padding:8px 12px; margin:6px 0; background:#fafbfc}
.cite-head {font-size:1.0em}
.cite-meta {color:#57606a; font-size:0.85em; margin:2px 0 6px}
.cite-text mark {background:#fff3b0; padding:0 2px}
.cite details {margin-top:6px; font-size:0.9em; color:#333}
.abstain {color:#6e7781; font-style:italic; padding:8px}
"""
