"""Numbered schema migrations. Each runs in one transaction and is recorded in schema_migrations.

Never edit a released migration: add a new one. tests/data holds a database saved by each
earlier schema, and tests open it with the current code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils


def _synced(table: str, columns: str) -> list[str]:
    return [
        f"""CREATE TABLE {table} (
            id TEXT PRIMARY KEY,
            {columns},
            deleted INTEGER NOT NULL DEFAULT 0,
            created_at TEXT, created_by TEXT,
            updated_at TEXT, updated_by TEXT
        )"""
    ]


V1: list[str] = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    *_synced("station", "name TEXT, county TEXT, township TEXT, county_code TEXT"),
    *_synced("villages", "name TEXT, groups TEXT NOT NULL DEFAULT '[]', sort INTEGER NOT NULL DEFAULT 0"),
    *_synced("workers", "name TEXT, phone TEXT, role TEXT"),
    *_synced("tag_types", "name TEXT, sort INTEGER NOT NULL DEFAULT 0, builtin INTEGER NOT NULL DEFAULT 0"),
    *_synced(
        "households",
        "village_id TEXT, group_name TEXT, house_no TEXT, address TEXT, phone TEXT, head_id TEXT,"
        " risk_level TEXT, worker TEXT, notes TEXT",
    ),
    *_synced(
        "persons",
        "household_id TEXT, relation TEXT, name TEXT, sex TEXT, birth_date TEXT, id_number TEXT,"
        " phone TEXT, tags TEXT NOT NULL DEFAULT '[]', disability_type TEXT, disability_grade TEXT,"
        " living_situation TEXT, guardian_name TEXT, guardian_relation TEXT, guardian_phone TEXT,"
        " health_notes TEXT",
    ),
    "CREATE INDEX persons_household ON persons(household_id)",
    "CREATE INDEX persons_id_number ON persons(id_number)",
    "CREATE INDEX households_village ON households(village_id)",
    # The sync log: one row per write of one row (a dot), with the fields it set and the row's
    # version vector the writer had seen (ctx). It is also the audit trail: who, when, what.
    # A row's own version vector is the highest counter per origin among its changes.
    """CREATE TABLE changes (
        origin TEXT NOT NULL, counter INTEGER NOT NULL,
        tbl TEXT NOT NULL, row_id TEXT NOT NULL,
        fields TEXT NOT NULL, ctx TEXT NOT NULL,
        hlc INTEGER NOT NULL, author TEXT, computer TEXT,
        PRIMARY KEY (origin, counter)
    ) WITHOUT ROWID""",
    "CREATE INDEX changes_row ON changes(tbl, row_id)",
]

# v2: a local (not synced) search index, one row per household: ``keys`` holds the ASCII search
# keys (pinyin, ID numbers, phones, house number, short code), ``names`` the names and address;
# rebuilt from the synced tables for every household a write touches.
V2: list[str] = [
    # Clustered by sort_key, so a plain scan reads it in register order.
    """CREATE TABLE household_search (
        sort_key TEXT PRIMARY KEY,
        household_id TEXT NOT NULL UNIQUE,
        village_id TEXT,
        tags TEXT NOT NULL,
        keys TEXT NOT NULL,
        names TEXT NOT NULL
    ) WITHOUT ROWID""",
]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: list[str]
    after: Callable[[sqlite_utils.Database], None] | None = None


def _rebuild_search(db: sqlite_utils.Database) -> None:
    from desktop.core import search  # the index text is built by the core (pinyin)
    from desktop.core.store.base import Store

    ids = [r[0] for r in db.execute("SELECT id FROM households WHERE deleted = 0").fetchall()]
    search.reindex(Store(db), ids)


MIGRATIONS: list[Migration] = [
    Migration(1, "foundation: register, sync log", V1),
    Migration(2, "household search index", V2, _rebuild_search),
]
LATEST = MIGRATIONS[-1].version
