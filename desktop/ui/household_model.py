"""Household list model: holds the ids a search returned, fetches display rows a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core import phone
from desktop.core.context import Context
from desktop.core.services import households
from desktop.ui.labels import label, labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
CACHE_LIMIT = 5000  # rows kept; scrolling through 50,000 households does not keep them all

COLUMNS = ("head_name", "village", "group_name", "house_no", "size", "tags", "risk_level", "worker", "phone")


class HouseholdTableModel(QAbstractTableModel):
    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids: list[str] = []
        self._rows: dict[str, dict[str, Any]] = {}
        self._headers = [self.tr("户主"), self.tr("行政村"), self.tr("村民小组"), self.tr("门牌号"),
                         self.tr("人数"), self.tr("人员类别"), self.tr("风险等级"), self.tr("负责社工"),
                         self.tr("联系电话")]

    # -- queries ------------------------------------------------------------------------------
    def search(self, text: str = "", village_id: str | None = None, tag: str | None = None) -> None:
        ids = households.find(self.ctx, text, village_id, tag)
        self.beginResetModel()
        self.ids = ids
        self._rows.clear()
        self.endResetModel()

    def row_of(self, household_id: str) -> int:
        try:
            return self.ids.index(household_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> dict[str, Any] | None:
        hid = self.ids[row]
        found = self._rows.get(hid)
        if found is None:
            if len(self._rows) >= CACHE_LIMIT:
                self._rows.clear()
            start = (row // PAGE) * PAGE
            page = [i for i in self.ids[start : start + PAGE] if i not in self._rows]
            self._rows.update(households.rows(self.ctx, page))
            found = self._rows.get(hid)
        return found

    # -- Qt model -----------------------------------------------------------------------------
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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()]
        value = row.get(key)
        if key == "tags":
            return labels(value or [])
        if key == "risk_level":
            return label(value or "")
        if key == "phone":
            return phone.mask(value or "")
        return "" if value is None else str(value)
