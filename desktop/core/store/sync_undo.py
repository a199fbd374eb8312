"""SQL of the undo record of a sync import (migration 12): temporary triggers that copy every row
event of the import into sync_undo, and playing those entries back, newest first."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.store.base import Store
from desktop.core.store.migrations import UNDO_VALUES

# Not recorded: the record itself, and the due-list cache (rebuilt from the rows: undoing a row
# marks its household for a new computation through the schedule triggers, as the import did).
SKIPPED = frozenset({"sync_undo", "sync_undo_imports", "schedule", "schedule_dirty"})
_SLOTS = [f"v{i}" for i in range(UNDO_VALUES)]


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # the primary key columns of a table without rowid; () for a rowid table


def tables(store: Store) -> list[Table]:
    """The tables an import may write, with their columns (in order) and key."""
    out = []
    for name, text in store.conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall():
        if name in SKIPPED:
            continue
        info = store.conn.execute(f'PRAGMA main.table_info("{name}")').fetchall()
        columns = tuple(r[1] for r in info)
        without_rowid = "WITHOUT ROWID" in " ".join(text.upper().split())
        key = tuple(r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]) if without_rowid else ()
        out.append(Table(name, columns, key))
    return out


def too_wide(found: Sequence[Table]) -> list[str]:
    return [t.name for t in found if len(t.columns) > UNDO_VALUES]


def _trigger_sql(t: Table, bundle_id: str) -> list[str]:
    bid = bundle_id.replace("'", "''")
    head = f"INSERT INTO sync_undo(bundle_id, tbl, op, rid, {', '.join(_SLOTS[: len(t.columns)])})"

    def entry(op: str, row: str, full: bool) -> str:
        rid = "NULL" if t.key else f"{row}.rowid"
        values = [f'{row}."{c}"' if full or c in t.key else "NULL" for c in t.columns]
        return f"{head} VALUES ('{bid}', '{t.name}', '{op}', {rid}, {', '.join(values)});"

    on = f'main."{t.name}"'
    return [
        f'CREATE TEMP TRIGGER "undo_{t.name}_i" AFTER INSERT ON {on} BEGIN '
        f"{entry('I', 'NEW', False)} END",
        f'CREATE TEMP TRIGGER "undo_{t.name}_u" AFTER UPDATE ON {on} BEGIN '
        f"{entry('D', 'OLD', True)} {entry('I', 'NEW', False)} END",
        f'CREATE TEMP TRIGGER "undo_{t.name}_d" AFTER DELETE ON {on} BEGIN '
        f"{entry('D', 'OLD', True)} END",
    ]


def start(store: Store, bundle_id: str, found: Sequence[Table]) -> None:
    """Copy every row event on these tables into sync_undo under ``bundle_id`` from now on (on
    this connection). REPLACE deletes count too (recursive triggers on)."""
    conn = store.conn
    stop(store)
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.executescript(";\n".join(text for t in found for text in _trigger_sql(t, bundle_id)))


def stop(store: Store) -> None:
    conn = store.conn
    for (name,) in conn.execute(
        "SELECT name FROM temp.sqlite_master WHERE type = 'trigger'"
        " AND name LIKE 'undo\\_%' ESCAPE '\\'"
    ).fetchall():
        conn.execute(f'DROP TRIGGER temp."{name}"')
    conn.execute("PRAGMA recursive_triggers = OFF")


def fingerprint(store: Store) -> str:
    """What any later write through this program moves: the change counter and clock, the change
    log and the bundle log (exports, imports, receipts: rows are only ever added to both), and
    the changes held back."""
    row = store.conn.execute(
        "SELECT (SELECT value FROM meta WHERE key = 'origin'),"
        " (SELECT value FROM meta WHERE key = 'counter'),"
        " (SELECT value FROM meta WHERE key = 'hlc'),"
        " (SELECT max(rowid) FROM changes), (SELECT max(rowid) FROM sync_bundles),"
        " (SELECT count(*) FROM sync_pending)"
    ).fetchone()
    return json.dumps(list(row))


def save_import(store: Store, row: dict[str, Any]) -> None:
    store.conn.execute(
        "INSERT OR REPLACE INTO sync_undo_imports(bundle_id, file_name, computer, worker,"
        " imported_at, columns, after, first_seq) VALUES (:bundle_id, :file_name, :computer,"
        " :worker, :imported_at, :columns, :after,"
        " (SELECT coalesce(max(seq), 0) + 1 FROM sync_undo))",
        row,
    )


def set_after(store: Store, bundle_id: str, after: str) -> None:
    store.conn.execute(
        "UPDATE sync_undo_imports SET after = ? WHERE bundle_id = ?", (after, bundle_id)
    )


def imports(store: Store) -> list[dict[str, Any]]:
    """The imports that can be undone, newest first, with how many entries each holds."""
    cur = store.conn.execute(
        "SELECT i.*, (SELECT count(*) FROM sync_undo u WHERE u.seq >= i.first_seq"
        " AND u.bundle_id = i.bundle_id) AS entries FROM sync_undo_imports i ORDER BY i.rowid DESC"
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def forget(store: Store, bundle_ids: Sequence[str]) -> None:
    for bundle_id in bundle_ids:
        store.conn.execute(
            "DELETE FROM sync_undo WHERE seq >= (SELECT first_seq FROM sync_undo_imports"
            " WHERE bundle_id = ?) AND bundle_id = ?",
            (bundle_id, bundle_id),
        )
        store.conn.execute("DELETE FROM sync_undo_imports WHERE bundle_id = ?", (bundle_id,))


def entries(store: Store, bundle_id: str) -> Iterator[tuple[Any, ...]]:
    """(table, op, rowid, values…) of an import, newest first."""
    yield from store.conn.execute(
        f"SELECT tbl, op, rid, {', '.join(_SLOTS)} FROM sync_undo WHERE seq >= (SELECT first_seq"
        " FROM sync_undo_imports WHERE bundle_id = ?) AND bundle_id = ? ORDER BY seq DESC",
        (bundle_id, bundle_id),
    )


def play_back(store: Store, t: Table, op: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Undo a run of entries of one table and kind: ``I`` rows are deleted, ``D`` rows put back
    (with their rowid). The caller holds the transaction."""
    n = len(t.columns)
    if op == "I" and t.key:
        where = " AND ".join(f'"{c}" IS ?' for c in t.key)
        at = [t.columns.index(c) for c in t.key]
        store.conn.executemany(
            f'DELETE FROM main."{t.name}" WHERE {where}', [[r[1 + i] for i in at] for r in rows]
        )
    elif op == "I":
        store.conn.executemany(
            f'DELETE FROM main."{t.name}" WHERE rowid = ?', [(r[0],) for r in rows]
        )
    else:
        names = ", ".join(f'"{c}"' for c in t.columns)
        marks = ", ".join("?" * n)
        if t.key:
            sql = f'INSERT INTO main."{t.name}" ({names}) VALUES ({marks})'
            store.conn.executemany(sql, [r[1 : 1 + n] for r in rows])
        else:
            sql = f'INSERT INTO main."{t.name}" (rowid, {names}) VALUES (?, {marks})'
            store.conn.executemany(sql, [r[: 1 + n] for r in rows])
