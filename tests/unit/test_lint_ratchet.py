"""Lint as a ratchet: long lines (E501, over 100 characters) and complex functions (C901, over
the complexity limit) may only become fewer. Each file's count is recorded in
tests/unit/lint_baseline.json; a file that gets more fails, and a new file must have none.
After cleaning some up, record the lower counts with

    .venv/bin/python tests/unit/test_lint_ratchet.py --update
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASELINE = Path(__file__).with_name("lint_baseline.json")
RULES = "E501,C901"
TREES = ["desktop", "tests", "main.py", "packaging"]


def counts() -> dict[str, int]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--select",
            RULES,
            "--output-format",
            "json",
            "--exit-zero",
            *TREES,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found = Counter()
    for item in json.loads(result.stdout or "[]"):
        path = Path(item["filename"]).resolve().relative_to(ROOT).as_posix()
        found[f"{path} {item['code']}"] += 1
    return dict(sorted(found.items()))


def test_long_lines_and_complex_functions_only_become_fewer():
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    grown = {
        key: (baseline.get(key, 0), n) for key, n in counts().items() if n > baseline.get(key, 0)
    }
    assert grown == {}, (
        "more long lines or complex functions than recorded (file code: (recorded, now))"
    )


if __name__ == "__main__" and "--update" in sys.argv:  # records lower counts, never higher ones
    old = (
        json.loads(BASELINE.read_text(encoding="utf-8"))
        if BASELINE.exists() and "--init" not in sys.argv
        else None
    )
    now = counts()
    kept = (
        now if old is None else {k: min(n, old.get(k, 0)) for k, n in now.items() if old.get(k, 0)}
    )
    BASELINE.write_text(json.dumps(kept, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
