"""走访记录 page: the visit list (current versions and drafts), a visit with its history, new
visits, editing drafts, corrections (new versions) and withdrawing a visit recorded by mistake."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTextBrowser, QWidget

from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.visits import visits
from desktop.ui.common.forms import button, hrow, run_modal, stack
from desktop.ui.common.labels import label
from desktop.ui.common.list_model import IdTableModel
from desktop.ui.common.list_page import ListPage
from desktop.ui.printing import print_hooks
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform
from desktop.ui.visits.visit_common import CRISIS_COLOR, texts
from desktop.ui.visits.visit_view import visit_html

COLUMNS = ("visit_date", "head_name", "village", "visit_type", "workers", "status", "flags")


class VisitTableModel(IdTableModel):
    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(COLUMNS, lambda ids: visits.rows(ctx, ids), parent)
        self.headers = [
            self.tr("日期"),
            self.tr("户主"),
            self.tr("村 / 组"),
            self.tr("方式"),
            self.tr("走访社工"),
            self.tr("状态"),
            self.tr("提示"),
        ]

    def foreground(self, row: int, key: str) -> QBrush | None:
        found = self.row(row)
        if key == "flags" and found.get("crisis"):
            return QBrush(QColor(CRISIS_COLOR))
        if key == "status" and found.get("status") == "draft":
            return QBrush(QColor("#b26a00"))
        return None

    def text(self, row: int, key: str) -> str:
        found = self.row(row)
        if key == "village":
            return " ".join(x for x in (found.get("village"), found.get("group_name")) if x)
        if key == "visit_type":
            return label(found.get("visit_type") or "")
        if key == "workers":
            return "、".join(found.get("workers") or [])
        if key == "status":
            text = texts().status(found.get("status") or "", bool(found.get("void")))
            if (found.get("version") or 1) > 1:
                text += self.tr("（第 {0} 版）").format(found["version"])
            return text
        if key == "flags":
            flags = []
            if found.get("crisis"):
                flags.append(self.tr("危机"))
            if found.get("not_home"):
                flags.append(self.tr("未遇"))
            if found.get("safeguarding"):
                flags.append(self.tr("强制报告"))
            if found.get("signature") == "待签字":
                flags.append(self.tr("待签字"))
            return "、".join(flags)
        return super().text(row, key)


class VisitsPage(ListPage):
    model: VisitTableModel
    LIST_TABLES = frozenset({"visits", "households", "persons", "crisis_alerts", "visit_followups"})
    LAZY = True
    PERIODS = (30, 90, 365, 0)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, VisitTableModel(app.ctx), self._search, parent)
        search = self.search_box(
            "visit_search", self.tr("按户查找：姓名、拼音首字母、身份证号或电话"), ms=200
        )
        periods = (
            self.tr("最近 30 天"),
            self.tr("最近 3 个月"),
            self.tr("最近一年"),
            self.tr("全部"),
        )
        self.period = self.filter_box(
            "period", zip(periods, self.PERIODS, strict=True), everything=0
        )
        self.status = self.filter_box(
            "status_filter",
            (
                (self.tr("全部状态"), None),
                (self.tr("草稿"), "draft"),
                (self.tr("已提交"), "submitted"),
            ),
        )
        self.mine = self.filter_box(
            "mine", ((self.tr("全部社工"), False), (self.tr("只看我的"), True)), everything=False
        )
        self.list_table("visits", (90, 80, 100, 80, 100, 130))
        self.view.doubleClicked.connect(lambda _: self.open_current())
        self.detail = QTextBrowser()
        self.detail.setObjectName("visit_detail")
        self.new_button = button(self.tr("记录走访(&V)…"), "new_visit", self.new_visit)
        self.edit_button = button(self.tr("编辑草稿"), "edit_draft", self.edit_draft)
        self.delete_button = button(self.tr("删除草稿"), "delete_draft", self.delete_draft)
        self.correct_button = button(self.tr("更正…"), "correct", self.correct)
        self.correct_button.setToolTip(
            self.tr("已提交的记录不能修改：更正会生成新版本，原记录保留在历史中")
        )
        self.void_button = button(self.tr("作废…"), "void", self.void)
        self.print_button = print_hooks.visit_print_button(self)  # 打印 (issue 5)

        buttons = hrow(
            self.edit_button,
            self.delete_button,
            self.correct_button,
            self.void_button,
            None,
            self.print_button,
        )
        self.place(
            hrow((search, 3), self.period, self.status, self.mine, self.new_button),
            stack(self.detail, buttons, grow=self.detail),
        )

    def page_title(self) -> str:
        return self.tr("走访记录")

    def _search(self) -> None:
        days = int(self.period.currentData() or 0)
        since = self.today - dt.timedelta(days=days) if days else None
        worker = self.app.ctx.worker if self.mine.currentData() else None
        self.model.load(
            visits.find_lazily(
                self.app.ctx,
                since=since,
                text=self.search_edit.text(),
                status=self.status.currentData(),
                worker=worker,
            )
        )
        self.count_label.setText(self.tr("共 {0} 条").format(len(self.model.ids)))

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

    # -- actions ------------------------------------------------------------------------------------
    def _run(self, dialog) -> None:
        run_modal(dialog)
        if dialog.saved is not None:
            self.select_id(dialog.saved.visit_id)

    def new_visit(self) -> None:
        from desktop.ui.visits.visit_dialog import VisitDialog

        self._run(VisitDialog(self.app, parent=self, today=self.today))

    def open_current(self) -> None:
        vid = self.current_id()
        if vid and self.edit_button.isEnabled():
            self.edit_draft()

    def edit_draft(self) -> None:
        from desktop.ui.visits.visit_dialog import VisitDialog

        vid = self.current_id()
        if vid:
            self._run(VisitDialog(self.app, visit_id=vid, parent=self, today=self.today))

    def delete_draft(self) -> None:
        vid = self.current_id()
        if not vid:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除草稿"),
            self.tr("删除这份走访草稿？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            perform(self.app, self, visits.delete_draft, vid)

    def correct(self) -> None:
        from desktop.ui.visits.visit_dialog import VisitDialog

        vid = self.current_id()
        if not vid:
            return
        try:
            start = visits.start_correction(self.app.ctx, vid)
        except StationDeskError as exc:
            from desktop.ui.common.labels import error_text

            QMessageBox.warning(self, self.tr("无法更正"), error_text(exc))
            return
        self._run(VisitDialog(self.app, start=start, parent=self, today=self.today))

    def void(self) -> None:
        vid = self.current_id()
        if not vid:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("作废走访记录"),
            self.tr(
                "作废后这条记录不再计入探访，原记录保留在历史中。\n请写明作废原因（如 录错了户）："
            ),
        )
        if ok:
            saved = perform(self.app, self, visits.void_visit, vid, reason)
            if saved is not None:
                self.select_id(saved.visit_id)
