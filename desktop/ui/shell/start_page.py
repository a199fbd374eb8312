"""首页 (工作台): open crisis alerts, this week's follow-up actions by owner, and today's numbers."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.visits import intervals, schedule, visits
from desktop.ui.common.follow import ReloadWhenShown
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform
from desktop.ui.visits.visit_common import CRISIS_COLOR

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HOUSEHOLD_ROLE = Qt.ItemDataRole.UserRole + 2
WATCHED = frozenset(
    {"visits", "crisis_alerts", "visit_followups", "households", "persons", "visit_rules"}
)


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tree.header().setStretchLastSection(True)
    return tree


class StartPage(ReloadWhenShown, QWidget):
    WATCHED = WATCHED
    SHOW_DELAY_MS = 50  # after the window has painted: the app starts on this page

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.dirty = True
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.due_button = QPushButton()
        self.due_button.setObjectName("due_summary")
        self.due_button.clicked.connect(lambda: self._go("SchedulePage"))
        self.drafts_button = QPushButton()
        self.drafts_button.setObjectName("drafts_summary")
        self.drafts_button.clicked.connect(lambda: self._go("VisitsPage"))
        self.coverage_button = QPushButton()
        self.coverage_button.setObjectName("coverage_summary")
        self.coverage_button.clicked.connect(lambda: self._go("CoveragePage"))
        self.new_visit_button = QPushButton(self.tr("记录走访(&V)…"))
        self.new_visit_button.setObjectName("new_visit")
        self.new_visit_button.clicked.connect(self.new_visit)

        crisis_box = QGroupBox(self.tr("危机提示（处置后消除）"))
        crisis_box.setObjectName("crisis_box")
        crisis_box.setStyleSheet(f"QGroupBox {{ color: {CRISIS_COLOR}; font-weight: bold; }}")
        self.crises = _tree(
            "crises",
            [
                self.tr("户主"),
                self.tr("村 / 组"),
                self.tr("发生日期"),
                self.tr("情况"),
                self.tr("负责社工"),
            ],
        )
        self.crises.setRootIsDecorated(False)
        self.crises.itemDoubleClicked.connect(lambda *_: self.resolve_crisis())
        self.resolve_button = QPushButton(self.tr("记录处置…"))
        self.resolve_button.setObjectName("resolve_crisis")
        self.resolve_button.clicked.connect(self.resolve_crisis)
        self.crisis_household_button = QPushButton(self.tr("查看户档案"))
        self.crisis_household_button.clicked.connect(lambda: self._open_household(self.crises))
        crisis_layout = QVBoxLayout(crisis_box)
        crisis_layout.addWidget(self.crises)
        row = QHBoxLayout()
        row.addWidget(self.resolve_button)
        row.addWidget(self.crisis_household_button)
        row.addStretch(1)
        crisis_layout.addLayout(row)

        follow_box = QGroupBox(self.tr("本周到期的跟进事项（含已逾期），按负责人"))
        self.followups = _tree(
            "followups",
            [self.tr("负责人 / 事项"), self.tr("户主"), self.tr("村 / 组"), self.tr("完成期限")],
        )
        self.followups.itemDoubleClicked.connect(lambda *_: self.complete_followup())
        self.done_button = QPushButton(self.tr("标记完成…"))
        self.done_button.setObjectName("complete_followup")
        self.done_button.clicked.connect(self.complete_followup)
        self.follow_household_button = QPushButton(self.tr("查看户档案"))
        self.follow_household_button.clicked.connect(lambda: self._open_household(self.followups))
        follow_layout = QVBoxLayout(follow_box)
        follow_layout.addWidget(self.followups)
        row2 = QHBoxLayout()
        row2.addWidget(self.done_button)
        row2.addWidget(self.follow_household_button)
        row2.addStretch(1)
        follow_layout.addLayout(row2)

        numbers = QHBoxLayout()
        for b in (self.due_button, self.drafts_button, self.coverage_button):
            b.setMinimumHeight(44)
            numbers.addWidget(b, 1)
        numbers.addWidget(self.new_visit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(numbers)
        layout.addWidget(crisis_box, 2)
        layout.addWidget(follow_box, 3)
        from desktop.ui.cases.case_hooks import OverdueReferralsBox  # overdue referrals (issue 4)

        self.referrals_box = OverdueReferralsBox(app, self)
        layout.addWidget(self.referrals_box, 2)
        app.changed.connect(self.on_changed)

    def page_title(self) -> str:
        return self.tr("首页")

    @property
    def today(self) -> dt.date:
        return self.app.ctx.today()

    def reload(self) -> None:
        self.dirty = False
        ctx, today = self.app.ctx, self.today
        weekday = QLocale().dayName(
            today.isoweekday(), QLocale.FormatType.LongFormat
        )  # 星期四 / Thursday
        self.heading.setText(
            "<h2>"
            + html.escape(
                self.tr("{0} {1}　社工：{2}").format(today.isoformat(), weekday, ctx.worker)
            )
            + "</h2>"
        )
        due = schedule.due_list(ctx, today)
        self.due_button.setText(
            self.tr("待走访 {0} 户（逾期 {1} 户）").format(len(due), due.overdue_count(today))
        )
        self.drafts_button.setText(
            self.tr("我的草稿 {0} 份").format(visits.count_drafts(ctx, ctx.worker))
        )
        cov = schedule.coverage(ctx, today.year, today.month)
        rate = "—" if cov.total.rate is None else f"{cov.total.rate * 100:.0f}%"
        self.coverage_button.setText(
            self.tr("本月探访率 {0}（{1}/{2}）").format(rate, cov.total.visited, cov.total.due)
        )

        self.crises.clear()
        for c in visits.open_crises(ctx):
            place = " ".join(x for x in (c.get("village"), c.get("group_name")) if x)
            item = QTreeWidgetItem(
                [
                    f"⚠ {c.get('head_name') or ''}",
                    place,
                    c.get("raised_on") or "",
                    c.get("summary") or "",
                    c.get("worker") or "",
                ]
            )
            item.setData(0, ID_ROLE, c["id"])
            item.setData(0, HOUSEHOLD_ROLE, c["household_id"])
            self.crises.addTopLevelItem(item)
        self.crises.resizeColumnToContents(0)
        if self.crises.topLevelItemCount():
            self.crises.setCurrentItem(self.crises.topLevelItem(0))
        else:
            empty = QTreeWidgetItem([self.tr("没有未处置的危机。")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.crises.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)  # not cut to the narrow first column

        self.followups.clear()
        week_end = intervals.week_end(today)
        owners: dict[str, QTreeWidgetItem] = {}
        for f in visits.followups_due(ctx, week_end):
            owner = f.get("owner") or self.tr("（未指定）")
            parent = owners.get(owner)
            if parent is None:
                parent = owners[owner] = QTreeWidgetItem([owner])
                self.followups.addTopLevelItem(parent)
            place = " ".join(x for x in (f.get("village"), f.get("group_name")) if x)
            due = f.get("due_date") or ""
            item = QTreeWidgetItem([f.get("action") or "", f.get("head_name") or "", place, due])
            if due < today.isoformat():
                item.setForeground(3, Qt.GlobalColor.red)
                item.setText(3, self.tr("{0}（已逾期）").format(due))
            item.setData(0, ID_ROLE, f["id"])
            item.setData(0, HOUSEHOLD_ROLE, f["household_id"])
            parent.addChild(item)
        for owner, parent in owners.items():
            parent.setText(0, self.tr("{0}（{1} 项）").format(owner, parent.childCount()))
        self.followups.expandAll()
        self.followups.setColumnWidth(0, 280)
        if not owners:
            empty = QTreeWidgetItem([self.tr("本周没有到期的跟进事项。")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.followups.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        self.resolve_button.setEnabled(bool(visits.open_crises(ctx)))

    # -- actions ------------------------------------------------------------------------------------
    def _go(self, page: str) -> None:
        window = self.window()
        pages = getattr(window, "pages", {})
        if page in pages:
            window.show_page(type(pages[page]))

    def _selected(self, tree: QTreeWidget) -> QTreeWidgetItem | None:
        item = tree.currentItem()
        return item if item is not None and item.data(0, ID_ROLE) else None

    def _open_household(self, tree: QTreeWidget) -> None:
        item = self._selected(tree)
        if item is not None:
            self.app.open_household.emit(item.data(0, HOUSEHOLD_ROLE))

    def resolve_crisis(self) -> None:
        item = self._selected(self.crises)
        if item is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("记录危机处置"),
            self.tr("{0}：{1}\n如何处置的（送医、安置、转介、报告等）：").format(
                item.text(0).lstrip("⚠ "), item.text(3)
            ),
        )
        if ok:
            perform(self.app, self, visits.resolve_crisis, item.data(0, ID_ROLE), text, self.today)

    def complete_followup(self) -> None:
        item = self._selected(self.followups)
        if item is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("跟进事项完成"), self.tr("{0}\n完成情况（选填）：").format(item.text(0))
        )
        if ok:
            perform(
                self.app, self, visits.complete_followup, item.data(0, ID_ROLE), text, self.today
            )

    def new_visit(self) -> None:
        from desktop.ui.common.forms import run_modal
        from desktop.ui.visits.visit_dialog import VisitDialog

        run_modal(VisitDialog(self.app, parent=self, today=self.today))
