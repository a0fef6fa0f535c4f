"""The Gradio chat. A thin client: every action calls `rag.Assistant` (stream, add_article, info)."""

from __future__ import annotations

import json
from pathlib import Path

import gradio as gr

from rag import Assistant, QuestionError
from rag.ingest import IngestError

from .render import CSS, answer_markdown, sources_html

EXAMPLES = [
    "When did the NATO Iraq mission close?",
    "Когда Скапарротти и Герасимов общались по телефону?",
    "Скільки тривали переговори Росія – НАТО в Брюсселі?",
    "Who led the Russian delegation at the Russia-NATO Council?",
]


def _info_markdown(assistant: Assistant) -> str:
    i = assistant.info()
    return (f"**Generator:** {i['generator']} (answers: {i['answer_mode']})  \n**Embedder:** {i['embedder']}  \n"
            f"**Index:** {i['articles']} articles, {i['chunks']} passages ({i['index_type']})")


def build_app(assistant: Assistant) -> gr.Blocks:
    def respond(question: str, chat: list, history: list, k: int):
        """Stream one answer. `history` is this tab's own (question, answer) list (gr.State)."""
        question = (question or "").strip()
        if not question:
            gr.Warning("Type a question about the articles.")
            yield chat, gr.update(), history, ""
            return
        chat = chat + [{"role": "user", "content": question}, {"role": "assistant", "content": "…"}]
        yield chat, "", history, ""
        try:
            stream = assistant.stream(question, history=[tuple(h) for h in history], k=int(k))
        except QuestionError as exc:
            chat[-1]["content"] = f"⚠ {exc}"
            yield chat, "", history, ""
            return
        text = ""
        for piece in stream:
            text += piece
            chat[-1]["content"] = text
            yield chat, "", history, ""
        answer = stream.result
        chat[-1]["content"] = answer_markdown(answer)
        history = history + [(question, answer.text)]
        yield chat, sources_html(answer, assistant.article_text), history, ""

    def ask_api(question: str, k: float = 5) -> tuple[str, str]:
        """API endpoint for scripts (gradio_client): answer text and citations as JSON."""
        r = assistant.answer(question, k=int(k))
        return r.text, json.dumps(r.to_dict(), ensure_ascii=False)

    def upload(files):
        if not files:
            return "No file chosen.", _info_markdown(assistant)
        lines = []
        for f in files:
            path = Path(f if isinstance(f, str) else f.name)
            try:
                report = assistant.add_article(path.name, path.read_bytes())
                lines.append(f"✅ {path.name}: indexed ({report.chunks} passages in the index)")
            except (IngestError, OSError) as exc:
                lines.append(f"❌ {path.name}: {exc}")
        return "\n\n".join(lines), _info_markdown(assistant)

    with gr.Blocks(title="News assistant") as app:
        gr.Markdown("## Ask the news articles\nAnswers cite exact passages `[n]`; check them in the sources below.")
        history = gr.State([])
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="Chat", height=380)
                with gr.Row():
                    box = gr.Textbox(placeholder="Ask in English, Russian or Ukrainian…", show_label=False,
                                     scale=5, elem_id="question")
                    send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                gr.Examples(EXAMPLES, inputs=box)
                sources = gr.HTML(label="Sources", elem_id="sources")
            with gr.Column(scale=1):
                info = gr.Markdown(_info_markdown(assistant), elem_id="info")
                k = gr.Slider(1, 10, value=assistant.k, step=1, label="Passages to retrieve (top-k)")
                clear = gr.Button("Clear chat")
                files = gr.File(label="Add articles (.txt, .md, .html)", file_count="multiple",
                                file_types=[".txt", ".md", ".html", ".htm"])
                upload_msg = gr.Markdown()
        outputs = [chat, sources, history, box]
        send.click(respond, [box, chat, history, k], outputs, concurrency_limit=1, concurrency_id="llm")
        box.submit(respond, [box, chat, history, k], outputs, concurrency_limit=1, concurrency_id="llm")
        clear.click(lambda: ([], "", [], ""), None, outputs, queue=False)
        files.upload(upload, files, [upload_msg, info], concurrency_limit=1, concurrency_id="index")
        api_q = gr.Textbox(visible=False)
        api_k = gr.Number(value=5, visible=False)
        api_out = [gr.Textbox(visible=False), gr.Textbox(visible=False)]
        api_btn = gr.Button(visible=False)
        api_btn.click(ask_api, [api_q, api_k], api_out, api_name="ask", concurrency_limit=1, concurrency_id="llm")
    app.queue(default_concurrency_limit=1)
    return app


def launch(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860, share: bool = False,
           block: bool = True) -> gr.Blocks:
    """Index (first run: builds it with a progress bar; later: only checks it), then serve."""
    assistant.index(progress=True)
    app = build_app(assistant)
    app.launch(server_name=host, server_port=port, share=share, css=CSS, show_error=True,
               prevent_thread_lock=not block, quiet=not block)
    return app
