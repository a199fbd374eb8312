"""Plan review (计划回顾): progress notes per goal and each action's status on the review date.
A review is a new record each time; the agreed plan itself is not changed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableWidgetItem, QWidget

from desktop.core import refdata
from desktop.core.cases import plans
from desktop.core.cases.case_records import ReviewInput
from desktop.ui.cases.case_common import date_edit, date_value
from desktop.ui.cases.case_forms import CaseStepDialog, cell_table
from desktop.ui.common.forms import notes
from desktop.ui.common.labels import label
from desktop.ui.shell.appcontext import AppContext


class ReviewDialog(CaseStepDialog):
    def __init__(
        self,
        app: AppContext,
        case_id: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(app, case_id, self.save_review, parent, today)
        self.setWindowTitle(self.tr("计划回顾"))
        current = plans.plan_state(app.ctx, case_id)["current"] or {"goals": []}
        self.goal_ids = [g["id"] for g in current["goals"]]
        self.action_ids = [a["id"] for g in current["goals"] for a in g["actions"]]
        self.review_date = self.form.add(
            "review_date", self.tr("回顾日期(&D)"), date_edit(self.today.isoformat(), self.today)
        )

        self.progress = cell_table(
            len(self.goal_ids), [self.tr("具体目标"), self.tr("进展")], "progress", 1, {0: 280}
        )
        for i, g in enumerate(current["goals"]):
            self.progress.setItem(i, 0, QTableWidgetItem(g["goal"]))
            self.progress.setCellWidget(i, 1, QLineEdit())
        self.statuses = cell_table(
            len(self.action_ids),
            [self.tr("行动"), self.tr("原状态"), self.tr("现在")],
            "action_status",
            0,
        )
        actions = [a for g in current["goals"] for a in g["actions"]]
        for row, a in enumerate(actions):
            self.statuses.setItem(row, 0, QTableWidgetItem(a["action"]))
            self.statuses.setItem(row, 1, QTableWidgetItem(label(a.get("status") or "")))
            box = QComboBox()
            for s in refdata.ACTION_STATUSES:
                box.addItem(label(s), s)
            box.setCurrentIndex(max(box.findData(a.get("status") or ""), 0))
            self.statuses.setCellWidget(row, 2, box)
        self.before = {
            aid: self.statuses.cellWidget(i, 2).currentData()
            for i, aid in enumerate(self.action_ids)
        }
        self.progress_error = self.error_line("progress", "action_status")
        self.layout_.addWidget(QLabel(self.tr("各目标的进展：")))
        self.layout_.addWidget(self.progress, 2)
        self.layout_.addWidget(QLabel(self.tr("各项行动的状态：")))
        self.layout_.addWidget(self.statuses, 3)
        self.layout_.addWidget(self.progress_error)
        more = self.extra_form()
        self.summary = more.add("summary", self.tr("回顾小结"), notes())
        self.next_review = more.add(
            "next_review", self.tr("下次回顾日期"), date_edit("", self.today, ahead=True)
        )
        self.summary.setMaximumHeight(80)
        self.layout_.addLayout(more)
        self.add_buttons(self.tr("保存回顾"), self.tr("取消"))
        self.resize(820, 640)

    def review_input(self) -> ReviewInput:
        progress = [
            {"goal_id": gid, "note": self.progress.cellWidget(i, 1).text()}
            for i, gid in enumerate(self.goal_ids)
        ]
        statuses = []
        for i, aid in enumerate(self.action_ids):
            status = self.statuses.cellWidget(i, 2).currentData()
            if status != self.before[aid]:
                statuses.append({"action_id": aid, "status": status})
        return ReviewInput(
            review_date=date_value(self.review_date),
            progress=progress,
            action_status=statuses,
            summary=self.summary.toPlainText(),
            next_review=date_value(self.next_review),
        )

    def save_review(self) -> Any:
        return plans.save_review(self.app.ctx, self.case_id, self.review_input(), today=self.today)
