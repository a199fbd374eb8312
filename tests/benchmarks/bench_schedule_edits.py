"""A phone edit and the due list after it (issue 13): with the schedule triggers of migration 11
(they fire on the columns the schedule reads) against the same database with the triggers of
schema 10 (every update marked the household, and the next due-list read recomputed its row in a
write transaction).

    .venv/bin/python tests/benchmarks/bench_schedule_edits.py [--households 20000] [--edits 40]

The generated database is cached under --db-cache (per size and seed).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop import paths  # noqa: E402
from desktop.core.context import Context  # noqa: E402
from desktop.core.demo import demo  # noqa: E402
from desktop.core.register import households  # noqa: E402
from desktop.core.register.records import HouseholdInput, PersonInput  # noqa: E402
from desktop.core.store import schedule as schedule_sql  # noqa: E402
from desktop.core.store.migrations import _mark_key  # noqa: E402
from desktop.core.visits import schedule  # noqa: E402

# The update triggers as schema 10 had them (migration 6): no column list.
SCHEMA_10 = [
    ("households", "update", "NEW.id", ""),
    ("persons", "update", "NEW.household_id", ""),
    ("persons", "update_old", "OLD.household_id", ""),
]


def generate(folder: Path, count: int, seed: int) -> None:
    db = paths.database_path(folder)
    if db.exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    ctx = Context.open(db)
    demo.generate(ctx, count, seed=seed, batch=1000)
    schedule.refresh(ctx)
    ctx.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()


def with_schema_10_triggers(source: Path, folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(paths.database_path(source), paths.database_path(folder))
    conn = sqlite3.connect(paths.database_path(folder))
    for table, name, key, when in SCHEMA_10:
        conn.execute(f"DROP TRIGGER schedule_{table}_{name}")
        conn.execute(_mark_key(table, "UPDATE", name, key, when))
    conn.commit()
    conn.close()


def run(folder: Path, edits: int) -> dict[str, float]:
    """Edit the phone of ``edits`` households through the household dialog's service, each
    followed by the due list a page shows (its count and first rows)."""
    ctx = Context.open(paths.database_path(folder))
    today = ctx.today()
    schedule.refresh(ctx)
    ids = [r[0] for r in ctx.store.conn.execute("SELECT id FROM households WHERE deleted = 0")]
    step = max(1, len(ids) // edits)
    saves, reads, marked = [], [], 0
    for n, hid in enumerate(ids[::step][:edits]):
        data = households.household(ctx, hid)
        home = HouseholdInput.from_row(data)
        home.phone = f"139{n:08d}"
        members = [PersonInput.from_row(m) for m in data["members"]]
        start = time.perf_counter()
        households.save_household(ctx, home, members, hid)
        saves.append((time.perf_counter() - start) * 1000)
        marked += len(schedule_sql.dirty(ctx.store))
        start = time.perf_counter()
        due = schedule.due_list(ctx, today)
        len(due), due[:50]
        reads.append((time.perf_counter() - start) * 1000)
    ctx.close()
    return {
        "save": statistics.median(saves),
        "read": statistics.median(reads),
        "marked": marked / len(saves),
    }


def copy_of(source: Path, folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(paths.database_path(source), paths.database_path(folder))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=20_000)
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db-cache", type=Path, default=Path("/tmp/stationdesk-bench-edits"))
    args = parser.parse_args()
    base = args.db_cache / f"edits-{args.households}-{args.seed}"
    generate(base, args.households, args.seed)
    results = {}
    for label, make in (
        ("schema 10 triggers", with_schema_10_triggers),
        ("migration 11 triggers", copy_of),
    ):
        folder = args.db_cache / label.replace(" ", "-")
        make(base, folder)
        got = results[label] = run(folder, args.edits)
        print(
            f"{label:22s} phone edit {got['save']:6.2f} ms, due list after it {got['read']:6.2f} ms"
            f" (households marked per edit: {got['marked']:.1f})"
        )
    old, new = results["schema 10 triggers"], results["migration 11 triggers"]
    print(
        f"due list after a phone edit: {new['read']:.2f} ms against {old['read']:.2f} ms"
        f" (ratio {new['read'] / old['read']:.2f})"
    )


if __name__ == "__main__":
    main()
