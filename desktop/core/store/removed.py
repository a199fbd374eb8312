"""SQL of removed (tombstoned) households and people: to list them and bring them back."""

from __future__ import annotations

from typing import Any

from desktop.core.store.base import Store
from desktop.core.store.sql_util import dicts

_PLACE = (
    "coalesce(nullif(h.address, ''), coalesce(v.name, '') || coalesce(h.group_name, '')"
    " || CASE WHEN coalesce(h.house_no, '') != '' THEN h.house_no || '号' ELSE '' END)"
)


def households(store: Store) -> list[dict[str, Any]]:
    """Removed households: id, place, head's name, updated_at."""
    return dicts(
        store.conn.execute(
            f"SELECT h.id, {_PLACE} AS place, coalesce(p.name, '') AS head, h.updated_at FROM households h"
            " LEFT JOIN villages v ON v.id = h.village_id LEFT JOIN persons p ON p.id = h.head_id"
            " WHERE h.deleted = 1 ORDER BY h.updated_at DESC, h.id"
        )
    )


def persons(store: Store) -> list[dict[str, Any]]:
    """Removed people: id, name, household_id, the household's place and head, whether it is removed too."""
    return dicts(
        store.conn.execute(
            f"SELECT p.id, p.name, p.household_id, {_PLACE} AS place, coalesce(hp.name, '') AS head,"
            " coalesce(h.deleted, 0) AS household_removed, p.updated_at FROM persons p"
            " LEFT JOIN households h ON h.id = p.household_id LEFT JOIN villages v ON v.id = h.village_id"
            " LEFT JOIN persons hp ON hp.id = h.head_id"
            " WHERE p.deleted = 1 ORDER BY p.updated_at DESC, p.id"
        )
    )


def row(store: Store, table: str, row_id: str) -> dict[str, Any] | None:
    rows = dicts(store.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)))
    return rows[0] if rows else None


def removed_members(store: Store, household_id: str) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM persons WHERE household_id = ? AND deleted = 1 ORDER BY id",
            (household_id,),
        )
    ]
