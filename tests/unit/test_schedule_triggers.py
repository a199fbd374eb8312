"""The schedule's update triggers (migration 11) mark a household only when a column the
schedule reads changes: a phone edit leaves the schedule alone, a change of any input marks it."""

from __future__ import annotations

import re
import sqlite3

import pytest

from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.store import schedule as schedule_sql
from desktop.core.visits import schedule, visits
from desktop.core.visits.visit_records import VisitInput
from tests.conftest import TODAY
from tests.unit.test_visits_support import add_household, submit, visit_input

pytestmark = pytest.mark.usefixtures("clock")  # the schedule's current month is the clock's


def _update_columns(conn: sqlite3.Connection, trigger: str) -> set[str]:
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
    ).fetchone()[0]
    found = re.search(r"AFTER UPDATE OF (.+?) ON ", sql)
    assert found, f"{trigger} fires on every column: {sql}"
    return {c.strip() for c in found.group(1).split(",")}


def _reads_of_a_recompute(ctx, marked: list[str]) -> dict[str, set[str]]:
    """table -> the columns a recompute of the ``marked`` households reads (SQLite's authorizer
    is told of every column a statement reads as it is prepared)."""
    reads: dict[str, set[str]] = {}

    def authorizer(action, table, column, _db, _source):
        if action == sqlite3.SQLITE_READ and table and column:
            reads.setdefault(table, set()).add(column)
        return sqlite3.SQLITE_OK

    conn = ctx.store.conn
    with ctx.store.transaction():
        conn.executemany("INSERT OR IGNORE INTO schedule_dirty VALUES (?)", [(i,) for i in marked])
    conn.set_authorizer(authorizer)
    try:
        assert schedule.refresh(ctx)
    finally:
        conn.set_authorizer(None)
    return reads


def _some_data(ctx) -> tuple[str, str]:
    first = add_household(ctx, "甲户", tags=("独居老年人",))
    second = add_household(ctx, "乙户", child="乙孙")
    done = submit(ctx, first, "2026-10-01", next_visit_date="2026-11-10")
    fixed = visits.start_correction(ctx, done.visit_id)
    fixed.visit_date = "2026-10-02"
    fixed.correction_reason = "日期录错"
    visits.save_visit(ctx, fixed, submit=True, today=TODAY)
    submit(ctx, second, "2026-11-02", not_home=True)
    schedule.refresh(ctx)
    return first, second


def test_the_update_triggers_fire_on_exactly_the_columns_the_schedule_reads(ctx):
    first, second = _some_data(ctx)
    for marked in ([schedule_sql.ALL], [first, second]):  # all rows, or some (other statements)
        reads = _reads_of_a_recompute(ctx, marked)
        for table in ("households", "persons", "visits"):
            assert _update_columns(ctx.store.conn, f"schedule_{table}_update") == reads[table], (
                table,
                marked,
            )
    conn = ctx.store.conn
    assert _update_columns(conn, "schedule_persons_update_old") == reads["persons"]
    assert _update_columns(conn, "schedule_visits_update_old") == reads["visits"]
    assert _update_columns(conn, "schedule_visits_update_replaced") == reads["visits"]
    assert _update_columns(conn, "schedule_visits_update_old_replaced") == {"replaces"}
    # a rule's every column is an input: its triggers stay as they were
    assert {"kind", "value", "interval", "sort", "builtin", "deleted"} <= reads["visit_rules"]


def _household_data(ctx, hid: str) -> tuple[HouseholdInput, list[PersonInput]]:
    data = households.household(ctx, hid)
    return HouseholdInput.from_row(data), [PersonInput.from_row(m) for m in data["members"]]


def test_phone_and_other_edits_the_schedule_does_not_read_mark_nothing(ctx):
    hid, other = _some_data(ctx)
    assert schedule_sql.dirty(ctx.store) == []
    home, members = _household_data(ctx, hid)
    home.phone = "13800138000"
    home.address = "青山村一组8号"
    members[0].phone = "13900139000"
    members[0].health_notes = "高血压"
    households.save_household(ctx, home, members, hid)  # the household dialog's save
    draft = visits.save_visit(ctx, visit_input(ctx, other, "2026-11-20"), submit=False, today=TODAY)
    assert schedule_sql.dirty(ctx.store) == [other]  # a new draft is a new row: inserted
    schedule.refresh(ctx)
    saved = VisitInput.from_row(visits.visit(ctx, draft.visit_id))
    saved.notes = "下次带上血压计"
    visits.save_visit(ctx, saved, draft.visit_id, submit=False, today=TODAY)  # notes saved
    assert ctx.store.count("visits", f"id = '{draft.visit_id}' AND notes != ''") == 1
    assert schedule_sql.dirty(ctx.store) == []
    assert households.household(ctx, hid)["phone"] == "13800138000"


HOUSEHOLD_CHANGES = {
    "id": None,  # not a synced field: written by SQL below, as are the bookkeeping columns
    "deleted": 1,
    "village_id": "another-village",
    "group_name": "二组",
    "worker": "王芳",
    "risk_level": "高",
    "visit_interval": "2w",
    "registered_on": "2026-01-05",
    "created_at": "2025-01-01T08:00:00",
}


@pytest.mark.parametrize("column", sorted(HOUSEHOLD_CHANGES))
def test_a_change_of_each_household_input_marks_the_household(ctx, column):
    hid, _ = _some_data(ctx)
    assert schedule_sql.dirty(ctx.store) == []
    assert column in _update_columns(ctx.store.conn, "schedule_households_update")
    value = HOUSEHOLD_CHANGES[column]
    with ctx.write() as w:
        if column in ("id", "created_at"):
            value = value or "renamed-household"
            ctx.store.conn.execute(f"UPDATE households SET {column} = ? WHERE id = ?", (value, hid))
        else:
            w.put("households", hid, {column: value})
    assert schedule_sql.dirty(ctx.store) == [value if column == "id" else hid]


@pytest.mark.parametrize(
    ("column", "value"), [("household_id", "moved"), ("deleted", 1), ("tags", ["残疾人"])]
)
def test_a_change_of_each_member_input_marks_the_household(ctx, column, value):
    hid, other = _some_data(ctx)
    person = ctx.store.conn.execute(
        "SELECT id FROM persons WHERE household_id = ?", (hid,)
    ).fetchone()[0]
    with ctx.write() as w:
        w.put("persons", person, {column: other if value == "moved" else value})
    assert sorted(schedule_sql.dirty(ctx.store)) == sorted(
        {hid, other} if value == "moved" else {hid}
    )


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("id", "renamed-visit"),
        ("household_id", "moved"),
        ("status", "draft"),
        ("deleted", 1),
        ("not_home", 0),
        ("void", 1),
        ("replaces", "other-visit"),
        ("visit_date", "2026-11-03"),
        ("next_visit_date", "2026-12-01"),
    ],
)
def test_a_change_of_each_visit_input_marks_the_household(ctx, column, value):
    hid, other = _some_data(ctx)
    visit = ctx.store.conn.execute(
        "SELECT id FROM visits WHERE household_id = ? AND not_home = 1", (other,)
    ).fetchone()[0]
    if value == "moved":
        value = hid
    elif value == "other-visit":
        value = ctx.store.conn.execute(
            "SELECT id FROM visits WHERE household_id = ? ORDER BY version LIMIT 1", (hid,)
        ).fetchone()[0]
    with ctx.write() as w:
        if column == "id":
            ctx.store.conn.execute("UPDATE visits SET id = ? WHERE id = ?", (value, visit))
        else:
            w.put("visits", visit, {column: value})
    expected = {other, hid} if column in ("household_id", "replaces") else {other}
    assert sorted(schedule_sql.dirty(ctx.store)) == sorted(expected)


def test_a_correction_that_stops_replacing_a_visit_marks_the_visit_it_replaced(ctx):
    hid, other = _some_data(ctx)
    correction = ctx.store.conn.execute(
        "SELECT id FROM visits WHERE household_id = ? AND replaces IS NOT NULL", (hid,)
    ).fetchone()[0]
    # the correction moves to the other home (as a sync import may write it)
    with ctx.write() as w:
        w.put("visits", correction, {"household_id": other})
    schedule.refresh(ctx)
    with ctx.write() as w:
        w.put("visits", correction, {"replaces": None})
    assert sorted(schedule_sql.dirty(ctx.store)) == sorted([hid, other])
    schedule.refresh(ctx)
    assert schedule.household_schedule(ctx, hid, TODAY)["last_visit"].isoformat() == "2026-10-01"
