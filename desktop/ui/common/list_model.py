"""Table models for the list pages: rows keyed by id, in named columns with translated headers.

``RowTableModel`` holds rows given whole (a short list: resources, approvals). ``IdTableModel``
holds only the ids a query returned and fetches display rows a page at a time as they are drawn,
keeping at most ``CACHE_LIMIT`` of them, so a list of 50,000 households costs one query for the
ids and a few small ones while scrolling. After a change, ``refresh_rows(ids)`` drops those rows'
cached display rows and repaints them (fetched anew when drawn), the list itself kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
PAGE = 64  # rows fetched in one query: a screenful or two (a 1366×768 list shows about 25)
CACHE_LIMIT = 5000  # rows kept; scrolling through 50,000 households does not keep them all

Row = dict[str, Any]


class RowTableModel(QAbstractTableModel):
    """Rows in the order of ``ids``; a cell shows its column's value unless ``text`` says otherwise.

    Subclasses set ``headers`` (translated, one per column) and refine ``text`` and ``foreground``.
    """

    text_roles: tuple[Qt.ItemDataRole, ...] = TEXT_ROLES

    def __init__(self, columns: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.headers: list[str] = list(self.columns)
        self.ids: Sequence[str] = []
        self._rows: dict[str, Row] = {}
        # the roles a cell answers; painting asks for a dozen per cell, the rest return at once
        self._roles = frozenset(
            int(r) for r in (*self.text_roles, ID_ROLE, Qt.ItemDataRole.ForegroundRole)
        )

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.ids = [r["id"] for r in rows]
        self._rows = {r["id"]: r for r in rows}
        self.endResetModel()

    def row(self, row: int) -> Row:
        return self._rows.get(self.ids[row], {})

    def row_of(self, item_id: str | None) -> int:
        try:
            return self.ids.index(item_id) if item_id else -1
        except ValueError:
            return -1

    # -- what a cell shows ------------------------------------------------------------------------
    def text(self, row: int, key: str) -> str:
        value = self.row(row).get(key)
        return "" if value is None else str(value)

    def foreground(self, row: int, key: str) -> QColor | QBrush | None:
        return None  # the view's own text colour

    # -- Qt model -----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in self._roles or not index.isValid():  # painting asks for many roles per cell
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role in self.text_roles:
            return self.text(index.row(), self.columns[index.column()])
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(index.row(), self.columns[index.column()])
        return None


class IdTableModel(RowTableModel):
    """The ids a query returned; ``fetch(ids)`` gives display rows by id, asked a page at a time
    when a row is first drawn. An id ``fetch`` no longer finds (removed meanwhile) shows empty."""

    def __init__(
        self,
        columns: Sequence[str],
        fetch: Callable[[list[str]], dict[str, Row]],
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._positions: dict[str, int] | None = None  # row of each id, made when first needed

    def load(self, ids: Sequence[str]) -> None:
        """``ids``: a list, or a sequence that fetches them as they are asked for (core VisitList)."""
        self.beginResetModel()
        self.ids = ids
        self._rows.clear()
        self._positions = None
        self.endResetModel()

    def _finder(self) -> Callable[[str], int | None] | None:
        """How to find an id's row cheaply; None when the ids are fetched as they are read."""
        ids = self.ids
        if isinstance(ids, list | tuple):
            if self._positions is None:
                self._positions = {item_id: row for row, item_id in enumerate(ids)}
            return self._positions.get
        if getattr(ids, "INDEX_IS_LOOKUP", False):  # e.g. the register search's Matches
            return lambda item_id: row if (row := self.row_of(item_id)) >= 0 else None
        return None

    def holds(self, ids: Iterable[str]) -> bool:
        """Whether every one of ``ids`` is listed (False when that cannot be known cheaply)."""
        find = self._finder()
        return find is not None and all(find(i) is not None for i in ids)

    def refresh_rows(self, ids: Iterable[str]) -> None:
        """These rows changed: their cached display rows go, and each listed one is repainted
        (``dataChanged``), fetched anew as it is drawn. The list's ids stay as they are."""
        find = self._finder() or (lambda _item_id: None)
        last = len(self.columns) - 1
        for item_id in ids:
            self._rows.pop(item_id, None)
            row = find(item_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def row(self, row: int) -> Row:
        item_id = self.ids[row]
        found = self._rows.get(item_id)
        if found is None:
            if len(self._rows) + PAGE > CACHE_LIMIT:
                self._rows.clear()
            start = row - row % PAGE
            page = [i for i in self.ids[start : start + PAGE] if i not in self._rows]
            fetched = self._fetch(page)
            self._rows.update((i, fetched.get(i, {})) for i in page)
            found = self._rows[item_id]
        return found
