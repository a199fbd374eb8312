"""SQL of the roster import: what the register holds for matching, import batches, mappings."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from desktop.core.store.base import Store
from desktop.core.store.sql_util import chunks, decode, marks


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# -- the register, for matching --------------------------------------------------------------
def live_id_numbers(store: Store) -> dict[str, tuple[str, str]]:
    """ID number -> (person id, household id) of every live person in a live household."""
    return {
        number: (pid, hid)
        for number, pid, hid in store.conn.execute(
            "SELECT p.id_number, p.id, p.household_id FROM persons p JOIN households h ON h.id = p.household_id"
            " WHERE p.deleted = 0 AND h.deleted = 0 AND p.id_number IS NOT NULL AND p.id_number != ''"
        )
    }


def live_people_keys(store: Store) -> Iterable[tuple[str, str, str, str, str, str]]:
    """(person id, household id, name, birth date, village id, id number) of live people."""
    return store.conn.execute(
        "SELECT p.id, p.household_id, p.name, coalesce(p.birth_date, ''), coalesce(h.village_id, ''),"
        " coalesce(p.id_number, '') FROM persons p JOIN households h ON h.id = p.household_id"
        " WHERE p.deleted = 0 AND h.deleted = 0"
    )


def live_heads(store: Store) -> Iterable[tuple[str, str, str]]:
    """(household id, head's name, village id) of live households."""
    return store.conn.execute(
        "SELECT h.id, p.name, coalesce(h.village_id, '') FROM households h JOIN persons p ON p.id = h.head_id"
        " WHERE h.deleted = 0 AND p.deleted = 0"
    )


def _rows(store: Store, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    ids = list(dict.fromkeys(ids))
    for chunk in chunks(ids):
        cur = store.conn.execute(f"SELECT * FROM {table} WHERE id IN ({marks(len(chunk))})", chunk)
        names = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(names, values, strict=True))
            out[row["id"]] = row
    return out


def persons(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    rows = _rows(store, "persons", ids)
    for row in rows.values():
        decode("persons", row)
    return rows


def households(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    return _rows(store, "households", ids)


def tagged_people(store: Store, tag: str) -> list[dict[str, Any]]:
    """Live people carrying ``tag``, with their village (for 可能已退出)."""
    rows = store.db.query(
        "SELECT p.id, p.name, p.id_number, p.household_id, v.name AS village, h.group_name"
        " FROM persons p JOIN households h ON h.id = p.household_id LEFT JOIN villages v ON v.id = h.village_id"
        " WHERE p.deleted = 0 AND h.deleted = 0"
        " AND EXISTS (SELECT 1 FROM json_each(p.tags) WHERE json_each.value = ?) ORDER BY v.sort, h.group_name, p.name",
        [tag],
    )
    return list(rows)


def imported_people(store: Store, person_ids: Sequence[str]) -> set[str]:
    """Those of ``person_ids`` that a roster import (not undone) created."""
    wanted = list(dict.fromkeys(person_ids))
    out: set[str] = set()
    for chunk in chunks(wanted):
        out.update(
            r[0]
            for r in store.conn.execute(
                "SELECT r.row_id FROM roster_import_rows r JOIN roster_imports i ON i.id = r.import_id"
                f" WHERE i.undone_at IS NULL AND r.tbl = 'persons' AND r.created = 1 AND r.row_id IN ({marks(len(chunk))})",
                chunk,
            )
        )
    return out


def change_count(store: Store, table: str, row_id: str) -> int:
    return int(
        store.conn.execute(
            "SELECT count(*) FROM changes WHERE tbl = ? AND row_id = ?", (table, row_id)
        ).fetchone()[0]
    )


# -- import batches --------------------------------------------------------------------------
def insert_import(store: Store, record: dict[str, Any]) -> None:
    row = dict(
        record, counts=_dumps(record.get("counts", {})), missing=_dumps(record.get("missing", []))
    )
    cols = list(row)
    store.conn.execute(
        f"INSERT INTO roster_imports({', '.join(cols)}) VALUES ({marks(len(cols))})",
        [row[c] for c in cols],
    )


def insert_import_rows(
    store: Store, import_id: str, rows: list[tuple[str, str, bool, dict[str, Any], int]]
) -> None:
    """Rows of (table, row id, created, values before, changes after)."""
    store.conn.executemany(
        "INSERT INTO roster_import_rows(import_id, seq, tbl, row_id, created, before, changes_after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (import_id, i, t, rid, int(created), _dumps(before), after)
            for i, (t, rid, created, before, after) in enumerate(rows)
        ],
    )


def _decode_import(row: dict[str, Any]) -> dict[str, Any]:
    return dict(
        row, counts=json.loads(row["counts"] or "{}"), missing=json.loads(row["missing"] or "[]")
    )


def get_import(store: Store, import_id: str) -> dict[str, Any] | None:
    rows = list(store.db.query("SELECT * FROM roster_imports WHERE id = ?", [import_id]))
    return _decode_import(rows[0]) if rows else None


def list_imports(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    rows = store.db.query(
        "SELECT * FROM roster_imports ORDER BY imported_at DESC, rowid DESC LIMIT ?", [limit]
    )
    return [_decode_import(r) for r in rows]


def import_rows(store: Store, import_id: str) -> list[dict[str, Any]]:
    rows = store.db.query(
        "SELECT tbl, row_id, created, before, changes_after FROM roster_import_rows WHERE import_id = ? ORDER BY seq",
        [import_id],
    )
    return [dict(r, before=json.loads(r["before"])) for r in rows]


def mark_undone(store: Store, import_id: str, when: str, who: str) -> None:
    store.conn.execute(
        "UPDATE roster_imports SET undone_at = ?, undone_by = ? WHERE id = ?",
        (when, who, import_id),
    )


# -- remembered mappings ---------------------------------------------------------------------
def save_mapping(store: Store, name: str, columns: dict[str, str], tag: str, when: str) -> None:
    store.conn.execute(
        "INSERT INTO roster_mappings(name, columns, tag, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET columns = excluded.columns, tag = excluded.tag,"
        " updated_at = excluded.updated_at",
        (name, _dumps(columns), tag, when),
    )


def get_mapping(store: Store, name: str) -> dict[str, Any] | None:
    row = store.conn.execute(
        "SELECT columns, tag FROM roster_mappings WHERE name = ?", (name,)
    ).fetchone()
    return {"columns": json.loads(row[0]), "tag": row[1]} if row else None


def mapping_names(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM roster_mappings ORDER BY updated_at DESC, name"
        )
    ]
