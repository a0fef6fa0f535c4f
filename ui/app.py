"""The Gradio chat. A thin client: every action calls `rag.Assistant` (stream, add_article, info,
article_text); the page holds no retrieval or generation logic.

Per-tab data lives in gr.State (this tab's question/answer history), so concurrent tabs never mix
answers. The llama.cpp model is not thread-safe: answering, the /ask API and uploads share one
queue slot ("llm"), and waiting requests show their queue position on the chat.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import gradio as gr

from rag import Assistant, QuestionError
from rag.ingest import SUPPORTED_SUFFIXES, IngestError

from .render import CSS, answer_html, error_html, esc, streaming_html

log = logging.getLogger(__name__)

EXAMPLES = [
    "When did the NATO Iraq mission close?",
    "Когда Скапарротти и Герасимов общались по телефону?",
    "Скільки тривали переговори Росія – НАТО в Брюсселі?",
    "Who led the Russian delegation at the Russia-NATO Council?",
    "Which countries did not take part in NATO's Iraq operation?",
]
THEME = gr.themes.Default(primary_hue="blue", neutral_hue="slate")
# what the translation checkbox costs and how far to trust it (docs/models.md, "Sessions 20 and 21")
TRANSLATE_INFO = ("For English questions. Offline, 2-4 s a sentence; numbers, dates, places and offices are "
                  "checked, but names and wording are often wrong: the quotes remain the evidence.")
PLACEHOLDER = ("<div class='rag-placeholder'><b>Ask the news articles</b><br>in English, Russian or Ukrainian."
               "<br>Every answer cites the passages it comes from.</div>")
QUEUE = "llm"  # one model, one answer at a time


def info_html(assistant: Assistant) -> str:
    i = assistant.info()
    built = (i.get("built_at") or "never").replace("T", " ")
    rows = [
        ("Answers", f"{i['answers']} (mode: {i['answer_mode']})"),
        ("Generator", i["generator"]),
        ("Embedder", i["embedder"] + (f" ({i['embedding_engine']} engine)" if i.get("embedding_engine") else "")),
        ("Translator (opt-in)", i["translator"]),
        ("Index", f"{i['articles']} articles · {i['chunks']} passages · {i['index_type'] or 'none'}"),
        ("Built", built),
    ]
    body = "".join(f"<div class='info-row'><span class='info-k'>{esc(k)}</span>"
                   f"<span class='info-v'>{esc(str(v))}</span></div>" for k, v in rows)
    return f"<div class='info-title'>Models and index</div>{body}"


def _history_pairs(history: list) -> list[tuple[str, str]]:
    return [(q, a) for q, a in history]


def build_app(assistant: Assistant) -> gr.Blocks:
    """The chat page. Serve it with `launch()` (which also passes the page's CSS and theme)."""

    def start(question: str, chat: list, pending: str | None):
        """Show the question at once (no queue); `respond` then answers `pending`, the question this
        tab waits for. One question at a time per tab; a refused question stays in the box."""
        question = (question or "").strip()
        if pending is not None:
            raise gr.Error("Wait for the current answer before asking the next question.", title="One at a time",
                           print_exception=False)
        if not question:
            raise gr.Error("Type a question about the articles.", title="Empty question", print_exception=False)
        return "", chat + [{"role": "user", "content": esc(question)}], question

    def respond(question: str | None, chat: list, history: list, k: float, translate: bool = False):
        """Stream one answer, then replace it by the checked answer with its cited passages.

        Outputs: chat, history, pending (released at the end)."""
        chat = chat + [{"role": "assistant", "content": streaming_html("")}]
        try:
            yield chat, history, question
            stream = assistant.stream(question, history=_history_pairs(history), k=int(k), translate=bool(translate))
            raw = ""
            for piece in stream:
                raw += piece
                chat[-1]["content"] = streaming_html(raw)
                yield chat, history, question
            answer = stream.result
            chat[-1]["content"] = answer_html(answer, assistant.article_text)
            history = history + [(question, answer.text)]
        except QuestionError as exc:
            chat[-1]["content"] = error_html(str(exc))
        except Exception as exc:  # show the failure in the chat instead of a stuck message
            log.exception("answering %r failed", question)
            chat[-1]["content"] = error_html(f"Something went wrong while answering: {exc}")
        yield chat, history, None

    def clear_chat(chat: list, history: list, pending: str | None):
        if pending is not None:
            gr.Info("An answer is being written: clear the chat when it is done.")
            return chat, history, pending
        return [], [], None

    def forget(history: list, pending: str | None):
        """The chat's own trash icon (hidden by the CSS): forget the history too, or follow-ups would use it."""
        return (history, pending) if pending is not None else ([], None)

    def ask(question: str, k: int = 5) -> tuple[str, str]:
        """Answer one question (no chat history). Returns the answer text and the full answer as JSON
        (citations with source, title, date, snippet, offsets and highlight)."""
        try:
            r = assistant.answer(question, k=int(k))
        except QuestionError as exc:
            raise gr.Error(str(exc)) from exc
        return r.text, json.dumps(r.to_dict(), ensure_ascii=False)

    def upload(files: list | None):
        lines = []
        for f in files or []:
            path = Path(f if isinstance(f, str) else f.name)
            name = path.name
            try:
                if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                    raise IngestError(f"{name}: unsupported file type; use .txt, .md or .html")
                report = assistant.add_article(name, path.read_bytes())
                done = "indexed" if name in report.added + report.updated else "already in the index"
                lines.append(f"<div class='ok'>✓ {esc(name)}: {done}</div>")
            except (IngestError, OSError) as exc:
                lines.append(f"<div class='bad'>✗ {esc(str(exc))}</div>")
            except Exception as exc:
                log.exception("adding %s failed", name)
                lines.append(f"<div class='bad'>✗ {esc(name)}: indexing failed ({esc(str(exc))})</div>")
        return "".join(lines) or "No file chosen.", info_html(assistant), None

    with gr.Blocks(title="News articles assistant") as app:
        history = gr.State([])  # this tab's [(question, checked answer text), ...]
        pending = gr.State(None)  # the question this tab waits for, if any (one at a time)
        gr.Markdown("## News articles assistant\nAnswers come only from the indexed articles and cite the exact "
                    "passages `[n]` they rely on; open a source to read the paragraph around it.")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=480):
                chat = gr.Chatbot(elem_id="chat", show_label=False, height=560, latex_delimiters=[],
                                  placeholder=PLACEHOLDER, buttons=["copy"], feedback_options=None)
                with gr.Row():
                    box = gr.Textbox(placeholder="Ask a question about the articles…", show_label=False,
                                     lines=1, max_lines=4, scale=6, elem_id="question", autofocus=True)
                    send = gr.Button("Ask", variant="primary", scale=1, min_width=90, elem_id="ask")
                gr.Examples(EXAMPLES, inputs=box, label="Examples")
            with gr.Column(scale=1, min_width=260):
                with gr.Group():
                    info = gr.HTML(info_html(assistant), elem_id="info", padding=True)
                k = gr.Slider(1, 10, value=min(max(int(assistant.k), 1), 10), step=1,
                              label="Passages to retrieve (top-k)", elem_id="top-k")
                translate = gr.Checkbox(value=assistant.translate, elem_id="translate",
                                        label="Machine-translate Russian quotes into English",
                                        info=TRANSLATE_INFO)
                clear = gr.Button("Clear chat", variant="secondary", size="sm", elem_id="clear")
                files = gr.File(label="Add articles (.txt, .md, .html)", file_count="multiple",
                                file_types=list(SUPPORTED_SUFFIXES), height=160, elem_id="upload")
                upload_result = gr.HTML(elem_id="upload-result")

        for trigger in (box.submit, send.click):
            ev = trigger(start, [box, chat, pending], [box, chat, pending], queue=False, api_visibility="private")
            ev.success(respond, [pending, chat, history, k, translate], [chat, history, pending], concurrency_limit=1,
                       concurrency_id=QUEUE, show_progress="full", show_progress_on=chat, api_visibility="private")
        # No cancelling: a stopped llama.cpp stream would keep the model locked for a while, so Clear
        # waits for the answer in progress (it would otherwise reappear in the cleared chat).
        clear.click(clear_chat, [chat, history, pending], [chat, history, pending], queue=False,
                    api_visibility="private")
        chat.clear(forget, [history, pending], [history, pending], queue=False, api_visibility="private")
        files.upload(upload, files, [upload_result, info, files], concurrency_limit=1, concurrency_id=QUEUE,
                     api_visibility="private")
        gr.api(ask, api_name="ask", concurrency_limit=1, concurrency_id=QUEUE)
    app.queue(default_concurrency_limit=1)
    return app


def launch(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860, share: bool = False,
           block: bool = True) -> gr.Blocks:
    """Bring the index up to date (builds it with a progress bar on the first run), load the models,
    then serve the chat.

    `block=False` returns the running app at once (tests); stop it with `app.close()`."""
    assistant.index(progress=True)
    # Load the generator and the taggers now: the first question is then not slowed by them, and the info
    # panel says how answers are made (auto mode needs the generator's size to decide).
    assistant.warm_up()
    app = build_app(assistant)
    app.launch(server_name=host, server_port=port, share=share, css=CSS, theme=THEME, show_error=True,
               prevent_thread_lock=not block, quiet=not block)
    return app
