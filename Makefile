# Steady: common tasks. `make run` and `make test` work on a fresh machine of this project's kind.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export FLASK_APP := server
TEST_PG ?= postgresql://postgres@127.0.0.1:5432/test

.PHONY: install run test test-sqlite test-postgres lint format services bench bench-smoke clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

# The benchmark's load generator (Node.js): the smoke run in the test suite needs it too.
bench/loadgen/node_modules: bench/loadgen/package.json bench/loadgen/package-lock.json
	cd bench/loadgen && npm ci --no-audit --no-fund
	touch $@

install: $(VENV)/.installed bench/loadgen/node_modules

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

## The benchmark: every scenario against Steady and the bare stack; writes docs/performance.md.
bench: install services
	$(BIN)/python -m bench.run --json docs/performance.json --docs docs

bench-smoke: install services
	$(BIN)/python -m bench.run --smoke

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
