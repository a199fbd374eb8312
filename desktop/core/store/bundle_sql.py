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


def _uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?mode=ro"


def open_plain(path: Path) -> sqlite3.Connection:
    """Open a decrypted bundle database to read it: read-only, and with ``trusted_schema`` off so
    nothing in its schema can run a function (``foreign_objects`` then refuses any schema object
    the format does not define)."""
    conn = sqlite3.connect(_uri(path), uri=True, isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def open_write(path: Path) -> sqlite3.Connection:
    """Open the bundle database being built (this computer's own file)."""
    return sqlite3.connect(str(path), isolation_level=None)


def _expected() -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    conn = sqlite3.connect(":memory:")
    try:
        for statement in SCHEMA:
            conn.execute(statement)
        return _objects(conn)
    finally:
        conn.close()


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
    """Every schema object (type, name), with a table's columns (name, type, not null, key)."""
    out: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master").fetchall():
        cols = (
            conn.execute(
                'SELECT name, type, "notnull", pk FROM pragma_table_info(?)', (name,)
            ).fetchall()
            if kind == "table"
            else []
        )
        out[(kind, name)] = [tuple(c) for c in cols]
    return out


_FORMAT_OBJECTS = _expected()


def foreign_objects(conn: sqlite3.Connection) -> list[str]:
    """The schema objects that are not the format's own (triggers, views, other tables or indexes,
    a table with other columns), and the format's that are missing, as "type name"."""
    found = _objects(conn)
    wrong = [f"{k} {n}" for (k, n), cols in found.items() if _FORMAT_OBJECTS.get((k, n)) != cols]
    return wrong + [f"{k} {n}" for (k, n) in _FORMAT_OBJECTS if (k, n) not in found]


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


def attach(store: Store, path: Path, alias: str, *, readonly: bool = False) -> None:
    """Attach a bundle database: the one being built, or ``readonly`` a received one."""
    store.conn.execute(f"ATTACH DATABASE ? AS {alias}", (_uri(path) if readonly else str(path),))


def detach(store: Store, alias: str) -> None:
    store.conn.execute(f"DETACH DATABASE {alias}")


def write_manifest(conn: sqlite3.Connection, items: Mapping[str, str]) -> None:
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT OR REPLACE INTO manifest(key, value) VALUES (?, ?)", list(items.items())
    )
    conn.execute("COMMIT")


def write_peers(
    conn: sqlite3.Connection, rows: list[tuple[str, str, str, str, str, str | None]]
) -> None:
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT OR REPLACE INTO peers(origin, replica_id, computer, worker, vector, reported_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")


def read_manifest(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM manifest").fetchall())


def read_peers(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    cur = conn.execute(
        "SELECT origin, replica_id, computer, worker, vector, reported_at FROM peers"
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def iter_change_lines(conn: sqlite3.Connection, batch: int = 5000) -> Iterator[list[bytes]]:
    """Every change in (origin, counter) order as one UTF-8 line of SQL literals (``quote()`` of
    each column, comma-separated: unambiguous for any value), in lists of ``batch`` lines."""
    columns = " || ',' || ".join(f"quote({c})" for c in CHANGE_COLUMNS.split(", "))
    cur = conn.execute(
        f"SELECT CAST({columns} || char(10) AS BLOB) FROM changes ORDER BY origin, counter"
    )
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
        return [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT json_extract(fields, '$.name') FROM changes WHERE tbl = 'persons'"
                " AND json_type(fields, '$.name') = 'text'"
            )
        ]
    finally:
        conn.close()


def ranges(conn: sqlite3.Connection) -> dict[str, tuple[int, int, int]]:
    """origin -> (lowest counter, highest counter, number of changes)."""
    return {
        r[0]: (r[1], r[2], r[3])
        for r in conn.execute(
            "SELECT origin, min(counter), max(counter), count(*) FROM changes GROUP BY origin"
        )
    }


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Distinct rows per table."""
    return dict(
        conn.execute(
            "SELECT tbl, count(*) FROM (SELECT DISTINCT tbl, row_id FROM changes) GROUP BY tbl"
        ).fetchall()
    )


def malformed(
    conn: sqlite3.Connection,
    fields: Mapping[str, tuple[str, ...]],
    json_fields: set[tuple[str, str]],
) -> tuple[int, dict[str, list[str]]]:
    """How many changes are not well formed (types, JSON shapes, table and field names, value
    kinds, a context that does not claim the change itself; 0 for a sound bundle), and the tables
    and fields not in ``fields`` (a newer program's: well formed, plainly named, kept unshown)."""
    conn.execute("DROP TABLE IF EXISTS temp.allowed")
    conn.execute(
        "CREATE TEMP TABLE allowed (tbl TEXT, field TEXT, is_json INTEGER, "
        "PRIMARY KEY (tbl, field)) WITHOUT ROWID"
    )
    conn.executemany(
        "INSERT INTO temp.allowed VALUES (?, ?, ?)",
        [(t, f, int((t, f) in json_fields)) for t, names in fields.items() for f in names],
    )
    bad = 0
    bad += conn.execute(
        "SELECT count(*) FROM changes WHERE typeof(origin) != 'text' OR length(origin) NOT BETWEEN 3 AND 80"
        " OR origin GLOB '*[^0-9A-Za-z._-]*' OR typeof(counter) != 'integer' OR counter < 1"
        f" OR (tbl NOT IN (SELECT tbl FROM temp.allowed) AND NOT ({_PLAIN_NAME.format('tbl')}))"
        " OR typeof(row_id) != 'text'"
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
        return int(bad), {}
    # known fields: JSON lists only where lists belong, scalars elsewhere; unknown ones: plainly
    # named, a scalar or a list (what a field of a later format can be)
    unknown: dict[str, set[str]] = {}
    for tbl, key, known, fine in conn.execute(
        "SELECT c.tbl, j.key, a.field IS NOT NULL, CASE WHEN a.field IS NULL"
        f" THEN ({_PLAIN_NAME.format('j.key')}) AND j.type != 'object'"
        " ELSE NOT ((a.is_json = 1 AND j.type NOT IN ('array', 'null'))"
        " OR (a.is_json = 0 AND j.type IN ('array', 'object'))) END"
        " FROM changes c, json_each(c.fields) j LEFT JOIN temp.allowed a"
        " ON a.tbl = c.tbl AND a.field = j.key"
        " WHERE a.field IS NULL OR (a.is_json = 1 AND j.type NOT IN ('array', 'null'))"
        " OR (a.is_json = 0 AND j.type IN ('array', 'object'))"
    ):
        if not fine:
            bad += 1
        elif not known:
            unknown.setdefault(tbl, set()).add(key)
    bad += conn.execute(
        "SELECT count(*) FROM changes c, json_each(c.ctx) j"
        " WHERE j.type != 'integer' OR j.value < 1 OR j.key GLOB '*[^0-9A-Za-z._-]*'"
    ).fetchone()[0]
    conn.execute("DROP TABLE temp.allowed")
    return int(bad), {t: sorted(names) for t, names in sorted(unknown.items())}


# a table or field name a later format may use: lower-case letters, digits and _, a letter first
_PLAIN_NAME = (
    "length({0}) BETWEEN 1 AND 40 AND {0} GLOB '[a-z]*' AND NOT {0} GLOB '*[^a-z0-9_]*'"
    " AND {0} NOT LIKE 'sqlite%'"
)
