"""A copied database becomes a replica of its own; a restored one starts a new incarnation; so no
dot (origin, counter) is ever used for two different writes."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop import paths
from desktop.core.context import Context
from desktop.core.store import open_store, sync_sql
from desktop.core.sync import instance
from desktop.core.sync.export import export
from desktop.core.sync.importing import import_bundle
from tests.sync.helpers import PASSPHRASE, content, origin

WORKER = "00000000-0000-4000-8000-00000000e001"


def write(ctx: Context, name: str) -> None:
    with ctx.write() as w:
        w.put("workers", WORKER, {"name": name})


def identity(ctx: Context) -> tuple[str, str, int]:
    return ctx.replica_id, origin(ctx), int(ctx.store.meta_get("counter") or 0)


def reopen(path: Path) -> Context:
    return Context.open(path)


def test_reopening_keeps_the_identity(make_replica):
    ctx = make_replica("笔记本1")
    write(ctx, "甲")
    before = identity(ctx)
    path = ctx.store.path
    ctx.close()
    again = reopen(path)
    try:
        assert identity(again) == before
        assert instance.sidecar_path(path).exists()
    finally:
        again.close()


def test_a_copied_database_becomes_a_new_replica(make_replica, tmp_path):
    ctx = make_replica("笔记本1")
    write(ctx, "甲")
    path = ctx.store.path
    original = identity(ctx)
    ctx.close()
    for i, with_sidecar in enumerate((False, True)):  # the file alone, or the whole folder
        folder = tmp_path / f"copy{i}"
        folder.mkdir()
        shutil.copy(path, paths.database_path(folder))
        if with_sidecar:
            shutil.copy(
                instance.sidecar_path(path), instance.sidecar_path(paths.database_path(folder))
            )
        copy = Context.open(paths.database_path(folder))
        try:
            assert copy.replica_id != original[0] and origin(copy).endswith(".1")
            assert int(copy.store.meta_get("counter")) == 0
            write(copy, f"乙{i}")
            assert sync_sql.vector(copy.store)[original[1]] == original[2]  # it keeps what it held
        finally:
            copy.close()
    again = reopen(path)
    try:
        assert identity(again) == original  # the original is untouched
    finally:
        again.close()


def test_a_database_restored_from_a_backup_starts_a_new_incarnation(make_replica, tmp_path):
    ctx = make_replica("笔记本1")
    write(ctx, "甲")
    path = ctx.store.path
    ctx.close()
    backup = tmp_path / "backup.db"
    shutil.copy(path, backup)  # a backup of the database file
    ctx = reopen(path)
    write(ctx, "乙")  # the dot (origin, 2) now exists and may have left on a stick
    lost_dot = (origin(ctx), int(ctx.store.meta_get("counter")))
    replica = ctx.replica_id
    ctx.close()
    shutil.copy(backup, path)  # the disk failed: restored from the backup
    restored = reopen(path)
    try:
        assert restored.replica_id == replica and origin(restored) != lost_dot[0]
        assert restored.store.meta_get("incarnation").startswith("2-")
        write(restored, "丙")
        assert (origin(restored), int(restored.store.meta_get("counter"))) != lost_dot
    finally:
        restored.close()


def test_a_whole_folder_restored_is_caught_by_the_record_outside_it(make_replica, tmp_path):
    ctx = make_replica("笔记本1")
    write(ctx, "甲")
    path = ctx.store.path
    ctx.close()
    saved = tmp_path / "folder-backup"
    shutil.copytree(path.parent, saved)  # database and sidecar together
    ctx = reopen(path)
    write(ctx, "乙")
    first, replica = origin(ctx), ctx.replica_id
    ctx.close()
    shutil.rmtree(path.parent)
    shutil.copytree(saved, path.parent)
    restored = reopen(path)
    try:
        assert origin(restored) != first and restored.replica_id == replica
    finally:
        restored.close()


def test_a_missing_sidecar_counts_as_a_copy(make_replica):
    ctx = make_replica("笔记本1")
    path, before = ctx.store.path, identity(ctx)
    ctx.close()
    instance.sidecar_path(path).unlink()
    again = reopen(path)
    try:
        assert again.replica_id != before[0]
    finally:
        again.close()


def test_a_restore_that_went_unnoticed_is_caught_by_the_peers(make_replica, tmp_path):
    """Even when the stamps are lost too, a bundle holding this origin's later changes makes the
    database start a new incarnation and take those changes back like anyone else's."""
    laptop, hub = make_replica("笔记本1"), make_replica("站点主机")
    path = laptop.store.path
    laptop.close()
    old = tmp_path / "old.db"
    shutil.copy(path, old)
    laptop = reopen(path)
    write(laptop, "丢失后找回")
    stick = tmp_path / "stick"
    import_bundle(hub, export(laptop, stick, PASSPHRASE, full=True).path, PASSPHRASE)
    laptop.close()
    shutil.copy(old, path)  # restored, and the stamps pretend nothing happened
    store = open_store(path)
    instance.record(store, path)
    store.close()
    restored = reopen(path)
    try:
        stale_origin = origin(restored)
        summary = import_bundle(
            restored, export(hub, stick, PASSPHRASE, full=True).path, PASSPHRASE
        )
        assert summary.new_incarnation and origin(restored) != stale_origin
        assert content(restored, ("workers",)) == content(hub, ("workers",))
    finally:
        restored.close()
