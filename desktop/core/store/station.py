"""SQL for the station, its villages, workers and the tag list."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.store.base import Store


def station(store: Store) -> dict[str, Any] | None:
    rows = list(
        store.db.query("SELECT * FROM station WHERE deleted = 0 ORDER BY created_at LIMIT 1")
    )
    return rows[0] if rows else None


def villages(store: Store) -> list[dict[str, Any]]:
    rows = store.db.query(
        "SELECT id, name, groups, sort FROM villages WHERE deleted = 0 ORDER BY sort, name"
    )
    return [dict(r, groups=json.loads(r["groups"] or "[]")) for r in rows]


def tag_names(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM tag_types WHERE deleted = 0 ORDER BY sort, name"
        )
    ]


def worker_names(store: Store) -> list[str]:
    return [
        r[0] for r in store.conn.execute("SELECT name FROM workers WHERE deleted = 0 ORDER BY name")
    ]


def households_in_village(store: Store, village_id: str, group: str | None = None) -> list[str]:
    """Ids of the live households of a village (or of one of its groups)."""
    sql = "SELECT id FROM households WHERE deleted = 0 AND village_id = ?"
    args: list[Any] = [village_id]
    if group is not None:
        sql += " AND group_name = ?"
        args.append(group)
    return [r[0] for r in store.conn.execute(sql, args)]
