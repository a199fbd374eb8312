"""Putting a backup back from the app (同步 → 恢复备份…): once the windows are closed, the program
waits for its own background work, closes its database, restores the copy (core/sync/backups.py:
the database as it was is kept aside, a new incarnation starts) and starts itself again."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox

from desktop import paths
from desktop.core.errors import SyncError
from desktop.core.sync import backups, importing
from desktop.ui.common.forms import run_modal
from desktop.ui.common.labels import error_text
from desktop.ui.shell import operations
from desktop.ui.shell.appcontext import AppContext

Launch = Callable[[str, Sequence[str]], object]


def relaunch_command() -> tuple[str, list[str]]:
    """The program and arguments this program was started with (frozen: the executable itself)."""
    if paths.is_frozen():
        return sys.executable, sys.argv[1:]
    return sys.executable, [os.path.abspath(sys.argv[0]), *sys.argv[1:]]


def _start_detached(program: str, args: Sequence[str]) -> object:
    return QProcess.startDetached(program, list(args))


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
        found = backups.restore(appctx.db_path, name, clock)
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
