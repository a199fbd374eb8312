"""Opening and editing a case (接案), agreeing a plan, closing and reopening, and supervision
decisions: small dialogs that each save through one core service call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from desktop.core import refdata
from desktop.core.cases import cases, plans, workflow
from desktop.core.cases.case_records import CaseInput
from desktop.core.register import households
from desktop.core.station import station
from desktop.ui.cases.case_common import date_edit, date_value
from desktop.ui.cases.case_forms import CaseStepDialog, ServiceDialog
from desktop.ui.common.forms import combo, combo_value, line, notes, set_combo
from desktop.ui.common.labels import aside, label
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.visits.visit_common import HouseholdPicker


class CaseDialog(ServiceDialog):
    """A new case for a household (picked by name or pinyin initials), or an open case's details."""

    def __init__(
        self,
        app: AppContext,
        case_id: str | None = None,
        household_id: str = "",
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(app, "", self.save_case, parent)
        self.today = today or app.ctx.today()
        self.case_id = case_id
        ctx = app.ctx
        if case_id:
            c = CaseInput.from_row(workflow.live_case(ctx, case_id))
            self.setWindowTitle(self.tr("修改个案信息"))
        else:
            c = cases.new_case(ctx, household_id, self.today)
            self.setWindowTitle(self.tr("新建个案（接案）"))
        f = self.form
        self.household = f.add("household_id", self.tr("所属户(&H)"), HouseholdPicker(ctx))
        self.household.picked.connect(self._fill_members)
        self.household.setEnabled(not case_id)
        self.person = f.add("person_id", self.tr("服务对象"), combo([]))
        self.title = f.add(
            "title", self.tr("个案名称(&T)"), line(c.title, self.tr("如：独居老人照顾安排"))
        )
        self.problem = f.add("problem", self.tr("主要问题"), notes(c.problem))
        self.source = f.add("source", self.tr("个案来源"), combo(refdata.CASE_SOURCES, blank=False))
        set_combo(self.source, c.source)
        self.source_note = f.add(
            "source_note", self.tr("来源说明"), line(c.source_note, self.tr("如：转介单位、求助人"))
        )
        self.intake = f.add(
            "intake_date", self.tr("接案日期"), date_edit(c.intake_date, self.today)
        )
        workers = station.worker_names(ctx)
        self.worker = f.add("worker", self.tr("负责社工"), combo(workers, blank=False))
        set_combo(self.worker, c.worker)
        self.supervisor = f.add("supervisor", self.tr("督导"), combo(workers))
        set_combo(self.supervisor, c.supervisor)
        self.add_buttons(self.tr("保存"), self.tr("取消"))
        self.resize(560, 520)
        if c.household_id:
            self.household.set_household(c.household_id)
        set_combo(self.person, c.person_id)

    def _fill_members(self, household_id: str) -> None:
        self.person.clear()
        self.person.addItem(self.tr("（全户）"), "")
        for m in households.household(self.app.ctx, household_id)["members"]:
            self.person.addItem(aside(m["name"], label(m.get("relation") or "")), m["id"])

    def case_input(self) -> CaseInput:
        return CaseInput(
            household_id=self.household.household_id or "",
            person_id=combo_value(self.person),
            title=self.title.text(),
            problem=self.problem.toPlainText(),
            source=combo_value(self.source),
            source_note=self.source_note.text(),
            intake_date=date_value(self.intake),
            worker=combo_value(self.worker),
            supervisor=combo_value(self.supervisor),
        )

    def save_case(self) -> Any:
        return cases.save_case(self.app.ctx, self.case_input(), self.case_id, today=self.today)


class CloseCaseDialog(CaseStepDialog):
    def __init__(
        self,
        app: AppContext,
        case_id: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(app, case_id, self.close_case, parent, today)
        self.setWindowTitle(self.tr("结案"))
        f = self.form
        self.reason = f.add("closure_reason", self.tr("结案原因"), combo(refdata.CLOSURE_REASONS))
        self.day = f.add(
            "closed_on", self.tr("结案日期"), date_edit(self.today.isoformat(), self.today)
        )
        self.note = f.add("closure_note", self.tr("结案说明"), notes())
        from desktop.core.cases import approvals

        waits = approvals.waits(app.ctx, approvals.CLOSURE)
        hint = QLabel(
            self.tr(
                "本站结案须经督导批准：提交后个案仍在“评估”阶段，督导批准后结案；退回时可修改后再申请。"
            )
            if waits
            else self.tr("确定后个案即结案。")
        )
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.add_buttons(self.tr("提交结案申请") if waits else self.tr("结案"), self.tr("取消"))
        self.resize(480, 320)

    def close_case(self) -> Any:
        return cases.close_case(
            self.app.ctx,
            self.case_id,
            combo_value(self.reason),
            self.note.toPlainText(),
            date_value(self.day),
            today=self.today,
        )


class AgreePlanDialog(ServiceDialog):
    """The client agreed and signed the printed plan: the version is locked from then on."""

    def __init__(
        self,
        app: AppContext,
        plan_id: str,
        signer: str = "",
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(app, "", self.agree, parent)
        self.setWindowTitle(self.tr("确认服务计划"))
        self.today = today or app.ctx.today()
        self.plan_id = plan_id
        hint = QLabel(
            self.tr(
                "服务对象（或监护人）同意并签字后确认。确认后这一版不能再修改，以后的修改会成为新版本。"
            )
        )
        hint.setWordWrap(True)
        self.layout_.insertWidget(0, hint)
        self.agreed_by = self.form.add("agreed_by", self.tr("签字人"), line(signer))
        self.agreed_on = self.form.add(
            "agreed_on", self.tr("确认日期"), date_edit(self.today.isoformat(), self.today)
        )
        self.add_buttons(self.tr("确认"), self.tr("取消"))
        self.resize(460, 220)

    def agree(self) -> Any:
        return plans.agree_plan(
            self.app.ctx,
            self.plan_id,
            self.agreed_by.text(),
            date_value(self.agreed_on),
            today=self.today,
        )


class TextDialog(ServiceDialog):
    """One text to write, then one service call with it (reopening, a supervisor's comment)."""

    def __init__(
        self,
        app: AppContext,
        title: str,
        caption: str,
        ok_text: str,
        save: Callable[[str], Any],
        field: str = "note",
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, title, lambda: save(self.text.toPlainText()), parent)
        if hint:
            text = QLabel(hint)
            text.setWordWrap(True)
            self.layout_.insertWidget(0, text)
        self.text = self.form.add(field, caption, notes())
        self.add_buttons(ok_text, self.tr("取消"))
        self.resize(460, 260)
