# Steady: common tasks. `make run` and `make test` work on a fresh machine of this project's kind.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export FLASK_APP := server
TEST_PG ?= postgresql://postgres@127.0.0.1:5432/test

.PHONY: install run test test-sqlite test-postgres lint format services bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

## Run Steady on SQLite with demo data (http://127.0.0.1:$${PORT:-5000}).
run: install
	$(BIN)/flask db upgrade
	$(BIN)/flask seed-demo
	$(BIN)/python -m server

## The whole suite on SQLite, then again on PostgreSQL; browser and multi-process tests included.
test: install services lint test-sqlite test-postgres

services:
	bash scripts/ensure-services.sh

lint:
	$(BIN)/ruff check server facilitator tests scripts
	$(BIN)/ruff format --check server facilitator tests scripts

test-sqlite:
	$(BIN)/python -m pytest -q -p no:cacheprovider

test-postgres:
	STEADY_TEST_DATABASE_URL=$(TEST_PG) $(BIN)/python -m pytest -q -p no:cacheprovider \
		-m "not browser and not multiprocess"

format:
	$(BIN)/ruff check --fix server facilitator tests scripts
	$(BIN)/ruff format server facilitator tests scripts

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
