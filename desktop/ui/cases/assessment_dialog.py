"""Needs assessment (需求评估): each domain's need level 0-3 with a note, strengths and resources,
risk level, summary. The first assessment's levels stand beside the new ones, so the change
between the first and this one is visible while rating."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import refdata
from desktop.core.cases import assessments
from desktop.core.cases.case_records import AssessmentInput
from desktop.core.station import station
from desktop.ui.cases.case_common import date_edit, date_value, texts
from desktop.ui.cases.case_forms import ServiceDialog
from desktop.ui.common.forms import combo, combo_value, notes, set_combo
from desktop.ui.common.labels import label
from desktop.ui.shell.appcontext import AppContext


class RatingTable(QTableWidget):
    """One row per domain: the first assessment's level, this level (0-3), a note, the change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("ratings")
        self.setHorizontalHeaderLabels(
            [
                self.tr("领域"),
                self.tr("首次"),
                self.tr("本次需求程度"),
                self.tr("说明"),
                self.tr("变化"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 90), (1, 90), (2, 120), (4, 80)):
            self.setColumnWidth(col, width)
        self.verticalHeader().setVisible(False)
        self.domains: list[str] = []
        self.first: dict[str, int] = {}

    def set_rows(self, ratings: list[dict[str, Any]], first: dict[str, int]) -> None:
        self.first = first
        self.domains = [r["domain"] for r in ratings]
        self.setRowCount(len(ratings))
        for row, r in enumerate(ratings):
            self.setItem(row, 0, QTableWidgetItem(label(r["domain"])))
            self.setItem(
                row,
                1,
                QTableWidgetItem(
                    texts().need_level(first[r["domain"]]) if r["domain"] in first else ""
                ),
            )
            box = QComboBox()
            box.addItem(self.tr("（不评）"), None)
            for n in range(4):
                box.addItem(texts().need_level(n), n)
            box.setCurrentIndex(
                max(box.findData(r.get("level")), 0) if r.get("level") is not None else 0
            )
            box.currentIndexChanged.connect(lambda _i, row=row: self._changed(row))
            self.setCellWidget(row, 2, box)
            self.setCellWidget(row, 3, QLineEdit(r.get("note") or ""))
            self.setItem(row, 4, QTableWidgetItem(""))
            self._changed(row)
        self.resizeRowsToContents()

    def level_box(self, domain: str) -> QComboBox:
        return self.cellWidget(self.domains.index(domain), 2)

    def _changed(self, row: int) -> None:
        level = self.cellWidget(row, 2).currentData()
        before = self.first.get(self.domains[row])
        delta = level - before if level is not None and before is not None else None
        self.item(row, 4).setText(texts().delta(delta))

    def values(self) -> list[dict[str, Any]]:
        return [
            {
                "domain": d,
                "level": self.cellWidget(i, 2).currentData(),
                "note": self.cellWidget(i, 3).text(),
            }
            for i, d in enumerate(self.domains)
        ]


class AssessmentDialog(ServiceDialog):
    def __init__(
        self,
        app: AppContext,
        case_id: str,
        assessment_id: str | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(app, "", self.save_assessment, parent, place_form=False)
        self.today = today or app.ctx.today()
        self.case_id, self.assessment_id = case_id, assessment_id
        ctx = app.ctx
        earlier = assessments.of_case(ctx, case_id)
        first_row = earlier[0] if earlier and earlier[0]["id"] != assessment_id else None
        if assessment_id:
            row = assessments.assessment(ctx, assessment_id)
            a = AssessmentInput.from_row(row)
            known = {r["domain"] for r in a.ratings}
            a.ratings += [
                {"domain": d, "level": None, "note": ""}
                for d in assessments.domains_for(ctx, case_id, self.today)
                if d not in known
            ]
            self.setWindowTitle(self.tr("需求评估 {0}").format(a.assess_date))
        else:
            a = assessments.new_assessment(ctx, case_id, self.today)
            self.setWindowTitle(self.tr("新的需求评估（第 {0} 次）").format(len(earlier) + 1))
        first = {r["domain"]: r["level"] for r in first_row["ratings"]} if first_row else {}

        f = self.form
        self.assess_date = f.add(
            "assess_date", self.tr("评估日期(&D)"), date_edit(a.assess_date, self.today)
        )
        self.assessor = f.add(
            "assessor", self.tr("评估人"), combo(station.worker_names(ctx), blank=False)
        )
        set_combo(self.assessor, a.assessor)
        self.risk = f.add("risk_level", self.tr("风险等级"), combo(refdata.RISK_LEVELS))
        set_combo(self.risk, a.risk_level)
        self.next_date = f.add(
            "next_date", self.tr("下次评估日期"), date_edit(a.next_date, self.today, ahead=True)
        )

        self.table = RatingTable()
        self.table.set_rows(a.ratings, first)
        self.ratings_error = self.error_line("ratings")
        texts_form = self.extra_form()
        self.strengths = texts_form.add("strengths", self.tr("优势与资源"), notes(a.strengths))
        self.summary = texts_form.add("summary", self.tr("评估小结(&S)"), notes(a.summary))
        self.priorities = texts_form.add(
            "priorities", self.tr("优先处理的问题"), notes(a.priorities)
        )
        self.texts_form = texts_form
        for edit in (self.strengths, self.summary, self.priorities):
            edit.setMaximumHeight(64)

        caption = self.tr("各领域需求程度：0 无需求，1 轻度，2 中度，3 严重。")
        if first:
            caption += self.tr("“首次”是第一次评估（{0}）的结果。").format(first_row["assess_date"])
        top = QHBoxLayout()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addStretch(1)
        top.addWidget(left, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel(caption))
        right.addWidget(self.table, 1)
        right.addWidget(self.ratings_error)
        top.addLayout(right, 5)
        self.layout_.addLayout(top, 1)
        self.layout_.addLayout(texts_form)
        self.add_buttons(self.tr("保存评估"), self.tr("取消"))
        if assessment_id and row.get("approval") == "已批准":
            locked = QLabel(
                self.tr("这次评估已经督导审批通过，只能查看。情况有变化时，请新做一次评估。")
            )
            locked.setStyleSheet("color: #8a4b00;")
            self.layout_.insertWidget(self.layout_.count() - 1, locked)
            self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(False)
        self.resize(980, 660)

    def assessment_input(self) -> AssessmentInput:
        return AssessmentInput(
            assess_date=date_value(self.assess_date),
            assessor=combo_value(self.assessor),
            ratings=self.table.values(),
            strengths=self.strengths.toPlainText(),
            risk_level=combo_value(self.risk),
            summary=self.summary.toPlainText(),
            priorities=self.priorities.toPlainText(),
            next_date=date_value(self.next_date),
        )

    def save_assessment(self) -> Any:
        return assessments.save_assessment(
            self.app.ctx,
            self.case_id,
            self.assessment_input(),
            self.assessment_id,
            today=self.today,
        )
