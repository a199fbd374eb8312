"""SQL of the sync log: changes (one per written row), row clocks, and materialised rows."""

from __future__ import annotations

import json
from typing import Any

from desktop.core.store.base import Store
from desktop.core.store.schema import JSON_FIELDS, SYNCED_FIELDS
from desktop.core.store.sql_util import decode


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def row_vv(store: Store, table: str, row_id: str) -> dict[str, int]:
    """The row's version vector: the highest counter per origin among the writes applied to it."""
    return dict(
        store.conn.execute(
            "SELECT origin, max(counter) FROM changes WHERE tbl = ? AND row_id = ? GROUP BY origin",
            (table, row_id),
        ).fetchall()
    )


def insert_change(
    store: Store,
    origin: str,
    counter: int,
    table: str,
    row_id: str,
    fields: dict[str, Any],
    ctx: dict[str, int],
    hlc: int,
    author: str,
    computer: str,
) -> None:
    store.conn.execute(
        "INSERT INTO changes(origin, counter, tbl, row_id, fields, ctx, hlc, author, computer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (origin, counter, table, row_id, _dumps(fields), _dumps(ctx), hlc, author, computer),
    )


def read_row(store: Store, table: str, row_id: str) -> dict[str, Any] | None:
    """The materialised row with JSON fields decoded, or None."""
    cur = store.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    row = cur.fetchone()
    if row is None:
        return None
    return decode(table, dict(zip([d[0] for d in cur.description], row, strict=True)))


def materialise(
    store: Store,
    table: str,
    row_id: str,
    fields: dict[str, Any],
    when: str,
    who: str,
    created: bool,
) -> None:
    """Upsert the winning values of ``fields`` into the table that queries read."""
    allowed = SYNCED_FIELDS[table]
    cols = [f for f in fields if f in allowed]
    values = [_dumps(fields[c]) if (table, c) in JSON_FIELDS else fields[c] for c in cols]
    stamp_cols = ["updated_at", "updated_by"] + (["created_at", "created_by"] if created else [])
    stamp_vals = [when, who] + ([when, who] if created else [])
    all_cols = ["id", *cols, *stamp_cols]
    placeholders = ", ".join("?" for _ in all_cols)
    updates = ", ".join(f"{c} = excluded.{c}" for c in [*cols, "updated_at", "updated_by"])
    store.conn.execute(
        f"INSERT INTO {table}({', '.join(all_cols)}) VALUES ({placeholders}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        [row_id, *values, *stamp_vals],
    )


def history(store: Store, table: str, row_id: str) -> list[dict[str, Any]]:
    """Every write to one row, oldest first (the audit trail of a record)."""
    rows = store.db.query(
        "SELECT origin, counter, fields, hlc, author, computer FROM changes "
        "WHERE tbl = ? AND row_id = ? ORDER BY hlc, origin, counter",
        [table, row_id],
    )
    return [dict(r, fields=json.loads(r["fields"])) for r in rows]


def count_changes(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM changes").fetchone()[0])
