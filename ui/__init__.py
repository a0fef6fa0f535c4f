"""The Gradio chat: a thin client of rag.Assistant."""
