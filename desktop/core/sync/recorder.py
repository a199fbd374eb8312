"""The one write path. Every write of a synced row goes through ``Writer.put``: it stamps a dot,
logs the change with the row's version vector (for sync and audit), and materialises the row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.core.store import changes as sql
from desktop.core.store.base import Store
from desktop.core.store.schema import SYNCED_FIELDS
from desktop.core.sync import clock


@dataclass(frozen=True)
class ChangeSet:
    """What a service call changed: tables and row ids. The UI refreshes only what is affected.

    ``columns`` names the columns written per table (``deleted`` among them when a row was removed
    or restored; every column given when a row was created). A table in ``rows`` without an entry
    in ``columns``, or with no row ids, changed in ways not told: a view reloads all of it."""

    rows: dict[str, frozenset[str]] = field(default_factory=dict)
    columns: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    def columns_of(self, table: str) -> frozenset[str] | None:
        """The columns of ``table`` written, or None when that is not known."""
        return self.columns.get(table) if self.rows.get(table) else None

    def touches(self, table: str) -> bool:
        return table in self.rows


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _same(old: Any, new: Any) -> bool:
    return old == new or (_empty(old) and _empty(new))


def hlc_text(hlc: int) -> str:
    """Local time of a hybrid logical time, for display and the rows' stamps."""
    local = dt.datetime.fromtimestamp(hlc / 1000, tz=dt.timezone.utc).astimezone()
    return local.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")


class Writer:
    """Created by ``Context.write()`` inside a transaction; not for use on its own."""

    def __init__(self, store: Store, worker: str, computer: str) -> None:
        self.store = store
        self.worker = worker
        self.computer = computer
        meta = store.meta_many("origin", "counter", "hlc")
        self.origin = meta.get("origin") or ""
        if not self.origin:
            raise RuntimeError("replica identity missing: open the database through Context")
        self.counter = int(meta.get("counter") or 0)
        self.hlc = int(meta.get("hlc") or 0)
        self.touched: dict[str, set[str]] = {}
        self.columns: dict[str, set[str]] = {}  # the columns written, per table
        self.before: dict[tuple[str, str], dict[str, Any] | None] = {}
        self.result = ChangeSet()

    def put(
        self,
        table: str,
        row_id: str,
        fields: dict[str, Any],
        *,
        new: bool = False,
        force: bool = False,
    ) -> bool:
        """Write ``fields`` of one row. Only values that differ are recorded. ``new`` skips the
        lookup of a row that cannot exist yet (fresh UUID). ``force`` records every given field
        even if unchanged (resolving a sync conflict supersedes the other values). Returns
        whether anything changed."""
        allowed = SYNCED_FIELDS[table]
        unknown = set(fields) - set(allowed)
        if unknown:
            raise KeyError(f"not synced fields of {table}: {sorted(unknown)}")
        current = None if new else sql.read_row(self.store, table, row_id)
        if current is None:
            # Empty is the default of every column: a new row records only what it has.
            fields = {k: v for k, v in fields.items() if not _empty(v)}
        else:
            fields = {k: v for k, v in fields.items() if force or not _same(current.get(k), v)}
            if not fields:
                return False
        vv = {} if new else sql.row_vv(self.store, table, row_id)
        self.counter += 1
        self.hlc = clock.hlc_next(self.hlc, self.store.clock.epoch_ms())
        sql.insert_change(
            self.store,
            self.origin,
            self.counter,
            table,
            row_id,
            fields,
            vv,
            self.hlc,
            self.worker,
            self.computer,
        )
        sql.materialise(
            self.store,
            table,
            row_id,
            fields,
            hlc_text(self.hlc),
            self.worker,
            created=current is None,
        )
        self.touched.setdefault(table, set()).add(row_id)
        self.columns.setdefault(table, set()).update(fields)
        if current is None:
            self.columns[table].add("deleted")  # a new row: the lists it belongs in grow
        self.before.setdefault((table, row_id), current)
        return True

    def delete(self, table: str, row_id: str) -> bool:
        """A tombstone: the row stays, marked deleted, with its version vector."""
        return self.put(table, row_id, {"deleted": 1})

    def finish(self) -> ChangeSet:
        self.store.meta_set("counter", self.counter)
        self.store.meta_set("hlc", self.hlc)
        return ChangeSet(
            {t: frozenset(ids) for t, ids in self.touched.items()},
            {t: frozenset(cols) for t, cols in self.columns.items()},
        )
