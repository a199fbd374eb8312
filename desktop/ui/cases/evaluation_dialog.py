"""Evaluation (评估): each specific goal of the current plan rated for attainment, -2 (much worse
than expected) … 0 (as expected) … +2 (much better), with the case's T-score as it is rated."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableWidgetItem, QWidget

from desktop.core.cases import goal_attainment, plans
from desktop.core.cases.case_records import EvaluationInput
from desktop.ui.cases.case_common import date_edit, date_value, texts
from desktop.ui.cases.case_forms import CaseStepDialog, cell_table
from desktop.ui.common.forms import notes
from desktop.ui.shell.appcontext import AppContext


class EvaluationDialog(CaseStepDialog):
    def __init__(
        self,
        app: AppContext,
        case_id: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(app, case_id, self.save_evaluation, parent, today)
        self.setWindowTitle(self.tr("评估：目标达成情况"))
        start = plans.new_evaluation(app.ctx, case_id, self.today)
        self.ratings = start.ratings
        goals = {g["id"]: g for g in plans.evaluation_goals(app.ctx, case_id)}
        self.eval_date = self.form.add(
            "eval_date", self.tr("评估日期(&D)"), date_edit(start.eval_date, self.today)
        )
        self.table = cell_table(
            len(self.ratings),
            [self.tr("具体目标"), self.tr("衡量标准"), self.tr("达成程度"), self.tr("说明")],
            "ratings",
            3,
            {0: 240, 1: 150, 2: 130},
        )
        for i, r in enumerate(self.ratings):
            self.table.setItem(i, 0, QTableWidgetItem(r["goal"]))
            self.table.setItem(
                i, 1, QTableWidgetItem(goals.get(r["goal_id"], {}).get("measure") or "")
            )
            box = QComboBox()
            box.addItem(self.tr("（请评定）"), None)
            for score in goal_attainment.SCORES:
                box.addItem(texts().gas(score), score)
            box.currentIndexChanged.connect(lambda _i: self._update_score())
            self.table.setCellWidget(i, 2, box)
            self.table.setCellWidget(i, 3, QLineEdit())
        self.ratings_error = self.error_line("ratings")
        self.score_label = QLabel()
        caption = self.tr("-2 远低于预期，-1 低于预期，0 达到预期，+1 高于预期，+2 远高于预期。")
        if not self.ratings:
            caption = self.tr("这个个案没有已确认的服务计划，只需写评估小结。")
        self.layout_.addWidget(QLabel(caption))
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.ratings_error)
        self.layout_.addWidget(self.score_label)
        more = self.extra_form()
        self.summary = more.add("summary", self.tr("评估小结(&S)"), notes())
        self.feedback = more.add("client_feedback", self.tr("服务对象的反馈"), notes())
        for edit in (self.summary, self.feedback):
            edit.setMaximumHeight(80)
        self.layout_.addLayout(more)
        self.add_buttons(self.tr("保存评估"), self.tr("取消"))
        self.resize(820, 560)
        self._update_score()

    def score_box(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 2)

    def _update_score(self) -> None:
        scores = [self.score_box(i).currentData() for i in range(len(self.ratings))]
        rated = [s for s in scores if s is not None]
        t = goal_attainment.t_score(rated)
        self.score_label.setText(
            self.tr("已评定 {0}/{1} 个目标，T 分数 {2}（50 为达到预期）").format(
                len(rated), len(scores), f"{t:.0f}" if t is not None else "—"
            )
        )

    def evaluation_input(self) -> EvaluationInput:
        ratings = [
            {
                **r,
                "score": self.score_box(i).currentData(),
                "note": self.table.cellWidget(i, 3).text(),
            }
            for i, r in enumerate(self.ratings)
        ]
        return EvaluationInput(
            eval_date=date_value(self.eval_date),
            ratings=ratings,
            summary=self.summary.toPlainText(),
            client_feedback=self.feedback.toPlainText(),
        )

    def save_evaluation(self) -> Any:
        return plans.save_evaluation(
            self.app.ctx, self.case_id, self.evaluation_input(), today=self.today
        )
