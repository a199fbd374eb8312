"""The list pages' shared frame (户档案, 个案, 走访记录, 待走访, 资源库, 督导审批): a filter bar over a
table of ids, a count line under it and the selected row's detail beside it.

Reloading keeps the selected row selected while it is still listed. A change to the tables a page
lists reloads it at once, or (a ``LAZY`` page) when it is next shown; a page whose list holds ids
of one table (``ROW_TABLE``, an IdTableModel) repaints only the changed rows instead when the list
cannot have changed: every touched row is listed and no column it filters or sorts by was written
(``membership_columns``). The detail beside the list is rendered once per change, and only when
the shown record or something it shows (``DETAIL_TABLES``) changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sync.recorder import ChangeSet
from desktop.ui.common.follow import ReloadWhenShown
from desktop.ui.common.forms import debounced, list_view, stack
from desktop.ui.common.list_model import ID_ROLE, IdTableModel, RowTableModel
from desktop.ui.shell.appcontext import AppContext

_NOTHING = object()  # no detail rendered yet, or it must be rendered again


def refill(box: QComboBox, everything: str, items: Iterable[tuple[str, Any]]) -> None:
    """Replace a filter's choices (``everything`` first, meaning no filter), keeping the one chosen
    if it is still there; quietly: the caller reloads if it wants to."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(everything, None)
    for text, value in items:
        box.addItem(text, value)
    box.setCurrentIndex(max(box.findData(current), 0))
    box.blockSignals(False)


class ListPage(ReloadWhenShown, QWidget):
    """A page listing rows of ``model``; ``query()`` fills the model from the filters and sets the
    count line. Subclasses build their filters with ``search_box`` and ``filter_box``, the table with
    ``list_table``, lay out with ``place``, and show the current row in ``show_detail``."""

    LIST_TABLES: frozenset[str] = frozenset()  # a change to these reloads the list
    FILTER_TABLES: frozenset[str] = frozenset()  # a change to these refills the filters' choices
    LAZY = False  # reload a hidden page when it is next shown, not at every change
    ROW_TABLE: str | None = (
        None  # the table whose row ids the list holds: its rows repaint in place
    )
    DETAIL_TABLES: frozenset[str] = frozenset()  # what the detail shows besides the row itself

    def __init__(
        self,
        app: AppContext,
        model: RowTableModel,
        query: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.model = model
        model.setParent(self)
        self._query = query
        self.dirty = True
        self._shown: object = _NOTHING  # the id whose detail is shown
        self.view: QTableView  # made by list_table()
        self.search_edit: QLineEdit | None = None
        self._timer: QTimer | None = None
        self.filters: dict[QComboBox, Any] = {}  # each filter and its value that hides nothing
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        app.changed.connect(self.on_changed)

    @property
    def today(self) -> dt.date:
        return self.app.ctx.today()  # the database's clock

    # -- building -----------------------------------------------------------------------------------
    def search_box(self, name: str, placeholder: str, ms: int = 150) -> QLineEdit:
        """The search field: the list follows as the user types (once typing pauses)."""
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        self._timer = debounced(self, edit, self.search_changed, ms)
        self.search_edit = edit
        return edit

    def filter_box(
        self, name: str, items: Iterable[tuple[str, Any]] = (), everything: Any = None
    ) -> QComboBox:
        """A filter that reloads the list when changed; ``everything`` is the value that hides nothing."""
        box = QComboBox()
        box.setObjectName(name)
        for text, value in items:
            box.addItem(text, value)
        box.currentIndexChanged.connect(lambda _: self.search_changed())
        self.filters[box] = everything
        return box

    def list_table(
        self, name: str, widths: tuple[int, ...] = (), stretch: int | None = None
    ) -> QTableView:
        """The list (see ``forms.list_view``); the current row's detail follows the selection."""
        view = self.view = list_view(self.model, name, widths, stretch)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._follow_current())
        return view

    def fit_column(self, column: int, samples: Iterable[str]) -> None:
        """Widen ``column`` so that the longest of ``samples`` shows whole (texts whose length
        differs by language: stages, intervals, "overdue" lines)."""
        metrics = self.view.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in samples), default=0) + 16
        self.view.setColumnWidth(column, max(self.view.columnWidth(column), widest))

    def place(
        self,
        bar: QLayout,
        detail: QWidget | None = None,
        stretch: tuple[int, int] = (3, 2),
        under_list: Sequence[QWidget] | None = None,
    ) -> None:
        """The bar over the list and ``under_list`` (the count line), the detail (if any) beside them."""
        under = (self.count_label,) if under_list is None else under_list
        left = stack(bar, self.view, *under, grow=self.view)
        layout = QVBoxLayout(self)
        if detail is None:
            layout.addWidget(left)
            return
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
        layout.addWidget(splitter)

    # -- the list -----------------------------------------------------------------------------------
    def reload(self, render: bool = True) -> None:
        """Query again with the filters; the selected row stays selected if it is still listed.
        ``render``: render the detail again even if the same row stays selected."""
        if self._timer is not None:
            self._timer.stop()
        self.dirty = False
        current = self.current_id()
        if render:
            self._shown = _NOTHING
        self._query()
        row = self.model.row_of(current)
        if row >= 0:
            self.select_row(row)
        elif self.model.ids:
            self.select_row(0)
        else:
            self.render_detail()

    def search_changed(self) -> None:
        """The user typed a search or chose a filter: the list follows; the detail is drawn again
        only if another row becomes current."""
        self.reload(render=False)

    def reload_filters(self) -> None:
        """Refill the filters whose choices come from the station (villages, tags, workers)."""

    def membership_columns(self) -> frozenset[str]:
        """The columns of ``ROW_TABLE`` that decide, with the filters as they are now, which rows
        are listed and in what order: a change to one reloads the list. ``deleted`` always."""
        return frozenset({"deleted"})

    def changed_rows(self, changes: ChangeSet) -> frozenset[str] | None:
        """The listed rows to repaint for ``changes``, or None when the list must be queried again
        (a row may have come, gone or moved; when in doubt, None)."""
        model = self.model
        if self.ROW_TABLE is None or not isinstance(model, IdTableModel):
            return None
        if (self.LIST_TABLES & changes.tables) - {self.ROW_TABLE}:
            return None  # another table the list shows: which rows it touches is not told
        ids = changes.rows.get(self.ROW_TABLE, frozenset())
        columns = changes.columns_of(self.ROW_TABLE)
        if columns is None or columns & self.membership_columns() or not model.holds(ids):
            return None
        return ids

    def detail_changed(self, changes: ChangeSet) -> bool:
        """Whether the detail shows something ``changes`` touched."""
        if self.ROW_TABLE is None:
            return bool((self.LIST_TABLES | self.DETAIL_TABLES) & changes.tables)
        if self.DETAIL_TABLES & changes.tables:
            return True
        ids = changes.rows.get(self.ROW_TABLE)
        return ids is not None and (not ids or self.current_id() in ids)

    def on_changed(self, changes: ChangeSet) -> None:
        if self.FILTER_TABLES & changes.tables:
            self.reload_filters()
        detail = self.detail_changed(changes)
        if self.LIST_TABLES & changes.tables:
            rows = self.changed_rows(changes)
            if rows is None:
                self.dirty = True
                if self.isVisible() or not self.LAZY:
                    self.reload(render=detail)
                return  # a hidden LAZY page reloads and renders when shown
            self.model.refresh_rows(rows)
        if detail and not self.dirty:
            self.render_detail()

    def show_everything(self) -> None:
        """Clear the search and set every filter to hide nothing, quietly: the caller reloads."""
        widgets = [*self.filters, self.search_edit] if self.search_edit else [*self.filters]
        for w in widgets:
            w.blockSignals(True)
        if self.search_edit is not None:
            self.search_edit.clear()
        for box, everything in self.filters.items():
            box.setCurrentIndex(max(box.findData(everything), 0))
        for w in widgets:
            w.blockSignals(False)

    # -- selection ----------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        selection = self.view.selectionModel()
        selection.setCurrentIndex(  # a row not current before: its signal renders the detail
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        if self._shown != self.current_id():
            self.render_detail()  # the row was current already, its detail not rendered

    def select_id(self, item_id: str) -> None:
        """Show one row, clearing the search and filters first if they hide it."""
        if self.model.row_of(item_id) < 0:
            self.show_everything()
            self.reload()
        row = self.model.row_of(item_id)
        if row >= 0:
            self.select_row(row)

    def _follow_current(self) -> None:
        if self._shown != self.current_id():
            self.render_detail()

    def render_detail(self) -> None:
        """Show the current row's detail (every render goes through here: tests count them)."""
        self._shown = self.current_id()
        self.show_detail()

    def show_detail(self) -> None:
        """Show the current row beside the list and enable the actions that apply to it; a page
        without a detail pane has nothing to do here."""
