"""Open a StationDesk database: WAL, recorded migrations, a copy aside before migrating,
and a refusal (with nothing changed) for a database written by a newer version."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from desktop.core.clock import SYSTEM, Clock
from desktop.core.errors import DatabaseError, SchemaTooNewError
from desktop.core.store.base import Database, Store
from desktop.core.store.migrations import LATEST, MIGRATIONS


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=10, uri=True
    )  # uri: read-only ATTACH
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def _current_version(conn: sqlite3.Connection) -> int:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_migrations" not in tables:
        if tables - {"sqlite_sequence"}:
            raise DatabaseError("db.corrupt", path="")
        return 0
    return int(conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0)


MIGRATION_LABEL = "before-v"  # + the schema version migrated to
KEEP_MIGRATION_COPIES = 2


def backups_of(path: Path, label: str = "") -> list[Path]:
    """The copies of the database beside it (all, or those whose label starts with ``label``),
    oldest first."""
    found = [p for p in path.parent.glob(f"{glob_escape(path.name)}.{label}*.bak") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def prune(path: Path, label: str, keep: int) -> None:
    """Keep only the newest ``keep`` copies with this label."""
    for stale in backups_of(path, label)[:-keep] if keep else backups_of(path, label):
        with contextlib.suppress(OSError):  # in use or read-only: it goes next time
            stale.unlink()


def backup_copy(conn: sqlite3.Connection, path: Path, label: str, stamp: str) -> Path:
    """A consistent copy of the database beside it (SQLite's online backup API, safe under WAL);
    ``stamp`` (the clock's, "20261129-100000") goes into its name."""
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}.bak")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def checkpoint(path: Path) -> None:
    """Copy what the write-ahead log holds into the database file, on a connection of its own
    (passive: it neither waits for nor holds up anyone reading or writing meanwhile)."""
    conn = _connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        conn.close()


def open_store(path: Path | str, clock: Clock = SYSTEM) -> Store:
    """Open (creating if needed) and bring the schema up to date. Raises typed errors only."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = _connect(path)
        version = _current_version(conn)
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise DatabaseError("db.locked") from exc
        raise DatabaseError("db.corrupt", path=str(path)) from exc
    except DatabaseError:
        raise DatabaseError("db.corrupt", path=str(path)) from None
    if version > LATEST:
        conn.close()
        raise SchemaTooNewError(version, LATEST)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = OFF")  # sync may deliver a child before its parent
    db = Database(conn)
    store = Store(db, path, clock)
    if version < LATEST:
        if version > 0:
            backup_copy(conn, path, f"{MIGRATION_LABEL}{LATEST}", clock.stamp())
            prune(path, MIGRATION_LABEL, KEEP_MIGRATION_COPIES)
        migrate(store)
    return store


def migrate(store: Store, target: int = LATEST) -> None:
    """Apply the migrations above the recorded version up to ``target``, each in a transaction.

    Tests build databases of an earlier schema with a lower ``target``.
    """
    conn = store.conn
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    current = store.schema_version()
    for migration in MIGRATIONS:
        if not current < migration.version <= target:
            continue
        with store.transaction():
            for statement in migration.statements:
                conn.execute(statement)
            if migration.upgrade:
                set_pending_upgrades(store, [*pending_upgrades(store), migration.upgrade])
            conn.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (
                    migration.version,
                    migration.name,
                    store.clock.now().isoformat(timespec="seconds"),
                ),
            )


_PENDING = "pending_upgrades"  # meta: the data steps migrations left for the core, in order


def pending_upgrades(store: Store) -> list[str]:
    """The data upgrades recorded by migrations and not yet run (desktop/core/upgrades.py)."""
    return json.loads(store.meta_get(_PENDING) or "[]")


def set_pending_upgrades(store: Store, names: list[str]) -> None:
    store.meta_set(_PENDING, json.dumps(names))
