"""待走访 page: households due and overdue, most overdue first; one click starts a visit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import intervals
from desktop.core.context import Context
from desktop.core.services import households, schedule, station
from desktop.core.sync.recorder import ChangeSet
from desktop.ui import print_hooks
from desktop.ui.appcontext import AppContext
from desktop.ui.forms import run_modal
from desktop.ui.labels import label, labels
from desktop.ui.visit_common import CRISIS_COLOR, texts

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
COLUMNS = ("head_name", "village", "group_name", "tags", "risk_level", "interval", "last_visit", "due_date",
           "overdue", "worker")
# Tables that change who is due.
WATCHED = frozenset({"visits", "households", "persons", "visit_rules"})


class ScheduleModel(QAbstractTableModel):
    """The due list (computed whole: it is small per household) with display rows fetched a page at a time."""

    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: schedule.DueList | list[schedule.DueItem] = []
        self.today = dt.date.today()
        self._rows: dict[str, dict[str, Any]] = {}
        self._items: dict[int, schedule.DueItem] = {}
        self._headers = [self.tr("户主"), self.tr("行政村"), self.tr("村民小组"), self.tr("人员类别"),
                         self.tr("风险等级"), self.tr("走访周期"), self.tr("上次走访"), self.tr("应访日期"),
                         self.tr("逾期"), self.tr("负责社工")]

    def load(self, items: schedule.DueList, today: dt.date) -> None:
        self.beginResetModel()
        self.items = items
        self.today = today
        self._rows.clear()
        self._items.clear()
        self.endResetModel()

    def item(self, row: int) -> schedule.DueItem:
        found = self._items.get(row)
        if found is None:
            if len(self._items) > 4 * PAGE:
                self._items.clear()
            found = self._items[row] = self.items[row]
        return found

    def _row(self, row: int) -> dict[str, Any]:
        hid = self.item(row).household_id
        found = self._rows.get(hid)
        if found is None:
            start = (row // PAGE) * PAGE
            page = [self.item(i).household_id for i in range(start, min(start + PAGE, len(self.items)))]
            page = [i for i in page if i not in self._rows]
            if len(self._rows) > 20 * PAGE:
                self._rows.clear()
            self._rows.update(households.rows(self.ctx, page))
            found = self._rows.get(hid, {})
        return found

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index.row())
        key = COLUMNS[index.column()]
        if role == ID_ROLE:
            return item.household_id
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "overdue" and item.overdue_days(self.today) > 0:
                return QBrush(QColor(CRISIS_COLOR if item.overdue_days(self.today) > 30 else "#b26a00"))
            if key == "head_name" and item.crisis:
                return QBrush(QColor(CRISIS_COLOR))
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        t = texts()
        if key == "interval":
            text = t.interval(item.interval)
            return text + ("*" if item.interval_source == "override" else "")
        if key == "last_visit":
            text = t.date(item.last_visit) or self.tr("未走访过")
            if item.last_attempt:
                text += self.tr("（{0} 未遇）").format(item.last_attempt.isoformat())
            return text
        if key == "due_date":
            return t.date(item.due_date)
        if key == "overdue":
            return t.overdue(item.overdue_days(self.today))
        row = self._row(index.row())
        if key == "head_name":
            name = row.get("head_name") or ""
            return ("⚠ " + name) if item.crisis else name
        if key == "tags":
            return labels(row.get("tags") or [])
        if key == "risk_level":
            return label(row.get("risk_level") or "")
        value = row.get(key)
        return "" if value is None else str(value)


class SchedulePage(QWidget):
    """Due and overdue households; filters by village, tag and worker; starts visits."""

    def __init__(self, app: AppContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.fixed_today = today
        self.dirty = True
        self.model = ScheduleModel(app.ctx, self)
        self.village_filter = QComboBox()
        self.village_filter.setObjectName("village_filter")
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tag_filter")
        self.worker_filter = QComboBox()
        self.worker_filter.setObjectName("worker_filter")
        self.horizon = QComboBox()
        self.horizon.setObjectName("horizon")
        for days, text in ((0, self.tr("今天及以前到期")), (7, self.tr("含 7 天内到期")), (30, self.tr("含 30 天内到期"))):
            self.horizon.addItem(text, days)
        for box in (self.village_filter, self.tag_filter, self.worker_filter, self.horizon):
            box.currentIndexChanged.connect(lambda _: self.reload())
        self.visit_button = QPushButton(self.tr("记录走访(&V)…"))
        self.visit_button.setObjectName("start_visit")
        self.visit_button.clicked.connect(self.start_visit)
        self.interval_button = QPushButton(self.tr("本户周期…"))
        self.interval_button.setObjectName("household_interval")
        self.interval_button.clicked.connect(self.set_interval)
        self.rules_button = QPushButton(self.tr("走访周期规则…"))
        self.rules_button.setObjectName("rules")
        self.rules_button.clicked.connect(self.open_rules)

        self.view = QTableView()
        self.view.setObjectName("due_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((110, 70, 70, 190, 70, 80, 200, 95, 95)):
            self.view.setColumnWidth(col, width)
        self.view.doubleClicked.connect(lambda _: self.start_visit())
        self.view.activated.connect(lambda _: self.start_visit())
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.count_label.setWordWrap(True)

        top = QHBoxLayout()
        for w in (self.village_filter, self.tag_filter, self.worker_filter, self.horizon):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.rules_button)
        top.addWidget(self.interval_button)
        top.addWidget(print_hooks.route_list_button(self))  # 打印清单 (issue 5)
        top.addWidget(self.visit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        app.changed.connect(self.on_changed)
        self.reload_filters()

    def page_title(self) -> str:
        return self.tr("待走访")

    @property
    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()

    def reload_filters(self) -> None:
        saved = [b.currentData() for b in (self.village_filter, self.tag_filter, self.worker_filter)]
        boxes = (self.village_filter, self.tag_filter, self.worker_filter)
        for b in boxes:
            b.blockSignals(True)
            b.clear()
        self.village_filter.addItem(self.tr("全部行政村"), None)
        for v in station.villages(self.app.ctx):
            self.village_filter.addItem(v["name"], v["id"])
        self.tag_filter.addItem(self.tr("全部人员类别"), None)
        for name in station.tag_names(self.app.ctx):
            self.tag_filter.addItem(label(name), name)
        self.worker_filter.addItem(self.tr("全部社工"), None)
        for name in station.worker_names(self.app.ctx):
            self.worker_filter.addItem(name, name)
        for b, value in zip(boxes, saved, strict=True):
            b.setCurrentIndex(max(b.findData(value), 0))
            b.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if self.dirty:
            self.reload()

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("villages") or changes.touches("tag_types") or changes.touches("workers"):
            self.reload_filters()
        if WATCHED & changes.tables:
            self.dirty = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self.dirty = False
        current = self.current_id()
        items = schedule.due_list(self.app.ctx, self.today, int(self.horizon.currentData() or 0),
                                  self.village_filter.currentData(), self.tag_filter.currentData(),
                                  self.worker_filter.currentData())
        self.model.load(items, self.today)
        villages = station.villages(self.app.ctx)
        counts = items.village_counts()
        parts = "　".join(self.tr("{0} {1} 户").format(v["name"], counts[v["id"]]) for v in villages if v["id"] in counts)
        self.count_label.setText(self.tr("共 {0} 户待走访，其中逾期 {1} 户，从未走访 {2} 户。").format(
            len(items), items.overdue_count(self.today), items.never_visited_count()) + ("　" + parts if parts else ""))
        self.visit_button.setEnabled(len(items) > 0)
        self.interval_button.setEnabled(len(items) > 0)
        ids = items.household_ids()
        row = ids.index(current) if current in ids else 0
        if ids:
            self.view.selectRow(row)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def start_visit(self) -> None:
        hid = self.current_id()
        if not hid:
            return
        from desktop.ui.visit_dialog import VisitDialog

        dialog = VisitDialog(self.app, hid, parent=self, today=self.fixed_today)
        run_modal(dialog)

    def set_interval(self) -> None:
        hid = self.current_id()
        if not hid:
            return
        info = schedule.household_schedule(self.app.ctx, hid, self.today)
        choices = [("", self.tr("按走访周期规则"))]
        choices += [(text, texts().interval(intervals.parse(text))) for text in ("1w", "2w", "1m", "2m", "3m", "6m", "0")]
        current = next((i for i, (v, _t) in enumerate(choices) if v == info["override"]), 0)
        text, ok = QInputDialog.getItem(self, self.tr("本户走访周期"), self.tr("这一户单独的走访周期（覆盖规则）："),
                                        [t for _v, t in choices], current, False)
        if ok:
            value = next(v for v, t in choices if t == text)
            self.app.run(self, schedule.set_household_interval, hid, value)

    def open_rules(self) -> None:
        from desktop.ui.visit_settings_dialog import VisitSettingsDialog

        if run_modal(VisitSettingsDialog(self.app, self)) == QDialog.DialogCode.Accepted:
            self.reload()
