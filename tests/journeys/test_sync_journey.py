"""Sync by U 盘 through the 同步 page of two computers (two data folders): the hub exports to a
folder, the laptop imports the file; each result says what, where and what next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from desktop.ui.shell.main_window import MainWindow
from tests.journeys.conftest import click, click_in, db_rows, find_button, focus, nav, type_text
from tests.sync.helpers import PASSPHRASE
from tests.ui.test_sync_ui import computers  # noqa: F401 (the fixture: a hub with 6 households, a laptop)


def choose_path(target: Path):
    """A file dialog: type the path, then press its accept button (打开/选择)."""

    def handle(dialog: QFileDialog) -> None:
        from PySide6.QtTest import QTest

        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setFocus()
        name.selectAll()
        type_text(QTest, name, str(target))  # "U盘": the Chinese as an input method commits it
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        accept = box.button(QDialogButtonBox.StandardButton.Open) or box.button(
            QDialogButtonBox.StandardButton.Save
        )
        QTest.mouseClick(accept, Qt.MouseButton.LeftButton)

    return handle


def open_window(qtbot, app) -> MainWindow:
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    focus(qtbot, window)
    return window


def test_export_on_one_computer_and_import_on_the_other(qtbot, computers, dialogs, tmp_path):  # noqa: F811
    hub, laptop = computers
    stick = tmp_path / "U盘"
    stick.mkdir()

    window = open_window(qtbot, hub)
    page = nav(qtbot, window, "同步")
    type_text(qtbot, page.passphrase, PASSPHRASE)
    dialogs.expect(QFileDialog, choose_path(stick))
    click(qtbot, find_button(page, "导出到文件夹…"))
    qtbot.waitUntil(lambda: "下一步" in page.result_label.text(), timeout=30000)
    dialogs.check()
    exported = page.result_label.text()
    bundles = list(stick.glob("*.sdsync"))
    assert len(bundles) == 1
    assert "6 户档案" in exported and str(bundles[0]) in exported and "导入同步包" in exported
    window.close()

    window = open_window(qtbot, laptop)
    page = nav(qtbot, window, "同步")
    type_text(qtbot, page.passphrase, PASSPHRASE)
    seen: dict[str, str] = {}

    def confirm(box: QMessageBox) -> None:
        seen["preview"] = box.text()
        click_in(box, "导入")

    def done(box: QMessageBox) -> None:
        seen["summary"] = box.text()
        click(qtbot, box.buttons()[0])

    dialogs.expect(QFileDialog, choose_path(bundles[0]))
    dialogs.expect(QMessageBox, confirm, timeout_ms=8000)
    dialogs.expect(QMessageBox, done, timeout_ms=30000)
    click(qtbot, find_button(page, "导入同步包…"))
    dialogs.wait(40000)
    dialogs.check()
    assert "6 户档案" in seen["preview"]
    assert "新加入本机：6 户档案" in seen["summary"] and "下一步" in seen["summary"]
    assert page.result_label.text() == seen["summary"]
    assert db_rows(laptop.data_dir, "SELECT count(*) FROM households WHERE deleted = 0")[0][0] == 6
    assert db_rows(hub.data_dir, "SELECT count(*) FROM households WHERE deleted = 0")[0][0] == 6
