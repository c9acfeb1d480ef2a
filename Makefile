# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= dyads.duckdb

.PHONY: install demo test lint bench clean

$(BIN)/dyads: pyproject.toml requirements/lock.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet --require-hashes -r requirements/lock.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

install: $(BIN)/dyads

demo: install
	$(BIN)/dyads ingest samples/ --db $(DB) --date-from-name
	$(BIN)/dyads summary --db $(DB)

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/html_extraction.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
