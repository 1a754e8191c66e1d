# Two entry points for a fresh Debian machine with Python 3.11 (see README):
#   make maps  -> .venv, install evacmap, regenerate maps/ from seeds/
#   make test  -> .venv, install evacmap with test extras (+ Debian's chromium), run the whole suite
# Debian's own python3 when it is 3.11 or newer: linked statically, it runs evacmap 15-17% faster than a build with a
# shared libpython such as pyenv's (bench/gazetteer_speed.py, README "Benchmarks"). PYTHON=python3 picks the one on PATH.
PYTHON ?= $(shell /usr/bin/python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo /usr/bin/python3 || echo python3)
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
