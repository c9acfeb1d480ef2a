# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= dyads.duckdb
PIN    := pip install --quiet --require-hashes

.PHONY: install install-all demo test lint bench lock clean

# The one-machine tool, no extras (what `pip install dyads` gives): all `make demo` needs.
$(VENV)/.core: pyproject.toml requirements/core.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/$(PIN) -r requirements/core.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

# Everything: PostgreSQL, Ray and the test tools (what `make test` and CI need).
$(VENV)/.all: $(VENV)/.core requirements/lock.txt
	$(BIN)/$(PIN) -r requirements/lock.txt
	@touch $@

install: $(VENV)/.core

install-all: $(VENV)/.all

demo: install
	$(BIN)/dyads ingest samples/ --db $(DB) --date-from-name
	$(BIN)/dyads summary --db $(DB)

test: install-all
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

bench: install-all
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/html_extraction.py

# Regenerate both locks with pip-tools from a venv of its own (never by hand); core.txt starts
# from lock.txt, so it keeps its versions and `make demo` then `make test` install one set.
lock:
	test -x .lockvenv/bin/pip-compile || ($(PYTHON) -m venv .lockvenv && \
		.lockvenv/bin/pip install --quiet "pip-tools>=7.4")
	.lockvenv/bin/pip-compile --quiet --generate-hashes --all-extras --strip-extras \
		--allow-unsafe --no-header --output-file requirements/lock.txt pyproject.toml
	cp requirements/lock.txt requirements/core.txt
	.lockvenv/bin/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		--no-header --output-file requirements/core.txt pyproject.toml

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
