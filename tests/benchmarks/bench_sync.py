"""Sync benchmark: a full bundle of a large township, exported by the hub and imported by a new
laptop, against a plain bulk insert of the same rows and SQLite's session extension (apsw).

    .venv/bin/pip install -e '.[bench]'      # apsw, for the session-extension comparison
    .venv/bin/python tests/benchmarks/bench_sync.py [--households 50000] [--persons 200000]
        [--visits 100000] [--work DIR] [--reuse]

The source register is the demo generator's (households, members, two years of visits), topped
up with extra members and visits to reach the requested counts. Prints export and import time,
bundle size, import time as a ratio to a plain bulk insert of the same rows into an empty SQLite
database, the same rows as an apsw session changeset, and a small incremental handover.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop import paths  # noqa: E402
from desktop.core.context import Context  # noqa: E402
from desktop.core.demo import demo  # noqa: E402
from desktop.core.register import search  # noqa: E402
from desktop.core.station import station  # noqa: E402
from desktop.core.station.station import new_id  # noqa: E402
from desktop.core.store import connection, sync_sql  # noqa: E402
from desktop.core.sync import backups, bundle, importing, merge  # noqa: E402
from desktop.core.sync.export import export  # noqa: E402
from desktop.core.sync.importing import import_bundle  # noqa: E402
from desktop.core.tasks import TaskState  # noqa: E402

PASSPHRASE = "bench-passphrase"
TABLES = ("households", "persons", "visits")


def timed(
    label: str, timings: dict[str, float]
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        def inner(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                timings[label] = timings.get(label, 0.0) + time.perf_counter() - start

        return inner

    return wrap


def rebuilt_timed(
    label: str, timings: dict[str, float]
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``timed`` for a context manager: the time of its exit (where the indexes are built)."""

    def wrap(cm: Callable[..., Any]) -> Callable[..., Any]:
        @contextlib.contextmanager
        def inner(*args: Any, **kwargs: Any) -> Iterator[None]:
            manager = cm(*args, **kwargs)
            manager.__enter__()
            try:
                yield
            except BaseException:
                if not manager.__exit__(*sys.exc_info()):
                    raise
                return
            start = time.perf_counter()
            manager.__exit__(None, None, None)
            timings[label] = timings.get(label, 0.0) + time.perf_counter() - start

        return inner

    return wrap


# the full import's stages in the order printed (the indented ones are parts of the one above)
TOP_STAGES = ("decrypt + check the manifest", "apply (log + rows)", "search index", "receipt")
STAGES = (
    TOP_STAGES[0],
    TOP_STAGES[1],
    "  stage: which changes, which rows",
    "  stage: rows new here",
    "  the changes into the log",
    "  new rows (INSERT…SELECT per table per window)",
    "  rows with several changes (resolved)",
    "  index rebuilds",
    *TOP_STAGES[2:],
    "  check every change (second thread)",
    "  pinyin of the names (third thread)",
)


class _HouseholdsOnly(TaskState):
    """Stop the demo generator once its households are written (its visit history would be far
    larger than asked for: visits are added here instead)."""

    def progress(self, done: int, total: int) -> None:
        super().progress(done, total)
        if done >= total:
            self.cancel_requested = True


OBSERVATIONS = [
    {"domain": d, "note": "", "rating": "正常"}
    for d in ("居住安全", "身体健康", "心理情绪", "生活照料", "经济状况", "社会支持")
]


def generate(folder: Path, households: int, persons: int, visits: int) -> None:
    ctx = Context.open(paths.database_path(folder))
    try:
        station.setup_station(ctx, demo.DEMO_STATION, passphrase=PASSPHRASE)
        start = time.perf_counter()
        demo.generate(ctx, households, seed=1, state=_HouseholdsOnly())
        rng = random.Random(5)
        homes = ctx.store.conn.execute("SELECT id, head_id FROM households").fetchall()  # noqa: S608
        while ctx.store.count("persons", "1") < persons:  # more members: grandchildren
            need = min(5000, persons - ctx.store.count("persons", "1"))
            with ctx.write() as w:
                for _ in range(need):
                    w.put(
                        "persons",
                        new_id(),
                        {
                            "household_id": rng.choice(homes)[0],
                            "relation": "孙子女",
                            "name": "王" + rng.choice("明华芳丽") + rng.choice("堃赟喆"),
                            "sex": rng.choice("男女"),
                            "birth_date": f"20{rng.randint(10, 20)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                            "tags": ["留守儿童"] if rng.random() < 0.3 else [],
                            "living_situation": "与祖辈同住",
                        },
                        new=True,
                    )
        written = 0
        while written < visits:  # visits shaped like the app's (about 800 bytes each)
            need = min(5000, visits - written)
            with ctx.write() as w:
                for _ in range(need):
                    vid, (home, head) = new_id(), rng.choice(homes)
                    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    w.put(
                        "visits",
                        vid,
                        {
                            "record_id": vid,
                            "version": 1,
                            "status": "submitted",
                            "household_id": home,
                            "visit_date": day,
                            "visit_time": "09:30",
                            "visit_type": "入户走访",
                            "duration_min": 40,
                            "workers": ["李晓梅"],
                            "partners": [{"kind": "儿童主任", "name": ""}],
                            "members_met": [head],
                            "observations": OBSERVATIONS,
                            "risk_before": "一般",
                            "risk_after": "一般",
                            "notes": "老人精神状态良好，按时服药，家中整洁。",
                            "signature": "本人已签字",
                            "submitted_at": f"{day} 18:00:00",
                            "submitted_by": "李晓梅",
                        },
                        new=True,
                    )
            written += need
        print(f"generated in {time.perf_counter() - start:.0f} s")
    finally:
        ctx.close()


def schema_sql(db: Path) -> list[str]:
    conn = sqlite3.connect(str(db))
    try:
        rows = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') AND tbl_name IN (?, ?, ?) "
            "AND sql IS NOT NULL ORDER BY type DESC",
            TABLES,
        ).fetchall()
        return [r[0] for r in rows]
    finally:
        conn.close()


def rows_of(db: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    conn = sqlite3.connect(str(db))
    try:
        out = {}
        for table in TABLES:
            cur = conn.execute(f"SELECT * FROM {table}")
            out[table] = ([d[0] for d in cur.description], cur.fetchall())
        return out
    finally:
        conn.close()


def bulk_insert(
    target: Path, schema: list[str], data: dict[str, tuple[list[str], list[tuple[Any, ...]]]]
) -> tuple[float, float]:
    """Seconds of the insert and its commit, and of the checkpoint that commit makes (timed on
    its own: the import leaves its checkpoint to a thread)."""
    conn = sqlite3.connect(str(target), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for statement in schema:
        conn.execute(statement)
    start = time.perf_counter()
    conn.execute("BEGIN")
    for table, (cols, rows) in data.items():
        conn.executemany(
            f"INSERT INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows
        )
    conn.execute("COMMIT")
    insert = time.perf_counter() - start
    start = time.perf_counter()
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    checkpoint = time.perf_counter() - start
    conn.close()
    return insert, checkpoint


def session_exchange(
    work: Path, schema: list[str], data: dict[str, tuple[list[str], list[tuple[Any, ...]]]]
) -> tuple[float, float, int, int] | None:
    try:
        import apsw
    except ImportError:
        return None
    source = apsw.Connection(str(work / "session-source.db"))
    for statement in schema:
        source.execute(statement)
    session = apsw.Session(source, "main")
    for table in TABLES:
        session.attach(table)
    start = time.perf_counter()
    with source:
        for table, (cols, rows) in data.items():
            source.executemany(
                f"INSERT INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                rows,
            )
    changeset = session.changeset()
    record = time.perf_counter() - start
    target = apsw.Connection(str(work / "session-target.db"))
    target.execute("PRAGMA journal_mode = WAL")
    for statement in schema:
        target.execute(statement)
    start = time.perf_counter()
    with target:
        apsw.Changeset.apply(changeset, target)
    apply = time.perf_counter() - start
    return record, apply, len(changeset), len(zlib.compress(changeset, 6))


def print_handovers(handovers: list[tuple[int, float, bool, Path | None, float]]) -> None:
    for changes, seconds, first, made, copy_s in handovers:
        what = (
            f"then its checkpoint and the day's full copy ({made.stat().st_size / 2**20:.0f} MiB)"
            f" {copy_s:.2f} s on a thread of their own"
            if made
            else f"then its checkpoint {copy_s:.2f} s on a thread (today's copy exists)"
        )
        print(
            f"handover into the hub ({'first of the day' if first else 'later that day'}):"
            f" {changes:,} changes, import incl. its undo record {seconds:.2f} s; {what}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--persons", type=int, default=200_000)
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "stationdesk-bench-sync"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="keep the generated source between runs"
    )
    args = parser.parse_args()
    os.environ.setdefault("STATIONDESK_STATE_DIR", str(args.work / "state"))
    source_dir = args.work / "hub"
    if not (args.reuse and paths.database_path(source_dir).exists()):
        shutil.rmtree(args.work, ignore_errors=True)
        generate(source_dir, args.households, args.persons, args.visits)
    for name in (
        "laptop",
        "stick",
        "bulk.db",
        "bulk.db-wal",
        "session-source.db",
        "session-target.db",
    ):
        target = args.work / name
        shutil.rmtree(target, ignore_errors=True) if target.is_dir() else target.unlink(
            missing_ok=True
        )
    hub = Context.open(paths.database_path(source_dir))
    counts = {t: hub.store.count(t, "1") for t in (*TABLES, "changes")}
    print("source:", ", ".join(f"{t} {n:,}" for t, n in counts.items()))

    start = time.perf_counter()
    exported = export(hub, args.work / "stick", PASSPHRASE, full=True)
    export_s = time.perf_counter() - start

    timings: dict[str, float] = dict.fromkeys(STAGES, 0.0)
    bundle.open_verified = timed("decrypt + check the manifest", timings)(bundle.open_verified)
    merge.apply_attached = timed("apply (log + rows)", timings)(merge.apply_attached)
    sync_sql.stage = timed("  stage: which changes, which rows", timings)(sync_sql.stage)
    sync_sql.mark_fresh = timed("  stage: rows new here", timings)(sync_sql.mark_fresh)
    sync_sql.commit_staged = timed("  the changes into the log", timings)(sync_sql.commit_staged)
    sync_sql.insert_fresh = timed("  new rows (INSERT…SELECT per table per window)", timings)(
        sync_sql.insert_fresh
    )
    sync_sql.upsert_rows = timed("  rows with several changes (resolved)", timings)(
        sync_sql.upsert_rows
    )
    sync_sql.indexes_built_after = rebuilt_timed("  index rebuilds", timings)(
        sync_sql.indexes_built_after
    )
    search.reindex_touched = timed("search index", timings)(search.reindex_touched)
    importing.write_receipt = timed("receipt", timings)(importing.write_receipt)
    # on a second thread, alongside the apply (the transaction commits after the check passed)
    bundle.verify_contents = timed("  check every change (second thread)", timings)(
        bundle.verify_contents
    )
    search.KeysInAdvance._run = timed("  pinyin of the names (third thread)", timings)(
        search.KeysInAdvance._run
    )
    laptop = Context.open(paths.database_path(args.work / "laptop"))
    start, cpu = time.perf_counter(), time.process_time()
    name = f"笔记本-{os.getpid()}"  # unique: a reused hub remembers earlier runs' laptops
    summary = import_bundle(laptop, exported.path, PASSPHRASE, computer=name, worker="张丽")
    import_s, import_cpu = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    connection.checkpoint(paths.database_path(args.work / "laptop"))  # after the result is shown
    settle_s = time.perf_counter() - start
    timings = dict(timings)  # the full import's (the handovers below add to the wrappers' dict)
    assert summary.joined and summary.new.get("households") == counts["households"]

    schema = schema_sql(paths.database_path(source_dir))
    data = rows_of(paths.database_path(source_dir))
    cpu = time.process_time()
    bulk_insert_s, bulk_checkpoint_s = bulk_insert(args.work / "bulk.db", schema, data)
    bulk_s = bulk_insert_s + bulk_checkpoint_s
    bulk_cpu = time.process_time() - cpu
    session = session_exchange(args.work, schema, data)

    # an ordinary handover afterwards: 1% of the members edited at the hub
    ids = [
        r[0]
        for r in hub.store.conn.execute(
            "SELECT id FROM persons LIMIT ?", (counts["persons"] // 100,)
        )
    ]  # noqa: S608
    with hub.write() as w:
        for pid in ids:
            w.put("persons", pid, {"health_notes": f"本月复查（{name}）"})
    start = time.perf_counter()
    delta = export(hub, args.work / "stick", PASSPHRASE, peer=name)  # known from the receipt
    delta_export = time.perf_counter() - start
    start = time.perf_counter()
    import_bundle(laptop, delta.path, PASSPHRASE)
    delta_import = time.perf_counter() - start

    # the other way: 2,000 changes from the laptop into the 50,000-household hub, with whatever
    # safety net the import makes (its undo record, in its own transaction); the day's full copy
    # is made after the first import of the day (timed on its own: it is not part of the import)
    for label in (backups.IMPORT_LABEL, backups.DAILY_LABEL):
        for old in backups.backups_of(paths.database_path(source_dir), label):
            old.unlink()
    handovers = []
    made_copy: list[Path | None] = []
    # members with no edit since they were registered (a reused hub keeps earlier runs' edits:
    # rows with a long history are slower to merge, and would be a different measurement)
    untouched = [
        r[0]
        for r in laptop.store.conn.execute(
            "SELECT row_id FROM changes WHERE tbl = 'persons' GROUP BY row_id"
            " HAVING count(*) = 1 LIMIT 4000"
        )
    ]
    for round_ in range(2):
        pids = untouched[round_ * 2000 : (round_ + 1) * 2000]
        with laptop.write() as w:
            for pid in pids:
                w.put("persons", pid, {"health_notes": f"走访后更新（{name} 第 {round_ + 1} 轮）"})
        up = export(laptop, args.work / "stick", PASSPHRASE, peer=hub.computer)
        first = not backups.has_daily(paths.database_path(source_dir), hub.clock)
        start = time.perf_counter()
        taken = import_bundle(hub, up.path, PASSPHRASE)
        seconds = time.perf_counter() - start
        start = time.perf_counter()  # what follows on a thread of its own (as the app does it)
        importing.after_import_in_background(
            paths.database_path(source_dir), hub.clock, lambda made, _e: made_copy.append(made)
        ).join()
        handovers.append((up.changes, seconds, first, made_copy[-1], time.perf_counter() - start))
        assert taken.updated.get("persons") == 2000 and taken.undo
    laptop.close()
    hub.close()

    apply_only = timings.get("apply (log + rows)", 0.0)
    print(f"full bundle: {exported.changes:,} changes, {exported.size / 2**20:.1f} MiB")
    print(f"export (build + compress + encrypt + write + read back): {export_s:.1f} s")
    print(f"import into an empty laptop: {import_s:.1f} s (CPU of all threads {import_cpu:.1f} s)")
    for label, seconds in timings.items():
        print(f"  {label}: {seconds:.2f} s")
    rest = import_s - sum(timings[k] for k in TOP_STAGES)
    print(f"  the rest (join, commit, receipts read): {rest:.2f} s")
    print("  (indented twice: parts of the one above, or on other threads overlapping the apply)")
    print(
        f"  then, on a thread of its own while the result is read: the checkpoint {settle_s:.2f} s"
    )
    rows = sum(len(r) for _, r in data.values())
    print(
        f"plain bulk insert of the same {rows:,} rows: {bulk_s:.1f} s (CPU {bulk_cpu:.1f} s;"
        f" of which the checkpoint its commit makes {bulk_checkpoint_s:.1f} s)"
    )
    print(
        f"import / bulk insert: {import_s / bulk_s:.2f}x (apply alone: {apply_only / bulk_s:.2f}x;"
        f" CPU {import_cpu / bulk_cpu:.2f}x; against the bulk insert without its checkpoint"
        f" {import_s / bulk_insert_s:.2f}x, with the import's own checkpoint added"
        f" {(import_s + settle_s) / bulk_s:.2f}x)"
    )
    if session is None:
        print("apsw not installed: pip install -e '.[bench]' for the session-extension comparison")
    else:
        record, apply, size, packed = session
        print(
            f"apsw session: changeset {size / 2**20:.1f} MiB ({packed / 2**20:.1f} MiB zlib), "
            f"record {record:.1f} s, apply {apply:.1f} s ({apply / bulk_s:.1f}x bulk insert)"
        )
    print(
        f"incremental: {delta.changes:,} changes, {delta.size / 1024:.0f} KiB, "
        f"export {delta_export:.1f} s, import {delta_import:.1f} s"
    )
    print_handovers(handovers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
