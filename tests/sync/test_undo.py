"""Undoing a sync import (issue 14): the import records what it changes in its own transaction,
and undoing it gives back exactly the database as it was before, table by table, under a new
incarnation (so that the station's other computers send again what it no longer holds)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.errors import SyncError
from desktop.core.register import households
from desktop.core.store import sync_undo
from desktop.core.store.migrations import UNDO_VALUES
from desktop.core.sync import undo
from desktop.core.sync.export import export
from desktop.core.sync.importing import import_bundle
from tests.sync.helpers import PASSPHRASE, content

# the undo record itself, and the due-list cache (computed again from the rows after an undo)
LEFT_OUT = {"sync_undo", "sync_undo_imports", "schedule", "schedule_dirty"}
IDENTITY = ("origin", "incarnation", "counter")  # a new incarnation after an undo


def every_table(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row (with its rowid where it has one) of every table, read on a connection of its
    own: what a person opening the file would find."""
    conn = sqlite3.connect(str(path))
    try:
        out = {}
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
            if name in LEFT_OUT:
                continue
            rowid = "" if "WITHOUT ROWID" in sql.upper() else "rowid, "
            rows = [tuple(r) for r in conn.execute(f'SELECT {rowid}* FROM "{name}"')]
            if name == "meta":
                rows = [r for r in rows if r[1] not in IDENTITY]
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def _edit_at_the_hub(hub: Context, seed: int) -> None:
    demo.generate(hub, 3, seed=seed)  # new households, members and visits
    hid = households.find(hub, "")[0]
    with hub.write() as w:
        w.put("households", hid, {"notes": f"第 {seed} 次走访后更新"})
    with hub.write() as w:
        w.put("households", households.find(hub, "")[1], {"deleted": 1})


@pytest.fixture
def pair(make_replica, tmp_path):
    hub, laptop = make_replica("站点主机"), make_replica("笔记本1")
    demo.generate(hub, 6, seed=3)
    import_bundle(laptop, export(hub, tmp_path / "s0", PASSPHRASE).path, PASSPHRASE)
    import_bundle(hub, export(laptop, tmp_path / "s0", PASSPHRASE).path, PASSPHRASE)
    return hub, laptop


def test_undoing_an_import_gives_back_every_table_as_it_was(pair, tmp_path):
    hub, laptop = pair
    before = every_table(laptop.store.path)
    _edit_at_the_hub(hub, 5)
    summary = import_bundle(laptop, export(hub, tmp_path / "s1", PASSPHRASE).path, PASSPHRASE)
    assert summary.undo and summary.new_total > 0 and summary.updated_total > 0
    assert every_table(laptop.store.path) != before
    record = undo.records(laptop)[0]
    assert record.can_undo and record.computer == "站点主机" and record.entries > 0
    origin = laptop.store.meta_get("origin")
    undone = undo.undo_last(laptop)
    assert undone.bundle_id == summary.bundle_id
    assert laptop.store.meta_get("origin") != origin  # a new incarnation
    after = every_table(laptop.store.path)
    assert [t for t in before if before[t] != after[t]] == []
    assert after == before
    # the same bundle can be taken again, and gives the same result as the first time
    again = import_bundle(laptop, summary.path, PASSPHRASE)
    assert not again.already_imported and again.new == summary.new


def test_an_import_that_changed_nothing_new_is_not_recorded(pair, tmp_path):
    hub, laptop = pair
    assert not import_bundle(laptop, export(hub, tmp_path / "s1", PASSPHRASE).path, PASSPHRASE).undo


def test_no_undo_once_something_was_written_since(pair, tmp_path):
    hub, laptop = pair
    _edit_at_the_hub(hub, 6)
    import_bundle(laptop, export(hub, tmp_path / "s1", PASSPHRASE).path, PASSPHRASE)
    with laptop.write() as w:  # a local edit after the import
        w.put("households", households.find(laptop, "")[0], {"notes": "本机改的"})
    assert not undo.records(laptop)[0].can_undo
    with pytest.raises(SyncError) as refused:
        undo.undo_last(laptop)
    assert refused.value.code == "undo.changed"


def test_only_the_last_import_is_kept_to_undo(pair, tmp_path):
    hub, laptop = pair
    for n in range(3):
        before = every_table(laptop.store.path)
        _edit_at_the_hub(hub, 10 + n)
        import_bundle(laptop, export(hub, tmp_path / f"s{n}", PASSPHRASE).path, PASSPHRASE)
    assert len(undo.records(laptop)) == 1 and laptop.store.count("sync_undo", "1") > 0
    undo.undo_last(laptop)
    assert every_table(laptop.store.path) == before
    assert laptop.store.count("sync_undo", "1") == 0
    with pytest.raises(SyncError) as none:
        undo.undo_last(laptop)
    assert none.value.code == "undo.none"


def test_after_an_undo_the_other_computer_sends_the_changes_again(clock, pair, tmp_path):
    hub, laptop = pair
    stick = tmp_path / "U盘"  # one stick: the hub reads the receipt the undone import wrote
    _edit_at_the_hub(hub, 8)
    import_bundle(laptop, export(hub, stick, PASSPHRASE).path, PASSPHRASE)
    clock.shift(300)
    undo.undo_last(laptop)
    assert content(laptop) != content(hub)
    clock.shift(300)
    # the laptop's next bundle tells the hub what it holds now (under its new incarnation)
    import_bundle(hub, export(laptop, stick, PASSPHRASE).path, PASSPHRASE)
    again = import_bundle(laptop, export(hub, stick, PASSPHRASE).path, PASSPHRASE)
    assert again.pending == 0 and content(laptop) == content(hub)


def test_every_table_fits_the_undo_record(ctx):
    assert sync_undo.too_wide(sync_undo.tables(ctx.store)) == []
    assert max(len(t.columns) for t in sync_undo.tables(ctx.store)) <= UNDO_VALUES


def test_undo_from_the_command_line(pair, tmp_path, capsys):
    hub, laptop = pair
    before = every_table(laptop.store.path)
    _edit_at_the_hub(hub, 7)
    import_bundle(laptop, export(hub, tmp_path / "s1", PASSPHRASE).path, PASSPHRASE)
    folder = laptop.store.path.parent
    db = laptop.store.path
    laptop.close()
    assert main(["--data-dir", str(folder), "backup", "list"]) == 0
    assert "可撤销的导入" in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "backup", "undo-import"]) == 0
    assert "已撤销" in capsys.readouterr().out
    assert every_table(db) == before
    assert main(["--data-dir", str(folder), "backup", "undo-import"]) == 2
    assert "没有可以撤销的导入" in capsys.readouterr().err
