"""SQL of the bundle's own database: a small SQLite file holding a manifest, the changes and the
sender's peer list. It is built and read in a private temporary folder, never on the stick
(only its encrypted form goes there)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.core.store.base import Store

CHANGE_COLUMNS = "origin, counter, tbl, row_id, fields, ctx, hlc, author, computer"

SCHEMA = [
    "CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # a rowid table: rows of about 1 KB stay on their page (WITHOUT ROWID would overflow them)
    """CREATE TABLE changes (
        origin TEXT NOT NULL, counter INTEGER NOT NULL,
        tbl TEXT NOT NULL, row_id TEXT NOT NULL,
        fields TEXT NOT NULL, ctx TEXT NOT NULL,
        hlc INTEGER NOT NULL, author TEXT, computer TEXT,
        PRIMARY KEY (origin, counter)
    )""",
    """CREATE TABLE peers (
        origin TEXT PRIMARY KEY, replica_id TEXT NOT NULL, computer TEXT NOT NULL,
        worker TEXT NOT NULL, vector TEXT NOT NULL, reported_at TEXT
    )""",
]


def create(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    for statement in SCHEMA:
        conn.execute(statement)
    conn.execute("COMMIT")
    return conn


def open_plain(path: Path) -> sqlite3.Connection:
    """Open a decrypted bundle database to check it (its tables are checked by ``tables``)."""
    return sqlite3.connect(str(path), isolation_level=None)


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def copy_changes(store: Store, path: Path, since: Mapping[str, int]) -> None:
    """Copy the store's changes not covered by ``since`` into the bundle database at ``path``,
    inside one read snapshot of the store (the caller holds it)."""
    conn = store.conn
    conn.execute("DROP TABLE IF EXISTS temp.sync_since")
    conn.execute("CREATE TEMP TABLE sync_since (origin TEXT PRIMARY KEY, counter INTEGER NOT NULL)")
    conn.executemany("INSERT INTO temp.sync_since VALUES (?, ?)", list(since.items()))
    conn.execute(
        f"INSERT INTO bx.changes ({CHANGE_COLUMNS}) SELECT c.origin, c.counter, c.tbl, c.row_id,"
        " c.fields, c.ctx, c.hlc, c.author, c.computer FROM main.changes c"
        " LEFT JOIN temp.sync_since s ON s.origin = c.origin"
        " WHERE c.counter > coalesce(s.counter, 0) ORDER BY c.origin, c.counter"
    )
    conn.execute("DROP TABLE temp.sync_since")


@contextmanager
def snapshot(store: Store) -> Iterator[None]:
    """A plain transaction: one consistent read of the store (writes go to an attached file)."""
    store.conn.execute("BEGIN")
    try:
        yield
    finally:
        store.conn.execute("COMMIT")


def attach(store: Store, path: Path, alias: str) -> None:
    store.conn.execute(f"ATTACH DATABASE ? AS {alias}", (str(path),))


def detach(store: Store, alias: str) -> None:
    store.conn.execute(f"DETACH DATABASE {alias}")


def write_manifest(conn: sqlite3.Connection, items: Mapping[str, str]) -> None:
    conn.execute("BEGIN")
    conn.executemany("INSERT OR REPLACE INTO manifest(key, value) VALUES (?, ?)", list(items.items()))
    conn.execute("COMMIT")


def write_peers(conn: sqlite3.Connection, rows: list[tuple[str, str, str, str, str, str | None]]) -> None:
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT OR REPLACE INTO peers(origin, replica_id, computer, worker, vector, reported_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")


def read_manifest(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM manifest").fetchall())


def read_peers(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    cur = conn.execute("SELECT origin, replica_id, computer, worker, vector, reported_at FROM peers")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def iter_change_lines(conn: sqlite3.Connection, batch: int = 5000) -> Iterator[list[bytes]]:
    """Every change in (origin, counter) order as one UTF-8 line of SQL literals (``quote()`` of
    each column, comma-separated: unambiguous for any value), in lists of ``batch`` lines."""
    columns = " || ',' || ".join(f"quote({c})" for c in CHANGE_COLUMNS.split(", "))
    cur = conn.execute(f"SELECT CAST({columns} || char(10) AS BLOB) FROM changes ORDER BY origin, counter")
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        yield [r[0] for r in rows]


def person_names(path: Path) -> list[str]:
    """The distinct names the persons' changes in the bundle database at ``path`` write (with a
    connection of its own: for another thread)."""
    conn = open_plain(path)
    try:
        return [r[0] for r in conn.execute(
            "SELECT DISTINCT json_extract(fields, '$.name') FROM changes WHERE tbl = 'persons'"
            " AND json_type(fields, '$.name') = 'text'")]
    finally:
        conn.close()


def ranges(conn: sqlite3.Connection) -> dict[str, tuple[int, int, int]]:
    """origin -> (lowest counter, highest counter, number of changes)."""
    return {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
        "SELECT origin, min(counter), max(counter), count(*) FROM changes GROUP BY origin")}


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Distinct rows per table."""
    return dict(conn.execute(
        "SELECT tbl, count(*) FROM (SELECT DISTINCT tbl, row_id FROM changes) GROUP BY tbl").fetchall())


def malformed(conn: sqlite3.Connection, fields: Mapping[str, tuple[str, ...]],
              json_fields: set[tuple[str, str]]) -> int:
    """How many changes are not well formed: types, JSON shapes, known tables and fields, value
    kinds, a context that does not claim the change itself. 0 for a sound bundle."""
    conn.execute("DROP TABLE IF EXISTS temp.allowed")
    conn.execute("CREATE TEMP TABLE allowed (tbl TEXT, field TEXT, is_json INTEGER, "
                 "PRIMARY KEY (tbl, field)) WITHOUT ROWID")
    conn.executemany("INSERT INTO temp.allowed VALUES (?, ?, ?)",
                     [(t, f, int((t, f) in json_fields)) for t, names in fields.items() for f in names])
    bad = 0
    bad += conn.execute(
        "SELECT count(*) FROM changes WHERE typeof(origin) != 'text' OR length(origin) NOT BETWEEN 3 AND 80"
        " OR origin GLOB '*[^0-9A-Za-z._-]*' OR typeof(counter) != 'integer' OR counter < 1"
        " OR tbl NOT IN (SELECT tbl FROM temp.allowed) OR typeof(row_id) != 'text'"
        " OR length(row_id) NOT BETWEEN 1 AND 100 OR typeof(hlc) != 'integer' OR hlc < 0"
        " OR hlc >= 253402300800000"  # from the year 10000 on, no date can show it
        " OR typeof(fields) != 'text' OR typeof(ctx) != 'text'"
        " OR NOT json_valid(fields) OR json_type(fields) != 'object'"
        " OR NOT json_valid(ctx) OR json_type(ctx) != 'object'"
        " OR (author IS NOT NULL AND typeof(author) != 'text')"
        " OR (computer IS NOT NULL AND typeof(computer) != 'text')"
        " OR coalesce(json_extract(ctx, '$.\"' || origin || '\"'), 0) >= counter"
    ).fetchone()[0]
    if bad:
        return int(bad)
    # every field known for its table, JSON lists only where lists belong, scalars elsewhere
    bad += conn.execute(
        "SELECT count(*) FROM changes c, json_each(c.fields) j LEFT JOIN temp.allowed a"
        " ON a.tbl = c.tbl AND a.field = j.key"
        " WHERE a.field IS NULL OR (a.is_json = 1 AND j.type NOT IN ('array', 'null'))"
        " OR (a.is_json = 0 AND j.type IN ('array', 'object'))"
    ).fetchone()[0]
    bad += conn.execute(
        "SELECT count(*) FROM changes c, json_each(c.ctx) j"
        " WHERE j.type != 'integer' OR j.value < 1 OR j.key GLOB '*[^0-9A-Za-z._-]*'"
    ).fetchone()[0]
    conn.execute("DROP TABLE temp.allowed")
    return int(bad)
