"""Start-up times of the frozen app (dist/StationDesk, or the folder given): best and median of N runs.

    .venv/bin/python tests/packaging/bench_start.py [--runs 7] [--bundle DIR]

For each run it drops the bundle's own files from the page cache first (posix_fadvise DONTNEED, as
build.py and the slow test do), then times

- ``StationDesk --version`` until it exits, and
- the GUI (offscreen, ``STATIONDESK_SMOKE_EXIT=1``, a data folder with 20 demo households) from the
  start of the process until it prints that its main window is shown,

and then the same once more with the files cached ("warm"). "Cold" means only the bundle's files:
the system's libraries (libc, X11/xcb, fontconfig and its cache) stay in memory, as they are on a
laptop that has been running for a while; dropping the whole page cache needs root and would slow
everyone else on a shared machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.packaging.test_frozen import APP, evict, frozen_env, program, run, run_until_shown  # noqa: E402


def summary(label: str, values: list[float]) -> str:
    return (
        f"{label}: best {min(values):.2f} s, median {statistics.median(values):.2f} s "
        f"({', '.join(f'{v:.2f}' for v in values)})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP)
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not (bundle / APP).exists() and not (bundle / f"{APP}.exe").exists():
        sys.exit(f"no {APP} in {bundle}: build it first (python packaging/build.py)")
    with tempfile.TemporaryDirectory(prefix="stationdesk-bench-") as tmp:
        env = frozen_env(Path(tmp) / "home")
        data = Path(tmp) / "数据"
        made = run(program(bundle), ["--data-dir", str(data), "demo", "--households", "20"], env)
        if made.returncode != 0:
            sys.exit(made.stderr)
        smoke = frozen_env(Path(tmp) / "home", STATIONDESK_SMOKE_EXIT="1")
        times: dict[str, list[float]] = {
            "--version cold": [],
            "--version warm": [],
            "first window cold": [],
            "first window warm": [],
        }
        for _ in range(args.runs):
            for warm in (False, True):
                if not warm and not evict(bundle):
                    sys.exit("posix_fadvise is not available here: no cold runs")
                start = time.perf_counter()
                result = run(program(bundle), ["--version"], env)
                elapsed = time.perf_counter() - start
                if result.returncode != 0:
                    sys.exit(result.stderr)
                times[f"--version {'warm' if warm else 'cold'}"].append(elapsed)
            for warm in (False, True):
                if not warm:
                    evict(bundle)
                result, shown = run_until_shown(
                    program(bundle, gui=True), ["--data-dir", str(data)], smoke
                )
                if result.returncode != 0 or shown != shown:
                    sys.exit(result.stdout + result.stderr)
                times[f"first window {'warm' if warm else 'cold'}"].append(shown)
    print(f"{bundle}, {args.runs} runs each:")
    for label, values in times.items():
        print("  " + summary(label, values))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
