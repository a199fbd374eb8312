"""Copies of the database beside it, kept to a bounded set, and restoring one.

- before a migration (``stationdesk.db.before-v7-20261129-100000.bak``): the last two are kept;
- the day's copy (``….daily-….bak``): one a day, made on a connection of its own after the day's
  first sync import has finished (never inside it: an import keeps its own, much smaller record
  of what it changed to undo it, see undo.py), in steps so that it never holds up a writer; the
  last two days kept. Copies from older versions made before an import (``….before-sync-….bak``)
  are listed and kept to two as well;
- before a restore (``….before-restore-….bak``): the database as it was, the last one kept.

All are made with SQLite's online backup API (consistent under WAL). Restoring one replaces the
database (the program must be closed) and starts a new incarnation: the changes written since the
copy was made are not written again under the same numbers (see context.new_incarnation).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.clock import Clock
from desktop.core.errors import SyncError
from desktop.core.store import open_store
from desktop.core.store.connection import MIGRATION_LABEL, backup_copy, backups_of, prune
from desktop.core.sync import instance

IMPORT_LABEL = "before-sync"  # made by older versions before an import
DAILY_LABEL = "daily"
RESTORE_LABEL = "before-restore"
KEEP_DAYS = 2
STEP_PAGES = 2048  # pages copied at a time (8 MiB): a writer waits at most one step
KINDS = {
    MIGRATION_LABEL: "migration",
    IMPORT_LABEL: "import",
    DAILY_LABEL: "daily",
    RESTORE_LABEL: "restore",
}


@dataclass(frozen=True)
class Backup:
    name: str  # the file name: what ``restore`` takes
    kind: str  # "migration", "daily", "import" (older versions) or "restore"
    made: str  # "2026-11-29 10:00:00" (from the name: the clock's stamp)
    size: int
    path: Path


_NAME = re.compile(r"^(before-sync|before-restore|daily|before-v\d+)-(\d{8})-(\d{6})(?:-\d+)?$")


def _kind(db: Path, file: Path) -> tuple[str, str]:
    found = _NAME.match(file.name[len(db.name) + 1 : -len(".bak")])
    if found is None:
        return "other", ""
    label, day, time = found.groups()
    kind = KINDS.get(label, "migration" if label.startswith(MIGRATION_LABEL) else "other")
    return kind, f"{day[:4]}-{day[4:6]}-{day[6:]} {time[:2]}:{time[2:4]}:{time[4:]}"


def list_backups(db: Path) -> list[Backup]:
    """The copies beside the database, newest first."""
    out = []
    for file in reversed(backups_of(db)):
        kind, made = _kind(db, file)
        with contextlib.suppress(OSError):
            out.append(Backup(file.name, kind, made, file.stat().st_size, file))
    return out


def has_daily(db: Path, clock: Clock) -> bool:
    today = clock.stamp()[:8]
    return any(
        f.name.startswith(f"{db.name}.{DAILY_LABEL}-{today}") for f in backups_of(db, DAILY_LABEL)
    )


def daily_copy(
    db: Path, clock: Clock, progress: Callable[[int, int], None] | None = None
) -> Path | None:
    """The day's copy of the database (None when today's exists already), on a connection of its
    own, in steps of ``STEP_PAGES``; older days beyond the last two are removed."""
    if has_daily(db, clock):
        return None
    stamp = clock.stamp()
    target = db.with_name(f"{db.name}.{DAILY_LABEL}-{stamp}.bak")
    temp = target.with_name(target.name + ".part")
    try:
        source = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(str(temp))
            try:
                source.backup(
                    dest,
                    pages=STEP_PAGES,
                    progress=(lambda _s, left, total: progress(total - left, total))
                    if progress
                    else None,
                    sleep=0,
                )
            finally:
                dest.close()
        finally:
            source.close()
        os.replace(temp, target)
    except (sqlite3.Error, OSError) as exc:  # disk full, no permission
        with contextlib.suppress(OSError):
            temp.unlink()
        raise SyncError("backup.daily", reason=str(exc)) from exc
    prune(db, DAILY_LABEL, KEEP_DAYS)
    prune(db, IMPORT_LABEL, KEEP_DAYS)
    return target


def restore(db: Path, name: str, clock: Clock) -> Backup:
    """Put the copy ``name`` back as the database (with the program closed): the database as it
    is is kept aside first (``before-restore``); the restored one starts a new incarnation."""
    from desktop.core.context import ensure_identity, new_incarnation

    found = next((b for b in list_backups(db) if b.name == name), None)
    if found is None or found.kind == "other":
        raise SyncError("backup.unknown", name=name)
    try:
        check = sqlite3.connect(f"{found.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            ok = check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            check.close()
    except sqlite3.DatabaseError:
        ok = False
    if not ok:
        raise SyncError("backup.damaged", name=name)
    temp = db.with_name(f"{db.name}.restoring")
    try:
        if db.exists():
            current = sqlite3.connect(str(db))
            try:
                backup_copy(current, db, RESTORE_LABEL, clock.stamp())
            finally:
                current.close()
        src, dst = sqlite3.connect(str(found.path)), sqlite3.connect(str(temp))
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
        for side in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(db.with_name(db.name + side))
        os.replace(temp, db)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise SyncError("backup.failed", name=name, reason=exc.strerror or str(exc)) from exc
    prune(db, RESTORE_LABEL, 1)
    store = open_store(db, clock)  # an older schema is brought up to date
    try:
        ensure_identity(store)
        new_incarnation(store)
        instance.record(store, db)
    finally:
        store.close()
    return found
