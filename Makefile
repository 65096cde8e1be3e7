# bilateral: the whole set-up is `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= .bilateral/store
OUT    := out

.PHONY: demo test lint typecheck install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/bilateral ingest --store $(STORE) data/facts
	$(BIN)/bilateral validate --store $(STORE)
	$(BIN)/bilateral stats --store $(STORE)
	$(BIN)/bilateral export --store $(STORE) --format turtle -o $(OUT)/graph.ttl
	$(BIN)/bilateral export --store $(STORE) --format trig -o $(OUT)/graph.trig
	@echo "wrote $(OUT)/graph.ttl and $(OUT)/graph.trig"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

clean:
	rm -rf $(OUT) .bilateral .pytest_cache .mypy_cache .ruff_cache
