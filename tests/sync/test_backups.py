"""Backups kept to a bounded set (issue 14): one full copy a day made after the day's first
import (never inside it), the last two migration copies, listed for the user, and restoring one
starts a new incarnation."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import sqlite_utils

from desktop import paths
from desktop.cli import main
from desktop.core.clock import SYSTEM
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.errors import SyncError
from desktop.core.store import Store, migrations, open_store
from desktop.core.store.connection import migrate
from desktop.core.sync import backups
from desktop.core.sync.export import export
from desktop.core.sync.importing import after_import_in_background, import_bundle, with_daily_copy
from tests.conftest import TODAY
from tests.sync.helpers import PASSPHRASE, content


def _handover(hub, laptop, tmp_path, n):
    demo.generate(hub, 1, seed=n)
    path = export(hub, tmp_path / f"s{n}", PASSPHRASE).path
    return with_daily_copy(laptop, import_bundle(laptop, path, PASSPHRASE))


def test_one_copy_a_day_after_the_first_import_and_two_days_kept(make_replica, tmp_path, clock):
    hub, laptop = make_replica("站点主机"), make_replica("笔记本1")
    demo.generate(hub, 1, seed=1)
    path = export(hub, tmp_path / "s1", PASSPHRASE).path
    db = laptop.store.path
    taken = import_bundle(laptop, path, PASSPHRASE)
    assert taken.undo and taken.daily_copy is None and backups.list_backups(db) == []
    saved = content(laptop)  # the copy is made after the import: it holds it
    first = with_daily_copy(laptop, taken)
    assert first.daily_copy is not None and first.daily_copy.exists()
    copy = Context.open(first.daily_copy)
    try:
        assert content(copy) == saved
    finally:
        copy.close()
    second = _handover(hub, laptop, tmp_path, 2)
    assert second.daily_copy is None  # today's copy exists: no second full copy
    for day in (1, 2, 3):
        clock.move_to(dt.datetime.combine(TODAY + dt.timedelta(days=day), dt.time(9)).astimezone())
        assert _handover(hub, laptop, tmp_path, 10 + day).daily_copy is not None
    kept = [b for b in backups.list_backups(db) if b.kind == "daily"]
    assert [b.made[:10] for b in kept] == ["2026-12-02", "2026-12-01"]
    assert not list(db.parent.glob("*.part"))


def test_migration_copies_are_bounded(tmp_path):
    db = paths.database_path(tmp_path)
    for _ in range(4):  # four upgrades of an older database in this folder
        for old in tmp_path.glob("stationdesk.db*"):
            if not old.name.endswith(".bak"):
                old.unlink()
        conn = sqlite3.connect(str(db), isolation_level=None)
        store = Store(sqlite_utils.Database(conn), db, SYSTEM)
        migrate(store, migrations.LATEST - 1)
        conn.close()
        open_store(db).close()  # migrates: a copy first
    copies = [b for b in backups.list_backups(db) if b.kind == "migration"]
    assert len(copies) == 2


def test_restore_puts_a_copy_back_as_a_new_incarnation(make_replica, tmp_path, capsys):
    hub, laptop = make_replica("站点主机"), make_replica("笔记本1")
    summary = _handover(hub, laptop, tmp_path, 1)
    saved = content(laptop)
    _handover(hub, laptop, tmp_path, 2)
    assert content(laptop) != saved
    folder = laptop.store.path.parent
    origin = laptop.store.meta_get("origin")
    replica = laptop.replica_id
    laptop.close()
    assert main(["--data-dir", str(folder), "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "备份" in out and str(folder) in out
    assert main(["--data-dir", str(folder), "backup", "list"]) == 0
    assert summary.daily_copy.name in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "backup", "restore", summary.daily_copy.name]) == 0
    ctx = Context.open(paths.database_path(folder))
    try:
        assert ctx.store.meta_get("origin") != origin and ctx.replica_id == replica
        rows = ctx.store.conn.execute("SELECT count(*) FROM households").fetchone()[0]
        assert rows == len([r for r in saved["households"]])  # as after the first handover
        assert any(b.kind == "restore" for b in backups.list_backups(ctx.store.path))
    finally:
        ctx.close()
    assert main(["--data-dir", str(folder), "backup", "restore", "nothing.bak"]) == 2


def _households_in_file_alone(db, tmp_path):
    """What the database file holds without its write-ahead log (a copy of the file only)."""
    alone = tmp_path / "alone.db"
    alone.write_bytes(db.read_bytes())
    conn = sqlite3.connect(str(alone))
    try:
        return conn.execute("SELECT count(*) FROM households").fetchone()[0]
    except sqlite3.OperationalError:  # not even the table: the file is as it was created
        return 0
    finally:
        conn.close()


def test_the_checkpoint_of_an_import_is_made_after_it_on_a_thread_of_its_own(
    make_replica, tmp_path
):
    hub, laptop = make_replica("站点主机"), make_replica("笔记本1")
    demo.generate(hub, 30, seed=4)
    path = export(hub, tmp_path / "s", PASSPHRASE).path
    db = laptop.store.path
    before = _households_in_file_alone(db, tmp_path)
    laptop.store.conn.execute("PRAGMA wal_autocheckpoint = 10")  # any commit of 40 KiB or more
    taken = import_bundle(laptop, path, PASSPHRASE)
    assert taken.new["households"] == 30
    # committed (in the log), but the commit did not copy it into the file: that waits
    assert _households_in_file_alone(db, tmp_path) == before
    assert laptop.store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 10
    heard = []
    after_import_in_background(
        db, laptop.clock, lambda made, error: heard.append((made, error))
    ).join()
    assert _households_in_file_alone(db, tmp_path) == before + 30
    [(made, error)] = heard
    assert error == "" and made is not None and made.exists()  # the day's copy followed


def test_a_failed_import_leaves_checkpoints_as_they_were(make_replica, tmp_path):
    laptop = make_replica("笔记本1")
    damaged = tmp_path / "x.sdsync"
    damaged.write_bytes(b"not a bundle")
    with pytest.raises(SyncError):
        import_bundle(laptop, damaged, PASSPHRASE)
    assert laptop.store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
