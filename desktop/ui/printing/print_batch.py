"""批量打印: many records of one kind into one PDF — blank visit forms or household profiles for
a village, every visit of a month, the service plans due for review. Runs in the background."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.context import Context
from desktop.core.documents import documents
from desktop.core.station import station
from desktop.core.visits.intervals import month_bounds
from desktop.ui.common.forms import dialog_buttons
from desktop.ui.printing.print_jobs import file_name, print_preview
from desktop.ui.shell.appcontext import AppContext

BLANK_FORMS, PROFILES, VISITS, PLANS = "blank", "profiles", "visits", "plans"


class BatchPrintDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.today = app.ctx.today()
        self.setWindowTitle(self.tr("批量打印"))
        self.choice = QButtonGroup(self)
        grid = QGridLayout()
        options = (
            (BLANK_FORMS, self.tr("空白走访记录表（每户一份，印好户主、住址和成员）")),
            (PROFILES, self.tr("家庭档案（每户一份）")),
            (VISITS, self.tr("某月的全部走访记录")),
            (PLANS, self.tr("近期到期回顾的服务计划书")),
        )
        self.buttons: dict[str, QRadioButton] = {}
        for row, (key, text) in enumerate(options):
            button = QRadioButton(text)
            button.setObjectName(f"batch_{key}")
            self.choice.addButton(button, row)
            self.buttons[key] = button
            grid.addWidget(button, row, 0)
        self.village = QComboBox()
        self.village.setObjectName("village")
        self.village.addItem(self.tr("全部行政村"), None)
        for v in station.villages(app.ctx):
            self.village.addItem(v["name"], v["id"])
        self.month = QDateEdit(QDate(self.today.year, self.today.month, 1))
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.days = QSpinBox()
        self.days.setObjectName("days")
        self.days.setRange(0, 365)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" 天内"))
        grid.addWidget(QLabel(self.tr("行政村：")), 0, 1)
        grid.addWidget(self.village, 0, 2, 2, 1)
        grid.addWidget(QLabel(self.tr("月份：")), 2, 1)
        grid.addWidget(self.month, 2, 2)
        grid.addWidget(QLabel(self.tr("回顾日期：")), 3, 1)
        grid.addWidget(self.days, 3, 2)
        self.buttons[BLANK_FORMS].setChecked(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        hint = QLabel(
            self.tr(
                "生成的 PDF 可以预览、打印或保存；每份文书单独编页码。数量多时会在后台生成，可以随时取消。"
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(dialog_buttons(self, self.tr("生成并预览"), self.tr("取消")))

    def selected(self) -> str:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def start(self, parent: QWidget) -> None:
        """Make the chosen batch in the background and open its preview."""
        kind = self.selected()
        village = self.village.currentData()
        village_name = self.village.currentText() if village else ""
        if kind in (BLANK_FORMS, PROFILES):

            def households_of(ctx: Context) -> list[str]:
                return documents.village_household_ids(ctx, village)

            if kind == BLANK_FORMS:
                title = self.tr("空白走访记录表")
                doc = "blank-visit-form"
            else:
                title = self.tr("家庭档案")
                doc = "household"
            print_preview(
                parent,
                self.app,
                doc,
                title,
                file_name(self.app, title, code=village_name),
                ids_of=households_of,
            )
        elif kind == VISITS:
            day = self.month.date()
            since, until = month_bounds(day.year(), day.month())

            def visits_of(ctx: Context) -> list[str]:
                return documents.visit_ids_between(ctx, since, until)

            title = self.tr("走访记录 {0}").format(f"{day.year()}-{day.month():02d}")
            print_preview(
                parent,
                self.app,
                "visit",
                title,
                file_name(self.app, title),
                ids_of=visits_of,
            )
        else:
            until = self.today + dt.timedelta(days=self.days.value())

            def plans_of(ctx: Context) -> list[str]:
                return documents.plans_due_for_review(ctx, until)

            title = self.tr("服务计划书")
            print_preview(
                parent,
                self.app,
                "plan",
                title,
                file_name(self.app, title),
                ids_of=plans_of,
            )
