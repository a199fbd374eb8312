"""户档案 page: search and filter the register, see a household, add, edit and remove."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import StationDeskError
from desktop.core.services import households, station
from desktop.core.sync.recorder import ChangeSet
from desktop.ui import case_hooks, print_hooks, visit_hooks
from desktop.ui.appcontext import AppContext
from desktop.ui.forms import debounced, list_view, run_modal
from desktop.ui.household_detail import household_html
from desktop.ui.household_dialog import HouseholdDialog
from desktop.ui.household_model import ID_ROLE, HouseholdTableModel
from desktop.ui.labels import label


class HouseholdPage(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.model = HouseholdTableModel(app.ctx, self)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("搜索：姓名、拼音首字母（如 zs）、身份证号或电话的任意部分"))
        self.search_edit.setClearButtonEnabled(True)
        self.village_filter = QComboBox()
        self.village_filter.setObjectName("village_filter")
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tag_filter")
        self.count_label = QLabel()
        self._timer = debounced(self, self.search_edit, self.run_search)
        self.village_filter.currentIndexChanged.connect(lambda _: self.run_search())
        self.tag_filter.currentIndexChanged.connect(lambda _: self.run_search())

        self.view = list_view(self.model, "households", (90, 80, 70, 60, 45, 220, 70, 70))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())

        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)
        self.new_button = QPushButton(self.tr("新建户"))
        self.new_button.setObjectName("new_household")
        self.new_button.clicked.connect(self.new_household)
        self.edit_button = QPushButton(self.tr("编辑"))
        self.edit_button.setObjectName("edit_household")
        self.edit_button.clicked.connect(self.edit_household)
        self.remove_button = QPushButton(self.tr("删除"))
        self.remove_button.setObjectName("remove_household")
        self.remove_button.clicked.connect(self.remove_household)
        # Keyboard: Ctrl+F search, Ctrl+N new household, Enter edits the selected one.
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_household)
        self.view.activated.connect(lambda _: self.edit_household())
        self.search_edit.returnPressed.connect(self.view.setFocus)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.village_filter, 1)
        top.addWidget(self.tag_filter, 1)
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
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.visit_button = visit_hooks.visit_button(self)  # 记录走访 (issue 3)
        buttons.addWidget(self.visit_button)
        self.print_button = print_hooks.household_print_button(self)  # 打印 (issue 5)
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
        app.open_household.connect(self.select_household)
        self.reload_filters()
        self.run_search()

    def page_title(self) -> str:
        return self.tr("户档案")

    # -- filters and search -------------------------------------------------------------------
    def reload_filters(self) -> None:
        village, tag = self.village_filter.currentData(), self.tag_filter.currentData()
        for box in (self.village_filter, self.tag_filter):
            box.blockSignals(True)
            box.clear()
        self.village_filter.addItem(self.tr("全部行政村"), None)
        for v in station.villages(self.app.ctx):
            self.village_filter.addItem(v["name"], v["id"])
        self.tag_filter.addItem(self.tr("全部人员类别"), None)
        for name in station.tag_names(self.app.ctx):
            self.tag_filter.addItem(label(name), name)
        self.village_filter.setCurrentIndex(max(self.village_filter.findData(village), 0))
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(tag), 0))
        for box in (self.village_filter, self.tag_filter):
            box.blockSignals(False)

    def run_search(self) -> None:
        self._timer.stop()
        current = self.current_id()
        self.model.search(self.search_edit.text(), self.village_filter.currentData(), self.tag_filter.currentData())
        self.count_label.setText(self.tr("共 {0} 户").format(len(self.model.ids)))
        if current and self.model.row_of(current) >= 0:
            self.select_row(self.model.row_of(current))
        elif self.model.ids:
            self.select_row(0)
        else:
            self.show_detail()

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("villages") or changes.touches("tag_types"):
            self.reload_filters()
        if changes.touches("households") or changes.touches("persons"):
            self.run_search()  # the model is reset, so changed rows are fetched anew

    # -- selection ----------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        self.show_detail()

    def select_household(self, household_id: str) -> None:
        """Show one household, clearing filters that hide it."""
        if self.model.row_of(household_id) < 0:
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.village_filter.setCurrentIndex(0)
            self.tag_filter.setCurrentIndex(0)
            self.run_search()
        row = self.model.row_of(household_id)
        if row >= 0:
            self.select_row(row)

    def show_detail(self) -> None:
        hid = self.current_id()
        has = hid is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.visit_button.setEnabled(has)
        self.print_button.setEnabled(has)
        if not has:
            self.detail.setHtml(f"<p>{html.escape(self.tr('没有找到符合条件的户。'))}</p>")
            return
        try:
            data = households.household(self.app.ctx, hid)
        except StationDeskError:
            self.detail.clear()
            return
        self.detail.setHtml(visit_hooks.alert_html(self.app.ctx, hid) + household_html(data)
                            + case_hooks.household_cases_html(self.app.ctx, hid)  # issue 4
                            + visit_hooks.visits_html(self.app.ctx, hid))

    # -- actions ------------------------------------------------------------------------------
    def _run_dialog(self, dialog: HouseholdDialog) -> None:
        dialog.open_existing.connect(self.app.open_household)
        if run_modal(dialog) == QDialog.DialogCode.Accepted and dialog.saved_id:
            self.select_household(dialog.saved_id)

    def new_household(self) -> None:
        if not station.villages(self.app.ctx):
            QMessageBox.information(self, self.tr("请先设置站点"), self.tr("还没有行政村，请先在“设置”中完成站点设置。"))
            return
        self._run_dialog(HouseholdDialog(self.app, None, self))

    def edit_household(self) -> None:
        hid = self.current_id()
        if hid:
            self._run_dialog(HouseholdDialog(self.app, hid, self))

    def remove_household(self) -> None:
        hid = self.current_id()
        if not hid:
            return
        data = households.household(self.app.ctx, hid)
        head = next((m["name"] for m in data["members"] if m["id"] == data.get("head_id")), "")
        answer = QMessageBox.question(
            self, self.tr("删除户档案"),
            self.tr("确定删除 {0} 户（{1} 人）的档案吗？\n删除后在列表中不再显示，记录仍保留在数据库的历史中，可由管理员恢复。")
            .format(head, len(data["members"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.app.run(self, households.remove_household, hid)
