"""SQL for visits, their follow-ups and crisis alerts, and the visit schedule settings.

A visit record is a chain of versions sharing ``record_id``. The current version of a record is a
submitted row that no other submitted row ``replaces``. Only current, non-void, submitted visits
where someone was met (not ``not_home``) count as visits for the schedule and coverage.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop.core.store import changes
from desktop.core.store.base import Store
from desktop.core.store.sql_util import chunks, decode, marks

# Ids of submitted versions that a later submitted version corrects (few: corrections are rare).
CORRECTED = (
    "SELECT replaces FROM visits WHERE replaces IS NOT NULL AND status = 'submitted'"
    " AND deleted = 0"
)
# Current versions of submitted records (any outcome, void included).
CURRENT = f"status = 'submitted' AND deleted = 0 AND id NOT IN ({CORRECTED})"
# Visits that count: current, submitted, not void, someone met. Matches the visits_done index.
DONE = (
    "status = 'submitted' AND deleted = 0 AND not_home = 0 AND void = 0"
    f" AND id NOT IN ({CORRECTED})"
)

# Rows of one record (two parameters: the record id twice). The first version's id is the
# record id; later versions are found through the partial index visits_record.
_OF_RECORD = "(id = ? OR (record_id = ? AND version > 1))"


# -- settings -------------------------------------------------------------------------------------
def station_id(store: Store) -> str | None:
    row = store.conn.execute(
        "SELECT id FROM station WHERE deleted = 0 ORDER BY created_at LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def all_domain_ids(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT id FROM observation_domains")}


def all_rule_ids(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT id FROM visit_rules")}


def domains(store: Store) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT id, name, sort, builtin, children_only FROM observation_domains WHERE deleted = 0 "
            "ORDER BY sort, name"
        )
    )


def rules(store: Store) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT id, kind, value, interval, sort, builtin FROM visit_rules WHERE deleted = 0 "
            "ORDER BY sort, kind, value"
        )
    )


def get_row(store: Store, table: str, row_id: str) -> dict[str, Any] | None:
    return changes.read_row(store, table, row_id)


# -- visits ---------------------------------------------------------------------------------------
def get_visit(store: Store, visit_id: str) -> dict[str, Any] | None:
    return changes.read_row(store, "visits", visit_id)


def record_versions(store: Store, record_id: str) -> list[dict[str, Any]]:
    """Every live version of a record (drafts of corrections too), oldest first."""
    rows = store.db.query(
        f"SELECT * FROM visits WHERE {_OF_RECORD} AND deleted = 0 ORDER BY version, created_at, id",
        [record_id, record_id],
    )
    return [decode("visits", r) for r in rows]


def submitted_replacements(store: Store, visit_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT id, version FROM visits WHERE replaces = ? AND status = 'submitted' AND deleted = 0",
            [visit_id],
        )
    )


def max_version(store: Store, record_id: str) -> int:
    row = store.conn.execute(
        f"SELECT max(version) FROM visits WHERE {_OF_RECORD}", (record_id, record_id)
    ).fetchone()
    return int(row[0] or 0)


_LIST_ORDER = "ORDER BY visit_date DESC, coalesce(visit_time, '') DESC, created_at DESC, id DESC"


def list_visit_ids(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    household_ids: Sequence[str] | None = None,
    status: str | None = None,
    worker: str | None = None,
) -> list[str]:
    """Current versions of submitted visits and live drafts, newest first, matching the filters
    (``household_ids`` None: any household)."""
    where, params = _list_where(since, until, household_ids, status, worker)
    return [
        r[0]
        for r in store.conn.execute(f"SELECT id FROM visits WHERE {where} {_LIST_ORDER}", params)
    ]


def count_visit_ids(store: Store, *filters: Any) -> int:
    """How many ``list_visit_ids`` would give, from the visits_list index without the rows: the
    live submitted and draft rows, less the few submitted ones a correction replaced (looked up
    from the corrections, not tested row by row)."""
    where, params = _list_where(*filters, current=False)
    live = "SELECT count(*) FROM visits WHERE deleted = 0 AND status IN ('submitted', 'draft')" + (
        f" AND {where}" if where else ""
    )
    replaced = (
        f"SELECT count(*) FROM visits WHERE deleted = 0 AND status = 'submitted' AND id IN ({CORRECTED})"
        + (f" AND {where}" if where else "")
    )
    return int(store.conn.execute(live, params).fetchone()[0]) - int(
        store.conn.execute(replaced, params).fetchone()[0]
    )


def visit_ids_page(store: Store, offset: int, limit: int, *filters: Any) -> list[str]:
    """``limit`` ids of ``list_visit_ids`` from ``offset`` on."""
    where, params = _list_where(*filters)
    return [
        r[0]
        for r in store.conn.execute(
            f"SELECT id FROM visits WHERE {where} {_LIST_ORDER} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]


def visit_position(store: Store, visit_id: str, *filters: Any) -> int | None:
    """Where a visit stands in ``list_visit_ids`` (None: not listed)."""
    where, params = _list_where(*filters)
    row = store.conn.execute(
        f"SELECT visit_date, coalesce(visit_time, ''), created_at, id FROM visits WHERE {where} AND id = ?",
        [*params, visit_id],
    ).fetchone()
    if row is None:
        return None
    return int(
        store.conn.execute(
            f"SELECT count(*) FROM visits WHERE {where}"
            " AND (visit_date, coalesce(visit_time, ''), created_at, id) > (?, ?, ?, ?)",
            [*params, *row],
        ).fetchone()[0]
    )


def _list_where(
    since: str | None = None,
    until: str | None = None,
    household_ids: Sequence[str] | None = None,
    status: str | None = None,
    worker: str | None = None,
    *,
    current: bool = True,
) -> tuple[str, list[Any]]:
    """The list's condition (``current``: with which rows are listed at all) and its parameters."""
    where = [f"(({CURRENT}) OR (status = 'draft' AND deleted = 0))"] if current else []
    params: list[Any] = []
    if since:
        where.append("visit_date >= ?")
        params.append(since)
    if until:
        where.append("visit_date <= ?")
        params.append(until)
    if status:
        where.append("status = ?")
        params.append(status)
    if worker:
        where.append("instr(workers, ?) > 0")
        params.append(json.dumps(worker, ensure_ascii=False))
    if household_ids is not None:
        where.append("household_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(household_ids)))
    return " AND ".join(where), params


def visit_rows(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Display rows for a page of the visit list, keyed by id."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in chunks(ids):
        rows = store.db.query(
            "SELECT v.id, v.record_id, v.version, v.status, v.household_id, v.visit_date, v.visit_time,"
            " v.visit_type, v.not_home, v.workers, v.crisis, v.void, v.risk_after, v.signature,"
            " v.safeguarding, p.name AS head_name, vl.name AS village, h.group_name, h.house_no "
            "FROM visits v LEFT JOIN households h ON h.id = v.household_id "
            "LEFT JOIN persons p ON p.id = h.head_id LEFT JOIN villages vl ON vl.id = h.village_id "
            f"WHERE v.id IN ({marks(len(chunk))})",
            list(chunk),
        )
        for row in rows:
            out[row["id"]] = decode("visits", row)
    return out


def household_visits(store: Store, household_id: str, limit: int = 5) -> list[dict[str, Any]]:
    rows = store.db.query(
        f"SELECT id, visit_date, visit_type, not_home, void, workers, version FROM visits "
        f"WHERE household_id = ? AND {CURRENT} ORDER BY visit_date DESC LIMIT ?",
        [household_id, limit],
    )
    return [decode("visits", r) for r in rows]


def last_done_visit(store: Store, household_id: str, exclude_record: str = "") -> str | None:
    row = store.conn.execute(
        f"SELECT max(visit_date) FROM visits WHERE household_id = ? AND record_id != ? AND {DONE}",
        (household_id, exclude_record),
    ).fetchone()
    return row[0] if row else None


def count_records(store: Store) -> int:
    """Visit records: current submitted versions that are not void (attempts included)."""
    return int(
        store.conn.execute(f"SELECT count(*) FROM visits WHERE {CURRENT} AND void = 0").fetchone()[
            0
        ]
    )


def count_drafts(store: Store, worker: str | None = None) -> int:
    sql = "SELECT count(*) FROM visits WHERE status = 'draft' AND deleted = 0"
    params: list[Any] = []
    if worker:
        sql += " AND instr(workers, ?) > 0"
        params.append(json.dumps(worker, ensure_ascii=False))
    return int(store.conn.execute(sql, params).fetchone()[0])


# -- follow-ups and crisis alerts -----------------------------------------------------------------
def followups_of_record(store: Store, record_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM visit_followups WHERE record_id = ? AND deleted = 0", [record_id]
        )
    )


def open_followups(store: Store, until: str | None = None) -> list[dict[str, Any]]:
    """Open follow-up actions due on or before ``until`` (all open ones when None), earliest first."""
    sql = (
        "SELECT f.*, p.name AS head_name, vl.name AS village, h.group_name "
        "FROM visit_followups f LEFT JOIN households h ON h.id = f.household_id "
        "LEFT JOIN persons p ON p.id = h.head_id LEFT JOIN villages vl ON vl.id = h.village_id "
        "WHERE f.status = 'open' AND f.deleted = 0"
    )
    params: list[Any] = []
    if until:
        sql += " AND f.due_date <= ?"
        params.append(until)
    return list(store.db.query(sql + " ORDER BY f.owner, f.due_date, f.created_at", params))


def open_crises(store: Store, household_id: str | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT c.*, p.name AS head_name, vl.name AS village, h.group_name, h.worker "
        "FROM crisis_alerts c LEFT JOIN households h ON h.id = c.household_id "
        "LEFT JOIN persons p ON p.id = h.head_id LEFT JOIN villages vl ON vl.id = h.village_id "
        "WHERE c.status = 'open' AND c.deleted = 0"
    )
    params: list[Any] = []
    if household_id:
        sql += " AND c.household_id = ?"
        params.append(household_id)
    return list(store.db.query(sql + " ORDER BY c.raised_on DESC, c.created_at DESC", params))


def open_crisis_households(store: Store) -> set[str]:
    return {
        r[0]
        for r in store.conn.execute(
            "SELECT household_id FROM crisis_alerts WHERE status = 'open' AND deleted = 0"
        )
    }


def crises_of_household(store: Store, household_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM crisis_alerts WHERE household_id = ? AND deleted = 0 ORDER BY raised_on DESC",
            [household_id],
        )
    )


def person_names(store: Store, person_ids: Sequence[str]) -> dict[str, str]:
    """Names of persons by id, removed members included (a visit keeps who was met)."""
    out: dict[str, str] = {}
    for chunk in chunks(list(person_ids)):
        out.update(
            store.conn.execute(
                f"SELECT id, name FROM persons WHERE id IN ({marks(len(chunk))})", list(chunk)
            ).fetchall()
        )
    return out
