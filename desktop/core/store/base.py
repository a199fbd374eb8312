"""Store: one SQLite connection (one per thread), explicit transactions and the meta table."""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.db import dedupe_keys

from desktop.core.clock import SYSTEM, Clock


class Database(sqlite_utils.Database):
    """sqlite-utils' Database, with ``query`` running the statement as it is.

    sqlite-utils wraps every ``query`` in a savepoint, to roll back a statement that turns out not
    to return rows before it raises; that is two more statements for every read (a phone edit
    through the household dialog ran 34 of them). The store's queries are all SELECTs."""

    def query(
        self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
    ) -> Generator[dict[str, Any], None, None]:
        if self._tracer:
            self._tracer(sql, params)
        cursor = self.conn.execute(sql, params if params is not None else ())
        if cursor.description is None:
            raise ValueError("query() is for statements that return rows")
        keys = dedupe_keys(d[0] for d in cursor.description)
        return (dict(zip(keys, row, strict=True)) for row in cursor)


class Store:
    """Wraps a sqlite-utils Database opened in autocommit mode; writes go in ``transaction()``."""

    def __init__(
        self, db: sqlite_utils.Database, path: Path | None = None, clock: Clock = SYSTEM
    ) -> None:
        self.db = db
        self.path = path
        self.clock = clock  # the one clock: every date and time the program writes comes from it
        self._depth = 0

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception. Nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- meta ---------------------------------------------------------------------------------
    def meta_get(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def meta_many(self, *keys: str) -> dict[str, str]:
        """Several meta values in one read (a key not set is missing from the result)."""
        marks = ", ".join("?" * len(keys))
        rows = self.conn.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", keys)
        return {str(k): v for k, v in rows.fetchall()}

    def meta_set(self, key: str, value: Any) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, str(value)),
        )

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def count(self, table: str, where: str = "deleted = 0") -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
