"""Scripted evaluation: drives `rag.Assistant` only, so what it measures is what users get."""
