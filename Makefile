# policy-graph: `make run` loads the bundled corpus and serves the API; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install bench system-deps clean

run: install
	$(BIN)/policy-graph load
	$(BIN)/policy-graph serve

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian packages the browser test needs: a headless Chromium and a CJK font.
system-deps:
	@if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium fonts-noto-cjk fontconfig; \
	fi

test: install node_modules/.installed system-deps
	$(BIN)/pytest

bench: install
	$(BIN)/python -m bench $(BENCH)

clean:
	rm -rf $(VENV) node_modules var test-output
