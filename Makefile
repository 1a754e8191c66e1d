# Two entry points for a fresh Debian machine with Python 3.11 (see README):
#   make maps  -> .venv, install evacmap, regenerate maps/ from seeds/
#   make test  -> .venv, install evacmap with test extras (+ Debian's chromium), run the whole suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install install-test maps test bench

$(BIN)/python:
	@# Debian's own python3 needs python3-venv for this; a python.org or pyenv build has it already.
	$(PYTHON) -m venv $(VENV) || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv && $(PYTHON) -m venv $(VENV))
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@# The browser tests drive the system chromium; Playwright never downloads a browser here.
	@test -x /usr/bin/chromium || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium)

maps: install
	$(BIN)/evacmap build seeds --out maps

test: install-test
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/pipeline_bench.py
	$(BIN)/python bench/map_bench.py
	$(BIN)/python bench/long_inputs.py
