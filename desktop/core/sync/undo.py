"""Undoing a sync import (撤销导入) on this computer, without a full copy of the database.

While ``import_bundle`` runs, temporary triggers copy every row it writes into the undo record
(desktop/core/store/sync_undo.py): in the import's own transaction, so the record and the import
commit together, and its size is proportional to what the import changed. ``undo_last`` plays the
last import's record back, newest first: the database is as it was before that import (the due
list is computed again for the households it touched), under a new incarnation (as after a
restore: the other computers then send again what it no longer holds; the undone changes come
back with the next bundle from the computer that has them, an undo means "not taken yet"). It is
refused when anything was written since (a local edit, another import or an export): then
restore the day's full copy instead (``backup restore``). Only the last import's record is kept.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.context import Context, new_incarnation
from desktop.core.errors import SyncError
from desktop.core.store import sync_sql
from desktop.core.store import sync_undo as sql
from desktop.core.store.base import Store
from desktop.core.sync import bundle, instance

KEEP = 1  # an older record can no longer be played back: a newer import came after it


@dataclass(frozen=True)
class UndoRecord:
    bundle_id: str
    file_name: str
    computer: str  # the computer the bundle came from
    worker: str
    imported_at: str
    entries: int  # rows the record holds
    can_undo: bool  # the last import, and nothing written since


@contextlib.contextmanager
def recording(ctx: Context, m: bundle.Manifest, file_name: str) -> Iterator[None]:
    """Record what the block writes as the undo of importing the bundle ``m``. A block that
    fails before its import committed leaves no record."""
    store = ctx.store
    found = sql.tables(store)
    wide = sql.too_wide(found)
    if wide:  # a table this version cannot keep rows of: no import without a way back
        raise SyncError("sync.backup", reason="、".join(wide))
    with store.transaction():
        stale = [r["bundle_id"] for r in sql.imports(store)][KEEP - 1 :]
        sql.forget(store, stale)
        sql.save_import(
            store,
            {
                "bundle_id": m.bundle_id,
                "file_name": file_name,
                "computer": m.computer,
                "worker": m.worker,
                "imported_at": bundle.now_text(ctx.clock),
                "columns": json.dumps({t.name: list(t.columns) for t in found}),
                "after": "",
            },
        )
    sql.start(store, m.bundle_id, found)
    try:
        yield
    finally:
        sql.stop(store)
        with store.transaction():
            if sync_sql.bundle_known(store, m.bundle_id):
                sql.set_after(store, m.bundle_id, sql.fingerprint(store))
            else:  # refused, cancelled or failed: rolled back, nothing to undo
                sql.forget(store, [m.bundle_id])


def records(ctx: Context) -> list[UndoRecord]:
    """The imports this computer can still undo (newest first; only the first one right now)."""
    now = sql.fingerprint(ctx.store)
    out = []
    for i, r in enumerate(sql.imports(ctx.store)):
        if not r["after"]:
            continue  # cut short before its end: not to be played back
        out.append(
            UndoRecord(
                r["bundle_id"],
                r["file_name"],
                r["computer"] or "",
                r["worker"] or "",
                r["imported_at"],
                int(r["entries"]),
                i == 0 and r["after"] == now,
            )
        )
    return out


def undo_last(ctx: Context) -> UndoRecord:
    """Undo the last import: the database as it was before it. Raises SyncError when there is
    none, or when something was written since."""
    store = ctx.store
    found = records(ctx)
    if not found:
        raise SyncError("undo.none")
    last = found[0]
    if not last.can_undo:
        raise SyncError("undo.changed", name=last.file_name)
    recorded = json.loads(next(r["columns"] for r in sql.imports(store)))
    tables = {t.name: t for t in sql.tables(store)}
    if any(n not in tables or list(tables[n].columns) != c for n, c in recorded.items()):
        raise SyncError("undo.changed", name=last.file_name)  # the program was updated since
    try:
        with store.transaction():
            _play_back(store, tables, last.bundle_id)
            sql.forget(store, [last.bundle_id])
            # A new incarnation, as after a restore: the computers of the station have heard (from
            # the import's receipt) that this one holds what it no longer holds, and what they
            # heard only grows. Under a new origin they learn again what it holds, and send it.
            new_incarnation(store)
    except sqlite3.IntegrityError as exc:
        raise SyncError("undo.changed", name=last.file_name) from exc
    if store.path is not None:
        instance.record(store, store.path)
    return last


def _play_back(store: Store, tables: dict[str, sql.Table], bundle_id: str) -> None:
    run: list[tuple[object, ...]] = []
    kind: tuple[str, str] | None = None
    for table, op, *values in sql.entries(store, bundle_id):
        if kind != (table, op) and run and kind is not None:
            sql.play_back(store, tables[kind[0]], kind[1], run)
            run = []
        kind = (table, op)
        run.append(tuple(values))
    if run and kind is not None:
        sql.play_back(store, tables[kind[0]], kind[1], run)
