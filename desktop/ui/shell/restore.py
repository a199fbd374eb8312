"""Putting a backup back from the app (同步 → 恢复备份…): once the windows are closed, the program
waits for its own background work, closes its database, restores the copy (core/sync/backups.py:
the database as it was is kept aside, a new incarnation starts) and starts itself again."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QProcess
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop import paths
from desktop.core.errors import SyncError
from desktop.core.sync import backups, importing
from desktop.ui.common.forms import run_modal
from desktop.ui.common.labels import error_text
from desktop.ui.shell import operations
from desktop.ui.shell.appcontext import AppContext

Launch = Callable[[str, Sequence[str]], object]
T = TypeVar("T")


def relaunch_command() -> tuple[str, list[str]]:
    """The program and arguments this program was started with (frozen: the executable itself)."""
    if paths.is_frozen():
        return sys.executable, sys.argv[1:]
    return sys.executable, [os.path.abspath(sys.argv[0]), *sys.argv[1:]]


def _start_detached(program: str, args: Sequence[str]) -> object:
    return QProcess.startDetached(program, list(args))


def _with_progress(title: str, text: str, work: Callable[[], T]) -> T:
    """``work()`` on a thread of its own (and its own connections) while a window says what is
    going on: copying a large database takes seconds, with the main window already closed."""
    done: dict[str, Any] = {}

    def run() -> None:
        try:
            done["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - raised again on this thread
            done["error"] = exc

    thread = threading.Thread(target=run, name="restore")
    thread.start()
    dialog = QProgressDialog(text, "", 0, 0)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # a restore half done is not an option
    dialog.setModal(False)
    dialog.setMinimumDuration(0)
    dialog.show()
    while thread.is_alive():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        thread.join(0.05)
    dialog.close()
    dialog.deleteLater()
    if "error" in done:
        raise done["error"]
    return done["value"]


def restore_and_restart(
    appctx: AppContext,
    launch: Launch = _start_detached,
    before_launch: Callable[[], None] | None = None,
) -> int:
    """Restore ``appctx.restore_after_close`` with nothing of this program holding the database,
    say how it went, and start the program again (``before_launch``: let the data folder go).
    Returns the exit code."""
    name = appctx.restore_after_close or ""
    operations.wait_for_background()
    importing.wait_for_background()  # the checkpoint or day's copy after an import
    clock = appctx.ctx.clock
    appctx.ctx.close()
    title = QCoreApplication.translate("restore", "恢复备份")
    try:
        found = _with_progress(
            title,
            QCoreApplication.translate("restore", "正在恢复备份，请稍候…"),
            lambda: backups.restore(appctx.db_path, name, clock),
        )
    except SyncError as exc:
        text = (
            error_text(exc)
            + "\n"
            + QCoreApplication.translate("restore", "数据库没有改动。程序现在重新打开。")
        )
        box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    else:
        text = QCoreApplication.translate(
            "restore", "已恢复 {0} 的备份。恢复前的数据库另存在 {1}。程序现在重新打开。"
        ).format(found.made, str(appctx.db_path.parent))
        box = QMessageBox(QMessageBox.Icon.Information, title, text)
    run_modal(box)
    program, args = relaunch_command()
    if before_launch is not None:
        before_launch()
    launch(program, args)
    return 0
