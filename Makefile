# bilateral: the whole set-up is `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= .bilateral/store
OUT    := out

.PHONY: demo test lint install bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/bilateral ingest --store $(STORE) data
	$(BIN)/bilateral validate --store $(STORE)
	$(BIN)/bilateral stats --store $(STORE)
	$(BIN)/bilateral export --store $(STORE) --format turtle -o $(OUT)/graph.ttl
	$(BIN)/bilateral export --store $(STORE) --format trig -o $(OUT)/graph.trig
	$(BIN)/bilateral view --store $(STORE) -o $(OUT)/graph.html
	$(BIN)/bilateral view --store $(STORE) --pair BY CN -o $(OUT)/pair-BY-CN.html
	@echo "--- sample answer 1: bilateral bodies of Belarus and China"
	$(BIN)/bilateral query bodies --param a=BY --param b=CN --store $(STORE)
	@echo "--- sample answer 2: whom Kusnezow (Kuznetsov) met"
	$(BIN)/bilateral query contacts --param person=Kusnezow --store $(STORE)
	@echo "wrote $(OUT)/graph.ttl, $(OUT)/graph.trig, $(OUT)/graph.html, $(OUT)/pair-BY-CN.html"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_store.py --articles 2000 --cap 60
	$(BIN)/python benchmarks/bench_views.py
	$(BIN)/python benchmarks/bench_extract.py --runs 3

eval: $(STAMP)
	$(BIN)/python -m ingest.evaluate tests/eval/corpus/dev tests/eval/corpus/test

clean:
	rm -rf $(OUT) .bilateral .pytest_cache .mypy_cache .ruff_cache
