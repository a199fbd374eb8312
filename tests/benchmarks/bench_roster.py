"""Roster import benchmark: a 10,000-row roster (.xlsx) into a 50,000-household register.

Half the rows are people already registered (they get the roster's tag, some a new phone), half are
new households of one or two people. Prints dry run and apply times, rows per second and peak
memory. Targets (issue 15): dry run and apply each < 10 s, peak memory < 300 MB.

    .venv/bin/python tests/benchmarks/bench_roster.py [--households 50000] [--rows 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import xlsxwriter  # noqa: E402

from desktop import paths  # noqa: E402
from desktop.core import idcard  # noqa: E402
from desktop.core.context import Context  # noqa: E402
from desktop.core.roster import apply, mappings  # noqa: E402
from desktop.core.roster.plan import Options, make_plan  # noqa: E402

HEADINGS = [
    "序号",
    "户主姓名",
    "姓名",
    "性别",
    "身份证号",
    "与户主关系",
    "出生日期",
    "村",
    "组",
    "联系电话",
]


def register(folder: Path, households: int) -> Path:
    db = paths.database_path(folder)
    if not db.exists():
        folder.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--data-dir",
                str(folder),
                "demo",
                "--households",
                str(households),
            ],
            check=True,
            capture_output=True,
        )
        print(
            f"demo register of {households} households: {time.perf_counter() - start:.1f} s (once, cached)"
        )
    return db


def write_roster(path: Path, ctx: Context, rows: int) -> None:
    rng = random.Random(7)
    existing = ctx.store.conn.execute(
        "SELECT p.name, p.id_number, v.name, h.group_name, p.relation, p.sex FROM persons p"
        " JOIN households h ON h.id = p.household_id JOIN villages v ON v.id = h.village_id"
        " WHERE p.deleted = 0 AND p.id_number != '' AND p.relation = '户主' LIMIT ?",
        (rows // 2,),
    ).fetchall()
    villages = [(r[0], r[1]) for r in ctx.store.conn.execute("SELECT name, groups FROM villages")]
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("名册")
    sheet.write(0, 0, "青山镇低保对象花名册")
    sheet.write_row(1, 0, HEADINGS)
    r = 2
    for name, number, village, group, relation, sex in existing:
        phone = f"139{rng.randint(0, 99999999):08d}" if rng.random() < 0.2 else ""
        sheet.write_row(
            r, 0, [r - 1, name, name, sex, number, relation, "", village, group or "", phone]
        )
        r += 1
    seq = 0
    while r < rows + 2:
        village, groups = rng.choice(villages)
        group = rng.choice(eval(groups)) if groups != "[]" else ""  # noqa: S307 (a JSON list of names)
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 20000))
        seq += 1
        number = idcard.make("999999", birth, seq % 1000, True)
        head = f"新户{seq}"
        sheet.write_row(
            r, 0, [r - 1, head, head, "男", number, "户主", birth.isoformat(), village, group, ""]
        )
        r += 1
        if r < rows + 2 and rng.random() < 0.5:
            birth2 = birth + dt.timedelta(days=400)
            wife = idcard.make("999998", birth2, seq % 1000, False)
            sheet.write_row(
                r, 0, [r - 1, head, f"新成员{seq}", "女", wife, "配偶", "", village, group, ""]
            )
            r += 1
    book.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "stationdesk-bench-roster"
    )
    args = parser.parse_args()
    source = args.cache / f"register-{args.households}"
    register(source, args.households)
    work = Path(tempfile.mkdtemp(prefix="bench-roster-"))
    try:
        shutil.copy(paths.database_path(source), paths.database_path(work))
        ctx = Context.open(paths.database_path(work))
        roster = work / "名册.xlsx"
        write_roster(roster, ctx, args.rows)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        opened = mappings.open_roster(ctx, roster)
        read = time.perf_counter() - start
        options = Options(tag="低保对象", roster_date="2026-11")
        start = time.perf_counter()
        plan = make_plan(ctx, opened.table, opened.header, opened.mapping, options)
        dry = time.perf_counter() - start
        peak_dry = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        result = apply.apply(ctx, opened.table, opened.header, opened.mapping, options)
        applied = time.perf_counter() - start
        start = time.perf_counter()
        again = make_plan(ctx, opened.table, opened.header, opened.mapping, options)
        second = time.perf_counter() - start
        peak_apply = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        apply.undo(ctx, result.import_id)
        undone = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows = plan.counts["rows"]
        print(f"roster: {rows} rows into {args.households} households")
        print(f"read + header: {read:.2f} s")
        print(f"dry run: {dry:.2f} s ({rows / dry:,.0f} rows/s)  counts {plan.counts}")
        print(
            f"apply (plans again inside the transaction): {applied:.2f} s ({rows / applied:,.0f} rows/s)"
            f"  import {result.import_id}"
        )
        print(
            f"dry run of the same roster again: {second:.2f} s  unchanged {again.counts['unchanged']}"
        )
        print(f"undo of the whole import: {undone:.2f} s")
        print(
            f"peak memory: {peak_apply:.0f} MB after apply, {peak_dry:.0f} MB after the dry run,"
            f" {peak:.0f} MB after undo"
            f" (before reading the roster: {base:.0f} MB)"
        )
        ctx.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
