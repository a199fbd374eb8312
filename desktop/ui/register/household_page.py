"""户档案 page: search and filter the register, see a household, add, edit and remove."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser, QWidget

from desktop.core.errors import StationDeskError
from desktop.core.register import households
from desktop.core.station import station
from desktop.ui.cases import case_hooks
from desktop.ui.common.forms import button, hrow, run_modal, stack
from desktop.ui.common.labels import label
from desktop.ui.common.list_page import ListPage, refill
from desktop.ui.printing import print_hooks
from desktop.ui.register.household_detail import household_html
from desktop.ui.register.household_dialog import HouseholdDialog
from desktop.ui.register.household_model import HouseholdTableModel
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.visits import visit_hooks

_STALE = object()  # the detail pane shows nothing yet, or what a change since has made stale


class HouseholdPage(ListPage):
    model: HouseholdTableModel
    LIST_TABLES = frozenset(
        {"households", "persons"}
    )  # the model is reset, so changed rows are fetched anew
    FILTER_TABLES = frozenset({"villages", "tag_types"})
    LAZY = (
        True  # filled when first shown: the app starts on 首页, and 50,000 households take 0.25 s
    )

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, HouseholdTableModel(app.ctx), self._search, parent)
        search = self.search_box(
            "search", self.tr("搜索：姓名、拼音首字母（如 zs）、身份证号或电话的任意部分")
        )
        self.village_filter = self.filter_box("village_filter")
        self.tag_filter = self.filter_box("tag_filter")
        self.list_table("households", (90, 80, 70, 60, 45, 220, 70, 70))

        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)
        # Search as you type: the list paints first, the detail follows in the next turn of the
        # event loop (for the row current then: a newer query wins); it is drawn again only when
        # another household is current or a change came in.
        self._detail_for: object = _STALE
        self._last_query: tuple[object, ...] | None = None
        self._new_search = False  # this reload runs a query that differs from the last one
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._render_detail)
        app.changed.connect(self._detail_stale)
        self.new_button = button(self.tr("新建户"), "new_household", self.new_household)
        self.removed_button = button(
            self.tr("已删除…"), "show_removed", self.show_removed
        )  # issue 14
        self.edit_button = button(self.tr("编辑"), "edit_household", self.edit_household)
        self.remove_button = button(self.tr("删除"), "remove_household", self.remove_household)
        self.visit_button = visit_hooks.visit_button(self)  # 记录走访 (issue 3)
        self.print_button = print_hooks.household_print_button(self)  # 打印 (issue 5)
        # Keyboard: Ctrl+F search, Ctrl+N new household, Enter edits the selected one.
        QShortcut(QKeySequence.StandardKey.Find, self, search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_household)
        self.view.activated.connect(lambda _: self.edit_household())
        search.returnPressed.connect(self.view.setFocus)

        buttons = hrow(
            self.edit_button, self.remove_button, None, self.visit_button, self.print_button
        )
        self.place(
            hrow(
                (search, 3),
                (self.village_filter, 1),
                (self.tag_filter, 1),
                self.new_button,
                self.removed_button,
            ),
            stack(self.detail, buttons, grow=self.detail),
        )
        app.open_household.connect(self.select_household)
        self.reload_filters()  # the list itself is filled when the page is first shown (LAZY)

    def page_title(self) -> str:
        return self.tr("户档案")

    # -- filters and search -------------------------------------------------------------------
    def reload_filters(self) -> None:
        refill(
            self.village_filter,
            self.tr("全部行政村"),
            ((v["name"], v["id"]) for v in station.villages(self.app.ctx)),
        )
        refill(
            self.tag_filter,
            self.tr("全部人员类别"),
            ((label(n), n) for n in station.tag_names(self.app.ctx)),
        )

    def _search(self) -> None:
        query = (
            self.search_edit.text(),
            self.village_filter.currentData(),
            self.tag_filter.currentData(),
        )
        self._new_search, self._last_query = query != self._last_query, query
        self.model.search(*query)
        self.count_label.setText(self.tr("共 {0} 户").format(len(self.model.ids)))

    run_search = ListPage.reload  # the name tests/benchmarks/bench_register.py drives
    select_household = (
        ListPage.select_id
    )  # app.open_household: show one household, clearing filters that hide it

    def show_detail(self) -> None:
        hid = self.current_id()
        for b in (self.edit_button, self.remove_button, self.visit_button, self.print_button):
            b.setEnabled(hid is not None)
        deferred, self._new_search = self._new_search, False
        if hid == self._detail_for:
            return
        if deferred:
            self._detail_timer.start()
        else:
            self._render_detail()

    def _detail_stale(self, _changes: object) -> None:
        """After any write (a visit, a case, the household itself): drawn again, now if shown."""
        self._detail_for = _STALE
        if self.isVisible():
            self._render_detail()

    def _render_detail(self) -> None:
        self._detail_timer.stop()
        hid = self._detail_for = self.current_id()
        if hid is None:
            self.detail.setHtml(f"<p>{html.escape(self.tr('没有找到符合条件的户。'))}</p>")
            return
        try:
            data = households.household(self.app.ctx, hid)
        except StationDeskError:
            self.detail.clear()
            return
        self.detail.setHtml(
            visit_hooks.alert_html(self.app.ctx, hid)
            + household_html(data, self.app.ctx.today())
            + case_hooks.household_cases_html(self.app.ctx, hid)  # issue 4
            + visit_hooks.visits_html(self.app.ctx, hid)
        )

    # -- actions ------------------------------------------------------------------------------
    def _run_dialog(self, dialog: HouseholdDialog) -> None:
        dialog.open_existing.connect(self.app.open_household)
        if run_modal(dialog) == QDialog.DialogCode.Accepted and dialog.saved_id:
            self.select_household(dialog.saved_id)

    def new_household(self) -> None:
        if not station.villages(self.app.ctx):
            QMessageBox.information(
                self, self.tr("请先设置站点"), self.tr("还没有行政村，请先在“设置”中完成站点设置。")
            )
            return
        self._run_dialog(HouseholdDialog(self.app, None, self))

    def edit_household(self) -> None:
        hid = self.current_id()
        if hid:
            self._run_dialog(HouseholdDialog(self.app, hid, self))

    def show_removed(self) -> None:
        """The removed households and people, to restore (the register refreshes by the change)."""
        from desktop.ui.register.removed_dialog import RemovedDialog

        run_modal(RemovedDialog(self.app, self))

    def remove_household(self) -> None:
        hid = self.current_id()
        if not hid:
            return
        data = households.household(self.app.ctx, hid)
        head = next((m["name"] for m in data["members"] if m["id"] == data.get("head_id")), "")
        answer = QMessageBox.question(
            self,
            self.tr("删除户档案"),
            self.tr(
                "确定删除 {0} 户（{1} 人）的档案吗？\n删除后在列表中不再显示，记录仍保留在数据库的历史中，可由管理员恢复。"
            ).format(head, len(data["members"])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.app.run(self, households.remove_household, hid)
