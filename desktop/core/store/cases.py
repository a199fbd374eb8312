"""SQL for case work: cases and their events, assessments, plan versions, reviews, evaluations and
supervision approvals."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop.core.store import changes
from desktop.core.store.base import Store
from desktop.core.store.sql_util import chunks, decode, marks


def _rows(store: Store, table: str, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    return [decode(table, r) for r in store.db.query(sql, list(params))]


def get_row(store: Store, table: str, row_id: str) -> dict[str, Any] | None:
    return changes.read_row(store, table, row_id) if row_id else None


# -- cases ----------------------------------------------------------------------------------------
_CASE_SELECT = (
    "SELECT c.*, coalesce(cp.name, hp.name) AS client_name, hp.name AS head_name, vl.name AS village,"
    " h.village_id, h.group_name, h.house_no, h.risk_level AS household_risk "
    "FROM cases c LEFT JOIN households h ON h.id = c.household_id "
    "LEFT JOIN persons hp ON hp.id = h.head_id LEFT JOIN persons cp ON cp.id = c.person_id "
    "LEFT JOIN villages vl ON vl.id = h.village_id"
)


def case_detail_row(store: Store, case_id: str) -> dict[str, Any] | None:
    rows = list(store.db.query(f"{_CASE_SELECT} WHERE c.id = ?", [case_id]))
    return rows[0] if rows else None


def case_ids(
    store: Store,
    stages: Sequence[str] | None = None,
    worker: str | None = None,
    household_ids: Sequence[str] | None = None,
) -> list[str]:
    """Live cases matching the filters: open ones first, newest intake first."""
    where, params = ["deleted = 0"], []
    if stages is not None:
        where.append("stage IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(stages), ensure_ascii=False))
    if worker:
        where.append("worker = ?")
        params.append(worker)
    if household_ids is not None:
        where.append("household_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(household_ids)))
    return [
        r[0]
        for r in store.conn.execute(
            f"SELECT id FROM cases WHERE {' AND '.join(where)} "
            "ORDER BY stage = '结案', intake_date DESC, created_at DESC",
            params,
        )
    ]


def case_rows(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in chunks(ids):
        rows = store.db.query(f"{_CASE_SELECT} WHERE c.id IN ({marks(len(chunk))})", list(chunk))
        out.update((r["id"], r) for r in rows)
        pending = store.conn.execute(
            "SELECT case_id, count(*) FROM approvals WHERE status = '待审批' AND deleted = 0 "
            f"AND case_id IN ({marks(len(chunk))}) GROUP BY case_id",
            list(chunk),
        )
        for case_id, n in pending:
            out[case_id]["pending"] = n
    return out


def household_cases(store: Store, household_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            f"{_CASE_SELECT} WHERE c.household_id = ? AND c.deleted = 0 "
            "ORDER BY c.stage = '结案', c.intake_date DESC",
            [household_id],
        )
    )


def stage_counts(store: Store) -> dict[str, int]:
    return dict(
        store.conn.execute(
            "SELECT stage, count(*) FROM cases WHERE deleted = 0 GROUP BY stage"
        ).fetchall()
    )


def events(store: Store, case_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM case_events WHERE case_id = ? AND deleted = 0 ORDER BY event_date, created_at, rowid",
            [case_id],
        )
    )


# -- assessments, plans, reviews, evaluations -----------------------------------------------------
def assessments(store: Store, case_id: str) -> list[dict[str, Any]]:
    """Oldest first."""
    return _rows(
        store,
        "assessments",
        "SELECT * FROM assessments WHERE case_id = ? AND deleted = 0 "
        "ORDER BY assess_date, created_at",
        [case_id],
    )


def plans(store: Store, case_id: str) -> list[dict[str, Any]]:
    """Every live version, oldest first."""
    return _rows(
        store,
        "plans",
        "SELECT * FROM plans WHERE case_id = ? AND deleted = 0 ORDER BY version, created_at",
        [case_id],
    )


def reviews(store: Store, case_id: str) -> list[dict[str, Any]]:
    return _rows(
        store,
        "plan_reviews",
        "SELECT * FROM plan_reviews WHERE case_id = ? AND deleted = 0 "
        "ORDER BY review_date, created_at",
        [case_id],
    )


def evaluations(store: Store, case_id: str) -> list[dict[str, Any]]:
    return _rows(
        store,
        "evaluations",
        "SELECT * FROM evaluations WHERE case_id = ? AND deleted = 0 "
        "ORDER BY eval_date, created_at",
        [case_id],
    )


def evaluations_between(store: Store, since: str | None, until: str | None) -> list[dict[str, Any]]:
    """Evaluations of live cases in a date range (either end open), oldest first."""
    where, params = ["e.deleted = 0", "c.deleted = 0"], []
    if since:
        where.append("e.eval_date >= ?")
        params.append(since)
    if until:
        where.append("e.eval_date <= ?")
        params.append(until)
    return _rows(
        store,
        "evaluations",
        "SELECT e.* FROM evaluations e JOIN cases c ON c.id = e.case_id "
        f"WHERE {' AND '.join(where)} ORDER BY e.eval_date, e.created_at",
        params,
    )


def current_plans_of_households(store: Store, household_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Agreed plan versions of open cases of these households, newest version last."""
    return _rows(
        store,
        "plans",
        "SELECT p.*, c.household_id FROM plans p JOIN cases c ON c.id = p.case_id "
        "WHERE p.deleted = 0 AND c.deleted = 0 AND p.status = 'agreed' AND c.stage != '结案' "
        "AND c.household_id IN (SELECT value FROM json_each(?)) ORDER BY p.case_id, p.version",
        [json.dumps(list(household_ids))],
    )


def last_action_status(store: Store, case_ids: Sequence[str]) -> dict[str, str]:
    """action id -> its status in the latest review that set it, over these cases."""
    out: dict[str, str] = {}
    rows = store.conn.execute(
        "SELECT action_status FROM plan_reviews WHERE deleted = 0 "
        "AND case_id IN (SELECT value FROM json_each(?)) ORDER BY review_date, created_at",
        [json.dumps(list(case_ids))],
    )
    for (text,) in rows:
        for item in json.loads(text or "[]"):
            out[item["action_id"]] = item["status"]
    return out


# -- approvals ------------------------------------------------------------------------------------
def approvals_of_case(store: Store, case_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM approvals WHERE case_id = ? AND deleted = 0 ORDER BY requested_on, created_at",
            [case_id],
        )
    )


def approvals_of_subject(store: Store, subject_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM approvals WHERE subject_id = ? AND deleted = 0 ORDER BY requested_on, created_at",
            [subject_id],
        )
    )


def pending_approvals(store: Store, supervisor: str | None = None) -> list[dict[str, Any]]:
    sql = (
        f"SELECT a.*, cs.title, cs.worker, cs.stage, cs.household_id, x.client_name, x.village "
        f"FROM approvals a JOIN cases cs ON cs.id = a.case_id "
        f"JOIN ({_CASE_SELECT}) x ON x.id = a.case_id "
        "WHERE a.status = '待审批' AND a.deleted = 0 AND cs.deleted = 0"
    )
    params: list[Any] = []
    if supervisor:
        sql += " AND (a.supervisor = ? OR coalesce(a.supervisor, '') = '')"
        params.append(supervisor)
    return list(store.db.query(sql + " ORDER BY a.requested_on, a.created_at", params))


def count_pending(store: Store) -> int:
    return int(
        store.conn.execute(
            "SELECT count(*) FROM approvals a JOIN cases c ON c.id = a.case_id "
            "WHERE a.status = '待审批' AND a.deleted = 0 AND c.deleted = 0"
        ).fetchone()[0]
    )
