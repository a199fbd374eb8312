"""SQL of the derived visit schedule: the ``schedule`` table (one row per household: interval,
due date and what they come from) and ``schedule_dirty`` (households to recompute, "*" for all),
which triggers on households, persons, visits and visit_rules fill (migrations 4, 6 and 11). The
update triggers fire only on the columns the functions below read: a new input read here needs a
migration that adds it to their column lists (tests/unit/test_schedule_triggers.py compares them).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop.core.store.base import Store
from desktop.core.store.sql_util import chunks
from desktop.core.store.visits import CORRECTED

ALL = "*"
# Submitted, current, not void, someone met: the visits that count (the visits_done index).
_DONE = "status = 'submitted' AND deleted = 0 AND not_home = 0 AND void = 0"
_ATTEMPT = "status = 'submitted' AND deleted = 0 AND not_home = 1 AND void = 0"

Row = tuple[Any, ...]
COLUMNS = (
    "household_id",
    "due_date",
    "interval",
    "source",
    "last_done",
    "planned",
    "last_attempt",
    "registered",
    "village_id",
    "group_name",
    "worker",
    "risk_level",
    "tags",
    "cur_due",
    "cur_visited",
    "prev_due",
    "prev_visited",
)
MONTH_KEY = "schedule_month"  # meta: the month (YYYY-MM) that cur_ refers to


# json_each takes any number of ids: one statement for up to 50,000.
_BIG_CHUNK = 50_000


def _in(ids: Sequence[str]) -> tuple[str, list[str]]:
    return "IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))]


# -- what needs recomputing ------------------------------------------------------------------------
def dirty(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT household_id FROM schedule_dirty")]


def clear_dirty(store: Store, ids: Sequence[str]) -> None:
    store.conn.executemany("DELETE FROM schedule_dirty WHERE household_id = ?", [(i,) for i in ids])


def mark_all(store: Store) -> None:
    store.conn.execute("INSERT OR IGNORE INTO schedule_dirty VALUES (?)", (ALL,))


# -- inputs ---------------------------------------------------------------------------------------
def households(store: Store, ids: Sequence[str] | None) -> list[Row]:
    """(id, deleted, village_id, group_name, worker, risk_level, visit_interval, registered_on).

    A household an older version (before schema 7) wrote on another computer arrives without a
    registration date: the day of its first write stands in for it."""
    sql = (
        "SELECT id, deleted, village_id, group_name, worker, risk_level, visit_interval,"
        " coalesce(nullif(registered_on, ''), substr(created_at, 1, 10)) FROM households"
    )
    if ids is None:
        return store.conn.execute(sql).fetchall()
    out: list[Row] = []
    for chunk in chunks(ids):
        clause, params = _in(chunk)
        out += store.conn.execute(f"{sql} WHERE id {clause}", params).fetchall()
    return out


def member_tags(store: Store, ids: Sequence[str] | None) -> dict[str, set[str]]:
    """household id -> the tags of its live members (households without tags left out)."""
    sql = "SELECT household_id, tags FROM persons WHERE deleted = 0 AND tags != '[]' AND tags != ''"
    rows: list[Row] = []
    if ids is None:
        rows = store.conn.execute(sql).fetchall()
    else:
        for chunk in chunks(ids):
            clause, params = _in(chunk)
            rows += store.conn.execute(f"{sql} AND household_id {clause}", params).fetchall()
    out: dict[str, set[str]] = {}
    for hid, tags in rows:
        out.setdefault(hid, set()).update(json.loads(tags))
    return out


def done_state(
    store: Store, ids: Sequence[str] | None, before: str | None = None
) -> dict[str, tuple[str, str | None]]:
    """household id -> (date of the last visit that counts, next-visit date planned on it)."""
    sql = (
        f"SELECT household_id, max(visit_date), next_visit_date FROM visits WHERE {_DONE}"
        f" AND id NOT IN ({CORRECTED})"
    )
    extra: list[Any] = []
    if before:
        sql += " AND visit_date < ?"
        extra.append(before)
    if ids is None:
        return {
            r[0]: (r[1], r[2]) for r in store.conn.execute(sql + " GROUP BY household_id", extra)
        }
    out: dict[str, tuple[str, str | None]] = {}
    for chunk in chunks(ids, _BIG_CHUNK):
        clause, params = _in(chunk)
        rows = store.conn.execute(
            f"{sql} AND household_id {clause} GROUP BY household_id", [*extra, *params]
        )
        out.update({r[0]: (r[1], r[2]) for r in rows})
    return out


def attempt_state(store: Store, ids: Sequence[str] | None) -> dict[str, str]:
    """household id -> date of the latest attempt where nobody was met (入户未遇)."""
    sql = f"SELECT household_id, max(visit_date) FROM visits WHERE {_ATTEMPT} AND id NOT IN ({CORRECTED})"
    if ids is None:
        return dict(store.conn.execute(sql + " GROUP BY household_id").fetchall())
    out: dict[str, str] = {}
    for chunk in chunks(ids):
        clause, params = _in(chunk)
        out.update(
            store.conn.execute(
                f"{sql} AND household_id {clause} GROUP BY household_id", params
            ).fetchall()
        )
    return out


def done_between(store: Store, start: str, end: str, ids: Sequence[str] | None) -> set[str]:
    """Which of the households ``ids`` (None: all) had a visit that counts between two dates."""
    if ids is None:
        return {
            r[0]
            for r in store.conn.execute(
                f"SELECT DISTINCT household_id FROM visits WHERE {_DONE} AND id NOT IN ({CORRECTED})"
                " AND visit_date BETWEEN ? AND ?",
                (start, end),
            )
        }
    out: set[str] = set()
    for chunk in chunks(ids, _BIG_CHUNK):
        clause, params = _in(chunk)
        out.update(
            r[0]
            for r in store.conn.execute(
                f"SELECT DISTINCT household_id FROM visits WHERE {_DONE} AND id NOT IN ({CORRECTED})"
                f" AND visit_date BETWEEN ? AND ? AND household_id {clause}",
                [start, end, *params],
            )
        )
    return out


# -- the schedule table ---------------------------------------------------------------------------
NOT_SCHEDULED = "9999"  # due_key of households without scheduled visits


def replace_rows(store: Store, rows: list[Row], gone: Sequence[str], everything: bool) -> None:
    """Write recomputed rows (COLUMNS); ``gone``: households to drop; ``everything``: start afresh."""
    if everything:
        store.conn.execute("DELETE FROM schedule")
    else:
        store.conn.executemany(
            "DELETE FROM schedule WHERE household_id = ?",
            [(i,) for i in [*gone, *(r[0] for r in rows)]],
        )
    marks = ", ".join("?" for _ in range(len(COLUMNS) + 1))
    store.conn.executemany(
        f"INSERT INTO schedule(due_key, {', '.join(COLUMNS)}) VALUES ({marks})",
        [(r[1] or NOT_SCHEDULED, *r) for r in sorted(rows, key=lambda r: r[1] or NOT_SCHEDULED)],
    )


DUE_COLUMNS = (
    "household_id",
    "due_date",
    "interval",
    "source",
    "last_done",
    "planned",
    "last_attempt",
    "village_id",
)


def _due_where(
    limit: str, village_id: str | None, worker: str | None, tag: str | None
) -> tuple[str, list[Any]]:
    where = ["due_key <= ?"]
    params: list[Any] = [limit]
    if village_id:
        where.append("village_id = ?")
        params.append(village_id)
    if worker:
        where.append("worker = ?")
        params.append(worker)
    if tag:
        where.append("instr(tags, ?) > 0")
        params.append(f"|{tag}|")
    return " AND ".join(where), params


# Earliest due first, an open crisis first among those due the same day, then by village and
# group; the household id last makes the order total, so pages read with LIMIT/OFFSET join up.
_DUE_ORDER = (
    "ORDER BY due_key, "
    "household_id NOT IN"
    " (SELECT household_id FROM crisis_alerts WHERE status = 'open' AND deleted = 0), "
    "village_id, group_name, household_id"
)


def due_rows(
    store: Store,
    limit: str,
    village_id: str | None = None,
    worker: str | None = None,
    tag: str | None = None,
    offset: int = 0,
    count: int = -1,
) -> list[Row]:
    """Rows (DUE_COLUMNS) of households due on or before ``limit``, earliest due first; ``count``
    of them from ``offset`` on (all: -1). The first pages cost little: the rows are read in
    due order from the table's key."""
    where, params = _due_where(limit, village_id, worker, tag)
    return store.conn.execute(
        f"SELECT {', '.join(DUE_COLUMNS)} FROM schedule WHERE {where} {_DUE_ORDER}"
        " LIMIT ? OFFSET ?",
        [*params, count, offset],
    ).fetchall()


def due_counts(
    store: Store,
    today: str,
    limit: str,
    village_id: str | None = None,
    worker: str | None = None,
    tag: str | None = None,
) -> list[Row]:
    """(village_id, due, overdue before ``today``, never visited) of the households ``due_rows``
    gives, by village, without reading them in order."""
    where, params = _due_where(limit, village_id, worker, tag)
    return store.conn.execute(
        "SELECT village_id, count(*), coalesce(sum(due_date < ?), 0),"
        " coalesce(sum(last_done IS NULL), 0)"
        f" FROM schedule WHERE {where} GROUP BY village_id",
        [today, *params],
    ).fetchall()


def row(store: Store, household_id: str) -> Row | None:
    return store.conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM schedule WHERE household_id = ?", (household_id,)
    ).fetchone()


def due_untouched(store: Store, start: str, end: str) -> list[Row]:
    """(village_id, group_name, risk_level, count) of households due by ``end`` whose last visit is
    before ``start`` (or never visited): due in the month and certainly not visited in it."""
    return store.conn.execute(
        "SELECT village_id, group_name, risk_level, count(*) FROM schedule "
        "WHERE due_key <= :end AND (last_done < :start OR (last_done IS NULL AND registered <= :end)) "
        "GROUP BY village_id, group_name, risk_level",
        {"start": start, "end": end},
    ).fetchall()


def visited_since(store: Store, start: str) -> list[Row]:
    """(household_id, interval, registered, village_id, group_name, risk_level, last_done) of
    scheduled households whose last visit is on or after ``start``."""
    return store.conn.execute(
        "SELECT household_id, interval, registered, village_id, group_name, risk_level, last_done FROM schedule "
        f"WHERE due_key < '{NOT_SCHEDULED}' AND last_done >= ?",
        (start,),
    ).fetchall()


def month_counts(store: Store, which: str, end: str) -> list[Row]:
    """(village_id, group_name, risk_level, due, visited, visited_not_due) for the month held in
    the ``cur`` or ``prev`` columns, whose last day is ``end``."""
    assert which in ("cur", "prev")
    return store.conn.execute(
        f"SELECT village_id, group_name, risk_level, sum({which}_due <= :end), "
        f"sum({which}_due <= :end AND {which}_visited), sum({which}_due > :end AND {which}_visited) "
        f"FROM schedule WHERE due_key < '{NOT_SCHEDULED}' AND {which}_due IS NOT NULL "
        "GROUP BY village_id, group_name, risk_level",
        {"end": end},
    ).fetchall()
