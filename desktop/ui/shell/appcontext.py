"""AppContext: the open database for the GUI thread, and one signal that fans changes out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.core.context import Context


class AppContext(QObject):
    """Views listen to ``changed`` and refresh only what the ChangeSet touches; it is emitted by
    desktop/ui/shell/operations.py only, once per operation."""

    changed = Signal(object)  # ChangeSet (desktop.core.sync.recorder)
    open_household = Signal(str)  # ask the main window to show this household
    open_case = Signal(str)  # ask the main window to show this case (issue 4)

    def __init__(self, ctx: Context, data_dir: Path) -> None:
        super().__init__()
        self.ctx = ctx
        self.data_dir = data_dir
        self.settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
        self.restore_after_close: str | None = None  # a backup to put back (shell/restore.py)

    def close_to_restore(self, name: str) -> None:
        """Close every window; the program then puts the backup ``name`` back and starts again
        (shell/app.py runs shell/restore.py once its event loop has ended)."""
        self.restore_after_close = name
        QApplication.closeAllWindows()

    @property
    def db_path(self) -> Path:
        return paths.database_path(self.data_dir)
