"""Register benchmark: demo generation, cold start, search latency, scrolling, peak memory.

Targets (issue 2): search p95 < 30 ms, start < 1 s, peak memory < 300 MB, at 50,000 households.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop import paths  # noqa: E402
from desktop.core.context import Context  # noqa: E402
from desktop.core.demo import demo  # noqa: E402
from desktop.core.register import (
    households,  # noqa: E402
    pinyin,  # noqa: E402
)


def generate(folder: Path, count: int, seed: int) -> float | None:
    db = paths.database_path(folder)
    if db.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    ctx = Context.open(db)
    start = time.perf_counter()
    demo.generate(ctx, count, seed=seed)
    elapsed = time.perf_counter() - start
    ctx.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return elapsed


def cold_start(folder: Path, runs: int = 3) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STATIONDESK_SMOKE_EXIT": "1"}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "shown" in out.stdout, out.stderr
        times.append(time.perf_counter() - start)
    return times


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


def search_latency(
    folder: Path, seed: int = 9, n: int = 200
) -> dict[str, tuple[float, float, float]]:
    ctx = Context.open(paths.database_path(folder))
    rows = ctx.store.conn.execute(
        "SELECT name, id_number, phone FROM persons WHERE deleted = 0"
    ).fetchall()
    rng = random.Random(seed)
    sample = [rng.choice(rows) for _ in range(n)]
    queries = {
        "name fragment": [r[0][1:3] or r[0] for r in sample],
        "pinyin initials": [pinyin.initials(r[0]) for r in sample],
        "ID fragment": [r[1][6:14] for r in sample if r[1]],
        "phone tail": [r[2][-4:] for r in sample if r[2]],
    }
    out = {}
    for label, items in queries.items():
        times, hits = [], []
        for q in items:
            start = time.perf_counter()
            found = households.find(ctx, q)
            times.append(time.perf_counter() - start)
            hits.append(len(found))
        p50, p95 = percentiles(times)
        out[label] = (p50, p95, statistics.mean(hits))
    ctx.close()
    return out


GUI_PROBE = r"""
import json, resource, statistics, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.ui.shell.app import make_application, open_app_context
from desktop.ui.shell.main_window import MainWindow
app = make_application()
appctx = open_app_context(Path(sys.argv[1]))
window = MainWindow(appctx); window.resize(1366, 728); window.show(); app.processEvents()
page = window.pages["HouseholdPage"]
window.show_page(type(page)); app.processEvents()
model, view = page.model, page.view
# scrolling for real: drive the scroll bar top to bottom in 200 steps and paint every step
bar = view.verticalScrollBar()
start = time.perf_counter()
steps = 200
for i in range(steps + 1):
    bar.setValue(bar.maximum() * i // steps)
    view.viewport().repaint()
scroll = time.perf_counter() - start
rows, cached = model.rowCount(), len(model._rows)
# search as you type: every prefix of each query, each with the model reset and a repaint of
# the list ("typed"); then the events that follow run (the detail pane of the first row, drawn)
# and the GUI thread's CPU time for the same ("cpu": what a busy machine does not inflate)
typed, shown, cpu = [], [], []
for q in ["张", "王芳", "zs", "lx", "4331", "1995", "138", "龑", "li", "qsc", "zhangs", "13812"]:
    for n in range(1, len(q) + 1):
        t, c = time.perf_counter(), time.thread_time()
        page.search_edit.setText(q[:n]); page.reload(); view.viewport().repaint()
        typed.append(time.perf_counter() - t)
        cpu.append(time.thread_time() - c)
        app.processEvents()
        shown.append(time.perf_counter() - t)
page.search_edit.setText(""); page.reload()
ordered = sorted(typed)
# every list page with no filter: reload (count and first rows) and paint
pages = {}
for name, p in window.pages.items():
    if not hasattr(p, "model") or not hasattr(p, "reload"):
        continue
    window.show_page(type(p)); app.processEvents()
    if hasattr(p, "show_everything"):
        p.show_everything()  # every filter at the value that hides nothing (all visits, all periods)
    t = time.perf_counter()
    p.reload(); p.repaint()
    pages[name] = (round((time.perf_counter() - t) * 1000, 1), p.model.rowCount())
import desktop
source = str(Path(desktop.__file__).parents[1])  # the code measured
print(json.dumps({"source": source,
                  "rows": rows, "scroll_s": scroll, "scroll_steps": steps, "cached_rows": cached,
                  "typed_p50_ms": statistics.median(ordered) * 1000,
                  "typed_p95_ms": ordered[int(len(ordered) * 0.95) - 1] * 1000, "typed_n": len(ordered),
                  "typed_max_ms": ordered[-1] * 1000,
                  "cpu_p50_ms": statistics.median(cpu) * 1000,
                  "cpu_p95_ms": sorted(cpu)[int(len(cpu) * 0.95) - 1] * 1000,
                  "cpu_max_ms": max(cpu) * 1000,
                  "shown_p50_ms": statistics.median(shown) * 1000,
                  "shown_p95_ms": sorted(shown)[int(len(shown) * 0.95) - 1] * 1000,
                  "shown_max_ms": max(shown) * 1000,
                  "pages_ms": pages,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def baseline_tree(ref: str) -> Path | None:
    """The app's sources at git ``ref`` ("merge-base": where this branch last met main, i.e.
    without its changes; on main itself name the commit before them), exported once under /tmp,
    so the same run measures the code before the change on the same machine and data."""
    command = ["merge-base", "HEAD", "main"] if ref == "merge-base" else ["rev-parse", ref]
    try:
        sha = subprocess.run(
            ["git", "-C", str(ROOT), *command],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    sha = sha[:7]
    tree = Path(f"/tmp/stationdesk-bench-src-{sha}")
    if not (tree / "desktop").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", sha, "desktop", "resources"],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def gui_probe(folder: Path, source: Path = ROOT) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(source)}
    out = subprocess.run(
        [sys.executable, "-c", GUI_PROBE, str(folder)],
        env=env,
        cwd=source,  # "-c" puts the working folder first on sys.path: the code measured is source's
        capture_output=True,
        text=True,
        timeout=600,
    )
    line = [x for x in out.stdout.splitlines() if x.startswith("{")]
    assert line, out.stderr
    found = json.loads(line[-1])
    assert Path(found["source"]).resolve() == source.resolve(), (found["source"], source)
    return found


def gui_rounds(folder: Path, base_tree: Path | None, count: int) -> list[tuple[dict, dict | None]]:
    """GUI probes of this code and (given a tree) the baseline's, interleaved so that both see
    the same machine load: this, base; base, this; ..."""
    rounds: list[tuple[dict, dict | None]] = []
    for r in range(max(count, 1)):
        if base_tree is not None and r % 2:
            base = gui_probe(folder, base_tree)
            rounds.append((gui_probe(folder), base))
        else:
            gui = gui_probe(folder)
            rounds.append((gui, gui_probe(folder, base_tree) if base_tree else None))
    return rounds


def typed(g: dict, what: str = "typed") -> str:
    return (
        f"p50 {g[f'{what}_p50_ms']:.1f} ms, p95 {g[f'{what}_p95_ms']:.1f} ms, "
        f"max {g[f'{what}_max_ms']:.1f} ms"
    )


def print_typing(rounds: list[tuple[dict, dict | None]], baseline: str) -> None:
    gui, base = rounds[0]
    print(
        f"GUI search as you type ({gui['typed_n']} keystrokes, incl. model reset, list repainted): "
        f"{typed(gui)} (target p95 < 30 ms: ratio {gui['typed_p95_ms'] / 30:.2f})"
    )
    if base is not None:
        print(
            f"    baseline {baseline}, same run: {typed(base)}"
            f"  (p95 ratio this/baseline {gui['typed_p95_ms'] / base['typed_p95_ms']:.2f})"
        )
    for r, (again, base_again) in enumerate(rounds[1:], start=2):
        print(
            f"    round {r}: {typed(again)}"
            + (f"; baseline {typed(base_again)}" if base_again is not None else "")
        )
    for r, (again, base_again) in enumerate(rounds, start=1):
        print(
            f"    GUI thread CPU time, round {r}: {typed(again, 'cpu')}"
            + (f"; baseline {typed(base_again, 'cpu')}" if base_again is not None else "")
        )
    print(f"    and the detail pane drawn too (events run): {typed(gui, 'shown')}")
    if base is not None and "shown_p95_ms" in base:
        print(f"    baseline, same run: {typed(base, 'shown')}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db-cache", type=Path, default=Path("/tmp/stationdesk-bench"))
    parser.add_argument("--fresh", action="store_true", help="regenerate the database")
    parser.add_argument(
        "--baseline",
        default="merge-base",
        help="git ref whose code is measured too, for the GUI figures: by default where this "
        "branch last met main (its own changes left out); '' to skip",
    )
    parser.add_argument("--rounds", type=int, default=1, help="GUI probes (each with baseline)")
    args = parser.parse_args()
    folder = args.db_cache / f"register-{args.households}-{args.seed}"
    if args.fresh:
        shutil.rmtree(folder, ignore_errors=True)
    took = generate(folder, args.households, args.seed)
    ctx = Context.open(paths.database_path(folder))
    persons = ctx.store.count("persons")
    ctx.close()
    size = paths.database_path(folder).stat().st_size / 1e6
    print(f"households {args.households}, persons {persons}, database {size:.0f} MB")
    if took is not None:
        print(f"demo generation: {took:.1f} s ({args.households / took:.0f} households/s)")
    else:
        print("demo generation: cached database reused (run with --fresh to time it)")
    starts = cold_start(folder)
    print(
        f"cold start to shown main window: best {min(starts):.2f} s, median {statistics.median(starts):.2f} s"
        f"  (target < 1 s: ratio {min(starts) / 1.0:.2f})"
    )
    for label, (p50, p95, hits) in search_latency(folder).items():
        print(
            f"search {label:16s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  (target p95 < 30 ms: ratio {p95 / 30:.2f})"
            f"  mean hits {hits:.0f}"
        )
    base_tree = baseline_tree(args.baseline) if args.baseline else None
    rounds = gui_rounds(folder, base_tree, args.rounds)
    gui, base = rounds[0]
    print(
        f"GUI: {gui['rows']} rows; scroll bar driven top to bottom in {gui['scroll_steps']} painted steps: "
        f"{gui['scroll_s']:.2f} s ({gui['scroll_s'] / gui['scroll_steps'] * 1000:.1f} ms a step), "
        f"{gui['cached_rows']} rows cached"
    )
    print_typing(rounds, f"{args.baseline} ({base_tree.name})" if base_tree else "")
    for name, (ms, count) in gui["pages_ms"].items():
        was = base["pages_ms"].get(name) if base is not None else None
        print(
            f"list page {name:14s} no filter: {ms:7.1f} ms for {count} rows (target < 100 ms: ratio {ms / 100:.2f})"
            + (f"  baseline {was[0]:.1f} ms" if was else "")
        )
    print(
        f"peak memory (GUI process, maxrss): {gui['maxrss_mb']:.0f} MB  (target < 300 MB: ratio {gui['maxrss_mb'] / 300:.2f})"
        + (f"  baseline {base['maxrss_mb']:.0f} MB" if base is not None else "")
    )
    print(
        f"this process maxrss: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
