"""Start the GUI: Qt application, font, language, database, first-start set-up, main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import APP_NAME, APP_ORG, __version__, paths
from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.station import station
from desktop.ui.common.labels import error_text
from desktop.ui.shell import contributions, crash, fonts, i18n
from desktop.ui.shell.appcontext import AppContext

SMOKE_ENV = "STATIONDESK_SMOKE_EXIT"  # set: quit as soon as the main window is shown
STARTED = time.perf_counter()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORG)
    app.setApplicationVersion(__version__)
    icon = paths.resource("icons", "stationdesk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    fonts.install(app)
    return app


def open_app_context(data_dir: Path) -> AppContext:
    contributions.wire()  # what features add to each other's pages, before any page is made
    ctx = Context.open(paths.database_path(data_dir))
    return AppContext(ctx, data_dir)


LOCK_NAME = "stationdesk.lock"
LOCK_WAIT_MS = 10_000  # a program restarting itself (恢复备份…) waits for the old one to end


def lock_data_dir(data_dir: Path, wait_ms: int = LOCK_WAIT_MS) -> QLockFile | None:
    """The data folder for this program alone while it runs (held until the lock is let go or
    the program ends), or None when another StationDesk window has it open. A lock left by a
    program that is no longer running here is taken over, and so is one made on another computer
    (a portable install's stick moved after a crash: that computer cannot be using it now)."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # however long the other window has been open: it is not stale
    if lock.tryLock(wait_ms):
        return lock
    info = lock.getLockInfo()
    if info and info[1] != QSysInfo.machineHostName() and lock.removeStaleLockFile():
        return lock if lock.tryLock(0) else None
    return None


def run_gui(data_dir: Path, language: str | None = None) -> int:
    from PySide6.QtCore import QSettings

    app = make_application()
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    translators = i18n.install(app, language or i18n.saved_language(settings))  # noqa: F841 (kept alive)
    crash.install_excepthook(data_dir / "logs")
    lock = lock_data_dir(data_dir)
    if lock is None:  # two windows on one database: one would not see the other's edits
        text = QCoreApplication.translate(
            "app",
            "社工站工作台已经打开了这个数据文件夹（{0}）：请切换到已打开的窗口。"
            "如果找不到它，请重新启动电脑后再打开。",
        ).format(str(data_dir))
        print(text, file=sys.stderr)
        if not os.environ.get(SMOKE_ENV):
            QMessageBox.information(None, QCoreApplication.translate("app", "社工站工作台"), text)
        return 1
    try:
        appctx = open_app_context(data_dir)
    except StationDeskError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "无法打开数据库"), error_text(exc)
        )
        return 2
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.station.setup_dialog import SetupDialog

    wants_demo = False
    if station.current(appctx.ctx) is None:
        dialog = SetupDialog(appctx)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        wants_demo = dialog.wants_demo
    window = MainWindow(appctx)
    window.show()
    if wants_demo:
        window.load_demo(500)
    if os.environ.get(SMOKE_ENV):
        _quit_when_shown(app, window)
    code = app.exec()
    if appctx.restore_after_close:  # 恢复备份…: with every window closed
        from desktop.ui.shell.restore import restore_and_restart

        return restore_and_restart(appctx, before_launch=lock.unlock)
    return code


def _quit_when_shown(app: QApplication, window: QWidget) -> None:
    """Checks and benchmarks: print how long start-up took, once the window is on screen, and quit."""

    def report() -> None:
        elapsed = time.perf_counter() - STARTED
        print(f"shown {window.windowTitle()} after {elapsed * 1000:.0f} ms", flush=True)
        app.quit()

    QTimer.singleShot(0, report)
