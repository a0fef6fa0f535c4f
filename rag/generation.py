"""The local LLM (llama-cpp-python over a GGUF file): load once, stream chat completions.

The chat template comes from the GGUF's own metadata (tokenizer.chat_template), so every
model family gets the prompt format it was trained with. Decoding is greedy with a mild
repeat penalty: small models wander at any temperature, and answers must be reproducible.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from .models import GeneratorSpec, ModelNotFoundError


@dataclass(frozen=True)
class DecodingParams:
    max_tokens: int = 160
    temperature: float = 0.0
    repeat_penalty: float = 1.1


class Generator:
    def __init__(self, spec: GeneratorSpec, n_ctx: int = 4096, threads: int | None = None):
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise ModelNotFoundError(
                "Answering needs llama-cpp-python: pip install llama-cpp-python==0.3.36"
            ) from exc
        t0 = time.perf_counter()
        try:
            self.llm = Llama(model_path=str(spec.path), n_ctx=n_ctx, n_threads=threads or os.cpu_count(),
                             n_batch=512, verbose=False)
        except Exception as exc:  # corrupt file, unsupported architecture, out of memory
            raise ModelNotFoundError(
                f"Could not load the model {spec.path} ({type(exc).__name__}: {exc}). Check the file, or choose "
                "another with --model / RAG_MODEL."
            ) from exc
        self.load_seconds = time.perf_counter() - t0
        self.spec = spec
        self.n_ctx = n_ctx
        from llama_cpp import llama_model_n_params

        self.n_params = int(llama_model_n_params(self.llm.model))
        meta = self.llm.metadata or {}
        self.architecture = meta.get("general.architecture", "unknown")
        self.has_chat_template = "tokenizer.chat_template" in meta
        # llama.cpp contexts are not thread-safe: one generation at a time per model.
        self.lock = threading.Lock()

    def count_tokens(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def stream_chat(self, messages: list[dict], params: DecodingParams = DecodingParams()) -> Iterator[str]:
        """Yield text pieces of the reply. Holds the model lock until the stream is exhausted."""
        with self.lock:
            # No reset(): llama-cpp-python keeps the KV cache of the longest common token prefix
            # with the previous prompt, so the fixed system prompt is read once, not per question.
            if self.has_chat_template:
                chunks = self.llm.create_chat_completion(
                    messages=messages, stream=True, max_tokens=params.max_tokens,
                    temperature=params.temperature, repeat_penalty=params.repeat_penalty,
                )
                for part in chunks:
                    piece = part["choices"][0]["delta"].get("content")
                    if piece:
                        yield piece
            else:  # base models without a template: plain text prompt
                prompt = "\n\n".join(m["content"] for m in messages) + "\n"
                for part in self.llm.create_completion(
                    prompt=prompt, stream=True, max_tokens=params.max_tokens, temperature=params.temperature,
                    repeat_penalty=params.repeat_penalty, stop=["\nQuestion:", "</passage>"],
                ):
                    piece = part["choices"][0]["text"]
                    if piece:
                        yield piece
