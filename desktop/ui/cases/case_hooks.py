"""Case work shown on other pages: overdue referrals (and approvals waiting) on the start page, and a
household's open cases and duplicate aid in the household view."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.cases import cases, supervision
from desktop.core.context import Context
from desktop.core.resources import referrals
from desktop.core.sync.recorder import ChangeSet
from desktop.ui.cases.case_common import OVERDUE_COLOR, texts
from desktop.ui.common.forms import run_modal
from desktop.ui.common.labels import aside, joined, label
from desktop.ui.register import household_parts
from desktop.ui.register.household_parts import Section
from desktop.ui.shell.appcontext import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
WATCHED = frozenset({"referrals", "referral_events", "approvals", "cases", "resources"})


class OverdueReferralsBox(QGroupBox):
    """Referrals in progress past their follow-up date, longest overdue first."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("overdue_referrals_box")
        self.tree = QTreeWidget()
        self.tree.setObjectName("overdue_referrals")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("服务对象"),
                self.tr("接收资源"),
                self.tr("需求"),
                self.tr("状态"),
                self.tr("跟进日期"),
                self.tr("转介人"),
            ]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        for col, width in enumerate((90, 200, 90, 70, 170)):
            self.tree.setColumnWidth(col, width)
        self.tree.itemDoubleClicked.connect(lambda *_: self.update_referral())
        self.update_button = QPushButton(self.tr("跟进转介…"))
        self.update_button.setObjectName("update_referral")
        self.update_button.clicked.connect(self.update_referral)
        self.case_button = QPushButton(self.tr("打开个案"))
        self.case_button.clicked.connect(self.open_case)
        self.approvals_button = QPushButton()
        self.approvals_button.setObjectName("approvals_summary")
        self.approvals_button.clicked.connect(self.open_approvals)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        row.addWidget(self.update_button)
        row.addWidget(self.case_button)
        row.addStretch(1)
        row.addWidget(self.approvals_button)
        layout.addLayout(row)
        app.changed.connect(self.on_changed)
        self.reload()

    @property
    def today(self) -> dt.date:
        return self.app.ctx.today()

    def on_changed(self, changes: ChangeSet) -> None:
        if WATCHED & changes.tables:
            self.reload()

    def reload(self) -> None:
        ctx = self.app.ctx
        found = referrals.overdue(ctx, self.today)
        self.setTitle(self.tr("逾期未跟进的转介（{0} 个）").format(len(found)))
        self.tree.clear()
        for r in found:
            item = QTreeWidgetItem(
                [
                    r.get("client_name") or "",
                    r.get("resource_name") or "",
                    label(r["need"]),
                    label(r["status"]),
                    aside(r["follow_up"], texts().overdue(r["days"])),
                    r.get("referred_by") or "",
                ]
            )
            item.setForeground(4, Qt.GlobalColor.red)
            item.setData(0, ID_ROLE, r["id"])
            item.setData(0, CASE_ROLE, r.get("case_id") or "")
            self.tree.addTopLevelItem(item)
        if found:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        pending = supervision.count_pending(ctx)
        self.approvals_button.setText(self.tr("督导待审批 {0} 项").format(pending))
        self.approvals_button.setVisible(pending > 0)
        self.update_button.setEnabled(bool(found))
        self.case_button.setEnabled(bool(found))

    def _current(self, role: int) -> str:
        item = self.tree.currentItem()
        return item.data(0, role) if item is not None else ""

    def update_referral(self) -> None:
        from desktop.ui.resources.referral_dialog import ReferralStatusDialog

        rid = self._current(ID_ROLE)
        if rid:
            run_modal(ReferralStatusDialog(self.app, rid, self, self.today))

    def open_case(self) -> None:
        cid = self._current(CASE_ROLE)
        if cid:
            self.app.open_case.emit(cid)
        elif self._current(ID_ROLE):
            hid = referrals.referral(self.app.ctx, self._current(ID_ROLE)).get("household_id")
            if hid:
                self.app.open_household.emit(hid)

    def open_approvals(self) -> None:
        from desktop.ui.cases.approval_page import ApprovalPage

        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(ApprovalPage)


class HouseholdCases(QObject):
    """The household view's case-work part (HTML): open cases and duplicate aid."""

    def html(self, ctx: Context, household_id: str) -> str:
        e = html.escape
        out: list[str] = []
        for dup in referrals.duplicate_aid(ctx, household_id):
            names = joined(s["name"] or label(s["party_kind"]) for s in dup["sources"])
            text = self.tr("重复救助提示：“{0}”同时由 {1} 提供，请核实。").format(
                label(dup["need"]), names
            )
            out.append(f"<p style='color:{OVERDUE_COLOR}'>⚠ {e(text)}</p>")
        found = cases.household_cases(ctx, household_id, open_only=True)
        if found:
            title = self.tr("进行中的个案（{0} 个）").format(len(found))
            out.append(f"<h3>{e(title)}</h3><p>")
            for c in found:
                line = self.tr("{0}　{1}　{2}阶段　负责社工 {3}　{4} 接案").format(
                    c.get("title") or "",
                    c.get("client_name") or "",
                    label(c["stage"]),
                    c.get("worker") or "",
                    c.get("intake_date") or "",
                )
                out.append(e(line) + "<br>")
            out.append("</p>")
        return "".join(out)


def household_cases_html(ctx: Context, household_id: str) -> str:
    """Open cases and duplicate-aid warnings of a household ("" when it has neither)."""
    return HouseholdCases().html(ctx, household_id)


def refer_need(
    app: AppContext,
    household_id: str,
    need: str = "",
    parent: QWidget | None = None,
    today: dt.date | None = None,
) -> bool:
    """Refer a household for a need found on a visit (no case needed): the referral dialog with the
    resources for that need in the household's village, best match first. True when referred."""
    from desktop.ui.resources.referral_dialog import ReferralDialog

    return bool(
        run_modal(
            ReferralDialog(app, household_id=household_id, need=need, parent=parent, today=today)
        )
    )


HOUSEHOLD_TABLES = frozenset({"cases", "referrals", "plans", "plan_reviews", "resources"})


def register() -> None:
    """The household page's open cases and duplicate-aid warnings (below the household)."""
    household_parts.add_section(Section("cases", household_cases_html, HOUSEHOLD_TABLES, order=10))
