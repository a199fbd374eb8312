"""One source for the synced schema: the columns the migrations create and the fields
SYNCED_FIELDS declares are checked against each other on a real migrated database."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from desktop.core.store import open_store
from desktop.core.store.migrations import _synced
from desktop.core.store.schema import ROW_COLUMNS, SYNCED_FIELDS
from tests.conftest import DATA


def mismatches(
    conn: sqlite3.Connection, fields: Mapping[str, tuple[str, ...]] = SYNCED_FIELDS
) -> list[str]:
    """What differs between the database's tables and ``fields`` (empty: they agree). Every
    synced table holds exactly its fields plus ROW_COLUMNS, and every table shaped like a
    synced one (it has all of ROW_COLUMNS) is declared."""
    tables = {
        r[0]: [c[1] for c in conn.execute(f"PRAGMA table_info({r[0]})")]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    found: list[str] = []
    for table, declared in fields.items():
        if table not in tables:
            found.append(f"{table}: declared in SYNCED_FIELDS, no such table")
            continue
        if len(set(declared)) != len(declared):
            found.append(f"{table}: a field declared twice in SYNCED_FIELDS")
        if "deleted" not in declared:
            found.append(f"{table}: the tombstone field 'deleted' is not declared")
        columns = tables[table]
        expected = set(declared) | set(ROW_COLUMNS)
        for name in sorted(set(columns) - expected):
            found.append(f"{table}.{name}: a column not in SYNCED_FIELDS")
        for name in sorted(expected - set(columns)):
            found.append(f"{table}.{name}: declared, but the table has no such column")
    for table, columns in sorted(tables.items()):
        if table not in fields and set(ROW_COLUMNS) <= set(columns):
            found.append(f"{table}: a synced table (it has the row columns) not in SYNCED_FIELDS")
    return found


@pytest.fixture(params=["new", "upgraded from schema 1"])
def migrated(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A database file at the latest schema: created now, or saved by schema 1 and migrated."""
    path = tmp_path / "stationdesk.db"
    if request.param != "new":
        shutil.copy(DATA / "schema_v1.db", path)
    open_store(path).close()
    return path


def test_every_synced_table_has_exactly_its_declared_columns(migrated):
    conn = sqlite3.connect(migrated)
    try:
        assert mismatches(conn) == []
        assert set(SYNCED_FIELDS) <= {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        conn.close()


def _with(table: str, *extra: str) -> dict[str, tuple[str, ...]]:
    return {**SYNCED_FIELDS, table: (*SYNCED_FIELDS[table], *extra)}


# (what someone did, SQL run on the migrated database, the declarations, a line the check says)
Case = tuple[str, list[str], Callable[[], Mapping[str, tuple[str, ...]]], str]
BROKEN: list[Case] = [
    (
        "a column added by a migration only",
        ["ALTER TABLE households ADD COLUMN nickname TEXT"],
        lambda: SYNCED_FIELDS,
        "households.nickname: a column not in SYNCED_FIELDS",
    ),
    (
        "a field added to SYNCED_FIELDS only",
        [],
        lambda: _with("persons", "nickname"),
        "persons.nickname: declared, but the table has no such column",
    ),
    (
        "a field declared twice",
        [],
        lambda: _with("visits", "notes"),
        "visits: a field declared twice in SYNCED_FIELDS",
    ),
    (
        "a synced table created but not declared",
        _synced("ledgers", "title TEXT"),
        lambda: SYNCED_FIELDS,
        "ledgers: a synced table (it has the row columns) not in SYNCED_FIELDS",
    ),
    (
        "a table declared but never created",
        [],
        lambda: {**SYNCED_FIELDS, "ledgers": ("title", "deleted")},
        "ledgers: declared in SYNCED_FIELDS, no such table",
    ),
    (
        "a column dropped from a synced table",
        ["ALTER TABLE workers DROP COLUMN role"],
        lambda: SYNCED_FIELDS,
        "workers.role: declared, but the table has no such column",
    ),
    (
        "a bookkeeping column missing",
        ["ALTER TABLE station_settings DROP COLUMN created_by"],
        lambda: SYNCED_FIELDS,
        "station_settings.created_by: declared, but the table has no such column",
    ),
]


@pytest.mark.parametrize(
    ("sql", "fields", "said"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN]
)
def test_the_check_fails_when_the_migrations_and_synced_fields_disagree(
    tmp_path, sql, fields, said
):
    path = tmp_path / "stationdesk.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    try:
        for statement in sql:
            conn.execute(statement)
        assert said in mismatches(conn, fields())
    finally:
        conn.close()
