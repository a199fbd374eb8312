"""恢复备份… on the 同步 page (issue 14): the worker chooses the day's copy, confirms, the program
closes, puts the copy back with nothing holding the database, says so and starts itself again."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox, QTableWidget

from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.sync import backups
from desktop.core.sync.export import export
from desktop.core.sync.importing import import_bundle, with_daily_copy
from desktop.ui.shell import restore
from desktop.ui.sync.restore_dialog import RestoreDialog
from tests.journeys.conftest import click, click_in, db_rows, find_button, nav
from tests.journeys.test_sync_journey import open_window
from tests.sync.helpers import content
from tests.ui.test_sync_ui import PASSPHRASE, computers  # noqa: F401 (the fixture)


def test_a_backup_is_put_back_from_the_sync_page(qtbot, computers, dialogs, tmp_path):  # noqa: F811
    hub, laptop = computers
    bundle = export(hub.ctx, tmp_path / "U盘", PASSPHRASE, full=True).path
    copied = with_daily_copy(laptop.ctx, import_bundle(laptop.ctx, bundle, PASSPHRASE))
    assert copied.daily_copy is not None
    as_copied = content(laptop.ctx)
    origin = laptop.ctx.store.meta_get("origin")
    demo.generate(laptop.ctx, 2, seed=9)  # entered after the copy: kept aside, not lost
    assert db_rows(laptop.data_dir, "SELECT count(*) FROM households")[0][0] == 8

    window = open_window(qtbot, laptop)
    page = nav(qtbot, window, "同步")
    assert "恢复备份…" in page.backup_label.text()  # the note says where to click
    seen: dict[str, object] = {}

    def choose(dialog: RestoreDialog) -> None:
        table = dialog.findChild(QTableWidget, "backups")
        seen["rows"] = [table.item(r, 1).text() for r in range(table.rowCount())]
        click(qtbot, dialog.restore_button)  # the newest, selected: the day's copy

    def confirm(box: QMessageBox) -> None:
        seen["question"] = box.text()
        click_in(box, "恢复并重新打开")

    dialogs.expect(RestoreDialog, choose)
    dialogs.expect(QMessageBox, confirm)
    click(qtbot, find_button(page, "恢复备份…"))
    dialogs.wait()
    dialogs.check()
    assert seen["rows"] == ["每天第一次导入后的备份"]
    assert "程序会关闭" in str(seen["question"])
    qtbot.waitUntil(lambda: not window.isVisible())  # every window closes
    assert laptop.restore_after_close == copied.daily_copy.name

    # what the program does once its event loop has ended (shell/app.py), and then starts again
    started: list[tuple[str, list[str]]] = []

    def said(box: QMessageBox) -> None:
        seen["said"] = box.text()
        click(qtbot, box.buttons()[0])

    dialogs.expect(QMessageBox, said)
    code = restore.restore_and_restart(
        laptop, lambda program, args: started.append((program, list(args)))
    )
    dialogs.check()
    assert code == 0 and "已恢复" in str(seen["said"]) and str(laptop.data_dir) in str(seen["said"])
    assert started == [(sys.executable, [restore.relaunch_command()[1][0], *sys.argv[1:]])]
    again = Context.open(laptop.db_path)
    try:
        assert content(again) == as_copied  # the two households entered since are gone here…
        assert again.store.meta_get("origin") != origin  # …a new incarnation
    finally:
        again.close()
    kept = [b for b in backups.list_backups(laptop.db_path) if b.kind == "restore"]
    assert len(kept) == 1  # …and kept aside in the database as it was
    aside = Context.open(kept[0].path)
    try:
        assert aside.store.count("households", "1") == 8
    finally:
        aside.close()
    laptop.ctx = Context.open(laptop.db_path)  # the fixture closes it


def test_no_backup_yet_is_said_and_nothing_closes(qtbot, computers, dialogs):  # noqa: F811
    _, laptop = computers
    window = open_window(qtbot, laptop)
    page = nav(qtbot, window, "同步")
    seen = {}

    def said(box: QMessageBox) -> None:
        seen["text"] = box.text()
        click(qtbot, box.buttons()[0])

    dialogs.expect(QMessageBox, said)
    click(qtbot, find_button(page, "恢复备份…"))
    dialogs.wait()
    dialogs.check()
    assert "还没有备份" in seen["text"]
    assert window.isVisible() and laptop.restore_after_close is None


def test_a_damaged_copy_is_refused_and_the_database_stays(qtbot, computers, dialogs, tmp_path):  # noqa: F811
    hub, laptop = computers
    bundle = export(hub.ctx, tmp_path / "U盘", PASSPHRASE, full=True).path
    copied = with_daily_copy(laptop.ctx, import_bundle(laptop.ctx, bundle, PASSPHRASE)).daily_copy
    assert copied is not None
    copied.write_bytes(b"\0" * 4096)  # the stick's copy went bad
    before = content(laptop.ctx)
    laptop.close_to_restore(copied.name)
    seen: dict[str, str] = {}

    def said(box: QMessageBox) -> None:
        seen["said"] = box.text()
        click(qtbot, box.buttons()[0])

    started: list[str] = []
    dialogs.expect(QMessageBox, said)
    restore.restore_and_restart(laptop, lambda program, _args: started.append(program))
    dialogs.check()
    assert "数据库没有改动" in seen["said"] and started == [sys.executable]
    again = Context.open(laptop.db_path)
    try:
        assert content(again) == before
    finally:
        again.close()
    laptop.ctx = Context.open(laptop.db_path)  # the fixture closes it
