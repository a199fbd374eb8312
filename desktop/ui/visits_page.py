"""走访记录 page: the visit list (current versions and drafts), a visit with its history, new
visits, editing drafts, corrections (new versions) and withdrawing a visit recorded by mistake."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.services import visits
from desktop.core.sync.recorder import ChangeSet
from desktop.ui import print_hooks
from desktop.ui.appcontext import AppContext
from desktop.ui.forms import run_modal
from desktop.ui.labels import label
from desktop.ui.visit_common import CRISIS_COLOR, texts
from desktop.ui.visit_view import visit_html

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
COLUMNS = ("visit_date", "head_name", "village", "visit_type", "workers", "status", "flags")


class VisitTableModel(QAbstractTableModel):
    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids: list[str] = []
        self._rows: dict[str, dict[str, Any]] = {}
        self._headers = [self.tr("日期"), self.tr("户主"), self.tr("村 / 组"), self.tr("方式"), self.tr("走访社工"),
                         self.tr("状态"), self.tr("提示")]

    def load(self, ids: list[str]) -> None:
        self.beginResetModel()
        self.ids = ids
        self._rows.clear()
        self.endResetModel()

    def _row(self, row: int) -> dict[str, Any]:
        vid = self.ids[row]
        found = self._rows.get(vid)
        if found is None:
            start = (row // PAGE) * PAGE
            if len(self._rows) > 20 * PAGE:
                self._rows.clear()
            self._rows.update(visits.rows(self.ctx, [i for i in self.ids[start : start + PAGE] if i not in self._rows]))
            found = self._rows.get(vid, {})
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
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self._row(index.row())
            if key == "flags" and row.get("crisis"):
                return QBrush(QColor(CRISIS_COLOR))
            if key == "status" and row.get("status") == "draft":
                return QBrush(QColor("#b26a00"))
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if key == "village":
            return " ".join(x for x in (row.get("village"), row.get("group_name")) if x)
        if key == "visit_type":
            return label(row.get("visit_type") or "")
        if key == "workers":
            return "、".join(row.get("workers") or [])
        if key == "status":
            text = texts().status(row.get("status") or "", bool(row.get("void")))
            if (row.get("version") or 1) > 1:
                text += self.tr("（第 {0} 版）").format(row["version"])
            return text
        if key == "flags":
            flags = []
            if row.get("crisis"):
                flags.append(self.tr("危机"))
            if row.get("not_home"):
                flags.append(self.tr("未遇"))
            if row.get("safeguarding"):
                flags.append(self.tr("强制报告"))
            if row.get("signature") == "待签字":
                flags.append(self.tr("待签字"))
            return "、".join(flags)
        value = row.get(key)
        return "" if value is None else str(value)


class VisitsPage(QWidget):
    PERIODS = (30, 90, 365, 0)

    def __init__(self, app: AppContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.fixed_today = today
        self.dirty = True
        self.model = VisitTableModel(app.ctx, self)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("visit_search")
        self.search_edit.setPlaceholderText(self.tr("按户查找：姓名、拼音首字母、身份证号或电话"))
        self.search_edit.setClearButtonEnabled(True)
        self.period = QComboBox()
        self.period.setObjectName("period")
        for days, text in zip(self.PERIODS, (self.tr("最近 30 天"), self.tr("最近 3 个月"), self.tr("最近一年"),
                                             self.tr("全部")), strict=True):
            self.period.addItem(text, days)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        for value, text in ((None, self.tr("全部状态")), ("draft", self.tr("草稿")), ("submitted", self.tr("已提交"))):
            self.status.addItem(text, value)
        self.mine = QComboBox()
        self.mine.setObjectName("mine")
        self.mine.addItem(self.tr("全部社工"), False)
        self.mine.addItem(self.tr("只看我的"), True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _: self._timer.start())
        for box in (self.period, self.status, self.mine):
            box.currentIndexChanged.connect(lambda _: self.reload())

        self.view = QTableView()
        self.view.setObjectName("visits")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((90, 80, 100, 80, 100, 130)):
            self.view.setColumnWidth(col, width)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.view.doubleClicked.connect(lambda _: self.open_current())
        self.count_label = QLabel()
        self.detail = QTextBrowser()
        self.detail.setObjectName("visit_detail")
        self.new_button = QPushButton(self.tr("记录走访(&V)…"))
        self.new_button.setObjectName("new_visit")
        self.new_button.clicked.connect(self.new_visit)
        self.edit_button = QPushButton(self.tr("编辑草稿"))
        self.edit_button.setObjectName("edit_draft")
        self.edit_button.clicked.connect(self.edit_draft)
        self.delete_button = QPushButton(self.tr("删除草稿"))
        self.delete_button.setObjectName("delete_draft")
        self.delete_button.clicked.connect(self.delete_draft)
        self.correct_button = QPushButton(self.tr("更正…"))
        self.correct_button.setObjectName("correct")
        self.correct_button.setToolTip(self.tr("已提交的记录不能修改：更正会生成新版本，原记录保留在历史中"))
        self.correct_button.clicked.connect(self.correct)
        self.void_button = QPushButton(self.tr("作废…"))
        self.void_button.setObjectName("void")
        self.void_button.clicked.connect(self.void)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        for w in (self.period, self.status, self.mine):
            top.addWidget(w)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.delete_button, self.correct_button, self.void_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.print_button = print_hooks.visit_print_button(self)  # 打印 (issue 5)
        buttons.addWidget(self.print_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        app.changed.connect(self.on_changed)

    def page_title(self) -> str:
        return self.tr("走访记录")

    @property
    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if self.dirty:
            self.reload()

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("visits") or changes.touches("households") or changes.touches("persons") \
                or changes.touches("crisis_alerts") or changes.touches("visit_followups"):
            self.dirty = True
            if self.isVisible():
                self.reload()

    def reload(self, select: str | None = None) -> None:
        self._timer.stop()
        self.dirty = False
        current = select or self.current_id()
        days = int(self.period.currentData() or 0)
        since = self.today - dt.timedelta(days=days) if days else None
        worker = self.app.ctx.worker if self.mine.currentData() else None
        ids = visits.find(self.app.ctx, since=since, text=self.search_edit.text(), status=self.status.currentData(),
                          worker=worker)
        self.model.load(ids)
        self.count_label.setText(self.tr("共 {0} 条").format(len(ids)))
        row = ids.index(current) if current in ids else (0 if ids else -1)
        if row >= 0:
            self.view.selectRow(row)
        self.show_detail()

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def show_detail(self) -> None:
        vid = self.current_id()
        data = None
        if vid:
            try:
                data = visits.visit(self.app.ctx, vid)
            except StationDeskError:
                data = None
        if data is None:
            empty = self.tr("没有走访记录。")
            self.detail.setHtml(f"<p>{html.escape(empty)}</p>")
        else:
            self.detail.setHtml(visit_html(data))
        draft = bool(data and data["status"] == "draft")
        current = bool(data and data.get("is_current") and not data.get("void"))
        self.edit_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.correct_button.setEnabled(current)
        self.void_button.setEnabled(current)
        self.print_button.setEnabled(data is not None)

    def select_visit(self, visit_id: str) -> None:
        """Show one visit, widening the filters if they hide it."""
        if visit_id not in self.model.ids:
            for box in (self.period, self.status, self.mine):
                box.blockSignals(True)
                box.setCurrentIndex(box.count() - 1 if box is self.period else 0)
                box.blockSignals(False)
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
        self.reload(select=visit_id)

    # -- actions ------------------------------------------------------------------------------------
    def _run(self, dialog) -> None:
        run_modal(dialog)
        if dialog.saved is not None:
            self.select_visit(dialog.saved.visit_id)

    def new_visit(self) -> None:
        from desktop.ui.visit_dialog import VisitDialog

        self._run(VisitDialog(self.app, parent=self, today=self.fixed_today))

    def open_current(self) -> None:
        vid = self.current_id()
        if vid and self.edit_button.isEnabled():
            self.edit_draft()

    def edit_draft(self) -> None:
        from desktop.ui.visit_dialog import VisitDialog

        vid = self.current_id()
        if vid:
            self._run(VisitDialog(self.app, visit_id=vid, parent=self, today=self.fixed_today))

    def delete_draft(self) -> None:
        vid = self.current_id()
        if not vid:
            return
        answer = QMessageBox.question(self, self.tr("删除草稿"), self.tr("删除这份走访草稿？"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.app.run(self, visits.delete_draft, vid)

    def correct(self) -> None:
        from desktop.ui.visit_dialog import VisitDialog

        vid = self.current_id()
        if not vid:
            return
        try:
            start = visits.start_correction(self.app.ctx, vid)
        except StationDeskError as exc:
            from desktop.ui.labels import error_text

            QMessageBox.warning(self, self.tr("无法更正"), error_text(exc))
            return
        self._run(VisitDialog(self.app, start=start, parent=self, today=self.fixed_today))

    def void(self) -> None:
        vid = self.current_id()
        if not vid:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("作废走访记录"),
            self.tr("作废后这条记录不再计入探访，原记录保留在历史中。\n请写明作废原因（如 录错了户）："))
        if ok:
            saved = self.app.run(self, visits.void_visit, vid, reason)
            if saved is not None:
                self.select_visit(saved.visit_id)
