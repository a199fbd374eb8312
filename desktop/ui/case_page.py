"""个案 page: find cases, see one (stages, assessments, plan, referrals, supervision), and move it
along: assess, plan, agree, review, refer, evaluate, close or reopen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
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

from desktop.core import refdata
from desktop.core.errors import StationDeskError
from desktop.core.services import cases, plans, station
from desktop.core.sync.recorder import ChangeSet
from desktop.ui import print_hooks
from desktop.ui.appcontext import AppContext
from desktop.ui.assessment_dialog import AssessmentDialog
from desktop.ui.case_detail import case_html
from desktop.ui.case_dialogs import AgreePlanDialog, CaseDialog, CloseCaseDialog, TextDialog
from desktop.ui.case_model import ID_ROLE, CaseTableModel
from desktop.ui.evaluation_dialog import EvaluationDialog
from desktop.ui.forms import debounced, list_view, run_modal
from desktop.ui.labels import label
from desktop.ui.plan_dialog import PlanDialog
from desktop.ui.referral_dialog import ReferralDialog, ReferralStatusDialog
from desktop.ui.review_dialog import ReviewDialog

# Tables whose change can alter a case view or the list.
CASE_TABLES = ("cases", "case_events", "assessments", "plans", "plan_reviews", "evaluations", "approvals",
               "referrals", "referral_events", "resources", "households", "persons")


class CasePage(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self._today = today
        self.data: dict | None = None
        self.model = CaseTableModel(app.ctx, self)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("case_search")
        self.search_edit.setPlaceholderText(self.tr("搜索：姓名、拼音首字母、身份证号或电话"))
        self.search_edit.setClearButtonEnabled(True)
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("stage_filter")
        self.stage_filter.addItem(self.tr("进行中的个案"), "open")
        self.stage_filter.addItem(self.tr("全部个案"), None)
        for stage in refdata.CASE_STAGES:
            self.stage_filter.addItem(label(stage), stage)
        self.worker_filter = QComboBox()
        self.worker_filter.setObjectName("worker_filter")
        self.worker_filter.setMinimumWidth(96)
        self.new_button = QPushButton(self.tr("新建个案"))
        self.new_button.setObjectName("new_case")
        self.new_button.clicked.connect(self.new_case)
        self._timer = debounced(self, self.search_edit, self.run_search)
        self.stage_filter.currentIndexChanged.connect(lambda _: self.run_search())
        self.worker_filter.currentIndexChanged.connect(lambda _: self.run_search())

        self.view = list_view(self.model, "cases", (140, 64, 56, 46, 60, 82, 56))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.count_label = QLabel()

        self.detail = QTextBrowser()
        self.detail.setObjectName("case_detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self.open_link)
        self.detail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (name, text, slot) in enumerate((
            ("assess", self.tr("需求评估…"), self.assess),
            ("plan", self.tr("服务计划…"), self.edit_plan),
            ("agree", self.tr("确认计划…"), self.agree_plan),
            ("review", self.tr("计划回顾…"), self.review),
            ("refer", self.tr("转介…"), self.refer),
            ("evaluate", self.tr("评估…"), self.evaluate),
            ("close", self.tr("结案…"), self.close_case),
            ("reopen", self.tr("重新开案…"), self.reopen),
            ("edit", self.tr("修改个案…"), self.edit_case),
            ("household", self.tr("查看户档案"), self.show_household),
        )):
            button = QPushButton(text)
            button.setObjectName(f"case_{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
            grid.addWidget(button, i // 5, i % 5)
        grid.addWidget(print_hooks.case_print_button(self), 2, 0)  # 打印 (issue 5)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.stage_filter, 1)
        top.addWidget(self.worker_filter, 1)
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
        right_layout.addLayout(grid)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        app.changed.connect(self.on_changed)
        app.open_case.connect(self.select_case)
        self.reload_workers()
        self.run_search()

    def page_title(self) -> str:
        return self.tr("个案")

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- list -------------------------------------------------------------------------------------
    def reload_workers(self) -> None:
        current = self.worker_filter.currentData()
        self.worker_filter.blockSignals(True)
        self.worker_filter.clear()
        self.worker_filter.addItem(self.tr("全部社工"), None)
        for name in station.worker_names(self.app.ctx):
            self.worker_filter.addItem(name, name)
        self.worker_filter.setCurrentIndex(max(self.worker_filter.findData(current), 0))
        self.worker_filter.blockSignals(False)

    def run_search(self) -> None:
        self._timer.stop()
        current = self.current_id()
        self.model.search(self.search_edit.text(), self.stage_filter.currentData(), self.worker_filter.currentData())
        text = self.tr("共 {0} 个个案").format(len(self.model.ids))
        year = plans.attainment(self.app.ctx, dt.date(self.today.year, 1, 1), self.today)
        if year.goals:
            text += self.tr("　今年评估 {0} 个个案、{1} 个目标，{2:.0f}% 达到预期或更好").format(
                year.cases, year.goals, (year.met_rate or 0) * 100)
        self.count_label.setText(text)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.select_row(row)
        elif self.model.ids:
            self.select_row(0)
        else:
            self.show_detail()

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("workers"):
            self.reload_workers()
        if any(changes.touches(t) for t in CASE_TABLES):
            self.run_search()

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        self.show_detail()

    def select_case(self, case_id: str) -> None:
        """Show one case, clearing filters that hide it."""
        if self.model.row_of(case_id) < 0:
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.stage_filter.blockSignals(True)
            self.stage_filter.setCurrentIndex(self.stage_filter.findData(None))
            self.stage_filter.blockSignals(False)
            self.worker_filter.setCurrentIndex(0)
            self.run_search()
        row = self.model.row_of(case_id)
        if row >= 0:
            self.select_row(row)

    # -- detail -----------------------------------------------------------------------------------
    def show_detail(self) -> None:
        cid = self.current_id()
        self.data = None
        if cid:
            try:
                self.data = cases.case(self.app.ctx, cid, self.today)
            except StationDeskError:
                self.data = None
        if self.data is None:
            self.detail.setHtml(self.tr("<p>没有找到个案。点“新建个案”为一户或一位居民接案。</p>"))
        else:
            scroll = self.detail.verticalScrollBar().value()
            self.detail.setHtml(case_html(self.data, self.today))
            self.detail.verticalScrollBar().setValue(scroll)
        self._update_buttons()

    def _update_buttons(self) -> None:
        d = self.data
        open_ = d is not None and d["stage"] != "结案"
        assessed = bool(d and d["assessments"])
        enabled = {
            "assess": open_, "plan": open_ and assessed, "agree": open_ and bool(d and d["draft"]),
            "review": open_ and bool(d and d["current"]), "refer": open_, "evaluate": open_ and assessed,
            "close": open_, "reopen": d is not None and not open_, "edit": open_, "household": d is not None,
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(on)
        if d is not None:
            self.buttons["plan"].setText(self.tr("编辑计划草稿…") if d["draft"] else (
                self.tr("修订计划…") if d["current"] else self.tr("服务计划…")))

    def open_link(self, url: QUrl) -> None:
        kind, _, row_id = url.toString().partition(":")
        cid = self.current_id()
        if not cid or not row_id:
            return
        if kind == "assessment":
            self._run(AssessmentDialog(self.app, cid, row_id, self, self.today))
        elif kind == "plan":
            self._run(PlanDialog(self.app, cid, plan_id=row_id, parent=self, today=self.today))
        elif kind == "referral":
            self._run(ReferralStatusDialog(self.app, row_id, self, self.today))
        elif kind == "approval":
            from desktop.ui.approval_page import decide

            decide(self.app, row_id, self, self.today)

    # -- actions ----------------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> bool:
        """Run a dialog; the case stays shown even when it now falls outside the filter (closed)."""
        cid = self.current_id()
        accepted = run_modal(dialog) == QDialog.DialogCode.Accepted
        if accepted and cid and self.current_id() != cid:
            self.select_case(cid)
        return accepted

    def new_case(self) -> None:
        dialog = CaseDialog(self.app, parent=self, today=self.today)
        if self._run(dialog) and dialog.saved is not None:
            self.select_case(dialog.saved.case_id)

    def edit_case(self) -> None:
        if self.current_id():
            self._run(CaseDialog(self.app, self.current_id(), parent=self, today=self.today))

    def assess(self) -> None:
        if self.current_id():
            self._run(AssessmentDialog(self.app, self.current_id(), parent=self, today=self.today))

    def edit_plan(self) -> None:
        cid, d = self.current_id(), self.data
        if not cid or d is None:
            return
        if d["draft"]:
            self._run(PlanDialog(self.app, cid, plan_id=d["draft"]["id"], parent=self, today=self.today))
        elif d["current"]:
            answer = QMessageBox.question(
                self, self.tr("修订服务计划"),
                self.tr("已确认的计划已打印签字，不能直接修改。要在它的基础上生成新版本吗？原版本会保留。"))
            if answer == QMessageBox.StandardButton.Yes:
                self._run(PlanDialog(self.app, cid, revise=d["current"]["id"], parent=self, today=self.today))
        else:
            self._run(PlanDialog(self.app, cid, parent=self, today=self.today))

    def agree_plan(self) -> None:
        d = self.data
        if d and d["draft"]:
            self._run(AgreePlanDialog(self.app, d["draft"]["id"], d.get("client_name") or "", self, self.today))

    def review(self) -> None:
        if self.current_id():
            self._run(ReviewDialog(self.app, self.current_id(), self, self.today))

    def refer(self) -> None:
        if self.current_id():
            self._run(ReferralDialog(self.app, self.current_id(), parent=self, today=self.today))

    def evaluate(self) -> None:
        if self.current_id():
            self._run(EvaluationDialog(self.app, self.current_id(), self, self.today))

    def close_case(self) -> None:
        d = self.data
        if d is None:
            return
        if not d["can_close"]:
            QMessageBox.information(self, self.tr("还不能结案"), self.tr(
                "结案前要先做评估：请点“评估…”为本轮服务的目标评定达成情况，再结案。"))
            return
        self._run(CloseCaseDialog(self.app, d["id"], self, self.today))

    def reopen(self) -> None:
        cid = self.current_id()
        if cid:
            self._run(TextDialog(
                self.app, self.tr("重新开案"), self.tr("重新开案原因"), self.tr("重新开案"),
                lambda text: cases.reopen_case(self.app.ctx, cid, text, today=self.today),
                hint=self.tr("重新开案后开始新一轮服务，从需求评估开始，结案前需要重新评估。"), parent=self))

    def show_household(self) -> None:
        if self.data and self.data.get("household_id"):
            self.app.open_household.emit(self.data["household_id"])
