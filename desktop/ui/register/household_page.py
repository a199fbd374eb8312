"""户档案 page: search and filter the register, see a household, add, edit and remove."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QPushButton, QTextBrowser, QWidget

from desktop.core.errors import StationDeskError
from desktop.core.register import households
from desktop.core.station import station
from desktop.ui.common.forms import button, hrow, run_modal, stack
from desktop.ui.common.labels import label
from desktop.ui.common.list_page import ListPage, refill
from desktop.ui.register import household_parts
from desktop.ui.register.household_detail import household_html
from desktop.ui.register.household_dialog import HouseholdDialog
from desktop.ui.register.household_model import HouseholdTableModel
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform


class HouseholdPage(ListPage):
    model: HouseholdTableModel
    LIST_TABLES = frozenset({"households", "persons"})
    ROW_TABLE = "households"  # a household edited in place repaints its row, the list kept
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
        # event loop, for the row current then (a newer query wins).
        self._last_query: tuple[object, ...] | None = None
        self._new_search = False  # this reload runs a query that differs from the last one
        self._typing = False  # the reload comes from the search field or a filter
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._render_deferred)
        self.new_button = button(self.tr("新建户"), "new_household", self.new_household)
        self.removed_button = button(
            self.tr("已删除…"), "show_removed", self.show_removed
        )  # issue 14
        self.edit_button = button(self.tr("编辑"), "edit_household", self.edit_household)
        self.remove_button = button(self.tr("删除"), "remove_household", self.remove_household)
        # what other features add (记录走访, 打印 entries, parts of the detail): household_parts
        self.sections = household_parts.sections()
        self.DETAIL_TABLES = frozenset({"persons"}) | household_parts.watched_tables()
        self.contributed = [b.make(self) for b in household_parts.buttons()]
        self.print_button = self._print_button()
        # Keyboard: Ctrl+F search, Ctrl+N new household, Enter edits the selected one.
        QShortcut(QKeySequence.StandardKey.Find, self, search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_household)
        self.view.activated.connect(lambda _: self.edit_household())
        search.returnPressed.connect(self.view.setFocus)

        actions = [*self.contributed, *([self.print_button] if self.print_button else [])]
        buttons = hrow(self.edit_button, self.remove_button, None, *actions)
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

    def _print_button(self) -> QPushButton | None:
        """打印 with the registered entries for the selected household (none: no button)."""
        entries = household_parts.print_entries()
        if not entries:
            return None
        button = QPushButton(self.tr("打印(&P)"))
        button.setObjectName("print_household")
        menu = QMenu(button)
        for entry in entries:
            action = menu.addAction(entry.text())
            action.setObjectName(entry.name)
            action.triggered.connect(lambda _checked=False, e=entry: self._print(e))
        button.setMenu(menu)
        return button

    def _print(self, entry: household_parts.PrintEntry) -> None:
        hid = self.current_id()
        if hid:
            entry.run(self, hid)

    def membership_columns(self) -> frozenset[str]:
        """Register order is by village, group and house number; a search also reads the phone
        and address (the members' names, ID numbers and tags are in persons)."""
        columns = {"deleted", "village_id", "group_name", "house_no"}
        if self.search_edit is not None and self.search_edit.text().strip():
            columns |= {"phone", "address"}
        return frozenset(columns)

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
        self._new_search = self._typing and query != self._last_query
        self._last_query = query
        self.model.search(*query)
        self.count_label.setText(self.tr("共 {0} 户").format(len(self.model.ids)))

    run_search = ListPage.reload  # the name tests/benchmarks/bench_register.py drives
    select_household = (
        ListPage.select_id
    )  # app.open_household: show one household, clearing filters that hide it

    def search_changed(self) -> None:
        self._typing = True
        try:
            super().search_changed()
        finally:
            self._typing = False
            self._new_search = False  # the query's first row, if it is another, is drawn by now

    def render_detail(self) -> None:
        """After a new query the detail is drawn in the next turn of the event loop (the list
        paints first; typing on restarts the wait), otherwise at once."""
        self._enable_actions()
        if self._new_search or self._detail_timer.isActive():
            self._new_search = False
            self._detail_timer.start()
            return
        super().render_detail()

    def _render_deferred(self) -> None:
        if self._shown != self.current_id():
            super().render_detail()

    def _enable_actions(self) -> None:
        has = self.current_id() is not None
        for b in (self.edit_button, self.remove_button, *self.contributed, self.print_button):
            if b is not None:
                b.setEnabled(has)

    def show_detail(self) -> None:
        hid = self.current_id()
        self._enable_actions()
        if hid is None:
            self.detail.setHtml(f"<p>{html.escape(self.tr('没有找到符合条件的户。'))}</p>")
            return
        try:
            data = households.household(self.app.ctx, hid)
        except StationDeskError:
            self.detail.clear()
            return
        ctx = self.app.ctx
        above = [s.html(ctx, hid) for s in self.sections if s.above]
        below = [s.html(ctx, hid) for s in self.sections if not s.above]
        self.detail.setHtml("".join([*above, household_html(data, ctx.today()), *below]))

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
            perform(self.app, self, households.remove_household, hid)
