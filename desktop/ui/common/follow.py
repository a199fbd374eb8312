"""Pages that follow the data: a change they show reloads them now if shown, else when next shown.

``ReloadWhenShown`` is the one copy of that pattern (start page, list pages, 探访率, 报表, 同步): a
page mixes it in before its Qt class, connects ``app.changed`` to ``on_changed`` and defines
``reload()``, which sets ``dirty = False``.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent

from desktop.core.sync.recorder import ChangeSet


class ReloadWhenShown:
    WATCHED: frozenset[str] | None = frozenset()  # the tables the page shows (None: every one)
    SHOW_DELAY_MS: int | None = None  # reload this long after being shown (let the window paint)
    dirty = True  # the page shows data older than the last change it follows

    def concerns(self, changes: ChangeSet) -> bool:
        return self.WATCHED is None or bool(self.WATCHED & changes.tables)

    def on_changed(self, changes: ChangeSet) -> None:
        if self.concerns(changes):
            self.dirty = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if not self.dirty:
            return
        if self.SHOW_DELAY_MS is None:
            self.reload()
        else:
            QTimer.singleShot(self.SHOW_DELAY_MS, self._reload_if_dirty)

    def _reload_if_dirty(self) -> None:
        if self.dirty and self.isVisible():
            self.reload()
