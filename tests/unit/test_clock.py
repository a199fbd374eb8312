"""One clock: every date the program writes or reckons with comes from the database's clock, a
household has a registration date of its own, and a past month's coverage stays what it was."""

from __future__ import annotations

import ast
import datetime as dt
import shutil
from pathlib import Path

import pytest

from desktop.core.clock import Clock
from desktop.core.context import Context
from desktop.core.errors import ValidationError
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.store import changes as changes_sql
from desktop.core.visits import schedule
from tests.conftest import DATA, TODAY
from tests.unit.test_visits_support import add_household, submit, village_id

ROOT = Path(__file__).resolve().parents[2]


def _household(ctx: Context, registered_on: str = "", name: str = "甲") -> str:
    saved = households.save_household(
        ctx,
        HouseholdInput(
            village_id=village_id(ctx),
            group_name="一组",
            house_no="1",
            worker="李明",
            registered_on=registered_on,
        ),
        [PersonInput(name=name, relation="户主", sex="女", birth_date="1940-01-01")],
    )
    return saved.household_id


def test_the_writer_the_services_and_the_schedule_read_the_database_clock(ctx):
    ctx.store.clock = Clock(fixed=dt.datetime(2031, 7, 15, 9, 30))
    hid = _household(ctx)
    row = households.household(ctx, hid)
    assert row["registered_on"] == "2031-07-15"  # the registration date defaults to the clock's day
    assert row["updated_at"] == "2031-07-15 09:30:00"  # the write's stamp
    hlc = ctx.store.conn.execute("SELECT max(hlc) FROM changes").fetchone()[0]
    assert dt.datetime.fromtimestamp(hlc / 1000).replace(second=0, microsecond=0) == dt.datetime(
        2031, 7, 15, 9, 30
    )
    due = schedule.due_list(ctx)  # "today" is the clock's: a never-visited household is due now
    assert [d.due_date for d in due if d.household_id == hid] == [dt.date(2031, 7, 15)]
    assert ctx.store.meta_get("schedule_month") == "2031-07"


def test_registration_date_is_checked_and_drives_the_schedule_and_coverage(ctx, clock):
    with pytest.raises(ValidationError) as caught:
        _household(ctx, "2026-12-24")
    assert [(e.field, e.code) for e in caught.value.errors] == [("registered_on", "date.future")]
    with pytest.raises(ValidationError) as caught:
        _household(ctx, "十月")
    assert [(e.field, e.code) for e in caught.value.errors] == [("registered_on", "date.format")]
    hid = _household(ctx, "2026.10.15")
    assert households.household(ctx, hid)["registered_on"] == "2026-10-15"
    due = {d.household_id: d for d in schedule.due_list(ctx)}
    assert due[hid].due_date == dt.date(2026, 10, 15)  # never visited: due from its registration
    assert schedule.coverage(ctx, 2026, 10).total.due == 1
    assert schedule.coverage(ctx, 2026, 9).total.due == 0  # not on the register in September
    # Correcting the date moves the household out of October's coverage.
    found = households.household(ctx, hid)
    households.save_household(
        ctx,
        HouseholdInput.from_row({**found, "registered_on": "2026-11-02"}),
        [PersonInput.from_row(m) for m in found["members"]],
        household_id=hid,
    )
    assert schedule.coverage(ctx, 2026, 10).total.due == 0
    assert schedule.coverage(ctx, 2026, 11).total.due == 1


def test_no_change_log_time_decides_registration(ctx, clock):
    hid = _household(ctx, "2026-09-01")
    # The write was made later; its (hybrid logical) time is for display only.
    assert (
        changes_sql.read_row(ctx.store, "households", hid)["created_at"][:10] >= TODAY.isoformat()
    )
    assert schedule.coverage(ctx, 2026, 9).total.due == 1
    assert schedule.coverage(ctx, 2026, 8).total.due == 0


def _coverage_table(cov: schedule.Coverage) -> list[tuple]:
    return [
        (r.village, r.group_name, r.due, r.visited) for r in [*cov.rows, *cov.by_risk, cov.total]
    ] + [("not due", cov.visited_not_due)]


def test_a_past_months_coverage_does_not_change_when_the_calendar_moves_on(ctx, clock):
    a = add_household(ctx, "一号", ("独居老年人",), risk="重点")
    b = add_household(ctx, "二号", village="桃源村")
    submit(ctx, a, "2026-10-20")
    submit(ctx, a, "2026-11-05")
    submit(ctx, b, "2026-11-10", not_home=True)
    before = {m: _coverage_table(schedule.coverage(ctx, 2026, m)) for m in (10, 11)}
    for later in (
        dt.datetime(2026, 12, 1, 0, 5),
        dt.datetime(2027, 1, 31, 23, 30),
        dt.datetime(2028, 2, 29, 8, 0),
    ):
        clock.move_to(later.astimezone())
        assert {m: _coverage_table(schedule.coverage(ctx, 2026, m)) for m in (10, 11)} == before, (
            later
        )


def test_migration_gives_existing_households_their_first_write_as_registration_date(tmp_path):
    shutil.copy(DATA / "schema_v1.db", tmp_path / "old.db")
    ctx = Context.open(tmp_path / "old.db")
    try:
        rows = ctx.store.conn.execute("SELECT registered_on, created_at FROM households").fetchall()
        assert rows and all(r[0] == r[1][:10] for r in rows)
    finally:
        ctx.close()


CLOCK_READS = {
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QTime", "currentTime"),
}


def test_nothing_in_desktop_reads_the_system_clock_but_the_clock():
    """ruff's DTZ rules catch naive datetime reads; this catches the rest (time.time, Qt's)."""
    offenders = []
    for path in (ROOT / "desktop").rglob("*.py"):
        if path == ROOT / "desktop" / "core" / "clock.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
                if (name, node.func.attr) in CLOCK_READS:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
