"""SQL for the resource directory, referrals (转介) and their events."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from desktop.core.store.base import Store
from desktop.core.store.cases import get_row as _get_row
from desktop.core.store.sql_util import decode

# Referrals still in progress: they count as help the household is getting (or about to get).
OPEN = "('已转介', '已接收', '服务中')"


def resources(store: Store, active_only: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM resources WHERE deleted = 0"
    if active_only:
        sql += " AND active = 1"
    return [decode("resources", r) for r in store.db.query(sql + " ORDER BY name")]


def resource_ids(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT id FROM resources WHERE deleted = 0")}


def resource_names(store: Store, ids: Sequence[str]) -> dict[str, str]:
    return dict(
        store.conn.execute(
            "SELECT id, name FROM resources WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))],
        ).fetchall()
    )


def resource_load(store: Store) -> dict[str, dict[str, int]]:
    """resource id -> referral counts by status (what matching and the directory show)."""
    out: dict[str, dict[str, int]] = {}
    for rid, status, n in store.conn.execute(
        "SELECT resource_id, status, count(*) FROM referrals WHERE deleted = 0 "
        "GROUP BY resource_id, status"
    ):
        out.setdefault(rid, {})[status] = n
    return out


_REFERRAL_SELECT = (
    "SELECT r.*, rs.name AS resource_name, rs.phone AS resource_phone, rs.contact AS resource_contact,"
    " coalesce(cp.name, hp.name) AS client_name, vl.name AS village, h.group_name, c.title AS case_title "
    "FROM referrals r LEFT JOIN resources rs ON rs.id = r.resource_id "
    "LEFT JOIN households h ON h.id = r.household_id LEFT JOIN persons hp ON hp.id = h.head_id "
    "LEFT JOIN persons cp ON cp.id = r.person_id LEFT JOIN villages vl ON vl.id = h.village_id "
    "LEFT JOIN cases c ON c.id = r.case_id"
)


def referral(store: Store, referral_id: str) -> dict[str, Any] | None:
    rows = list(store.db.query(f"{_REFERRAL_SELECT} WHERE r.id = ?", [referral_id]))
    return rows[0] if rows else None


def referrals_of_case(store: Store, case_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            f"{_REFERRAL_SELECT} WHERE r.case_id = ? AND r.deleted = 0 ORDER BY r.referred_on, r.created_at",
            [case_id],
        )
    )


def referrals_of_resource(store: Store, resource_id: str, limit: int = 50) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            f"{_REFERRAL_SELECT} WHERE r.resource_id = ? AND r.deleted = 0 "
            "ORDER BY r.referred_on DESC LIMIT ?",
            [resource_id, limit],
        )
    )


def open_referrals_of_households(
    store: Store, household_ids: Sequence[str]
) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            f"{_REFERRAL_SELECT} WHERE r.deleted = 0 AND r.status IN {OPEN} "
            "AND r.household_id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(household_ids))],
        )
    )


def households_with_open_referrals(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            f"SELECT DISTINCT household_id FROM referrals WHERE deleted = 0 AND status IN {OPEN}"
        )
    ]


def overdue_referrals(store: Store, today: str) -> list[dict[str, Any]]:
    """Referrals in progress whose follow-up date has passed, the longest overdue first."""
    return list(
        store.db.query(
            f"{_REFERRAL_SELECT} WHERE r.deleted = 0 AND r.status IN {OPEN} "
            "AND coalesce(r.follow_up, '') != '' AND r.follow_up < ? ORDER BY r.follow_up, r.referred_on",
            [today],
        )
    )


def referral_events(store: Store, referral_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM referral_events WHERE referral_id = ? AND deleted = 0 "
            "ORDER BY event_date, created_at",
            [referral_id],
        )
    )


def referral_counts(
    store: Store, since: str | None = None, until: str | None = None
) -> dict[str, int]:
    where, params = ["deleted = 0"], []
    if since:
        where.append("referred_on >= ?")
        params.append(since)
    if until:
        where.append("referred_on <= ?")
        params.append(until)
    return dict(
        store.conn.execute(
            f"SELECT status, count(*) FROM referrals WHERE {' AND '.join(where)} GROUP BY status",
            params,
        ).fetchall()
    )


def get_row(store: Store, table: str, row_id: str) -> dict[str, Any] | None:
    return _get_row(store, table, row_id)
