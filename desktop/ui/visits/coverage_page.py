"""探访率 page: for a month, the share of households due that got at least one visit, by village
and group, and by risk level."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.visits import schedule
from desktop.ui.common.follow import ReloadWhenShown
from desktop.ui.common.labels import label
from desktop.ui.common.rows_model import RowsModel
from desktop.ui.shell.appcontext import AppContext

WATCHED = frozenset({"visits", "households", "persons", "visit_rules", "villages"})


def rate_text(row: schedule.CoverageRow) -> str:
    return "—" if row.rate is None else f"{row.rate * 100:.1f}%"


def rate_color(row: schedule.CoverageRow) -> QColor | None:
    if row.rate is None:
        return None
    return QColor("#2e7d32" if row.rate >= 0.9 else "#b26a00" if row.rate >= 0.6 else "#b3261e")


class CoverageModel(RowsModel):
    def __init__(self, first_header: str, parent: Any = None, risk: bool = False) -> None:
        super().__init__([], parent)
        self.headers = [
            first_header,
            self.tr("应访户数"),
            self.tr("已访户数"),
            self.tr("未访户数"),
            self.tr("探访率"),
        ]
        self.rows: list[schedule.CoverageRow] = []
        self.risk = risk

    def load(self, rows: list[schedule.CoverageRow]) -> None:
        self.set_rows(rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        village_total = not self.risk and not row.group_name
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                if self.risk:
                    return label(row.village)
                if village_total:
                    return row.village or self.tr("（未分村）")
                return "　　" + (row.group_name or self.tr("（未分组）"))
            return (row.due, row.visited, row.missed, rate_text(row))[col - 1]
        if role == Qt.ItemDataRole.FontRole and village_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            color = rate_color(row)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _table(model: CoverageModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class CoveragePage(ReloadWhenShown, QWidget):
    WATCHED = WATCHED

    MONTHS = 24

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.dirty = True
        self.result: schedule.Coverage | None = None
        self.month = QComboBox()
        self.month.setObjectName("month")
        day = app.ctx.today().replace(day=1)
        for _ in range(self.MONTHS):
            self.month.addItem(
                self.tr("{0} 年 {1} 月").format(day.year, day.month), (day.year, day.month)
            )
            day = (day - dt.timedelta(days=1)).replace(day=1)
        self.month.currentIndexChanged.connect(lambda _: self.reload())
        self.total = QLabel()
        self.total.setObjectName("coverage_total")
        self.total.setWordWrap(True)
        self.model = CoverageModel(self.tr("行政村 / 村民小组"), self)
        self.risk_model = CoverageModel(self.tr("风险等级"), self, risk=True)
        self.view = _table(self.model, "coverage")
        self.risk_view = _table(self.risk_model, "coverage_by_risk")
        self.risk_view.setMaximumHeight(130)
        note = QLabel(
            self.tr(
                "应访户：按走访周期，本月到期或已逾期的户（含从未走访的户）；已访：本月至少有一次见到人的走访"
                "（入户未遇、作废的不计）。周期按现行规则和人员类别计算。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month)
        top.addWidget(self.total, 1)
        # Export and print (issue 16): desktop/ui/reports/coverage_actions.py
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setObjectName("export_coverage")
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("print_coverage")
        from desktop.ui.reports import coverage_actions

        self.export_button.clicked.connect(
            lambda: coverage_actions.export(self, app, *self.month.currentData())
        )
        self.print_button.clicked.connect(
            lambda: coverage_actions.print_preview(self, app, *self.month.currentData())
        )
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(self.tr("按风险等级")))
        layout.addWidget(self.risk_view)
        layout.addWidget(note)
        app.changed.connect(self.on_changed)

    def page_title(self) -> str:
        return self.tr("探访率")

    def reload(self) -> None:
        self.dirty = False
        year, month = self.month.currentData()
        result = self.result = schedule.coverage(self.app.ctx, year, month)
        self.model.load(result.rows)
        self.risk_model.load(result.by_risk)
        t = result.total
        text = self.tr("应访 {0} 户，已访 {1} 户，探访率 {2}。").format(
            t.due, t.visited, rate_text(t)
        )
        if result.visited_not_due:
            text += self.tr("另有 {0} 户未到期也已走访。").format(result.visited_not_due)
        self.total.setText(text)
