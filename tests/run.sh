#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: lint and types, then pytest (Qt offscreen).
# Extra arguments go to pytest, e.g. tests/run.sh -k search
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup_env.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m ruff check desktop tests main.py packaging
.venv/bin/python -m ruff format --check -q desktop tests main.py packaging
.venv/bin/lint-imports --no-cache
.venv/bin/python -m mypy  # desktop/core, configured in pyproject.toml [tool.mypy]
.venv/bin/python -m pytest "$@"
