"""Case list model: holds the ids a search returned, fetches display rows a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.context import Context
from desktop.core.services import cases
from desktop.ui.labels import label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
COLUMNS = ("title", "client_name", "village", "stage", "worker", "intake_date", "pending")
CLOSED_COLOR = QColor("#777777")


class CaseTableModel(QAbstractTableModel):
    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids: list[str] = []
        self._rows: dict[str, dict[str, Any]] = {}
        self._headers = [self.tr("个案名称"), self.tr("服务对象"), self.tr("行政村"), self.tr("阶段"),
                         self.tr("负责社工"), self.tr("接案日期"), self.tr("待审批")]

    def search(self, text: str = "", stage: str | None = None, worker: str | None = None) -> None:
        ids = cases.find(self.ctx, text, stage, worker)
        self.beginResetModel()
        self.ids = ids
        self._rows.clear()
        self.endResetModel()

    def row_of(self, case_id: str) -> int:
        try:
            return self.ids.index(case_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> dict[str, Any] | None:
        cid = self.ids[row]
        found = self._rows.get(cid)
        if found is None:
            start = (row // PAGE) * PAGE
            self._rows.update(cases.rows(self.ctx, [i for i in self.ids[start : start + PAGE] if i not in self._rows]))
            found = self._rows.get(cid)
        return found

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return CLOSED_COLOR if row.get("stage") == "结案" else None
        key = COLUMNS[index.column()]
        value = row.get(key)
        if key == "stage":
            return label(value or "")
        if key == "pending":
            return str(value) if value else ""
        return "" if value is None else str(value)
