"""报表 page: pick a month, a quarter or a year; every indicator with this period, the previous one,
环比 and the year so far, its definition beside it, and the charts. 导出台账 writes the period's
workbook and 打印报表 the printed report, both in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.reports import periods
from desktop.core.reports.periods import Period
from desktop.core.reports.report import Report, Row, number_text
from desktop.core.tasks import TaskState
from desktop.ui.common.follow import ReloadWhenShown
from desktop.ui.common.forms import run_modal
from desktop.ui.common.rows_model import RowsModel
from desktop.ui.printing.print_jobs import show_error
from desktop.ui.reports.chart_widget import ChartWidget
from desktop.ui.reports.export_dialog import ExportDialog
from desktop.ui.reports.report_texts import change_text, indicator_text, screen_chart
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform_in_background

WATCHED = frozenset(
    {
        "visits",
        "households",
        "persons",
        "cases",
        "case_events",
        "assessments",
        "plans",
        "plan_reviews",
        "evaluations",
        "referrals",
        "referral_events",
        "crisis_alerts",
        "villages",
    }
)
COUNTS = {periods.MONTH: 24, periods.QUARTER: 8, periods.YEAR: 3}


def value_text(row: Row, value: Any, with_parts: bool = False) -> str:
    text = number_text(value, row.indicator.unit)
    if with_parts and row.parts is not None and row.parts.den and row.indicator.is_rate:
        text += f"（{row.parts.num}/{row.parts.den}）"
    return text


class IndicatorModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.headers = [
            self.tr("指标"),
            self.tr("单位"),
            self.tr("本期"),
            self.tr("上期"),
            self.tr("环比"),
            self.tr("本年累计"),
            self.tr("口径说明"),
        ]
        self.rows: list[Row] = []

    def load(self, rows: list[Row], kind: str) -> None:
        this, before = {
            periods.MONTH: (self.tr("本月"), self.tr("上月")),
            periods.QUARTER: (self.tr("本季度"), self.tr("上季度")),
            periods.YEAR: (self.tr("本年"), self.tr("上年")),
        }[kind]
        self.beginResetModel()
        self.rows = rows
        self.headers[2], self.headers[3] = this, before
        self.endResetModel()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        ind = row.indicator
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                indicator_text(ind.name),
                indicator_text(ind.unit),
                value_text(row, row.value, True),
                value_text(row, row.previous),
                change_text(row),
                value_text(row, row.year),
                indicator_text(ind.definition),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return indicator_text(ind.definition)
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= col <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 6:
                return QBrush(QColor("#555555"))
            if (
                col == 2
                and ind.target is not None
                and row.value is not None
                and row.value < ind.target
            ):
                return QBrush(QColor("#b3261e"))  # below the target
        return None


class ReportsPage(ReloadWhenShown, QWidget):
    WATCHED = WATCHED

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.report: Report | None = None
        self.dirty = True
        self.loading = False
        self.again = False
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        for kind, text in (
            (periods.MONTH, self.tr("月报")),
            (periods.QUARTER, self.tr("季报")),
            (periods.YEAR, self.tr("年报")),
        ):
            self.kind.addItem(text, kind)
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.setMinimumWidth(140)
        self._fill_periods()
        self.kind.currentIndexChanged.connect(lambda _: (self._fill_periods(), self.reload()))
        self.period.activated.connect(lambda _: self.reload())
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("导出台账(Excel)…"))
        self.export_button.setObjectName("export_ledger")
        self.export_button.clicked.connect(self.export_ledger)
        self.print_button = QPushButton(self.tr("打印报表…"))
        self.print_button.setObjectName("print_report")
        self.print_button.clicked.connect(self.print_report)
        self.model = IndicatorModel(self)
        self.view = QTableView()
        self.view.setObjectName("indicators")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for col, width in enumerate((190, 44, 110, 70, 110, 80)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.charts_box = QWidget()
        self.charts_box.setObjectName("charts")
        self.chart_grid = QGridLayout(self.charts_box)
        self.chart_widgets: list[ChartWidget] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setSizes([330, 330])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("报表")))
        top.addWidget(self.kind)
        top.addWidget(self.period)
        top.addWidget(self.status, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        app.changed.connect(self.on_changed)

    def page_title(self) -> str:
        return self.tr("报表")

    # -- periods ------------------------------------------------------------------------------
    def _fill_periods(self) -> None:
        kind = self.kind.currentData()
        current = periods.of_kind(kind, self.app.ctx.today())
        self.period.blockSignals(True)
        self.period.clear()
        for _ in range(COUNTS[kind]):
            self.period.addItem(self._label(current), current)
            current = current.previous()
        self.period.blockSignals(False)

    def _label(self, p: Period) -> str:
        if p.kind == periods.MONTH:
            return self.tr("{0} 年 {1} 月").format(p.year, p.number)
        if p.kind == periods.QUARTER:
            return self.tr("{0} 年第 {1} 季度").format(p.year, p.number)
        return self.tr("{0} 年").format(p.year)

    def selected(self) -> Period:
        return self.period.currentData()

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Compute the chosen period's report in the background (tens of thousands of households)."""
        if self.loading:
            self.again = True
            return
        self.dirty = False
        self.loading = True
        period = self.selected()
        self.status.setText(self.tr("正在统计…"))

        def work(ctx: Context, state: TaskState) -> Report:
            from desktop.core.reports.report import build

            report = build(ctx, period, state)
            report.extra.pop("source", None)  # the register it read: not kept by the page
            return report

        def done(report: Report | None, cancelled: bool) -> None:
            self.loading = False
            if report is not None and not cancelled:
                self.show_report(report)
            elif cancelled:
                self.status.setText(self.tr("已取消统计。"))
            if self.again:
                self.again = False
                self.reload()

        def failed(error: StationDeskError) -> None:
            self.status.setText("")
            show_error(self, self.app, error)

        def finished() -> None:
            self.loading = False

        perform_in_background(
            self.app,
            self,
            self.tr("正在统计报表…"),
            work,
            done,
            on_failure=failed,
            on_finished=finished,
        )

    def show_report(self, report: Report) -> None:
        self.report = report
        self.model.load(report.rows, report.period.kind)
        self.view.resizeColumnToContents(1)  # the unit, whole in either language
        self.view.resizeRowsToContents()
        while self.chart_widgets:
            widget = self.chart_widgets.pop()
            self.chart_grid.removeWidget(widget)
            widget.deleteLater()
        this = self._label(report.period)  # the core's label of the period is Chinese

        def period_label(text: str) -> str:
            return this if text == report.period.label else text

        for i, chart in enumerate(report.charts):
            widget = ChartWidget()
            widget.set_chart(screen_chart(chart, period_label))
            self.chart_grid.addWidget(widget, i // 3, i % 3)
            self.chart_widgets.append(widget)
        self.status.setText(
            self.tr("{0}：{1} 至 {2}，与{3}相比；数据截至 {4}。").format(
                this,
                report.period.start.isoformat(),
                report.period.end.isoformat(),
                self._label(report.previous),
                report.today.isoformat(),
            )
        )

    # -- exporting and printing -----------------------------------------------------------------
    def export_ledger(self) -> None:
        period = self.selected()
        name = self.tr("{0}台账-{1}.xlsx").format(self._station(), period.text)
        dialog = ExportDialog(
            self.tr("导出台账"), name, self.app.settings, personal=True, parent=self
        )
        try:
            if dialog.exec() != ExportDialog.DialogCode.Accepted:
                return
            path, full = dialog.path(), dialog.full.isChecked()
        finally:
            dialog.deleteLater()

        def work(ctx: Context, state: TaskState):
            from desktop.core.reports.exports import export_ledger

            return export_ledger(ctx, period, path, full, state)

        def done(result, cancelled: bool) -> None:
            if cancelled or result is None:
                return
            lines = "、".join(f"{k} {v} 条" for k, v in result.counts.items())
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("导出台账"),
                self.tr("已保存 {0}\n{1}").format(result.path, lines),
                parent=self,
            )
            box.setObjectName("export_done")
            run_modal(box)

        perform_in_background(
            self.app,
            self,
            self.tr("正在导出台账…"),
            work,
            done,
            on_failure=lambda error: show_error(self, self.app, error),
        )

    def print_report(self) -> None:
        period = self.selected()
        title = self.tr("{0}报表").format(period.label)

        def work(ctx: Context, state: TaskState) -> bytes:
            from desktop import printing
            from desktop.core.reports.exports import signed
            from desktop.core.reports.report import build
            from desktop.printing.reports import monthly_pdf

            report = build(ctx, period, state)
            return monthly_pdf(report, signed(ctx), printing.printed_line(ctx.worker, ctx.now()))

        def done(data: bytes | None, cancelled: bool) -> None:
            if cancelled or not data:
                return
            from desktop.ui.printing.print_preview import PrintPreviewDialog

            run_modal(
                PrintPreviewDialog(
                    data, title, f"{self._station()}{period.text}报表.pdf", self, self.app.settings
                )
            )

        perform_in_background(
            self.app,
            self,
            self.tr("正在生成报表…"),
            work,
            done,
            on_failure=lambda error: show_error(self, self.app, error),
        )

    def _station(self) -> str:
        from desktop.core.station import station

        info = station.current(self.app.ctx)
        return info["name"] if info else ""
