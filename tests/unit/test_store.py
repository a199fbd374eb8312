import shutil
import sqlite3

import pytest

from desktop import paths
from desktop.core.context import Context
from desktop.core.errors import DatabaseError, SchemaTooNewError
from desktop.core.register import households
from desktop.core.store import open_store
from desktop.core.store.connection import pending_upgrades
from desktop.core.store.migrations import LATEST
from tests.conftest import DATA

OLD_V1 = DATA / "schema_v1.db"


def test_new_database_is_wal_and_fully_migrated(tmp_path):
    store = open_store(tmp_path / "new.db")
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.schema_version() == LATEST
    versions = [
        r[0] for r in store.conn.execute("SELECT version FROM schema_migrations ORDER BY version")
    ]
    assert versions == list(range(1, LATEST + 1))
    store.close()
    assert not list(tmp_path.glob("*.bak")), "a new database needs no backup copy"


def test_database_saved_by_schema_v1_opens_with_data_intact(tmp_path):
    path = tmp_path / "stationdesk.db"
    shutil.copy(OLD_V1, path)
    ctx = Context.open(path)
    assert ctx.store.schema_version() == LATEST
    # data written by v1 is there, and the v2 search index was built from it
    found = households.find(ctx, "sy")
    assert len(found) == 1
    data = households.household(ctx, found[0])
    assert data["members"][0]["name"] == "单龑"
    assert data["village"] == "白岩村"
    assert households.find(ctx, "0308001") == found
    # the old file was copied aside before migrating, and the copy is still schema v1
    backups = list(tmp_path.glob("stationdesk.db.before-v*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == 1
    old.close()
    ctx.close()


def test_database_from_a_newer_version_is_refused_unchanged(tmp_path):
    path = tmp_path / "stationdesk.db"
    shutil.copy(OLD_V1, path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as info:
        open_store(path)
    assert "99" in info.value.message and "升级" in info.value.message
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_a_file_that_is_not_a_database_gives_a_message(tmp_path):
    path = tmp_path / "stationdesk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError) as info:
        open_store(path)
    assert "损坏" in info.value.message


def test_transaction_rolls_back_everything_on_error(ctx):
    before = ctx.store.count("changes", "1")
    with pytest.raises(RuntimeError), ctx.write() as w:
        w.put("workers", "w-1", {"name": "赵六"}, new=True)
        raise RuntimeError("boom")
    assert ctx.store.count("changes", "1") == before
    assert ctx.store.count("workers", "id = 'w-1'") == 0


def test_replica_identity_is_created_once(data_dir):
    path = paths.database_path(data_dir)
    first = Context.open(path)
    replica = first.replica_id
    first.close()
    again = Context.open(path)
    assert again.replica_id == replica and len(replica) == 12
    assert again.store.meta_get("origin") == f"{replica}.1"
    again.close()


def test_data_steps_of_migrations_run_after_opening_even_after_a_crash_in_between(tmp_path):
    """Migrations only record their data steps; a crash after the migration committed (the
    store opened and closed, nothing else run) leaves them pending, and the next start runs them."""
    path = tmp_path / "stationdesk.db"
    shutil.copy(OLD_V1, path)
    store = open_store(path)  # migrated, as if the program died right after
    assert pending_upgrades(store) == ["search_index", "visit_settings"]
    assert store.conn.execute("SELECT count(*) FROM household_search").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM visit_rules").fetchone()[0] == 0
    store.close()
    ctx = Context.open(path)
    assert pending_upgrades(ctx.store) == []
    assert len(households.find(ctx, "sy")) == 1
    assert ctx.store.conn.execute("SELECT count(*) FROM visit_rules").fetchone()[0] > 0
    logged = ctx.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    ctx.close()
    again = Context.open(path)  # nothing left to do: the steps do not run twice
    assert again.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == logged
    again.close()
