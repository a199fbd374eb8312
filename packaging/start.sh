#!/usr/bin/env bash
# Set up (first time) and start StationDesk. Extra arguments go to main.py, e.g. --data-dir DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup_env.sh
exec .venv/bin/python main.py "$@"
