"""First start on an empty folder: the set-up dialog, 先看看演示数据, the main window with the demo
station; later 文件 → 载入演示数据… asks how many and adds them."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QSpinBox,
)

from desktop.ui.shell.app import run_gui
from desktop.ui.station.setup_dialog import SetupDialog
from tests.journeys.conftest import click, click_in, db_rows, menu, screenshot


def main_window() -> QMainWindow | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()),
        None,
    )


def test_first_start_on_an_empty_folder_opens_the_demo_station(qtbot, empty_dir, dialogs):
    dialogs.expect(SetupDialog, lambda d: click_in(d, "先看看演示数据"), timeout_ms=10000)
    seen: dict = {}
    waited = [0]

    def until_loaded() -> None:  # runs inside the app's own event loop, as a person waits
        window = main_window()
        message = window.statusBar().currentMessage() if window is not None else ""
        if window is not None and "已载入" in message:
            seen["title"], seen["message"] = window.windowTitle(), message
            seen["status"] = window.statusBar().currentMessage()
            window.close()  # 退出: the last window closed ends app.exec()
            return
        waited[0] += 100
        if waited[0] > 90_000:
            screenshot("first-start-never-loaded")
            for w in QApplication.topLevelWidgets():
                w.close()
            return
        QTimer.singleShot(100, until_loaded)

    QTimer.singleShot(100, until_loaded)
    hook = sys.excepthook
    try:
        assert run_gui(empty_dir) == 0
    finally:
        sys.excepthook = hook  # run_gui installs the crash dialog's hook
    dialogs.check()
    assert seen, "the demo data never finished loading"
    assert "已载入 500 户演示数据" in seen["message"]
    assert db_rows(empty_dir, "SELECT count(*) FROM households WHERE deleted = 0")[0][0] == 500
    station = db_rows(empty_dir, "SELECT name FROM station")[0][0]
    assert station in seen["title"]


def test_load_demo_from_the_file_menu_asks_how_many(qtbot, window, station_dir, dialogs):
    def how_many(box: QInputDialog) -> None:
        spin = box.findChild(QSpinBox)
        edit = spin.findChild(QLineEdit)
        edit.selectAll()
        qtbot.keyClicks(edit, "12")
        ok = box.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok
        )  # "OK" or Qt's "确定"
        click(qtbot, ok)

    dialogs.expect(QInputDialog, how_many)
    menu(qtbot, window, "文件", "载入演示数据…")
    qtbot.waitUntil(
        lambda: "已载入 12 户演示数据" in window.statusBar().currentMessage(), timeout=60000
    )
    dialogs.check()
    assert db_rows(station_dir, "SELECT count(*) FROM households WHERE deleted = 0")[0][0] == 12
