"""Service plan editor (服务计划): the overall goal, two or more specific goals, each with actions —
a responsible party from 五社联动 and, where one exists, a resource from the directory suggested
for the action's need in the household's village (best match first) — dates and a status.

A draft is saved as often as needed; an agreed version is never edited here: "修订计划" opens a
copy as the next version, with the reason for the change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import refdata
from desktop.core.cases import cases, plans, workflow
from desktop.core.cases.case_records import PlanInput
from desktop.core.errors import FieldError, ValidationError
from desktop.core.resources import resources
from desktop.core.visits.visit_validation import expand_date
from desktop.ui.cases.case_common import date_edit, date_value, texts
from desktop.ui.cases.case_forms import ServiceDialog
from desktop.ui.common.forms import combo, combo_value, line, notes, run_modal, set_combo
from desktop.ui.common.labels import aside, label
from desktop.ui.shell.appcontext import AppContext


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class GoalDialog(ServiceDialog):
    """A specific goal: observable, measurable, positively worded."""

    def __init__(
        self, app: AppContext, goal: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(app, "", self.apply, parent)
        self.setWindowTitle(self.tr("具体目标"))
        self.goal = dict(goal)
        hint = QLabel(
            self.tr(
                "目标要具体、可观察、可衡量，用正面的说法，如“三个月内每周至少 5 天有人送午餐”。"
            )
        )
        hint.setWordWrap(True)
        self.layout_.insertWidget(0, hint)
        self.text = self.form.add("goal", self.tr("具体目标(&G)"), line(goal.get("goal") or ""))
        self.measure = self.form.add(
            "measure", self.tr("衡量标准"), line(goal.get("measure") or "")
        )
        self.add_buttons(self.tr("确定"), self.tr("取消"))
        self.resize(560, 200)

    def apply(self) -> None:
        """Keep what was typed in ``goal``: the plan saves it with the rest."""
        self.goal.update(goal=self.text.text().strip(), measure=self.measure.text().strip())
        return None


class ActionDialog(ServiceDialog):
    """An action with its responsible party; resources for its need are suggested best first."""

    def __init__(
        self,
        app: AppContext,
        action: dict[str, Any],
        village_id: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(app, "", self.apply, parent)
        self.setWindowTitle(self.tr("行动"))
        self.today = today or app.ctx.today()
        self.village_id = village_id
        self.action = dict(action)
        f = self.form
        self.text = f.add("action", self.tr("行动内容(&A)"), line(action.get("action") or ""))
        self.need = f.add("need", self.tr("需求类别"), combo(refdata.NEED_TYPES))
        set_combo(self.need, action.get("need") or "")
        self.party = f.add("party_kind", self.tr("责任方（五社联动）"), combo(refdata.PARTY_KINDS))
        set_combo(self.party, action.get("party_kind") or "")
        self.resource = f.add("resource_id", self.tr("资源"), combo([]))
        self.resource.setMinimumWidth(380)
        self.match_note = QLabel()
        self.match_note.setStyleSheet("color: #555;")
        self.match_note.setWordWrap(True)
        f.addRow("", self.match_note)
        self.party_name = f.add(
            "party_name",
            self.tr("责任人/单位名称"),
            line(action.get("party_name") or "", self.tr("资源库里没有时填写")),
        )
        self.start = f.add(
            "start",
            self.tr("开始日期"),
            date_edit(action.get("start") or "", self.today, ahead=True),
        )
        self.due = f.add(
            "due", self.tr("完成期限"), date_edit(action.get("due") or "", self.today, ahead=True)
        )
        self.status = f.add("status", self.tr("状态"), combo(refdata.ACTION_STATUSES, blank=False))
        set_combo(self.status, action.get("status") or refdata.ACTION_STATUSES[0])
        self.add_buttons(self.tr("确定"), self.tr("取消"))
        self.need.currentIndexChanged.connect(lambda _: self.suggest())
        self.resource.currentIndexChanged.connect(lambda _: self._resource_picked())
        self.suggest(action.get("resource_id") or "")
        self.resize(600, 420)

    def suggest(self, keep: str = "") -> None:
        """Resources for the need in the village, best match first."""
        keep = keep or combo_value(self.resource)
        self.resource.blockSignals(True)
        self.resource.clear()
        self.resource.addItem(self.tr("（不指定资源）"), "")
        self.matches = (
            {
                m.resource["id"]: m
                for m in resources.match(self.app.ctx, combo_value(self.need), self.village_id)
            }
            if combo_value(self.need)
            else {}
        )
        for rid, m in self.matches.items():
            self.resource.addItem(aside(m.resource["name"], label(m.resource["party_kind"])), rid)
        if keep and self.resource.findData(keep) < 0:  # named before, no longer a match (inactive…)
            self.resource.addItem(resources.names(self.app.ctx, [keep]).get(keep) or keep, keep)
        self.resource.setCurrentIndex(max(self.resource.findData(keep), 0))
        self.resource.blockSignals(False)
        self._resource_picked()

    def _resource_picked(self) -> None:
        rid = combo_value(self.resource)
        m = self.matches.get(rid)
        if m is not None:
            set_combo(self.party, m.resource["party_kind"])
            self.match_note.setText(texts().match(m))
        elif self.matches:
            self.match_note.setText(
                self.tr("有 {0} 个资源提供这类服务，按匹配程度排列。").format(len(self.matches))
            )
        else:
            self.match_note.setText(
                self.tr("资源库中没有提供这类服务并覆盖本村的资源。")
                if combo_value(self.need)
                else ""
            )

    def apply(self) -> None:
        """Keep what was chosen in ``action``: the plan saves it with the rest."""
        self.action.update(
            action=self.text.text().strip(),
            need=combo_value(self.need),
            party_kind=combo_value(self.party),
            resource_id=combo_value(self.resource),
            party_name=self.party_name.text().strip(),
            start=date_value(self.start),
            due=date_value(self.due),
            status=combo_value(self.status),
        )
        return None


class PlanDialog(ServiceDialog):
    def __init__(
        self,
        app: AppContext,
        case_id: str,
        plan_id: str | None = None,
        revise: str | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        """``plan_id``: a draft to edit (or an agreed version to look at); ``revise``: an agreed
        version to change (a new version); neither: a new plan."""
        super().__init__(app, "", self.save_plan, parent, place_form=False)
        self.today = today or app.ctx.today()
        self.case_id, self.plan_id = case_id, plan_id
        ctx = app.ctx
        case = workflow.live_case(ctx, case_id)
        self.village_id = (cases.rows(ctx, [case_id]).get(case_id) or {}).get("village_id") or ""
        self.read_only = False
        if plan_id:
            row = plans.plan(ctx, plan_id)
            p = PlanInput.from_row(row)
            self.read_only = row["status"] != "draft"
            title = self.tr("服务计划 {0}").format(texts().version(row["version"]))
            if self.read_only:
                title += self.tr("（已确认，只能查看）")
        elif revise:
            p = plans.start_revision(ctx, revise)
            title = self.tr("修订服务计划（生成新版本）")
        else:
            p = plans.new_plan(ctx, case_id, self.today)
            title = self.tr("修订服务计划（生成新版本）") if p.replaces else self.tr("新建服务计划")
        self.setWindowTitle(f"{title} — {case.get('title') or ''}")
        self.replaces = p.replaces
        self.goals: list[dict[str, Any]] = [
            dict(g, actions=[dict(a) for a in g.get("actions") or []]) for g in p.goals
        ]

        f = self.form
        self.overall = f.add("overall_goal", self.tr("总目标(&O)"), notes(p.overall_goal))
        self.overall.setMaximumHeight(70)
        self.start = f.add(
            "start_date", self.tr("开始日期"), date_edit(p.start_date, self.today, ahead=True)
        )
        self.end = f.add(
            "end_date", self.tr("结束日期"), date_edit(p.end_date, self.today, ahead=True)
        )
        self.review_dates = f.add(
            "review_dates",
            self.tr("回顾日期"),
            line("、".join(p.review_dates), self.tr("如 2026-12-15、2027-01-20")),
        )
        self.review_dates.editingFinished.connect(
            self._expand_review_dates
        )  # "1215、0120" as the visit dates
        self.change_reason = f.add("change_reason", self.tr("修订原因"), notes(p.change_reason))
        self.change_reason.setMaximumHeight(60)
        f.setRowVisible(self.change_reason.parentWidget(), bool(p.replaces))

        self.goal_table = _table([self.tr("具体目标"), self.tr("衡量标准"), self.tr("行动")])
        self.goal_table.setObjectName("goals")
        self.goal_table.setColumnWidth(1, 160)
        self.goal_table.setColumnWidth(2, 50)
        self.goal_table.itemSelectionChanged.connect(self._show_actions)
        self.goal_table.doubleClicked.connect(lambda _: self.edit_goal())
        self.action_table = _table(
            [
                self.tr("行动"),
                self.tr("需求"),
                self.tr("责任方"),
                self.tr("资源/名称"),
                self.tr("期限"),
                self.tr("状态"),
            ]
        )
        self.action_table.setObjectName("actions")
        for col, width in ((1, 80), (2, 90), (3, 150), (4, 90), (5, 60)):
            self.action_table.setColumnWidth(col, width)
        self.action_table.doubleClicked.connect(lambda _: self.edit_action())
        self.goals_error = self.error_line("goals")

        self.add_goal_button = QPushButton(self.tr("添加目标…"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button = QPushButton(self.tr("修改目标…"))
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.remove_goal_button = QPushButton(self.tr("删除目标"))
        self.remove_goal_button.clicked.connect(self.remove_goal)
        self.add_action_button = QPushButton(self.tr("添加行动…"))
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button = QPushButton(self.tr("修改行动…"))
        self.edit_action_button.clicked.connect(self.edit_action)
        self.remove_action_button = QPushButton(self.tr("删除行动"))
        self.remove_action_button.clicked.connect(self.remove_action)

        goals_page = QWidget()
        g = QVBoxLayout(goals_page)
        g.addWidget(self.goal_table, 2)
        row = QHBoxLayout()
        for b in (self.add_goal_button, self.edit_goal_button, self.remove_goal_button):
            row.addWidget(b)
        row.addStretch(1)
        g.addLayout(row)
        self.actions_caption = QLabel()
        g.addWidget(self.actions_caption)
        g.addWidget(self.action_table, 3)
        row = QHBoxLayout()
        for b in (self.add_action_button, self.edit_action_button, self.remove_action_button):
            row.addWidget(b)
        row.addStretch(1)
        g.addLayout(row)
        g.addWidget(self.goals_error)

        self.more_form = self.extra_form()
        self.problems = self.more_form.add(
            "problems", self.tr("要处理的问题和对象"), notes(p.problems)
        )
        self.strategy = self.more_form.add("strategy", self.tr("介入策略"), notes(p.strategy))
        self.worker_role = self.more_form.add(
            "worker_role", self.tr("社工的角色"), notes(p.worker_role)
        )
        self.client_role = self.more_form.add(
            "client_role", self.tr("服务对象的角色"), notes(p.client_role)
        )
        more_page = QWidget()
        more_page.setLayout(self.more_form)
        self.tabs = QTabWidget()
        self.tabs.addTab(goals_page, self.tr("目标与行动"))
        self.tabs.addTab(more_page, self.tr("问题、策略与角色"))

        body = QHBoxLayout()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(f)
        column.addStretch(1)
        left.setMaximumWidth(380)
        body.addWidget(left, 2)
        body.addWidget(self.tabs, 5)
        self.layout_.addLayout(body, 1)
        self.add_buttons(
            self.tr("保存草稿"), self.tr("关闭") if self.read_only else self.tr("取消")
        )
        if self.read_only:
            self.buttons.button(self.buttons.StandardButton.Ok).setVisible(False)
            for w in (
                self.add_goal_button,
                self.edit_goal_button,
                self.remove_goal_button,
                self.add_action_button,
                self.edit_action_button,
                self.remove_action_button,
            ):
                w.setEnabled(False)
        self.resize(1120, 660)
        self._refresh_goals(0)

    # -- goals and actions ------------------------------------------------------------------------
    def current_goal(self) -> int:
        rows = self.goal_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _refresh_goals(self, select: int = -1) -> None:
        self.goal_table.setRowCount(len(self.goals))
        for i, goal in enumerate(self.goals):
            for col, text in enumerate(
                (goal.get("goal") or "", goal.get("measure") or "", str(len(goal["actions"])))
            ):
                self.goal_table.setItem(i, col, QTableWidgetItem(text))
        if self.goals:
            self.goal_table.selectRow(min(max(select, 0), len(self.goals) - 1))
        self._show_actions()

    def _show_actions(self) -> None:
        i = self.current_goal()
        actions = self.goals[i]["actions"] if i >= 0 else []
        self.actions_caption.setText(
            self.tr("目标 {0} 的行动：").format(i + 1) if i >= 0 else self.tr("请先添加目标。")
        )
        names = resources.names(
            self.app.ctx, [a["resource_id"] for a in actions if a.get("resource_id")]
        )
        self.action_table.setRowCount(len(actions))
        for r, a in enumerate(actions):
            who = names.get(a.get("resource_id") or "") or a.get("party_name") or ""
            cells = (
                a.get("action") or "",
                label(a.get("need") or ""),
                label(a.get("party_kind") or ""),
                who,
                a.get("due") or "",
                label(a.get("status") or ""),
            )
            for col, text in enumerate(cells):
                self.action_table.setItem(r, col, QTableWidgetItem(text))
        has_goal = i >= 0 and not self.read_only
        for b in (
            self.edit_goal_button,
            self.remove_goal_button,
            self.add_action_button,
            self.edit_action_button,
            self.remove_action_button,
        ):
            b.setEnabled(has_goal)

    def add_goal(self) -> None:
        dialog = GoalDialog(self.app, {"goal": "", "measure": "", "actions": []}, self)
        if run_modal(dialog):
            self.goals.append(dialog.goal)
            self._refresh_goals(len(self.goals) - 1)

    def edit_goal(self) -> None:
        i = self.current_goal()
        if i < 0 or self.read_only:
            return
        dialog = GoalDialog(self.app, self.goals[i], self)
        if run_modal(dialog):
            self.goals[i] = dialog.goal
            self._refresh_goals(i)

    def remove_goal(self) -> None:
        i = self.current_goal()
        if i >= 0:
            del self.goals[i]
            self._refresh_goals(i - 1)

    def current_action(self) -> int:
        rows = self.action_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_action(self) -> None:
        i = self.current_goal()
        if i < 0:
            return
        start = date_value(self.start) or self.today.isoformat()
        dialog = ActionDialog(
            self.app,
            {"start": start, "status": refdata.ACTION_STATUSES[0]},
            self.village_id,
            self,
            self.today,
        )
        if run_modal(dialog):
            self.goals[i]["actions"].append(dialog.action)
            self._refresh_goals(i)

    def edit_action(self) -> None:
        i, j = self.current_goal(), self.current_action()
        if i < 0 or j < 0 or self.read_only:
            return
        dialog = ActionDialog(
            self.app, self.goals[i]["actions"][j], self.village_id, self, self.today
        )
        if run_modal(dialog):
            self.goals[i]["actions"][j] = dialog.action
            self._refresh_goals(i)

    def remove_action(self) -> None:
        i, j = self.current_goal(), self.current_action()
        if i >= 0 and j >= 0:
            del self.goals[i]["actions"][j]
            self._refresh_goals(i)

    # -- saving -----------------------------------------------------------------------------------
    def _review_dates(self) -> list[str]:
        """The review dates typed, each completed as a date field completes it ("1215" ahead)."""
        ahead = self.today + dt.timedelta(days=366)
        text = self.review_dates.text()
        for sep in ("，", ",", " ", "；", ";"):
            text = text.replace(sep, "、")
        return [expand_date(d, ahead) for d in text.split("、") if d.strip()]

    def _expand_review_dates(self) -> None:
        expanded = "、".join(self._review_dates())
        if expanded != self.review_dates.text():
            self.review_dates.setText(expanded)

    def plan_input(self) -> PlanInput:
        dates = self._review_dates()
        return PlanInput(
            overall_goal=self.overall.toPlainText(),
            problems=self.problems.toPlainText(),
            strategy=self.strategy.toPlainText(),
            worker_role=self.worker_role.toPlainText(),
            client_role=self.client_role.toPlainText(),
            start_date=date_value(self.start),
            end_date=date_value(self.end),
            review_dates=dates,
            goals=self.goals,
            replaces=self.replaces,
            change_reason=self.change_reason.toPlainText(),
        )

    def save_plan(self) -> Any:
        saved = plans.save_plan(
            self.app.ctx, self.case_id, self.plan_input(), self.plan_id, today=self.today
        )
        self.plan_id = saved.plan_id
        return saved

    def show_errors(self, exc: ValidationError) -> list[FieldError]:
        rest = super().show_errors(exc)
        if any(e.field == "goals" for e in exc.errors):
            self.tabs.setCurrentIndex(0)
        return rest
