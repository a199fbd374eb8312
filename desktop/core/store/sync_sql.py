"""SQL of sync by file on the local database: vectors, peers, the bundle log, pending changes,
conflict hints, and applying a verified bundle that is attached as ``b``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from desktop.core.store.base import Store
from desktop.core.store.sql_util import chunks as _chunks
from desktop.core.store.sql_util import dicts as _dicts
from desktop.core.store.sql_util import marks as _marks

CHANGE_COLUMNS = "origin, counter, tbl, row_id, fields, ctx, hlc, author, computer"
STAMPS = ("created_at", "created_by", "updated_at", "updated_by")


# -- what this replica holds ------------------------------------------------------------------
# Origins are few and changes many: hop from one origin to the next along the primary key
# (origin, counter), one index seek each, instead of reading every change (a GROUP BY does).
_VECTOR = (
    "WITH RECURSIVE o(origin) AS (SELECT min(origin) FROM changes UNION ALL"
    " SELECT (SELECT min(origin) FROM changes WHERE origin > o.origin) FROM o WHERE o.origin IS NOT NULL)"
    " SELECT origin, (SELECT max(counter) FROM changes c WHERE c.origin = o.origin) FROM o"
    " WHERE origin IS NOT NULL"
)


def vector(store: Store) -> dict[str, int]:
    """Per origin, the highest counter held (the held changes of an origin are always 1..n)."""
    return dict(store.conn.execute(_VECTOR).fetchall())


def origin_counts(store: Store) -> dict[str, int]:
    return dict(
        store.conn.execute("SELECT origin, count(*) FROM changes GROUP BY origin").fetchall()
    )


def pending_count(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM sync_pending").fetchone()[0])


def pending_counters(store: Store, origin: str, above: int) -> list[int]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT counter FROM sync_pending WHERE origin = ? AND counter > ? ORDER BY counter",
            (origin, above),
        )
    ]


def drop_stale_pending(store: Store) -> None:
    """Pending changes that are now held (a full bundle brought them) are no longer pending."""
    store.conn.execute(
        "DELETE FROM sync_pending WHERE EXISTS (SELECT 1 FROM changes c"
        " WHERE c.origin = sync_pending.origin AND c.counter = sync_pending.counter)"
    )


# -- peers ------------------------------------------------------------------------------------
def peers(store: Store) -> list[dict[str, Any]]:
    return _dicts(store.conn.execute("SELECT * FROM sync_peers ORDER BY computer, origin"))


def peer(store: Store, origin: str) -> dict[str, Any] | None:
    rows = _dicts(store.conn.execute("SELECT * FROM sync_peers WHERE origin = ?", (origin,)))
    return rows[0] if rows else None


def save_peer(store: Store, row: Mapping[str, Any]) -> None:
    cols = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "origin")
    store.conn.execute(
        f"INSERT INTO sync_peers({', '.join(cols)}) VALUES ({_marks(len(cols))}) "
        f"ON CONFLICT(origin) DO UPDATE SET {updates}",
        [row[c] for c in cols],
    )


# -- bundles handled here ---------------------------------------------------------------------
def bundle_known(store: Store, bundle_id: str) -> bool:
    return (
        store.conn.execute(
            "SELECT 1 FROM sync_bundles WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()
        is not None
    )


def record_bundle(store: Store, row: Mapping[str, Any]) -> None:
    cols = list(row)
    store.conn.execute(
        f"INSERT OR IGNORE INTO sync_bundles({', '.join(cols)}) VALUES ({_marks(len(cols))})",
        [row[c] for c in cols],
    )


def bundle_log(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    rows = _dicts(
        store.conn.execute("SELECT * FROM sync_bundles ORDER BY handled_at DESC LIMIT ?", (limit,))
    )
    for row in rows:
        row["summary"] = json.loads(row["summary"] or "{}")
    return rows


# -- conflict hints ---------------------------------------------------------------------------
def conflict_hints(store: Store) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in store.conn.execute(
            "SELECT tbl, row_id FROM sync_conflicts ORDER BY found_at, tbl, row_id"
        )
    ]


def add_conflict_hints(store: Store, rows: Iterable[tuple[str, str]], when: str) -> None:
    store.conn.executemany(
        "INSERT OR IGNORE INTO sync_conflicts(tbl, row_id, found_at) VALUES (?, ?, ?)",
        [(t, r, when) for t, r in rows],
    )


def remove_conflict_hints(store: Store, rows: Iterable[tuple[str, str]]) -> None:
    store.conn.executemany("DELETE FROM sync_conflicts WHERE tbl = ? AND row_id = ?", list(rows))


# -- rows and their changes -------------------------------------------------------------------
def changes_of_rows(store: Store, table: str, row_ids: Sequence[str]) -> list[tuple[Any, ...]]:
    """(row_id, origin, counter, fields, ctx, hlc, author, computer) of every change to the rows."""
    out: list[tuple[Any, ...]] = []
    for chunk in _chunks(row_ids):
        out.extend(
            store.conn.execute(
                "SELECT row_id, origin, counter, fields, ctx, hlc, author, computer FROM changes"
                f" WHERE tbl = ? AND row_id IN ({_marks(len(chunk))})",
                [table, *chunk],
            ).fetchall()
        )
    return out


def columns(store: Store, table: str) -> dict[str, tuple[bool, str | None]]:
    """column -> (NOT NULL, default as SQL text)."""
    return {r[1]: (bool(r[3]), r[4]) for r in store.conn.execute(f"PRAGMA table_info({table})")}


def upsert_rows(
    store: Store, table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Rows of (id, *cols): insert, or update the given columns of an existing row."""
    all_cols = ["id", *cols]
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols)
    store.conn.executemany(
        f"INSERT INTO {table}({', '.join(all_cols)}) VALUES ({_marks(len(all_cols))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        rows,
    )


def person_homes(store: Store, person_ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(person_ids):
        out.update(
            store.conn.execute(
                f"SELECT id, household_id FROM persons WHERE id IN ({_marks(len(chunk))})"
                " AND household_id IS NOT NULL",
                list(chunk),
            ).fetchall()
        )
    return out


def read_row(store: Store, table: str, row_id: str) -> dict[str, Any] | None:
    rows = _dicts(store.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)))
    return rows[0] if rows else None


def content(store: Store, table: str, cols: Sequence[str]) -> list[tuple[Any, ...]]:
    """Every row of a table (id first, then ``cols``), ordered by id: for comparisons."""
    return store.conn.execute(f"SELECT id, {', '.join(cols)} FROM {table} ORDER BY id").fetchall()


def all_changes(store: Store) -> list[tuple[Any, ...]]:
    return store.conn.execute(
        f"SELECT {CHANGE_COLUMNS} FROM changes ORDER BY origin, counter"
    ).fetchall()


def ever_named(store: Store, table: str, name: str) -> bool:
    """Whether a row of ``table`` has (or had, deleted now) this name."""
    return (
        store.conn.execute(f"SELECT 1 FROM {table} WHERE name = ? LIMIT 1", (name,)).fetchone()
        is not None
    )


def has_change(store: Store, origin: str, counter: int) -> bool:
    return (
        store.conn.execute(
            "SELECT 1 FROM changes WHERE origin = ? AND counter = ?", (origin, counter)
        ).fetchone()
        is not None
    )


# -- applying a verified bundle attached as ``b`` ---------------------------------------------
def attached_ranges(store: Store) -> dict[str, tuple[int, int]]:
    return {
        r[0]: (r[1], r[2])
        for r in store.conn.execute(
            "SELECT origin, min(counter), max(counter) FROM b.changes GROUP BY origin"
        )
    }


def max_attached_hlc(store: Store) -> int:
    return int(store.conn.execute("SELECT coalesce(max(hlc), 0) FROM b.changes").fetchone()[0])


def clashes(store: Store) -> int:
    """Changes in the bundle whose dot is already held here with different content: a dot used
    twice (a database restored without a new incarnation somewhere). They are not applied."""
    return int(
        store.conn.execute(
            "SELECT count(*) FROM b.changes n JOIN main.changes c ON c.origin = n.origin AND c.counter = n.counter"
            " WHERE c.tbl != n.tbl OR c.row_id != n.row_id OR c.fields != n.fields OR c.ctx != n.ctx"
            " OR c.hlc != n.hlc"
        ).fetchone()[0]
    )


_IN_BOUNDS = (
    "JOIN temp.sync_bounds x ON x.origin = s.origin"
    " WHERE s.counter > x.held AND s.counter <= x.upto"
)
_NOT_IN_BUNDLE = (
    "NOT EXISTS (SELECT 1 FROM b.changes d WHERE d.origin = s.origin AND d.counter = s.counter)"
)


def stage(store: Store, bounds: Sequence[tuple[str, int, int]]) -> int:
    """Mark what to apply now: for each (origin, held, upto), the bundle's and the pending changes
    with held < counter <= upto. temp.sync_rows gets the rows they touch, with ``existed`` = 1 for
    a row this replica already has changes of. Returns how many changes."""
    conn = store.conn
    drop_staging(store)
    conn.execute(
        "CREATE TEMP TABLE sync_bounds (origin TEXT PRIMARY KEY, held INTEGER, upto INTEGER)"
    )
    conn.executemany("INSERT INTO temp.sync_bounds VALUES (?, ?, ?)", list(bounds))
    conn.execute(
        "CREATE TEMP TABLE sync_rows (tbl TEXT NOT NULL, row_id TEXT NOT NULL, n INTEGER NOT NULL,"
        " existed INTEGER NOT NULL DEFAULT 0,"
        " origin TEXT NOT NULL, counter INTEGER NOT NULL,"  # a change of the row (its one, n = 1)
        " PRIMARY KEY (tbl, row_id)) WITHOUT ROWID"
    )
    conn.execute(
        "INSERT INTO temp.sync_rows(tbl, row_id, n, existed, origin, counter) SELECT tbl, row_id,"
        " count(*),"
        " EXISTS (SELECT 1 FROM main.changes c WHERE c.tbl = g.tbl AND c.row_id = g.row_id),"
        " max(origin), max(counter) FROM ("
        f" SELECT s.tbl, s.row_id, s.origin, s.counter FROM b.changes s {_IN_BOUNDS} UNION ALL"
        " SELECT s.tbl, s.row_id, s.origin, s.counter FROM main.sync_pending s"
        f" {_IN_BOUNDS} AND {_NOT_IN_BUNDLE}"
        ") g GROUP BY tbl, row_id"
    )
    return int(conn.execute("SELECT coalesce(sum(n), 0) FROM temp.sync_rows").fetchone()[0])


def hold(store: Store, holds: Sequence[tuple[str, int]]) -> int:
    """Keep the bundle's changes beyond a gap, (origin, above), in sync_pending. Returns how many
    were new there."""
    conn = store.conn
    before = pending_count(store)
    conn.execute("DROP TABLE IF EXISTS temp.sync_hold")
    conn.execute("CREATE TEMP TABLE sync_hold (origin TEXT PRIMARY KEY, above INTEGER)")
    conn.executemany("INSERT INTO temp.sync_hold VALUES (?, ?)", list(holds))
    conn.execute(
        f"INSERT OR IGNORE INTO sync_pending ({CHANGE_COLUMNS}) SELECT s.origin, s.counter, s.tbl,"
        " s.row_id, s.fields, s.ctx, s.hlc, s.author, s.computer"
        " FROM b.changes s JOIN temp.sync_hold h ON h.origin = s.origin WHERE s.counter > h.above"
    )
    conn.execute("DROP TABLE temp.sync_hold")
    return pending_count(store) - before


def mark_existing_rows(store: Store, table: str) -> None:
    store.conn.execute(
        f"UPDATE temp.sync_rows SET existed = 1 WHERE tbl = ? AND existed = 0"
        f" AND EXISTS (SELECT 1 FROM main.{table} t WHERE t.id = temp.sync_rows.row_id)",
        (table,),
    )


# a row of temp.sync_rows (as r) new here, with one change
_FRESH = "(r.n = 1 AND r.existed = 0)"


def mark_fresh(store: Store) -> None:
    """List in temp.sync_fresh, by table, the dots of the changes of the rows new here with a
    single change (``fresh``: one change, and no change or row of it here before): each table's
    fresh rows are then read from the bundle in one ordered pass over just their changes (not a
    scan of every change per table). A dot of a pending change is not in the bundle:
    ``insert_fresh_pending`` takes those rows."""
    conn = store.conn
    conn.execute("DROP TABLE IF EXISTS temp.sync_fresh")
    conn.execute(
        "CREATE TEMP TABLE sync_fresh (tbl TEXT NOT NULL, origin TEXT NOT NULL,"
        " counter INTEGER NOT NULL, PRIMARY KEY (tbl, origin, counter)) WITHOUT ROWID"
    )
    conn.execute(
        "INSERT INTO temp.sync_fresh SELECT tbl, origin, counter FROM temp.sync_rows r"
        f" WHERE {_FRESH}"
    )


def touched_tables(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT DISTINCT tbl FROM temp.sync_rows")]


def touched(store: Store, table: str, fresh: bool) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            f"SELECT row_id FROM temp.sync_rows r WHERE tbl = ? AND {_FRESH} = ? ORDER BY row_id",
            (table, int(fresh)),
        )
    ]


def existed_count(store: Store, table: str) -> int:
    return int(
        store.conn.execute(
            "SELECT count(*) FROM temp.sync_rows WHERE tbl = ? AND existed = 1", (table,)
        ).fetchone()[0]
    )


def commit_staged(store: Store) -> None:
    """The staged changes join the log; the ones that were pending leave sync_pending."""
    conn = store.conn
    for source in ("b.changes", "main.sync_pending"):
        conn.execute(
            f"INSERT OR IGNORE INTO main.changes ({CHANGE_COLUMNS}) SELECT s.origin, s.counter, s.tbl,"
            f" s.row_id, s.fields, s.ctx, s.hlc, s.author, s.computer FROM {source} s {_IN_BOUNDS}"
        )
    conn.execute(
        "DELETE FROM main.sync_pending WHERE EXISTS (SELECT 1 FROM temp.sync_bounds x"
        " WHERE x.origin = sync_pending.origin AND sync_pending.counter > x.held"
        " AND sync_pending.counter <= x.upto)"
    )


@dataclass(frozen=True)
class FreshColumn:
    """How a synced column of a row new here is filled from its one change's ``fields``."""

    name: str
    is_json: bool  # stored as JSON text
    notnull: bool  # a JSON null is stored as the default
    default: Any  # what a field never written holds


def _fresh_value(col: FreshColumn, params: list[Any]) -> str:
    """The SQL for one column from ``s.fields``: the default for a field never written, the
    default or NULL for a null, else the value (JSON columns: its JSON text, which ``->`` gives
    unchanged from the canonical text the write path made)."""
    path = f"'$.\"{col.name}\"'"
    value = (
        f"nullif(s.fields -> {path}, 'null')" if col.is_json else f"json_extract(s.fields, {path})"
    )
    null = col.default if col.notnull else None
    if null == col.default:
        params.append(col.default)
        return f"coalesce({value}, ?)"
    params += [col.default, null]
    return f"coalesce({value}, CASE WHEN json_type(s.fields, {path}) IS NULL THEN ? ELSE ? END)"


def _insert_fresh(
    store: Store,
    table: str,
    cols: Sequence[FreshColumn],
    source: str,
    where: str,
    args: Sequence[Any],
) -> int:
    params: list[Any] = []
    values = [_fresh_value(c, params) for c in cols]
    names = ", ".join(["id", *(c.name for c in cols), *STAMPS])
    # created and updated: the change's time (as local wall time, like the write path) and author
    cur = store.conn.execute(
        f"INSERT INTO main.{table} ({names}) SELECT s.row_id, {', '.join(values)},"
        " datetime(s.hlc / 1000, 'unixepoch', 'localtime'), s.author,"
        " datetime(s.hlc / 1000, 'unixepoch', 'localtime'), s.author"
        f" FROM {source} WHERE s.tbl = ? AND {where}",
        [*params, table, *args],
    )
    return cur.rowcount


def fresh_windows(
    bounds: Sequence[tuple[str, int, int]], size: int = 20000
) -> list[tuple[str, int, int]]:
    """The staged runs (origin, held, upto) cut into windows of at most ``size`` counters."""
    return [
        (origin, lo, min(lo + size, upto))
        for origin, held, upto in bounds
        for lo in range(held, upto, size)
    ]


def insert_fresh(
    store: Store, table: str, cols: Sequence[FreshColumn], window: tuple[str, int, int]
) -> int:
    """Insert the rows of ``table`` new here with a single change (``fresh``) whose change is in
    the bundle within ``window`` (origin, above, upto), straight from that change in SQL.
    Returns how many rows."""
    # sync_fresh drives (CROSS JOIN keeps it the outer loop): a range of its key, then one
    # lookup by dot in the bundle per row
    return _insert_fresh(
        store,
        table,
        cols,
        "temp.sync_fresh f CROSS JOIN b.changes s ON s.origin = f.origin AND s.counter = f.counter",
        "f.tbl = ? AND f.origin = ? AND f.counter > ? AND f.counter <= ?",
        (table, *window),
    )


def insert_fresh_pending(store: Store, table: str, cols: Sequence[FreshColumn]) -> int:
    """The same for fresh rows whose change waited in sync_pending (and is not in the bundle)."""
    return _insert_fresh(
        store,
        table,
        cols,
        "main.sync_pending s JOIN temp.sync_rows r ON r.tbl = s.tbl AND r.row_id = s.row_id",
        f"{_FRESH} AND EXISTS (SELECT 1 FROM temp.sync_bounds x"
        " WHERE x.origin = s.origin AND s.counter > x.held AND s.counter <= x.upto)"
        f" AND {_NOT_IN_BUNDLE}",
        (),
    )


@contextmanager
def indexes_built_after(store: Store, tables: Iterable[str]) -> Iterator[None]:
    """For tables still empty (a laptop joining the station): drop their secondary indexes for
    the block and build them again after it, one sort instead of an update per row. Left as they
    were if the block fails (the transaction is rolled back)."""
    conn = store.conn
    saved: list[str] = []
    for table in tables:
        if conn.execute(f"SELECT 1 FROM main.{table} LIMIT 1").fetchone() is None:
            for name, text in conn.execute(
                "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ?"
                " AND sql IS NOT NULL",
                (table,),
            ).fetchall():
                saved.append(text)
                conn.execute(f"DROP INDEX main.{name}")
    yield
    for text in saved:
        conn.execute(text)


@contextmanager
def roomy_cache(store: Store, kib: int = 65536) -> Iterator[None]:
    """A larger page cache while a big bundle is applied (index updates stay in memory)."""
    old = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    store.conn.execute(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA cache_size = {int(old)}")


@contextmanager
def checkpoint_deferred(store: Store) -> Iterator[None]:
    """No checkpoint at the commits of the block: a large import's commit does not also copy
    everything it wrote from the write-ahead log into the database file (hundreds of MB when a
    laptop joins); connection.checkpoint does that afterwards, on a thread of its own (or the
    next commit or the closing connection does)."""
    old = store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA wal_autocheckpoint = {int(old)}")


def drop_staging(store: Store) -> None:
    for name in ("sync_rows", "sync_bounds", "sync_fresh"):
        store.conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
