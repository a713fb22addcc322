# The README's two commands. Both build .venv/ from uv.lock first (installing uv if missing).
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
export UV_PYTHON_DOWNLOADS := never

.PHONY: check demo test test-fast venv

venv: .venv/.synced

.venv/.synced: pyproject.toml uv.lock
	@test -x "$(UV)" || { echo "installing uv into .tools/"; $(PYTHON) -m venv .tools && .tools/bin/pip install -q uv; }
	$(UV) sync --frozen --all-extras --compile-bytecode
	@touch $@

demo: venv
	.venv/bin/countersign demo

# The checks first (lint, types of the pure core, the layer order), then the whole suite.
test: venv check
	.venv/bin/pytest

check: venv
	.venv/bin/ruff check .
	.venv/bin/basedpyright
	.venv/bin/python -m evals.arch --quiet

# The quick loop while working: no subprocess-heavy, stress or PostgreSQL tests (under a minute).
test-fast: venv
	.venv/bin/pytest -m "not slow and not postgres" -q
