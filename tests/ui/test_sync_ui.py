"""The 同步 page driven for real: export from the hub, preview and import on a laptop, and a
wrong passphrase that changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop import paths
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.register import households
from desktop.core.station import station
from desktop.core.sync import backups
from desktop.core.sync.conflicts import to_review
from desktop.core.sync.export import export
from desktop.core.sync.importing import import_bundle
from desktop.ui.shell.app import open_app_context
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.sync.sync_conflicts import ConflictDialog
from desktop.ui.sync.sync_page import SyncPage
from tests.conftest import SETUP
from tests.sync.helpers import PASSPHRASE, content, db_digest


@pytest.fixture
def computers(qapp, tmp_path: Path) -> Iterator[tuple[AppContext, AppContext]]:
    """Two computers of one station (hub with 6 households, laptop with none), as AppContexts."""
    hub_dir, laptop_dir = tmp_path / "hub", tmp_path / "laptop"
    hub_dir.mkdir()
    laptop_dir.mkdir()
    ctx = Context.open(paths.database_path(hub_dir))
    station.setup_station(ctx, SETUP, passphrase=PASSPHRASE)
    ctx.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    shutil.copy(paths.database_path(hub_dir), paths.database_path(laptop_dir))
    laptop_ctx = Context.open(paths.database_path(laptop_dir))
    with laptop_ctx.store.transaction():
        laptop_ctx.store.meta_set("computer_name", "笔记本2")
        laptop_ctx.store.meta_set("worker_name", "王芳")
    laptop_ctx.close()
    hub, laptop = open_app_context(hub_dir), open_app_context(laptop_dir)
    demo.generate(hub.ctx, 6, seed=5)
    yield hub, laptop
    hub.ctx.close()
    laptop.ctx.close()


def export_bundle(qtbot, hub: AppContext, stick: Path) -> Path:
    page = SyncPage(hub)
    qtbot.addWidget(page)
    page.passphrase.setText(PASSPHRASE)
    assert page.scope.currentData() == "__all__"
    page.export_to(stick)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20000)
    assert page.last_export.full and page.last_export.rows["households"] == 6
    text = page.result_label.text()
    assert "已导出全部数据：6 户档案" in text and str(page.last_export.path) in text
    assert "下一步：把 U 盘带到" in text and "导入同步包" in text
    assert hub.settings.value("sync/last_folder") == str(stick)
    return page.last_export.path


def test_export_preview_and_import_through_the_page(qtbot, modal, computers, tmp_path):
    hub, laptop = computers
    path = export_bundle(qtbot, hub, tmp_path / "U盘")

    page = SyncPage(laptop)
    qtbot.addWidget(page)
    page.passphrase.setText(PASSPHRASE)
    refreshed = []
    laptop.changed.connect(refreshed.append)
    seen: dict[str, str] = {}

    def confirm(box: QMessageBox) -> None:
        seen["preview"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    def done(box: QMessageBox) -> None:
        seen["summary"] = box.text()
        box.accept()

    modal.next(QMessageBox, confirm)
    modal.next(QMessageBox, done, timeout_ms=20000)
    page.import_file(path)
    qtbot.waitUntil(lambda: "summary" in seen, timeout=20000)

    assert "笔记本1（李明）" in seen["preview"] and "6 户档案" in seen["preview"]
    summary = page.last_summary
    assert summary is not None and summary.new["households"] == 6
    assert summary.conflicts == 0 and summary.refused == 0
    assert "新加入本机：6 户档案" in seen["summary"] and "下一步" in seen["summary"]
    assert "冲突" not in seen["summary"] and "没有收下" not in seen["summary"]
    assert page.result_label.text() == seen["summary"]
    assert refreshed  # other pages were told to reload
    # the data arrived (the page's own connection sees what the task wrote)
    assert len(households.find(laptop.ctx, "")) == 6
    # the hub is now a known peer, offered for export and listed
    assert page.peer_table.rowCount() == 1 and "笔记本1" in page.peer_table.item(0, 0).text()
    assert page.scope.count() == 2
    # the import can be undone, and the day's full copy is made after it, on a thread of its own
    # while the result is read; the page then says where it is (issue 14)
    assert summary.undo and "可以撤销" in seen["summary"]
    assert page.after_import is not None
    page.after_import.join(timeout=20)
    qtbot.waitUntil(lambda: "数据库备份 1 份" in page.backup_label.text(), timeout=5000)
    db = paths.database_path(laptop.data_dir)
    assert [b.kind for b in backups.list_backups(db)] == ["daily"]
    assert str(db.parent) in page.backup_label.text()
    assert "撤销上次导入…" in page.backup_label.text() and "恢复备份…" in page.backup_label.text()


def test_a_wrong_passphrase_shows_the_message_and_changes_nothing(
    qtbot, modal, computers, tmp_path
):
    hub, laptop = computers
    path = export_bundle(qtbot, hub, tmp_path / "U盘")
    before = db_digest(paths.database_path(laptop.data_dir))

    page = SyncPage(laptop)
    qtbot.addWidget(page)
    page.passphrase.setText("不对的口令-123456")
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    modal.next(QMessageBox, answer)
    page.import_file(path)
    qtbot.waitUntil(lambda: bool(seen))
    assert "口令不对" in seen[0] and "Traceback" not in seen[0]
    assert page.last_summary is None
    assert households.find(laptop.ctx, "") == []
    assert db_digest(paths.database_path(laptop.data_dir)) == before


def test_a_conflict_shows_both_values_and_keeping_one_settles_it(qtbot, modal, computers, tmp_path):
    hub, laptop = computers
    stick = tmp_path / "U盘"
    import_bundle(laptop.ctx, export(hub.ctx, stick, PASSPHRASE, full=True).path, PASSPHRASE)
    household_id = households.find(hub.ctx, "")[0]
    with hub.ctx.write() as w:
        w.put("households", household_id, {"address": "青山村一组1号"})
    with laptop.ctx.write() as w:
        w.put("households", household_id, {"address": "青山村二组2号"})
    import_bundle(laptop.ctx, export(hub.ctx, stick, PASSPHRASE, full=True).path, PASSPHRASE)

    page = SyncPage(laptop)
    qtbot.addWidget(page)
    assert page.conflict_table.rowCount() == 1
    assert page.conflict_table.item(0, 0).text().startswith("户 ")
    assert page.conflict_table.item(0, 1).text() == "地址"
    values = page.conflict_table.item(0, 2).text()
    assert (
        "青山村一组1号" in values
        and "青山村二组2号" in values
        and "笔记本1" in values
        and "笔记本2" in values
    )

    def keep_the_hubs(dialog: ConflictDialog) -> None:
        texts = [o.value_label.text() for o in dialog.options]
        dialog.choose(texts.index("青山村一组1号"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    page.conflict_table.selectRow(0)
    modal.next(ConflictDialog, keep_the_hubs)
    page.review_button.click()
    assert page.conflict_table.rowCount() == 0  # the change announced reloads the page
    assert to_review(laptop.ctx) == []
    assert households.household(laptop.ctx, household_id)["address"] == "青山村一组1号"


def test_a_new_laptop_joins_the_station_from_the_setup_dialog(qtbot, computers, tmp_path):
    from desktop.ui.station.setup_dialog import SetupDialog

    hub, _ = computers
    stick = tmp_path / "U盘"
    stick.mkdir()
    bundle = export(hub.ctx, stick, PASSPHRASE, full=True).path
    new = open_app_context(tmp_path / "新电脑")
    dialog = SetupDialog(new)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.join_from(
        bundle
    )  # names and passphrase missing: said under the fields, nothing imported
    assert (
        dialog.form.errors["computer"].isVisible() and dialog.form.errors["passphrase"].isVisible()
    )
    dialog.computer.setText("笔记本3")
    dialog.worker.setText("赵敏")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.join_from(bundle)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert dialog.joined
    assert station.current(new.ctx)["name"] == station.current(hub.ctx)["name"]
    assert len(households.find(new.ctx)) == len(households.find(hub.ctx)) == 6
    assert new.ctx.computer == "笔记本3" and new.ctx.worker == "赵敏"
    assert new.ctx.replica_id != hub.ctx.replica_id
    # the checkpoint the join's commit left is made on a thread of its own: the database file
    # itself (without its write-ahead log) holds the station's households then
    assert dialog.checkpoint is not None
    dialog.checkpoint.join(timeout=20)
    alone = tmp_path / "file-alone.db"
    alone.write_bytes(new.db_path.read_bytes())
    conn = sqlite3.connect(str(alone))
    try:
        assert conn.execute("SELECT count(*) FROM households").fetchone()[0] == 6
    finally:
        conn.close()
    new.ctx.close()


def test_the_last_import_is_undone_from_the_page(qtbot, modal, computers, tmp_path):
    hub, laptop = computers
    before = content(laptop.ctx)
    path = export(hub.ctx, tmp_path / "U盘", PASSPHRASE, full=True).path
    import_bundle(laptop.ctx, path, PASSPHRASE)
    page = SyncPage(laptop)
    qtbot.addWidget(page)
    assert page.undo_button.isEnabled() and path.name in page.undo_button.toolTip()
    seen: dict[str, str] = {}

    def confirm(box: QMessageBox) -> None:
        seen["question"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    modal.next(QMessageBox, confirm)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已撤销" in page.result_label.text(), timeout=20000)
    assert path.name in seen["question"] and "回到导入前" in seen["question"]
    assert households.find(laptop.ctx, "") == [] and content(laptop.ctx) == before
    assert not page.undo_button.isEnabled()  # nothing left to undo
