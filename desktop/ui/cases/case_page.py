"""个案 page: find cases, see one (stages, assessments, plan, referrals, supervision), and move it
along: assess, plan, agree, review, refer, evaluate, close or reopen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QGridLayout, QMessageBox, QPushButton, QTextBrowser, QWidget

from desktop.core import refdata
from desktop.core.cases import case_detail, cases, plans, supervision
from desktop.core.errors import StationDeskError
from desktop.core.station import station
from desktop.ui.cases.assessment_dialog import AssessmentDialog
from desktop.ui.cases.case_detail import case_html
from desktop.ui.cases.case_dialogs import AgreePlanDialog, CaseDialog, CloseCaseDialog, TextDialog
from desktop.ui.cases.case_model import CaseTableModel
from desktop.ui.cases.evaluation_dialog import EvaluationDialog
from desktop.ui.cases.plan_dialog import PlanDialog
from desktop.ui.cases.review_dialog import ReviewDialog
from desktop.ui.common.forms import button, hrow, run_modal, stack
from desktop.ui.common.labels import label, labels
from desktop.ui.common.list_page import ListPage, refill
from desktop.ui.printing import print_hooks
from desktop.ui.resources.referral_dialog import ReferralDialog, ReferralStatusDialog
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform


class CasePage(ListPage):
    model: CaseTableModel
    # Tables whose change can alter a case view or the list.
    LIST_TABLES = frozenset(
        {
            "cases",
            "case_events",
            "assessments",
            "plans",
            "plan_reviews",
            "evaluations",
            "approvals",
            "referrals",
            "referral_events",
            "resources",
            "households",
            "persons",
        }
    )
    FILTER_TABLES = frozenset({"workers"})
    LAZY = True  # a hidden 个案 page reloads when next shown, not at every household edit

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, CaseTableModel(app.ctx), self._search, parent)
        self.data: dict | None = None
        search = self.search_box("case_search", self.tr("搜索：姓名、拼音首字母、身份证号或电话"))
        stages = [(self.tr("进行中的个案"), "open"), (self.tr("全部个案"), None)]
        self.stage_filter = self.filter_box(
            "stage_filter", stages + [(label(s), s) for s in refdata.CASE_STAGES]
        )
        self.worker_filter = self.filter_box("worker_filter")
        self.worker_filter.setMinimumWidth(96)
        self.new_button = button(self.tr("新建个案"), "new_case", self.new_case)
        self.list_table("cases", (140, 64, 56, 46, 60, 82, 56))
        self.fit_column(3, (label(s) for s in refdata.CASE_STAGES))

        self.detail = QTextBrowser()
        self.detail.setObjectName("case_detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self.open_link)
        self.detail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (name, text, slot) in enumerate(
            (
                ("assess", self.tr("需求评估…"), self.assess),
                ("plan", self.tr("服务计划…"), self.edit_plan),
                ("agree", self.tr("确认计划…"), self.agree_plan),
                ("submit", self.tr("提交审批"), self.submit),
                ("review", self.tr("计划回顾…"), self.review),
                ("refer", self.tr("转介…"), self.refer),
                ("evaluate", self.tr("评估…"), self.evaluate),
                ("close", self.tr("结案…"), self.close_case),
                ("reopen", self.tr("重新开案…"), self.reopen),
                ("edit", self.tr("修改个案…"), self.edit_case),
                ("household", self.tr("查看户档案"), self.show_household),
            )
        ):
            self.buttons[name] = button(text, f"case_{name}", slot)
            grid.addWidget(self.buttons[name], i // 5, i % 5)
        grid.addWidget(print_hooks.case_print_button(self), 2, 1)  # 打印 (issue 5)

        self.place(
            hrow((search, 3), (self.stage_filter, 1), (self.worker_filter, 1), self.new_button),
            stack(self.detail, grid, grow=self.detail),
            stretch=(4, 5),
        )
        app.open_case.connect(self.select_id)
        self.reload_filters()
        self.reload()

    def page_title(self) -> str:
        return self.tr("个案")

    # -- list -------------------------------------------------------------------------------------
    def reload_filters(self) -> None:
        refill(
            self.worker_filter,
            self.tr("全部社工"),
            ((n, n) for n in station.worker_names(self.app.ctx)),
        )

    def _search(self) -> None:
        self.model.search(
            self.search_edit.text(),
            self.stage_filter.currentData(),
            self.worker_filter.currentData(),
        )
        text = self.tr("共 {0} 个个案").format(len(self.model.ids))
        year = plans.attainment(self.app.ctx, dt.date(self.today.year, 1, 1), self.today)
        if year.goals:
            text += self.tr("　今年评估 {0} 个个案、{1} 个目标，{2:.0f}% 达到预期或更好").format(
                year.cases, year.goals, (year.met_rate or 0) * 100
            )
        self.count_label.setText(text)

    # -- detail -----------------------------------------------------------------------------------
    def show_detail(self) -> None:
        cid = self.current_id()
        self.data = None
        if cid:
            try:
                self.data = case_detail.case(self.app.ctx, cid, self.today)
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
            "assess": open_,
            "plan": open_ and assessed,
            "agree": open_ and bool(d and d["draft"]),
            "review": open_ and bool(d and d["current"]),
            "refer": open_,
            "evaluate": open_ and assessed,
            "close": open_ and not (d and d.get("closure_pending")),
            "reopen": d is not None and not open_,
            "edit": open_,
            "household": d is not None,
            "submit": open_ and bool(d and d.get("submittable")),
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(on)
        if d is not None:
            self.buttons["plan"].setText(
                self.tr("编辑计划草稿…")
                if d["draft"]
                else (self.tr("修订计划…") if d["current"] else self.tr("服务计划…"))
            )
            self.buttons["close"].setText(
                self.tr("申请结案…") if d.get("closure_waits") else self.tr("结案…")
            )

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
            from desktop.ui.cases.approval_page import decide

            decide(self.app, row_id, self)

    # -- actions ----------------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> bool:
        """Run a dialog; the case stays shown even when it now falls outside the filter (closed)."""
        cid = self.current_id()
        accepted = run_modal(dialog) == QDialog.DialogCode.Accepted
        if accepted and cid and self.current_id() != cid:
            self.select_id(cid)
        return accepted

    def new_case(self) -> None:
        dialog = CaseDialog(self.app, parent=self, today=self.today)
        if self._run(dialog) and dialog.saved is not None:
            self.select_id(dialog.saved.case_id)

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
            self._run(
                PlanDialog(self.app, cid, plan_id=d["draft"]["id"], parent=self, today=self.today)
            )
        elif d["current"]:
            answer = QMessageBox.question(
                self,
                self.tr("修订服务计划"),
                self.tr(
                    "已确认的计划已打印签字，不能直接修改。要在它的基础上生成新版本吗？原版本会保留。"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._run(
                    PlanDialog(
                        self.app, cid, revise=d["current"]["id"], parent=self, today=self.today
                    )
                )
        else:
            self._run(PlanDialog(self.app, cid, parent=self, today=self.today))

    def agree_plan(self) -> None:
        d = self.data
        if d and d["draft"]:
            self._run(
                AgreePlanDialog(
                    self.app, d["draft"]["id"], d.get("client_name") or "", self, self.today
                )
            )

    def review(self) -> None:
        if self.current_id():
            self._run(ReviewDialog(self.app, self.current_id(), self, self.today))

    def refer(self) -> None:
        if self.current_id():
            self._run(ReferralDialog(self.app, self.current_id(), parent=self, today=self.today))

    def evaluate(self) -> None:
        if self.current_id():
            self._run(EvaluationDialog(self.app, self.current_id(), self, self.today))

    def submit(self) -> None:
        """提交审批: what the case has that is not approved goes to the supervisor's list."""
        d = self.data
        if d is None:
            return
        names = labels(subject for subject, _ in d.get("submittable") or [])
        if perform(self.app, self, supervision.submit, d["id"], today=self.today) is not None:
            QMessageBox.information(
                self,
                self.tr("已提交审批"),
                self.tr("已提交督导审批：{0}。督导可在“督导审批”页批准或退回。").format(names),
            )

    def close_case(self) -> None:
        d = self.data
        if d is None:
            return
        if not d["can_close"]:
            QMessageBox.information(
                self,
                self.tr("还不能结案"),
                self.tr("结案前要先做评估：请点“评估…”为本轮服务的目标评定达成情况，再结案。"),
            )
            return
        self._run(CloseCaseDialog(self.app, d["id"], self, self.today))

    def reopen(self) -> None:
        cid = self.current_id()
        if cid:
            self._run(
                TextDialog(
                    self.app,
                    self.tr("重新开案"),
                    self.tr("重新开案原因"),
                    self.tr("重新开案"),
                    lambda text: cases.reopen_case(self.app.ctx, cid, text, today=self.today),
                    hint=self.tr("重新开案后开始新一轮服务，从需求评估开始，结案前需要重新评估。"),
                    parent=self,
                )
            )

    def show_household(self) -> None:
        if self.data and self.data.get("household_id"):
            self.app.open_household.emit(self.data["household_id"])
