"""AppContext: the open database for the GUI thread, and one signal that fans changes out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import paths
from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.sync.recorder import ChangeSet
from desktop.ui.common.labels import error_text

T = TypeVar("T")


class AppContext(QObject):
    """Views listen to ``changed`` and refresh only what the ChangeSet touches."""

    changed = Signal(object)  # ChangeSet
    open_household = Signal(str)  # ask the main window to show this household
    open_case = Signal(str)  # ask the main window to show this case (issue 4)

    def __init__(self, ctx: Context, data_dir: Path) -> None:
        super().__init__()
        self.ctx = ctx
        self.data_dir = data_dir
        self.settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)

    @property
    def db_path(self) -> Path:
        return paths.database_path(self.data_dir)

    def run(
        self, parent: QWidget | None, fn: Callable[..., T], *args: Any, **kwargs: Any
    ) -> T | None:
        """Call a core service; an expected failure becomes a message box, a change a signal."""
        try:
            result = fn(self.ctx, *args, **kwargs)
        except StationDeskError as exc:
            QMessageBox.warning(parent, self.tr("无法完成"), error_text(exc))
            return None
        self.announce(result)
        return result

    def announce(self, result: object) -> None:
        changes = result if isinstance(result, ChangeSet) else getattr(result, "changes", None)
        if isinstance(changes, ChangeSet) and changes.rows:
            self.changed.emit(changes)

    def everything_changed(self) -> None:
        from desktop.core.store.schema import SYNCED_FIELDS

        self.changed.emit(ChangeSet({t: frozenset() for t in SYNCED_FIELDS}))
