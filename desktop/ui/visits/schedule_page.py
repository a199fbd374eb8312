"""待走访 page: households due and overdue, most overdue first; one click starts a visit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from desktop.core.context import Context
from desktop.core.register import households
from desktop.core.station import station
from desktop.core.visits import intervals, schedule
from desktop.ui.common.forms import button, hrow, run_modal
from desktop.ui.common.labels import label, labels
from desktop.ui.common.list_model import PAGE, IdTableModel
from desktop.ui.common.list_page import ListPage, refill
from desktop.ui.printing import print_hooks
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform
from desktop.ui.visits.visit_common import CRISIS_COLOR, texts

COLUMNS = (
    "head_name",
    "village",
    "group_name",
    "tags",
    "risk_level",
    "interval",
    "last_visit",
    "due_date",
    "overdue",
    "worker",
)


class ScheduleModel(IdTableModel):
    """The due list (computed whole: it is small per household) with display rows fetched a page at a time."""

    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(COLUMNS, lambda ids: households.rows(ctx, ids), parent)
        self.items: schedule.DueList | list[schedule.DueItem] = []
        self.today = ctx.today()
        self._items: dict[int, schedule.DueItem] = {}
        self.headers = [
            self.tr("户主"),
            self.tr("行政村"),
            self.tr("村民小组"),
            self.tr("人员类别"),
            self.tr("风险等级"),
            self.tr("走访周期"),
            self.tr("上次走访"),
            self.tr("应访日期"),
            self.tr("逾期"),
            self.tr("负责社工"),
        ]

    def load(self, items: schedule.DueList, today: dt.date) -> None:  # type: ignore[override]
        self.items, self.today = items, today
        self._items.clear()
        super().load(items.household_ids())

    def item(self, row: int) -> schedule.DueItem:
        found = self._items.get(row)
        if found is None:
            if len(self._items) > 4 * PAGE:
                self._items.clear()
            found = self._items[row] = self.items[row]
        return found

    def foreground(self, row: int, key: str) -> QBrush | None:
        item = self.item(row)
        if key == "overdue" and item.overdue_days(self.today) > 0:
            return QBrush(QColor(CRISIS_COLOR if item.overdue_days(self.today) > 30 else "#b26a00"))
        if key == "head_name" and item.crisis:
            return QBrush(QColor(CRISIS_COLOR))
        return None

    def text(self, row: int, key: str) -> str:
        item, t = self.item(row), texts()
        if key == "interval":
            return t.interval(item.interval) + ("*" if item.interval_source == "override" else "")
        if key == "last_visit":
            text = t.date(item.last_visit) or self.tr("未走访过")
            if item.last_attempt:
                text += self.tr("（{0} 未遇）").format(item.last_attempt.isoformat())
            return text
        if key == "due_date":
            return t.date(item.due_date)
        if key == "overdue":
            return t.overdue(item.overdue_days(self.today))
        found = self.row(row)
        if key == "head_name":
            name = found.get("head_name") or ""
            return ("⚠ " + name) if item.crisis else name
        if key == "tags":
            return labels(found.get("tags") or [])
        if key == "risk_level":
            return label(found.get("risk_level") or "")
        return super().text(row, key)


class SchedulePage(ListPage):
    """Due and overdue households; filters by village, tag and worker; starts visits."""

    model: ScheduleModel
    LIST_TABLES = frozenset(
        {"visits", "households", "persons", "visit_rules"}
    )  # they change who is due
    FILTER_TABLES = frozenset({"villages", "tag_types", "workers"})
    LAZY = True

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(app, ScheduleModel(app.ctx), self._search, parent)
        self.village_filter = self.filter_box("village_filter")
        self.tag_filter = self.filter_box("tag_filter")
        self.worker_filter = self.filter_box("worker_filter")
        self.horizon = self.filter_box(
            "horizon",
            (
                (self.tr("今天及以前到期"), 0),
                (self.tr("含 7 天内到期"), 7),
                (self.tr("含 30 天内到期"), 30),
            ),
        )
        self.visit_button = button(self.tr("记录走访(&V)…"), "start_visit", self.start_visit)
        self.interval_button = button(self.tr("本户周期…"), "household_interval", self.set_interval)
        self.rules_button = button(self.tr("走访周期规则…"), "rules", self.open_rules)
        self.list_table("due_list", (110, 70, 70, 190, 70, 80, 200, 95, 95))
        t = texts()
        self.fit_column(5, (t.interval(intervals.parse(n)) + "*" for n in ("12m", "12w", "0")))
        self.fit_column(8, (t.overdue(d) for d in (-999, 0, 999)))
        self.view.activated.connect(lambda _: self.start_visit())  # Enter or a double click
        self.count_label.setWordWrap(True)
        self.place(
            hrow(
                self.village_filter,
                self.tag_filter,
                self.worker_filter,
                self.horizon,
                None,
                self.rules_button,
                self.interval_button,
                print_hooks.route_list_button(self),  # 打印清单 (issue 5)
                self.visit_button,
            )
        )
        self.reload_filters()

    def page_title(self) -> str:
        return self.tr("待走访")

    def reload_filters(self) -> None:
        ctx = self.app.ctx
        refill(
            self.village_filter,
            self.tr("全部行政村"),
            ((v["name"], v["id"]) for v in station.villages(ctx)),
        )
        refill(
            self.tag_filter,
            self.tr("全部人员类别"),
            ((label(n), n) for n in station.tag_names(ctx)),
        )
        refill(self.worker_filter, self.tr("全部社工"), ((n, n) for n in station.worker_names(ctx)))

    def _search(self) -> None:
        items = schedule.due_list(
            self.app.ctx,
            self.today,
            int(self.horizon.currentData() or 0),
            self.village_filter.currentData(),
            self.tag_filter.currentData(),
            self.worker_filter.currentData(),
        )
        self.model.load(items, self.today)
        villages = station.villages(self.app.ctx)
        counts = items.village_counts()
        parts = "　".join(
            self.tr("{0} {1} 户").format(v["name"], counts[v["id"]])
            for v in villages
            if v["id"] in counts
        )
        self.count_label.setText(
            self.tr("共 {0} 户待走访，其中逾期 {1} 户，从未走访 {2} 户。").format(
                len(items), items.overdue_count(self.today), items.never_visited_count()
            )
            + ("　" + parts if parts else "")
        )
        self.visit_button.setEnabled(len(items) > 0)
        self.interval_button.setEnabled(len(items) > 0)

    def start_visit(self) -> None:
        hid = self.current_id()
        if not hid:
            return
        from desktop.ui.visits.visit_dialog import VisitDialog

        dialog = VisitDialog(self.app, hid, parent=self, today=self.today)
        run_modal(dialog)

    def set_interval(self) -> None:
        hid = self.current_id()
        if not hid:
            return
        info = schedule.household_schedule(self.app.ctx, hid, self.today)
        choices = [("", self.tr("按走访周期规则"))]
        choices += [
            (text, texts().interval(intervals.parse(text)))
            for text in ("1w", "2w", "1m", "2m", "3m", "6m", "0")
        ]
        current = next((i for i, (v, _t) in enumerate(choices) if v == info["override"]), 0)
        text, ok = QInputDialog.getItem(
            self,
            self.tr("本户走访周期"),
            self.tr("这一户单独的走访周期（覆盖规则）："),
            [t for _v, t in choices],
            current,
            False,
        )
        if ok:
            value = next(v for v, t in choices if t == text)
            perform(self.app, self, schedule.set_household_interval, hid, value)

    def open_rules(self) -> None:
        from desktop.ui.visits.visit_settings_dialog import VisitSettingsDialog

        if run_modal(VisitSettingsDialog(self.app, self)) == QDialog.DialogCode.Accepted:
            self.reload()
